"""Page benchmark: gunicorn with production settings under load, each page against a bare view, same run.

    make bench                                     # 10,000 members (seeded once, about 15 minutes)
    .venv/bin/python bench/pages.py --members 300 --seconds 5

Seeds (or reuses) bench/.data/members-N.sqlite3, collects static files, starts gunicorn on 127.0.0.1 with
``portal.settings.production`` (HTTP allowed, DEBUG off, whitenoise, the anonymous page cache in Redis when
``REDIS_URL`` answers, its database emptied first; locmem otherwise) and a Python load generator (keep-alive
connections in threads).

For each case it prints requests/s, p50 and p95 latency, the SQL queries of one cold request (Django test
client) and the ratios to the bare view ``/healthz`` (no database, no template):
- cold: cached pages removed before every request (so one connection at a time; member pages: 200 members
  with portfolios in turn); what all pages share (menu, footer) stays cached and image renditions are made
  beforehand, as in production for a page asked for the first time;
- warm: the same URLs again, served from the page cache.
Each case is measured in rounds (``--rounds``, 5): the bare view (for half the time), cold, warm, in turn; its
ratios are to the bare view of its own rounds. A virtual machine's speed drifts within seconds: figures of the
same minutes are comparable, a bare view measured once at the start is not.
Targets on a 2-core machine: warm pages ≥ 0.8 × the bare view's throughput; cold member page p95 ≤ 5 × the
bare view's p95; directory query p95 ≤ 10 × the bare view's p95 (cold); matchmaking shortlist p95 ≤ 10 × the
bare view's p95; no non-2xx answer. It ends with the
peak memory (VmHWM) of each gunicorn worker.
"""

import argparse
import gc
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, configure, percentile  # noqa: E402
from tests.matchmaking.gold import GOLD  # noqa: E402  (pure data: the briefs of the quality test)

PORT = 8765
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def start_gunicorn(workers):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        # One address sends everything: the limit is still counted on every API request, never reached.
        "API_RATE_LIMIT": "100000000/m",
        "SHORTLIST_API_RATE": "100000000/m",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=ROOT, env=env, check=True
    )
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi",
        "--bind",
        f"127.0.0.1:{PORT}",
        "--workers",
        str(workers),
    ]
    process = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
    for _n in range(100):
        try:
            if get("/healthz")[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def get(target, connection=None):
    """GET a path, or send ``(method, path, JSON body)``: (status, X-Page-Cache)."""
    conn = connection or http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    headers = {"User-Agent": BROWSER, "Host": "127.0.0.1"}
    if isinstance(target, tuple):
        method, path, body = target
        conn.request(method, path, body=body.encode(), headers={**headers, "Content-Type": "application/json"})
    else:
        conn.request("GET", target, headers=headers)
    response = conn.getresponse()
    response.read()
    if connection is None:
        conn.close()
    return response.status, response.getheader("X-Page-Cache")


def load(paths, seconds, concurrency, before_each=None, first=0):
    """Requests spread over ``concurrency`` keep-alive connections for ``seconds``; paths taken in turn, from
    the ``first``."""
    latencies, statuses, lock = [], {}, threading.Lock()
    deadline = time.perf_counter() + seconds
    counter = iter(range(first, 10**9))

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        mine = []
        while time.perf_counter() < deadline:
            with lock:
                n = next(counter)
            if before_each:
                before_each()
            start = time.perf_counter()
            status, _cache = get(paths[n % len(paths)], conn)
            mine.append((time.perf_counter() - start) * 1000)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
        conn.close()
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"latencies": latencies, "elapsed": time.perf_counter() - started, "statuses": statuses}


def summary(loads):
    """Requests/s, p50 and p95 (ms), non-2xx answers and requests of several loads taken together."""
    latencies = [latency for one in loads for latency in one["latencies"]]
    elapsed = sum(one["elapsed"] for one in loads)
    non_2xx = sum(count for one in loads for status, count in one["statuses"].items() if not 200 <= status < 300)
    return {
        "rps": len(latencies) / elapsed,
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "non_2xx": non_2xx,
        "n": len(latencies),
    }


def measure_case(paths, seconds, concurrency, rounds):
    """(bare, cold, warm) of one case, in ``rounds`` rounds of the three in turn: figures of the same minutes
    (a virtual machine's speed drifts within seconds), the bare view for half the time of each."""
    warm_paths = paths[: max(1, min(len(paths), 50))]
    bare, cold, warm = [], [], []
    for _round in range(rounds):
        bare.append(load(["/healthz"], seconds / 2 / rounds, concurrency))
        clear_pages()
        # Cached pages removed before each request, one connection at a time: every request is a miss.
        done = sum(len(one["latencies"]) for one in cold)  # each round goes on with the next paths
        cold.append(load(paths, seconds / rounds, 1, before_each=clear_pages, first=done))
        for path in warm_paths:
            get(path)
        warm.append(load(warm_paths, seconds / rounds, concurrency))
    return summary(bare), summary(cold), summary(warm)


