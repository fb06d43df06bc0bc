import pytest
from django.test import Client
from django.utils import timezone

from agenda.models import AgendaPage, EventPage
from demo.agenda import agenda_data, ensure_demo

pytestmark = pytest.mark.django_db


# wagtail-localize publishes translations when the transaction commits.
def test_demo_is_idempotent_and_trilingual(site_tree, django_capture_on_commit_callbacks):
    members = [versions["fr"] for versions in site_tree.members]
    with django_capture_on_commit_callbacks(execute=True):
        agenda = ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    counts = (AgendaPage.objects.count(), EventPage.objects.count())
    assert counts == (3, 3 * len(agenda_data()["events"]))
    with django_capture_on_commit_callbacks(execute=True):
        ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    assert (AgendaPage.objects.count(), EventPage.objects.count()) == counts

    urls = {page.locale.language_code: page.url for page in AgendaPage.objects.select_related("locale")}
    assert urls == {"fr": "/fr/agenda/", "en": "/en/events/", "de": "/de/veranstaltungen/"}
    assert agenda.title == "Agenda"
    titles = {p.locale.language_code: p.title for p in AgendaPage.objects.select_related("locale")}
    assert titles == {"fr": "Agenda", "en": "Events", "de": "Veranstaltungen"}

    fr = EventPage.objects.filter(locale=site_tree.locales["fr"])
    now = timezone.now()
    past, upcoming = fr.filter(end__lt=now).count(), fr.filter(end__gte=now).count()
    assert 1 <= past < upcoming
    assert fr.filter(organiser_member__isnull=False).exists()
    assert fr.exclude(online_url="").filter(venue_name="").exists()
    assert fr.filter(all_day=True).exists()
    assert len(set(fr.values_list("event_type", flat=True))) >= 5
    en = EventPage.objects.get(locale=site_tree.locales["en"], slug="circular-design-workshop")
    assert en.title == "Circular design workshop"
    assert (
        en.live
        and en.start == EventPage.objects.get(translation_key=en.translation_key, locale__language_code="fr").start
    )
    assert en.organiser_member is not None
    assert (
        "Kreativwirtschaft" in EventPage.objects.get(locale__language_code="de", slug="fashiontech-tag").organiser_name
    )
    assert EventPage.objects.get(locale__language_code="en", slug="young-talent-showcase").organiser_name == (
        "Cultural meeting centre"
    )
    client = Client()
    for url in urls.values():
        response = client.get(url)
        assert response.status_code == 200
        assert client.get(url + "past/").status_code == 200
        assert client.get(url + "ical/").status_code == 200
    assert client.get(en.url).status_code == 200
    assert "Circular design workshop" in client.get("/en/events/").text


def test_demo_without_members_or_branches(site_tree):
    ensure_demo(site_tree.home["fr"], site_tree.locales, [])
    assert EventPage.objects.filter(locale=site_tree.locales["de"]).count() == len(agenda_data()["events"])
    assert not EventPage.objects.filter(organiser_member__isnull=False).exists()
    assert not EventPage.objects.filter(organiser_name="").exists()
