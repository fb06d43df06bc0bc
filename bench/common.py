"""Shared set-up for benchmarks: a seeded SQLite database reused between runs, timing helpers."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"


def configure(members):
    """Point Django at the benchmark database, seeding it first if it has fewer members."""
    DATA.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{DATA / f'members-{members}.sqlite3'}"),
            "MEDIA_ROOT": str(DATA / "media"),
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from members.models import MemberPage

    call_command("migrate", verbosity=0)
    if MemberPage.objects.filter(locale__language_code="fr").count() < members:
        # Idempotent: adds only the missing members (about 15 minutes for 10,000 on 2 cores).
        call_command("seed_demo", members=members)
    settings.DEBUG = False  # no query logging while measuring
    settings.API_RATE_LIMIT = "100000000/m"  # the in-process requests come from one address too
    settings.PORTAL_RATES = {**settings.PORTAL_RATES, "shortlist_api": "100000000/m"}
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
