"""Directory search benchmark: p50/p95 of directory queries against a bare Django view, same run.

    make bench-search                  # 10,000 members, database backend and osmem
    .venv/bin/python bench/search.py --members 1000 --repeat 20

Seeds (or reuses) bench/.data/members-N.sqlite3, then for each backend runs a fixed
mix of directory queries through Django's test client (full middleware stack, like
a real request minus the network): text only, facets only, both, and a deep page,
each as the JSON API and as the HTML page. Every query returns every facet's counts.
The database backend is measured twice: with its per-process word cache emptied
before every request (every text query computed afresh), and with the cache kept. Prints p50/p95 in milliseconds and the ratio of each p95
to the bare view's p95. Target: API p95 ≤ 10 × bare p95 on the database backend.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import configure, measure, summary  # noqa: E402

TARGET_RATIO = 10

MIX = {
    "text only": [
        "q=design",
        "q=photographie",
        "q=studio+lumière",
        "q=créatrices",
        "q=affiche",
        "q=son",
        "q=architecte+luxembourg",
        "q=mode",
    ],
    "facets only": [
        "branch=design&canton=esch-sur-alzette",
        "skill=brand-identity&skill=packaging&available=1",
        "kind=freelancer&language=en&language=de",
        "branch=music&branch=audiovisual-film&media=audio&collab=1",
        "canton=luxembourg&kind=company&sort=newest",
    ],
    "text + facets": [
        "q=design&branch=design&available=1",
        "q=film&kind=company&canton=luxembourg",
        "q=studio&language=fr&media=image&sort=newest",
        "q=photo&skill=portrait-photography&collab=1",
    ],
    # {deep} is a page near the end of the unfiltered list; {mid} one in the middle.
    "deep page": ["page={deep}", "sort=newest&page={mid}", "branch=design&page={branch_deep}"],
}


def bare(request):
    from django.http import HttpResponse

    return HttpResponse("ok")


def urlconf():
    """The portal's URLs plus the bare view, as a module Django can import."""
    import types

    from django.urls import path

    import portal.urls

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [path("bench/bare/", bare), *portal.urls.urlpatterns]
    module.handler404 = portal.urls.handler404
    module.handler500 = portal.urls.handler500
    sys.modules["bench_urls"] = module
    return "bench_urls"


def run_mix(client, directory_url, repeat, forget_terms, members):
    pages = {
        "deep": max(1, members // 24 - 2),
        "mid": max(1, members // 48),
        "branch_deep": max(1, members // 24 // 12),
    }
    rows = {}
    for category, queries in MIX.items():
        for kind, prefix in (("API", "/api/v1/directory/?lang=fr&"), ("page", f"{directory_url}?")):
            samples = []
            urls = [prefix + query.format(**pages) for query in queries]
            for _round in range(repeat):
                for url in urls:

                    def call(url=url):
                        forget_terms()
                        response = client.get(url)
                        assert response.status_code == 200, (url, response.status_code, response.content[:300])

                    samples += measure(call, 1)
            rows[f"{category} ({kind})"] = summary(samples)
    return rows


def report(title, rows, bare_p95):
    print(f"\n{title}")
    print(f"{'query':32} {'p50 ms':>8} {'p95 ms':>8} {'p95 / bare p95':>15}")
    for name, row in rows.items():
        print(f"{name:32} {row['p50']:8.2f} {row['p95']:8.2f} {row['p95'] / bare_p95:15.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15, help="rounds of the mix per backend (default 15)")
    parser.add_argument("--no-engine", action="store_true", help="skip the osmem (OpenSearch) leg")
    args = parser.parse_args()
    configure(args.members)

    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings

    from members.models import MemberPage
    from search.backends import configured_engine
    from search.models import IndexState
    from search.service import database, directory_page

    settings.ROOT_URLCONF = urlconf()
    client = Client()
    members = MemberPage.objects.filter(locale__language_code="fr").count()
    directory_url = directory_page("fr").url
    print(f"{members} members per language; directory at {directory_url}; {args.repeat} rounds per query")

    for _ in range(50):
        client.get("/bench/bare/")
    bare_stats = summary(measure(lambda: client.get("/bench/bare/"), 400))
    print(f"bare view: p50 {bare_stats['p50']:.3f} ms, p95 {bare_stats['p95']:.3f} ms")

    def forget_terms():
        for snapshot in database._snapshots.values():
            snapshot._terms.clear()

    database.forget()
    start = time.perf_counter()
    database.snapshot("fr", IndexState.current())
    print(f"database backend: snapshot of the French documents built in {(time.perf_counter() - start):.2f} s")
    for title, forget in (
        ("Database backend, word cache emptied before every request (worst case)", forget_terms),
        ("Database backend, word cache kept (steady state of a running process)", lambda: None),
    ):
        rows = run_mix(client, directory_url, args.repeat, forget, members)
        report(title, rows, bare_stats["p95"])
        api_p95 = max(row["p95"] for name, row in rows.items() if name.endswith("(API)"))
        ratio = api_p95 / bare_stats["p95"]
        verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
        print(f"worst API p95 / bare p95: {ratio:.1f} (target ≤ {TARGET_RATIO}): {verdict}")

    if args.no_engine:
        return
    from osmem_server import OsmemServer

    with OsmemServer.start(japanese=False) as server:
        url = server.url.replace("http://", "opensearch://")
        with override_settings(SEARCH_URL=url, SEARCH_INDEX="bench"):
            start = time.perf_counter()
            call_command("rebuild_search_index", "--engine-only", "--no-progress")
            print(f"\nosmem: {members * 3} documents indexed in {time.perf_counter() - start:.1f} s")
            assert configured_engine() is not None
            rows = run_mix(client, directory_url, max(3, args.repeat // 3), lambda: None, members)
            report("OpenSearch (osmem-server, in memory)", rows, bare_stats["p95"])
    os.environ.pop("SEARCH_URL", None)


if __name__ == "__main__":
    main()
