"""Shared set-up for benchmarks: a seeded SQLite database reused between runs, timing helpers."""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"


def configure(members):
    """Point Django at the benchmark database (seeding it first if it has too few members)."""
    DATA.mkdir(parents=True, exist_ok=True)
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{DATA / f'members-{members}.sqlite3'}"),
        "MEDIA_ROOT": str(DATA / "media"),
    }
    os.environ.update(env)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--verbosity", "0"], check=True, env=os.environ)
    # Seeding is idempotent: it only adds the members that are missing.
    subprocess.run([*manage, "seed_demo", "--members", str(members)], check=True, env=os.environ)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # no query logging while measuring
    settings.ALLOWED_HOSTS = ["testserver"]


def percentile(samples, fraction):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(call, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples):
    return {"p50": statistics.median(samples), "p95": percentile(samples, 0.95), "n": len(samples)}
