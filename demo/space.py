"""Demo content of the member space (``data/space.json``): the demo member's inbox and statistics, applications to decide.

Idempotent: each part is added only when missing, so ``seed_demo`` can run again.
"""

import random
from collections import Counter
from datetime import timedelta

from django.utils import timezone

from matchmaking.models import BriefRecipient
from members.models import ContactMessage, MemberPage, MembershipApplication, MonthlyStat
from taxonomy.models import Branch

from .data import load


def space_data():
    return load("space")


def ensure_demo(member_user):
    """Give the demo member's page messages and a year of statistics; add applications for editors."""
    page = MemberPage.objects.filter(owners=member_user).first() if member_user else None
    if page is not None:
        _ensure_messages(page)
        _ensure_statistics(page)
    _ensure_applications()


def _ensure_messages(page):
    if ContactMessage.objects.filter(page=page).exists():
        return
    now = timezone.now()
    for spec in space_data()["messages"]:
        sent = now - timedelta(days=spec["days_ago"])
        message = ContactMessage.objects.create(
            page=page,
            sender_name=spec["sender_name"],
            sender_email=spec["sender_email"],
            subject=spec["subject"],
            body=spec["body"],
            language=spec["language"],
            read_at=sent + timedelta(hours=5) if spec["read"] else None,
        )
        ContactMessage.objects.filter(pk=message.pk).update(created_at=sent)


def _ensure_statistics(page):
    """A year of page views for the demo member, and for every member the contact requests its inbox holds.

    A contact request is counted when a visitor's message or a client's brief reaches the member (space.contact,
    matchmaking.views): the statistics of the demo's months are derived from the messages and briefs it seeded,
    so a member's statistics page and its inbox tell the same story."""
    rng = random.Random(f"stats:{page.translation_key}")
    month = timezone.localdate().replace(day=1)
    for _n in range(12):
        MonthlyStat.objects.get_or_create(
            translation_key=page.translation_key, month=month, defaults={"views": rng.randint(40, 260)}
        )
        month = (month - timedelta(days=1)).replace(day=1)
    _contacts_from_inboxes()


def _contacts_from_inboxes():
    """Each member's monthly contact requests: its messages (by date received) and briefs (by date sent)."""
    counts = Counter()
    messages = ContactMessage.objects.values_list("page__translation_key", "created_at")
    briefs = BriefRecipient.objects.exclude(sent_at=None).values_list("page__translation_key", "sent_at")
    for key, when in (*messages, *briefs):
        counts[key, timezone.localdate(when).replace(day=1)] += 1
    keys = {key for key, _month in counts}
    stats = {(row.translation_key, row.month): row for row in MonthlyStat.objects.filter(translation_key__in=keys)}
    for row in stats.values():  # a month whose inbox is empty counts no contact
        row.contacts = counts.get((row.translation_key, row.month), 0)
    MonthlyStat.objects.bulk_update(stats.values(), ["contacts"])
    MonthlyStat.objects.bulk_create(
        [
            MonthlyStat(translation_key=key, month=month, contacts=count)
            for (key, month), count in counts.items()
            if (key, month) not in stats
        ]
    )


def _ensure_applications():
    branches = {branch.code: branch for branch in Branch.objects.all()}
    for spec in space_data()["applications"]:
        branch = branches.get(spec["branch"])
        if branch is None or MembershipApplication.objects.filter(email=spec["email"]).exists():
            continue
        fields = {key: value for key, value in spec.items() if key != "branch"}
        MembershipApplication.objects.create(primary_branch=branch, consent_at=timezone.now(), **fields)
