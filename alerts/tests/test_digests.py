"""The daily digests: what is new for each confirmed subscription, once, in its language, with RFC 8058 headers;
the purge of unconfirmed subscriptions; the Atom feed of a directory search."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts import digests
from alerts.models import Digest, Subscription
from core.absolute import base_url
from search.tests.helpers import make_member

BASE = base_url()
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_a_digest_lists_the_new_matching_members_once(site_tree, subscribe):
    subscription = subscribe(filters=[("branch", "design")])
    make_member(site_tree, "design", title="Nouvelle Lumière", tagline="Lumière et scénographie")
    make_member(site_tree, "music", title="Autre Son")
    report = digests.send_digests()
    assert (report.sent, report.items) == (1, 1)
    (message,) = mail.outbox
    assert message.to == ["reader@example.lu"]
    assert (
        message.subject
        == "1 nouveauté pour votre alerte : Membres correspondant à une recherche dans l’annuaire · Branche : Design"
    )
    assert "Nouvelle Lumière" in message.body and "Lumière et scénographie" in message.body
    assert "Autre Son" not in message.body
    assert f"{BASE}/fr/membres/design/nouvelle-lumiere" in message.body or f"{BASE}/fr/membres/" in message.body
    unsubscribe = f"{BASE}/fr/alertes/desabonner/{subscription.token}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.body
    assert f"{BASE}/fr/alertes/gerer/{subscription.token}/" in message.body
    assert f"{BASE}/fr/membres/?branch=design" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Nouvelle Lumière" in html and 'lang="fr"' in html
    assert "localhost" not in message.body

    # Run twice: nothing is sent twice.
    assert digests.send_digests().sent == 0
    assert len(mail.outbox) == 1
    assert Digest.objects.get().items == 1
    subscription.refresh_from_db()
    assert subscription.last_digest_at is not None


@pytest.mark.django_db
def test_nothing_new_sends_nothing_and_unconfirmed_subscriptions_get_nothing(site_tree, subscribe):
    subscribe(filters=[("branch", "music")])
    subscribe(email="unconfirmed@example.lu", confirmed_at=None)
    make_member(site_tree, "design", title="Pas pour vous")
    assert digests.send_digests().sent == 0
    assert not mail.outbox


@pytest.mark.django_db
def test_a_search_text_digest_in_the_subscribers_language(site_tree, subscribe):
    subscribe(language="de", filters=[("q", "Keramik")])
    make_member(site_tree, "design", title="Atelier Keramik", translate_to=["de"])
    make_member(site_tree, "design", title="Holzwerk", translate_to=["de"])
    call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (message,) = mail.outbox
    assert message.subject.startswith("1 Neuheit für Ihre Benachrichtigung: Mitglieder, die einer Verzeichnissuche")
    assert "„Keramik“" in message.subject
    assert "Atelier Keramik" in message.body and "Holzwerk" not in message.body
    assert f"{BASE}/de/benachrichtigungen/abbestellen/" in message.extra_headers["List-Unsubscribe"]
    assert "Diese Benachrichtigung mit einem Klick abbestellen" in message.body


@pytest.mark.django_db
def test_an_interrupted_run_sends_the_rest_next_time_and_nothing_twice(site_tree, subscribe, monkeypatch):
    subscribe(email="a@example.lu")
    subscribe(email="b@example.lu")
    make_member(site_tree, "design", title="Studio Neuf")
    send = digests.emails.send

    def failing(template, to, *args, **kwargs):
        if to == ["b@example.lu"]:
            raise ConnectionError("the mail server hung up")
        return send(template, to, *args, **kwargs)

    monkeypatch.setattr(digests.emails, "send", failing)
    assert digests.send_digests().sent == 1
    assert Subscription.objects.get(email="b@example.lu").last_digest_at is None  # rolled back with the send
    assert not Digest.objects.filter(subscription__email="b@example.lu").exists()
    monkeypatch.setattr(digests.emails, "send", send)
    assert digests.send_digests().sent == 1
    assert [message.to for message in mail.outbox] == [["a@example.lu"], ["b@example.lu"]]


@pytest.mark.django_db
def test_job_offers_and_calls_by_their_filters(jobs_site, subscribe):
    subscribe(kind="jobs", filters=[("contract", "freelance")], language="en")
    subscribe(email="calls@example.lu", kind="calls", filters=[("kind", "tender")])
    jobs_site.add_job(title="Motion designer", contract_type="freelance")
    jobs_site.add_job(title="Comptable", contract_type="permanent")
    jobs_site.add_request(title="Appel d'offres signalétique", kind="tender")
    jobs_site.add_request(title="Cherche musicien", kind="collaboration")
    assert digests.send_digests().sent == 2
    jobs, calls = sorted(mail.outbox, key=lambda message: message.to)[::-1]
    assert jobs.to == ["reader@example.lu"]
    assert "Motion designer (en)" in jobs.body and "Freelance assignment" in jobs.body
    assert "Comptable" not in jobs.body
    assert f"{BASE}/en/jobs/?contract=freelance" in jobs.body
    assert "Appel d'offres signalétique" in calls.body and "Cherche musicien" not in calls.body
    assert "Appel d'offres · jusqu’au" in calls.body


@pytest.mark.django_db
def test_unconfirmed_subscriptions_are_purged_after_some_days(site_tree, subscribe, settings):
    settings.ALERTS_UNCONFIRMED_DAYS = 7
    now = timezone.now()
    subscribe(email="old@example.lu", confirmed_at=None, created_at=now - datetime.timedelta(days=8))
    subscribe(email="recent@example.lu", confirmed_at=None, created_at=now - datetime.timedelta(days=2))
    subscribe(email="confirmed@example.lu", created_at=now - datetime.timedelta(days=30))
    assert digests.send_digests().purged == 1
    assert sorted(Subscription.objects.values_list("email", flat=True)) == ["confirmed@example.lu", "recent@example.lu"]


def _run_counting():
    with CaptureQueriesContext(connection) as queries:
        report = digests.send_digests()
    return report, len(queries)


@pytest.mark.django_db
def test_queries_per_subscription_are_bounded(jobs_site, subscribe):
    """The queries of a run grow by a bounded number per digest sent, whatever the number of subscriptions, and
    subscriptions with nothing new cost none."""
    tree = jobs_site.tree

    def subscriptions(first, count, **fields):
        for n in range(first, first + count):
            subscribe(email=f"m{n}@example.lu", filters=[("q", f"word{n}")], **fields)  # nothing new for these
            language = ("fr", "en", "de")[n % 3]
            subscribe(email=f"d{n}@example.lu", filters=[("branch", "design")], language=language, **fields)
            subscribe(email=f"j{n}@example.lu", kind="jobs", filters=[("contract", "freelance")], **fields)

    start = timezone.now()
    subscriptions(0, 3)
    make_member(tree, "design", title="Studio Compté", translate_to=["en", "de"])
    jobs_site.add_job(title="Animateur 3D", contract_type="freelance")
    assert digests.send_digests().sent == 6  # warms the process's caches (search snapshots, vocabularies)
    Subscription.objects.update(last_digest_at=None)
    small, small_queries = _run_counting()
    assert small.sent == 6
    Subscription.objects.update(last_digest_at=None)
    subscriptions(3, 9, confirmed_at=start)
    large, large_queries = _run_counting()
    assert large.sent == 24 and large.subscriptions == 36
    per_digest = (large_queries - small_queries) / (large.sent - small.sent)
    assert per_digest <= 2, (small_queries, large_queries)  # claiming it: one UPDATE
    assert large_queries <= 2 * large.sent + 20, large_queries


@pytest.mark.django_db
def test_atom_feed_of_a_directory_search(client, site_tree):
    make_member(site_tree, "design", title="Lumen Atelier", translate_to=["en"])
    make_member(site_tree, "music", title="Sonar Studio", translate_to=["en"])
    response = client.get("/en/alerts/atom/", {"branch": "design", "page": "x", "sort": "nonsense"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own response
    assert "Branch: Design" in feed.find(f"{ATOM}title").text
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles[0] == "Lumen Atelier" and "Sonar Studio" not in titles
    assert all(entry.find(f"{ATOM}link").get("href").startswith(f"{BASE}/en/members/") for entry in entries)
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == f"{BASE}/en/members/?branch=design"
    assert client.get("/de/benachrichtigungen/atom/", {"q": "x" * 5000}).status_code == 200


@pytest.mark.django_db
def test_two_runs_at_once_send_one_digest(site_tree, subscribe):
    """A run that read a subscription before another run served it cannot claim it any more."""
    subscription = subscribe()
    stale = Subscription.objects.get(pk=subscription.pk)
    now = timezone.now()
    assert digests.claim(subscription, now)
    assert not digests.claim(stale, now + datetime.timedelta(seconds=1))
    sent = digests.send_batch([(stale, ["item"])], now + datetime.timedelta(seconds=1))
    assert sent == [] and not mail.outbox


@pytest.mark.django_db
def test_demo_subscriptions_have_digests_due(site_tree):
    from demo import subscriptions as demo_subscriptions
    from tests.factories.members import UserFactory

    member = UserFactory(email="member@example.lu")
    made = demo_subscriptions.ensure_demo(member)
    assert made == len(demo_subscriptions.specs())
    assert demo_subscriptions.ensure_demo(member) == 0  # idempotent
    assert Subscription.objects.filter(user=member, email="member@example.lu").exists()
    assert Subscription.objects.unconfirmed().count() == 1
    make_member(site_tree, "design", title="Studio Disponible", available_for_hire=True)
    report = digests.send_digests()
    assert report.sent == 1  # the new member matches one French alert, whose last digest is two days old
    (message,) = mail.outbox
    assert message.to == ["lea.muller@example.lu"] and "Studio Disponible" in message.body


@pytest.mark.django_db
def test_events_by_branch_and_the_agenda_form(client, agenda_tree, subscribe):
    subscribe(kind="events", filters=[("branch", "music")], language="de")
    agenda_tree.event(title="Konzertabend", branch=agenda_tree.branches["music"])
    agenda_tree.event(title="Designwoche", branch=agenda_tree.branches["design"])
    assert digests.send_digests().sent == 1
    (message,) = mail.outbox
    assert "Konzertabend (de)" in message.body and "Designwoche" not in message.body
    assert "Veranstaltungen · Branche: Music" in message.subject
    assert "Rotondes" in message.body
    page = client.get(agenda_tree.agenda["en"].url, {"branch": "music"}).content.decode()
    assert 'name="params" value="branch=music"' in page and 'name="kind" value="events"' in page
