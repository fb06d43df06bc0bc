"""Digest benchmark: ``send_digests`` over 5,000 subscriptions at 10,000 members per language.

    make bench-digests
    .venv/bin/python bench/digests.py --members 10000 --subscriptions 5000

Reuses bench/.data/members-N.sqlite3 (seeded by ``seed_demo`` if missing, migrated), replaces the benchmark's own
subscriptions (``bench-*@example.invalid``) with a fixed mix drawn with a seeded random generator: directory searches
(branches, words, skills, cantons, kinds, combinations) in French, English and German, job offers by contract and
branch, calls by kind and branch, events by branch. Each subscription's last digest is set so that a day's worth of
content is new for it: the newest 1 % of the members of its language, the newest half of the open offers, calls and
upcoming events. Then it runs the digest twice, e-mails kept in memory:

- the first run sends the digests due; target: done in at most 60 s, with a number of SQL queries per digest that
  does not depend on the number of subscriptions (printed: queries per subscription and per digest);
- the second run must send nothing (idempotence) and shows the cost of a day with nothing new.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import configure  # noqa: E402

TARGET_SECONDS = 60
WORDS = ["design", "photo", "studio", "film", "architecte", "graphiste", "musique", "mode", "son", "illustration",
         "web", "3d", "Fotografie", "Keramik", "packaging", "animation", "vidéo", "typographie"]  # fmt: skip
LANGUAGES = ["fr", "fr", "en", "de"]


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def cursors(since_rank):
    """{(kind, language): the instant after which a day's worth of content is new}."""
    from django.db.models import F

    from agenda.models import EventPage
    from jobs.models import CollaborationPage, JobPage
    from search.models import MemberDocument

    found = {}
    for language in ("fr", "en", "de"):
        dates = MemberDocument.objects.filter(language=language, published_at__isnull=False).order_by(
            F("published_at").desc()
        )
        newest = list(dates.values_list("published_at", flat=True)[: since_rank + 1])
        found[("directory", language)] = newest[-1] if newest else None
        listings = {
            "jobs": JobPage.open_offers(language),
            "calls": CollaborationPage.open_requests(language),
            "events": EventPage.objects.visible().filter(locale__language_code=language).upcoming(),
        }
        for kind, pages in listings.items():
            published = sorted(pages.values_list("first_published_at", flat=True), reverse=True)
            found[(kind, language)] = published[len(published) // 2] if published else None
    return found


def subscriptions(count, seed=30):
    """The benchmark's subscriptions, not saved: (kind, language, filters)."""
    from jobs.choices import CollaborationKind, ContractType
    from members.models import Canton, Kind
    from taxonomy.models import Branch, Skill

    rng = random.Random(seed)
    branches = list(Branch.objects.values_list("code", flat=True))
    skills = list(Skill.objects.values_list("code", flat=True)) or ["none"]
    cantons = [code for code, _label in Canton.choices]
    kinds = [code for code, _label in Kind.choices]
    directory = [
        lambda: [("branch", rng.choice(branches))],
        lambda: [("q", rng.choice(WORDS))],
        lambda: [("skill", rng.choice(skills))],
        lambda: [("branch", rng.choice(branches)), ("canton", rng.choice(cantons))],
        lambda: [("q", rng.choice(WORDS)), ("branch", rng.choice(branches))],
        lambda: [("kind", rng.choice(kinds)), ("available", "1")],
        lambda: [("q", f"{rng.choice(WORDS)} {rng.choice(WORDS)}"), ("language", rng.choice(["fr", "en", "de"]))],
    ]
    made = []
    for _n in range(count):
        draw = rng.random()
        language = rng.choice(LANGUAGES)
        if draw < 0.6:
            kind, filters = "directory", rng.choice(directory)()
        elif draw < 0.8:
            options = [[], [("contract", rng.choice(ContractType.values))], [("branch", rng.choice(branches))]]
            kind, filters = "jobs", rng.choice(options)
        elif draw < 0.9:
            options = [[], [("kind", rng.choice(CollaborationKind.values))], [("branch", rng.choice(branches))]]
            kind, filters = "calls", rng.choice(options)
        else:
            kind, filters = "events", rng.choice([[], [("branch", rng.choice(branches))]])
        made.append((kind, language, sorted(filters)))
    return made


def prepare(count, since_rank):
    from django.db import transaction

    from alerts.models import Subscription, filters_key

    start = time.perf_counter()
    instants = cursors(since_rank)
    rows = []
    for n, (kind, language, filters) in enumerate(subscriptions(count)):
        cursor = instants.get((kind, language))
        if cursor is None:
            continue
        rows.append(
            Subscription(
                email=f"bench-{n}@example.invalid",
                language=language,
                kind=kind,
                filters=[list(pair) for pair in filters],
                filters_key=filters_key(filters),
                created_at=cursor,
                confirmed_at=cursor,
            )
        )
    with transaction.atomic():
        Subscription.objects.filter(email__startswith="bench-", email__endswith="@example.invalid").delete()
        Subscription.objects.bulk_create(rows, batch_size=500)
    distinct = len({(row.language, row.kind, row.filters_key) for row in rows})
    print(f"{len(rows)} subscriptions ({distinct} distinct searches) saved in {time.perf_counter() - start:.1f} s")
    return len(rows)


def timed_run():
    from django.core import mail
    from django.db import connection

    from alerts.digests import send_digests

    mail.outbox = []
    counter = QueryCounter()
    start, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(counter):
        report = send_digests()
    return report, (time.perf_counter() - start, time.process_time() - cpu), counter.count, len(mail.outbox)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--subscriptions", type=int, default=5_000)
    parser.add_argument("--new", type=float, default=0.01, help="share of each language's members new (default 1 %%)")
    args = parser.parse_args()
    configure(args.members)
    from django.conf import settings

    from search.backends.memory import DatabaseBackend

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DatabaseBackend.forget()
    count = prepare(args.subscriptions, max(1, int(args.members * args.new)))

    report, seconds, queries, mails = timed_run()
    seconds, cpu = seconds
    print(
        f"\nfirst run (digests due): {seconds:.1f} s ({cpu:.1f} s of CPU), {report.sent} digests sent ({report.items} items, {mails} e-mails)"
        f" for {report.subscriptions} subscriptions"
    )
    print(
        f"  {queries} SQL queries: {queries / max(1, report.subscriptions):.2f} per subscription, "
        f"{queries / max(1, report.sent):.2f} per digest sent"
    )
    again, (seconds_again, cpu_again), queries_again, mails_again = timed_run()
    print(
        f"second run (nothing new): {seconds_again:.1f} s ({cpu_again:.1f} s of CPU), {again.sent} digests sent, {mails_again} e-mails, "
        f"{queries_again} SQL queries"
    )
    ok = seconds <= TARGET_SECONDS and again.sent == 0 and mails_again == 0 and count >= args.subscriptions * 0.99
    print(f"target: first run ≤ {TARGET_SECONDS} s and nothing sent twice: {'met' if ok else 'NOT MET'}")
    if seconds > 2 * cpu:
        print(f"(the run waited {seconds - cpu:.0f} s for a CPU or the disk: is the machine busy? see `uptime`)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