def sql_queries(target):
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()

    def send():
        if isinstance(target, tuple):
            _method, path, body = target
            return client.post(path, body, content_type="application/json", HTTP_USER_AGENT=BROWSER)
        return client.get(target, HTTP_USER_AGENT=BROWSER)

    send()  # the shared fragments (menu, footer) cached, as in "cold"
    clear_pages()
    reset_queries()  # a full query log (seeding in this process) would count nothing
    with CaptureQueriesContext(connection) as queries:
        send()
    return len(queries)


def cases(rng):
    from members.models import BranchPage, MemberPage
    from news.models import NewsIndexPage

    members = MemberPage.objects.live().filter(locale__language_code="fr")
    rich = list(members.filter(portfolio_items__isnull=False).distinct().order_by("pk")[:1000])
    rng.shuffle(rich)
    rich = rich[:200]
    branch = BranchPage.objects.live().filter(locale__language_code="fr").order_by("pk").first()
    news = NewsIndexPage.objects.live().filter(locale__language_code="fr").first()
    return {
        "home": ["/fr/"],
        "branch page": [branch.url],
        "member page": [m.url for m in rich],
        "directory (text + 2 facets)": ["/fr/membres/?q=design&branch=design&available=1"],
        "news index": [news.url if news else "/fr/"],
        "directory JSON API": ["/api/v1/directory/?lang=fr&q=design&branch=design&available=1"],
        "pages API: 20 members, all fields": ["/api/v2/pages/?type=members.MemberPage&locale=fr&fields=*&limit=20"],
        "pages API: member detail": [f"/api/v2/pages/{m.pk}/" for m in rich],
        # Never cached: "cold" and "warm" both rank the members for each brief of the gold set in turn.
        "matchmaking shortlist (POST)": [
            ("POST", "/api/v1/matchmaking/shortlist/", json.dumps({"text": brief["text"], "lang": brief["lang"]}))
            for brief in GOLD
        ],
    }


def clear_pages():
    """Cached pages removed; what they share (menu, footer: home.page_cache.remember) is kept, as it is in
    production when a page is asked for the first time. Without Redis, the whole cache is emptied."""
    from django.core.cache import cache

    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("page-cache:page:*")
    else:
        cache.clear()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5, help="bare, cold and warm measured in turn, this many times")
    args = parser.parse_args()
    configure(args.members)
    from django.conf import settings

    if "redis" not in settings.CACHES["default"]["BACKEND"].lower():
        print("! REDIS_URL is not set: each gunicorn worker has its own page cache and the bench cannot empty it.")
    from django.core.cache import cache

    # An empty cache to start with: the Redis database may hold the pages and fragments (the routing skeleton)
    # of another database, under a generation that is still current; pages rendered afresh would use them.
    cache.clear()
    rng = random.Random(7)
    all_cases = cases(rng)
    queries = {name: sql_queries(paths[0]) for name, paths in all_cases.items()}
    # Image renditions are made once, on a page's first view ever (then kept): make those of the sampled pages
    # now, so that "cold" measures a page rendered without the page cache, not Pillow encoding images.
    for path in all_cases["member page"] + all_cases["pages API: member detail"]:
        sql_queries(path)
    # The load generator runs in this process, which now holds the seeded site's objects: frozen, so that a
    # garbage collection here is never counted as a slow answer from the server.
    gc.collect()
    gc.freeze()
    server = start_gunicorn(args.workers)
    try:
        for path in {p for paths in all_cases.values() for p in paths[:1]}:
            get(path)  # first requests of each worker: imports, templates, vocabularies
        # Each worker compiles the search documents of a language on its first search in it (seconds at 10,000
        # members, once per process): the briefs in the three languages, over four connections, load them in both.
        load(all_cases["matchmaking shortlist (POST)"], 5, args.concurrency)
        rows = []
        for name, paths in all_cases.items():
            bare, cold, warm = measure_case(paths, args.seconds, args.concurrency, args.rounds)
            rows += [
                ("bare view /healthz", "", bare, 0, bare),
                (name, "cold", cold, queries[name], bare),
                (name, "warm", warm, queries[name], bare),
            ]
        report(rows)
        report_memory(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def report(rows):
    """One line per measure; each case's ratios are to the bare view measured just before it (the line above)."""
    print(
        f"\n{'case':32} {'':5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'SQL':>4} {'rps/bare':>9} {'p95/bare':>9} non-2xx"
    )
    for name, kind, result, queries, bare in rows:
        print(
            f"{name:32} {kind:5} {result['rps']:8.0f} {result['p50']:8.2f} {result['p95']:8.2f} {queries:4d}"
            f" {result['rps'] / bare['rps']:9.2f} {result['p95'] / bare['p95']:9.1f} {result['non_2xx']}"
        )


def report_memory(master):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        peak = next(line.split(":")[1].strip() for line in status.splitlines() if line.startswith("VmHWM"))
        print(f"gunicorn worker {pid}: peak RSS {peak}")


if __name__ == "__main__":
    main()
