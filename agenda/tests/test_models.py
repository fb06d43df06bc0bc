import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from agenda.models import EventPage
from core.absolute import base_url
from tests.factories.agenda import EventPageFactory, lux

from .conftest import soup

BASE = base_url()

pytestmark = pytest.mark.django_db

WINTER = {"start": lux(2030, 12, 3, 18, 30), "end": lux(2030, 12, 3, 21, 0)}


def test_an_event_must_end_after_it_starts(agenda_tree):
    event = EventPage(title="x", slug="x", venue_name="Rotondes", start=lux(2030, 12, 3, 18), end=lux(2030, 12, 3, 17))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict
    event.end = event.start
    with pytest.raises(ValidationError):
        event.clean()
    event.end = lux(2030, 12, 3, 19)
    event.clean()


def test_an_all_day_event_may_end_the_day_it_starts(agenda_tree):
    event = EventPage(
        title="x", slug="x", venue_name="Rotondes", all_day=True, start=lux(2030, 9, 27), end=lux(2030, 9, 27)
    )
    event.clean()
    event.end = lux(2030, 9, 26)
    with pytest.raises(ValidationError):
        event.clean()


def test_an_event_needs_a_venue_or_an_online_link(agenda_tree):
    event = EventPage(title="x", slug="x", venue_name="", venue_address=" ", online_url="", **WINTER)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert {"venue_name", "online_url"} <= set(error.value.message_dict)
    event.online_url = "https://meet.example.lu/"
    event.clean()


def test_the_admin_form_rejects_an_end_before_the_start_in_luxembourg_time(agenda_tree):
    user = get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})  # English admin
    client = Client()
    client.force_login(user)
    parent = agenda_tree.agenda["fr"]
    url = f"/admin/pages/add/agenda/eventpage/{parent.pk}/"
    data = {
        "title": "Vernissage",
        "slug": "vernissage",
        "start": "2030-12-03 18:30",
        "end": "2030-12-03 17:00",
        "venue_name": "Rotondes",
        "event_type": "exhibition",
        "body-count": "0",
        "action-publish": "publish",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="vernissage").exists()
    assert "The event must end after it starts." in response.text
    data["end"] = "2030-12-03 21:00"
    response = client.post(url, data)
    assert response.status_code == 302, response.text[:2000]
    event = EventPage.objects.get(slug="vernissage")
    # Typed in Luxembourg time, stored in UTC.
    assert event.start == lux(2030, 12, 3, 18, 30)
    assert event.start.astimezone(timezone.get_fixed_timezone(0)).hour == 17


def test_upcoming_interface_for_the_home_page(agenda_tree):
    now = timezone.now()
    for n in (5, 1, 3, 9):
        agenda_tree.event(title=f"In {n} days", start=now + timedelta(days=n), end=now + timedelta(days=n, hours=1))
    agenda_tree.event(title="Past", start=now - timedelta(days=2), end=now - timedelta(days=2, hours=-1))
    agenda_tree.event(title="Draft", langs=(), start=now + timedelta(hours=1), end=now + timedelta(hours=2))[
        "fr"
    ].unpublish()
    fr = EventPage.upcoming(agenda_tree.locales["fr"])
    assert [e.title for e in fr] == ["In 1 days", "In 3 days", "In 5 days"]
    en = EventPage.upcoming(agenda_tree.locales["en"], limit=10)
    assert [e.title for e in en] == ["In 1 days (en)", "In 3 days (en)", "In 5 days (en)", "In 9 days (en)"]


def jsonld(response):
    (script,) = soup(response).select('script[type="application/ld+json"]')
    return json.loads(script.string)


def test_event_json_ld(agenda_tree):
    from tests.factories.members import ImageFactory

    member = agenda_tree.site.members[0]
    versions = agenda_tree.event(
        **WINTER, organiser_member=member["fr"], image=ImageFactory(), registration_url="https://t.example.lu/"
    )
    data = jsonld(Client().get(versions["en"].url))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == versions["en"].title
    assert data["startDate"] == "2030-12-03T18:30:00+01:00"
    assert data["endDate"] == "2030-12-03T21:00:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert "L-2448 Luxembourg" in data["location"]["address"]["streetAddress"]
    # The organising member's page in the visitor's language.
    assert data["organizer"] == {
        "@type": "Organization",
        "name": member["en"].title,
        "url": f"{BASE}{member['en'].url}",
    }
    assert data["image"][0].startswith(BASE + "/")
    assert data["description"] and data["inLanguage"] == "en"
    assert data["url"] == f"{BASE}{versions['en'].url}"


def test_json_ld_for_online_and_mixed_events(agenda_tree):
    online = agenda_tree.event(
        **WINTER,
        venue_name="",
        venue_address="",
        online_url="https://meet.example.lu/a",
        organiser_name="Luxinnovation",
    )
    data = jsonld(Client().get(online["fr"].url))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.lu/a"}
    assert data["organizer"] == {"@type": "Organization", "name": "Luxinnovation"}
    mixed = agenda_tree.event(**WINTER, online_url="https://meet.example.lu/b")
    data = jsonld(Client().get(mixed["de"].url))
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [loc["@type"] for loc in data["location"]] == ["Place", "VirtualLocation"]


def test_json_ld_cannot_be_broken_out_of(agenda_tree):
    versions = agenda_tree.event(**WINTER, title="</script><script>alert(1)</script>")
    response = Client().get(versions["fr"].url)
    assert "<script>alert(1)" not in response.text
    assert jsonld(response)["name"] == "</script><script>alert(1)</script>"


def test_factory_event_is_valid(agenda_tree):
    event = EventPageFactory.build(**WINTER)
    event.clean()  # the model's rules raise a ValidationError on an invalid event: none here
    assert (event.start, event.end) == (WINTER["start"], WINTER["end"])
    assert event.venue_name  # the factory gives a venue (an event needs a venue or an online link)


def test_editors_can_open_and_preview_agenda_pages_in_the_admin(agenda_tree):
    user = get_user_model().objects.create_superuser("admin", "admin@example.lu", "pw")
    client = Client()
    client.force_login(user)
    event = agenda_tree.event(**WINTER)["en"]
    for page in (agenda_tree.agenda["de"], event):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    agenda = agenda_tree.agenda["fr"]
    preview_url = f"/admin/pages/{agenda.pk}/edit/preview/"
    # Before the edit form is posted, the preview panel says there is nothing valid to show yet.
    empty = client.get(preview_url)
    assert empty.status_code == 200
    assert empty.templates[0].name == "wagtailadmin/generic/preview_error.html"
    # Once the editor's changes are posted, the preview shows the agenda page with them.
    posted = client.post(preview_url, {"title": "Agenda en aperçu", "slug": agenda.slug})
    assert posted.json() == {"is_valid": True, "is_available": True}
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert preview.templates[0].name == "agenda/agenda_page.html"
    assert soup(preview).h1.get_text(strip=True) == "Agenda en aperçu"
