"""In-process timing and profile of the page benchmark's search cases, without gunicorn or a load generator.

    .venv/bin/python bench/inprocess.py --members 1000                      # p50/p95 of each case and /healthz
    .venv/bin/python bench/inprocess.py --members 1000 --profile suggest    # cProfile of the cases named so

Production settings as ``bench/pages.py`` starts gunicorn with them (``REDIS_URL`` for the cache when set, its
page entries removed before each request: "cold"), Django's test client, the same URLs as the bench's cases.
Figures are for comparing a change with the code before it on the same machine in the same minutes; the ratios
of ``make bench`` (side by side with a bare WSGI app) are what the targets are set on.
"""

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DATA, percentile  # noqa: E402

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
CASES = ("directory: understood queries", "suggestions API", "matchmaking shortlist (POST)", "directory JSON API")


def setup(members):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "testserver,127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "API_RATE_LIMIT": "100000000/m",
            "SHORTLIST_API_RATE": "100000000/m",
            "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{DATA / f'members-{members}.sqlite3'}"),
            "MEDIA_ROOT": str(DATA / "media"),
        }
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)  # the manifest production settings read


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--profile", nargs="*", default=None, help="profile the cases whose name holds these words")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--sort", default="cumulative", help="the profile's order: cumulative, tottime…")
    args = parser.parse_args()
    setup(args.members)
    import random

    from django.core.cache import cache
    from django.test import Client

    from bench.pages import cases, clear_pages

    cache.clear()
    all_cases = {"healthz": ["/healthz"], **cases(random.Random(7))}
    client = Client()

    def send(target):
        if isinstance(target, tuple):
            _method, path, body = target
            response = client.post(path, body, content_type="application/json", HTTP_USER_AGENT=BROWSER)
        else:
            response = client.get(target, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200, (target, response.status_code)
        return response

    for name in ("healthz", *CASES):
        for target in all_cases[name]:
            send(target)  # imports, templates, snapshots, vocabularies
    for name in ("healthz", *CASES):
        paths = all_cases[name]
        if args.profile is not None and name != "healthz" and not any(word in name for word in args.profile):
            continue
        profiler = cProfile.Profile() if args.profile is not None and name != "healthz" else None
        samples = []
        for n in range(args.repeat):
            clear_pages()
            start = time.perf_counter()
            if profiler:
                profiler.enable()
            send(paths[n % len(paths)])
            if profiler:
                profiler.disable()
            samples.append((time.perf_counter() - start) * 1000)
        print(f"{name:34} p50 {percentile(samples, 0.5):7.2f} ms  p95 {percentile(samples, 0.95):7.2f} ms")
        if profiler:
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    print(json.dumps({"load": os.getloadavg()}))


if __name__ == "__main__":
    main()
