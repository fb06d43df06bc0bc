"""Page benchmark: gunicorn with production settings under load, each page against two bare baselines, same run.

    make bench                                     # 10,000 members (seeded once, about 15 minutes)
    .venv/bin/python bench/pages.py --members 300 --seconds 5

Seeds (or reuses) bench/.data/members-N.sqlite3, collects static files, starts gunicorn on 127.0.0.1:8765 with
``portal.settings.production`` (HTTP allowed, DEBUG off, whitenoise, the anonymous page cache in Redis when
``REDIS_URL`` answers, its database emptied first; locmem otherwise), a second gunicorn on 127.0.0.1:8766 with
the bare WSGI app of ``bench/bare_app.py`` (Django with no middleware, no app, no database, no template: one
view answering "ok"; the same number of workers and the same worker class as the portal), and a Python load
generator (keep-alive connections in threads). Both servers are stopped at the end.

Two baselines, both measured in each case's own rounds:
- bare WSGI: the bare app above, the floor of any Django answer on this machine;
- ``/healthz``: the portal's bare view (no database, no template), which still goes through the portal's whole
  middleware stack and its page cache.
For each case it prints requests/s, p50 and p95 latency, the SQL queries of one cold request (Django test
client) and the ratios to both baselines (p95 ÷ baseline p95, req/s ÷ baseline req/s):
- cold: cached pages removed before every request (so one connection at a time; member pages: 200 members
  with portfolios in turn); what all pages share (menu, footer) stays cached and image renditions are made
  beforehand, as in production for a page asked for the first time;
- warm: the same URLs again, served from the page cache.
Each case is measured in rounds (``--rounds``, 5): the two baselines (each for half the time, over as many
connections as warm, the one measured first alternating from round to round), cold, warm, in turn; its
ratios are to the baselines of its own rounds. A virtual machine's speed drifts within seconds: figures of the
same minutes are comparable, a baseline measured once at the start is not. A summary table of the ratios
follows the full one.
Targets on a 2-core machine (to ``/healthz``): warm pages ≥ 0.8 × the bare view's throughput; cold member page
p95 ≤ 5 × the bare view's p95; directory query p95 ≤ 10 × the bare view's p95 (cold), suggestions ≤ 3 ×;
matchmaking shortlist p95 ≤ 5 × the bare view's p95; no non-2xx answer. It ends with the peak memory (VmHWM) of each gunicorn
worker, the portal's and the bare app's.
"""

import argparse
import contextlib
import gc
import http.client
import json
import os
import random
import runpy
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
BARE_PORT = 8766  # the bare WSGI app (bench/bare_app.py)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def worker_options():
    """gunicorn's worker class and threads, as the portal's ``gunicorn.conf.py`` sets them (gunicorn's defaults
    otherwise): given to both servers on the command line, so that the bare app runs the same workers."""
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py")) if (ROOT / "gunicorn.conf.py").exists() else {}
    worker_class = conf.get("worker_class", "sync")
    threads = conf.get("threads", 1)
    return ["--worker-class", str(worker_class), "--threads", str(threads)], f"{worker_class} worker class"


def wait_until_serving(process, path, port, name):
    for _n in range(150):
        if process.poll() is not None:
            break
        try:
            if get(path, port=port)[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.2)
    stop(process)
    raise SystemExit(f"{name} did not start")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)


def start_gunicorn(workers, options):
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
        *options,
    ]
    process = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
    return wait_until_serving(process, "/healthz", PORT, "gunicorn (portal)")


