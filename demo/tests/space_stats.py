"""The demo member's statistics agree with its inbox (issue 30: a month counted 7 contact requests while the inbox
held 2). The check runs on the demo that ``test_seed_demo.py`` seeds and seeds again, as a subtest."""

from collections import Counter

from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from matchmaking.models import BriefRecipient
from members.models import ContactMessage, MemberPage, MonthlyStat


def inbox_months(page):
    """Contact requests the member received per month: its messages and its briefs."""
    months = Counter()
    for when in ContactMessage.objects.filter(page__translation_key=page.translation_key).values_list(
        "created_at", flat=True
    ):
        months[timezone.localdate(when).replace(day=1)] += 1
    for when in (
        BriefRecipient.objects.filter(page__translation_key=page.translation_key)
        .exclude(sent_at=None)
        .values_list("sent_at", flat=True)
    ):
        months[timezone.localdate(when).replace(day=1)] += 1
    return months


def demo_statistics_count_the_contact_requests_the_inboxes_hold():
    """After seeding the demo more than once (a second run keeps them in agreement): run by
    ``test_seed_demo.py``'s seeding, which costs about 20 s."""
    page = MemberPage.objects.get(owners__username="member", locale__language_code="fr")
    expected = inbox_months(page)
    assert sum(expected.values()) >= 2
    stats = {row.month: row.contacts for row in MonthlyStat.objects.filter(translation_key=page.translation_key)}
    assert {month: count for month, count in stats.items() if count} == dict(expected)
    # Every member a brief reached: its statistics count exactly what its inbox holds.
    for key in set(BriefRecipient.objects.values_list("page__translation_key", flat=True)):
        other = MemberPage.objects.filter(translation_key=key).first()
        counted = dict(MonthlyStat.objects.filter(translation_key=key, contacts__gt=0).values_list("month", "contacts"))
        assert counted == dict(inbox_months(other))

    # What the member reads: the statistics page's total is the number of requests in its inbox and briefs.
    client = Client()
    assert client.login(username="member", password="demo-member-2026")
    with translation.override("en"):
        response = client.get(reverse("space:stats", kwargs={"page_id": page.pk}))
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select(".space-stats tbody tr")
    shown = sum(int(row.find_all("td")[1].text) for row in rows)
    assert shown == sum(expected.values())
    assert f"and {shown} contact requests" in response.content.decode()
