from datetime import date, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from agenda.models import EventType
from core.absolute import base_host, base_url
from tests.factories.agenda import lux

BASE = base_url()
HOST = base_host()

pytestmark = pytest.mark.django_db

WINTER = {"start": lux(2030, 12, 3, 18, 30), "end": lux(2030, 12, 3, 21, 0)}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar):
    return list(calendar.walk("VEVENT"))


def test_feed_is_a_valid_calendar_with_luxembourg_times(agenda_tree):
    agenda_tree.event(title="Atelier", **WINTER, registration_url="https://t.example.lu/a")
    calendar = parse(Client().get("/fr/agenda/ical/"))
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    assert "Agenda" in str(calendar["X-WR-CALNAME"])
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Luxembourg"]
    (event,) = events(calendar)
    assert str(event["SUMMARY"]) == "Atelier"
    assert event["DTSTART"].params["TZID"] == "Europe/Luxembourg"
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute) == (18, 30)
    assert start.astimezone(timezone.get_fixed_timezone(0)).hour == 17
    assert event.decoded("DTEND") - start == timedelta(hours=2, minutes=30)
    assert event["DTSTAMP"]
    assert str(event["URL"]).startswith(BASE + "/fr/agenda/")
    assert "Rotondes" in str(event["LOCATION"])
    description = str(event["DESCRIPTION"])
    assert "<" not in description and "https://t.example.lu/a" in description


def test_feed_in_each_language_names_the_calendar_and_keeps_its_own_events(agenda_tree):
    versions = agenda_tree.event(title="Atelier", **WINTER)
    agenda_tree.event(title="Seulement en français", langs=(), **WINTER)
    client = Client()
    uids = {}
    for lang in ("fr", "en", "de"):
        calendar = parse(client.get(agenda_tree.agenda[lang].url + "ical/"))
        assert str(calendar["X-WR-CALNAME"]).startswith(agenda_tree.agenda[lang].title)
        summaries = [str(e["SUMMARY"]) for e in events(calendar)]
        assert str(versions[lang].title) in summaries
        uids[lang] = {str(e["UID"]) for e in events(calendar)}
    assert len(uids["fr"]) == 2 and len(uids["en"]) == 1 and len(uids["de"]) == 1
    assert not (uids["fr"] & uids["en"]) and not (uids["en"] & uids["de"])
    key = versions["en"].translation_key
    assert uids["en"] == {f"{key}-en@{HOST}"}


def test_uids_are_unique_and_stable_across_requests(agenda_tree):
    for n in range(3):
        agenda_tree.event(title=f"E{n}", **WINTER)
    client = Client()
    first = [str(e["UID"]) for e in events(parse(client.get("/fr/agenda/ical/")))]
    second = [str(e["UID"]) for e in events(parse(client.get("/fr/agenda/ical/")))]
    assert len(set(first)) == 3
    assert first == second


def test_feed_holds_only_upcoming_published_events(agenda_tree):
    now = timezone.now()
    agenda_tree.event(title="Upcoming", **WINTER)
    agenda_tree.event(title="Past", start=now - timedelta(days=3), end=now - timedelta(days=3, hours=-1))
    agenda_tree.event(title="Draft", langs=(), **WINTER)["fr"].unpublish()
    summaries = [str(e["SUMMARY"]) for e in events(parse(Client().get("/fr/agenda/ical/")))]
    assert summaries == ["Upcoming"]


def test_feed_applies_the_listing_filters(agenda_tree):
    gaming, design = agenda_tree.branches["gaming"], agenda_tree.branches["design"]
    agenda_tree.event(title="Game jam", branch=gaming, event_type=EventType.WORKSHOP, **WINTER)
    agenda_tree.event(title="Game expo", branch=gaming, event_type=EventType.FESTIVAL, **WINTER)
    agenda_tree.event(title="Design workshop", branch=design, event_type=EventType.WORKSHOP, **WINTER)
    client = Client()
    calendar = parse(client.get("/en/events/ical/?branch=gaming&type=workshop"))
    assert [str(e["SUMMARY"]) for e in events(calendar)] == ["Game jam (en)"]
    assert "Video games" in str(calendar["X-WR-CALNAME"])
    calendar = parse(client.get("/fr/agenda/ical/?type=workshop"))
    assert sorted(str(e["SUMMARY"]) for e in events(calendar)) == ["Design workshop", "Game jam"]


@pytest.mark.parametrize("query", ["?branch=nope", "?type=party&branch=gaming", "?page=x", "?branch=%00"])
def test_feed_ignores_bad_filter_values(agenda_tree, query):
    agenda_tree.event(title="Atelier", branch=agenda_tree.branches["gaming"], **WINTER)
    calendar = parse(Client().get("/fr/agenda/ical/" + query))
    assert [str(e["SUMMARY"]) for e in events(calendar)] == ["Atelier"]


def test_empty_feed_is_still_a_calendar(agenda_tree):
    calendar = parse(Client().get("/de/veranstaltungen/ical/"))
    assert events(calendar) == []


def test_all_day_events_are_dates_with_an_exclusive_end(agenda_tree):
    agenda_tree.event(title="Festival", start=lux(2030, 9, 27), end=lux(2030, 9, 28, 23, 59), all_day=True)
    (event,) = events(parse(Client().get("/fr/agenda/ical/")))
    assert event.decoded("DTSTART") == date(2030, 9, 27)
    assert not isinstance(event.decoded("DTSTART"), datetime)
    assert event.decoded("DTEND") == date(2030, 9, 29)


def test_one_event_as_an_ics_download(agenda_tree):
    versions = agenda_tree.event(title="Atelier", **WINTER, online_url="https://meet.example.lu/x")
    client = Client()
    page = client.get(versions["de"].url)
    assert f'href="{versions["de"].url}ical/"' in page.text
    response = client.get(versions["de"].url + "ical/")
    calendar = parse(response)
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith('.ics"')
    (event,) = events(calendar)
    assert str(event["SUMMARY"]) == "Atelier (de)"
    assert str(event["UID"]) == f"{versions['de'].translation_key}-de@{HOST}"
    assert str(event["URL"]) == f"{BASE}{versions['de'].url}"
    assert calendar.walk("VTIMEZONE")
    # The same UID as in the agenda feed: a calendar sees one event, not two.
    feed = events(parse(client.get("/de/veranstaltungen/ical/")))
    assert str(feed[0]["UID"]) == str(event["UID"])