def start_bare_wsgi(workers, options):
    """The bare Django app of bench/bare_app.py, which is also its gunicorn configuration: the portal's
    gunicorn.conf.py (warm-up, hooks) is not read."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.bare_app"}
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "bench.bare_app:application",
        "--config",
        "python:bench.bare_app",
        "--bind",
        f"127.0.0.1:{BARE_PORT}",
        "--workers",
        str(workers),
        *options,
    ]
    process = subprocess.Popen([*command, "--log-level", "warning"], cwd=ROOT, env=env)
    return wait_until_serving(process, "/", BARE_PORT, "gunicorn (bare WSGI app)")


def get(target, connection=None, port=PORT):
    """GET a path, or send ``(method, path, JSON body)``: (status, X-Page-Cache)."""
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
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


def load(paths, seconds, concurrency, before_each=None, first=0, port=PORT):
    """Requests spread over ``concurrency`` keep-alive connections for ``seconds``; paths taken in turn, from
    the ``first``."""
    latencies, statuses, lock = [], {}, threading.Lock()
    deadline = time.perf_counter() + seconds
    counter = iter(range(first, 10**9))

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
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
    """(bare WSGI, /healthz, cold, warm) of one case, in ``rounds`` rounds of the four in turn: figures of the
    same minutes (a virtual machine's speed drifts within seconds), each baseline for half the time of cold or
    warm, over the same connections; which baseline comes first alternates from round to round."""
    warm_paths = paths[: max(1, min(len(paths), 50))]
    wsgi, healthz, cold, warm = [], [], [], []
    baselines = [(wsgi, ["/"], BARE_PORT), (healthz, ["/healthz"], PORT)]
    for n in range(rounds):
        for results, baseline_paths, port in baselines if n % 2 == 0 else baselines[::-1]:
            results.append(load(baseline_paths, seconds / 2 / rounds, concurrency, port=port))
        clear_pages()
        # Cached pages removed before each request, one connection at a time: every request is a miss.
        done = sum(len(one["latencies"]) for one in cold)  # each round goes on with the next paths
        cold.append(load(paths, seconds / rounds, 1, before_each=clear_pages, first=done))
        for path in warm_paths:
            get(path)
        warm.append(load(warm_paths, seconds / rounds, concurrency))
    return summary(wsgi), summary(healthz), summary(cold), summary(warm)


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
        # What visitors type (search issue): role nouns, other languages, typos, a need in words.
        "directory: understood queries": [
            "/fr/membres/?q=graphiste",
            "/en/members/?q=Fotografin",
            "/en/members/?q=photgrapher",
            "/de/mitglieder/?q=Webentwickler",
            "/en/members/?q=website+for+a+bakery",
            "/fr/membres/?q=illustratrice&available=1",
        ],
        "suggestions API": [
            "/api/v1/directory/suggest/?lang=fr&q=graph",
            "/api/v1/directory/suggest/?lang=en&q=Fotogr",
            "/api/v1/directory/suggest/?lang=de&q=Webentw",
            "/api/v1/directory/suggest/?lang=en&q=photgrapher",
        ],
        "pages API: 20 members, all fields": ["/api/v2/pages/?type=members.MemberPage&locale=fr&fields=*&limit=20"],
        "pages API: member detail": [f"/api/v2/pages/{m.pk}/" for m in rich],
        # Never cached: "cold" and "warm" both rank the members for each brief of the gold set in turn.
        "matchmaking shortlist (POST)": [
            ("POST", "/api/v1/matchmaking/shortlist/", json.dumps({"text": brief["text"], "lang": brief["lang"]}))
            for brief in GOLD
        ],
    }


def clear_pages():
    """Cached pages removed; what they share (menu, footer: core.performance.page_cache.remember) is kept, as it is in
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
    parser.add_argument("--cases", nargs="*", default=(), help="only the cases whose name contains one of these words")
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
    options, workers_label = worker_options()
    with contextlib.ExitStack() as servers:
        server = start_gunicorn(args.workers, options)
        servers.callback(stop, server)
        bare_server = start_bare_wsgi(args.workers, options)
        servers.callback(stop, bare_server)
        print(
            f"gunicorn: {args.workers} workers, {workers_label}, for the portal (:{PORT}) and the bare app (:{BARE_PORT})"
        )
        for path in {p for paths in all_cases.values() for p in paths[:1]}:
            get(path)  # first requests of each worker: imports, templates, vocabularies
        # Each worker compiles the search documents of a language on its first search in it (seconds at 10,000
        # members, once per process): the briefs in the three languages, over four connections, load them in both.
        load(all_cases["matchmaking shortlist (POST)"], 5, args.concurrency)
        results = []
        for name, paths in all_cases.items():
            if args.cases and not any(word in name for word in args.cases):
                continue
            wsgi, healthz, cold, warm = measure_case(paths, args.seconds, args.concurrency, args.rounds)
            results.append((name, queries[name], wsgi, healthz, cold, warm))
        report(results)
        report_ratios(results)
        report_memory(server.pid, "portal")
        report_memory(bare_server.pid, "bare WSGI app")


def report(results):
    """One line per measure: each case's two baselines, measured in the same rounds as its cold and warm loads
    (the two lines above them), then cold and warm with their ratios to both. The ``/healthz`` line's ratios are
    to the bare WSGI app."""
    header = (
        f"{'case':34} {'':5} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'SQL':>4}"
        f" {'rps/wsgi':>8} {'rps/hlth':>8} {'p95/wsgi':>8} {'p95/hlth':>8} non-2xx"
    )
    print("\nratios: req/s ÷ baseline req/s and p95 ÷ baseline p95; wsgi = bare WSGI app, hlth = /healthz")
    print(header)
    print("-" * len(header))

    def ratio(value, baseline, digits):
        return f"{value / baseline:8.{digits}f}" if baseline is not None else f"{'':8}"

    def line(name, kind, result, queries, wsgi, healthz):
        print(
            f"{name:34} {kind:5} {result['rps']:7.0f} {result['p50']:7.2f} {result['p95']:7.2f} {queries:4d}"
            f" {ratio(result['rps'], wsgi and wsgi['rps'], 2)} {ratio(result['rps'], healthz and healthz['rps'], 2)}"
            f" {ratio(result['p95'], wsgi and wsgi['p95'], 1)} {ratio(result['p95'], healthz and healthz['p95'], 1)}"
            f" {result['non_2xx']}"
        )

    for n, (name, queries, wsgi, healthz, cold, warm) in enumerate(results):
        if n:
            print()
        line("  bare WSGI app (no middleware)", "", wsgi, 0, None, None)
        line("  bare view /healthz", "", healthz, 0, wsgi, None)
        line(name, "cold", cold, queries, wsgi, healthz)
        line(name, "warm", warm, queries, wsgi, healthz)


def report_ratios(results):
    """The ratios alone, one line per case: cold p95 and warm requests/s to each baseline of the case's rounds."""
    header = (
        f"{'case':34} {'cold p95 ÷ wsgi':>16} {'÷ /healthz':>11} {'warm req/s ÷ wsgi':>18} {'÷ /healthz':>11}"
        f" {'/healthz ÷ wsgi: p95':>21} {'req/s':>6}"
    )
    print("\nratios to the two baselines (wsgi = bare WSGI app, no middleware; /healthz = the portal's bare view)")
    print(header)
    print("-" * len(header))
    for name, _queries, wsgi, healthz, cold, warm in results:
        print(
            f"{name:34} {cold['p95'] / wsgi['p95']:16.1f} {cold['p95'] / healthz['p95']:11.1f}"
            f" {warm['rps'] / wsgi['rps']:18.2f} {warm['rps'] / healthz['rps']:11.2f}"
            f" {healthz['p95'] / wsgi['p95']:21.1f} {healthz['rps'] / wsgi['rps']:6.2f}"
        )


def report_memory(master, label):
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        peak = next(line.split(":")[1].strip() for line in status.splitlines() if line.startswith("VmHWM"))
        print(f"gunicorn worker {pid} ({label}): peak RSS {peak}")


if __name__ == "__main__":
    main()
