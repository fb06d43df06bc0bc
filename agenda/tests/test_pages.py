import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from agenda.models import EventPage, EventType
from core.absolute import base_url
from tests.factories.agenda import EventPageFactory, lux

from .conftest import soup

BASE = base_url()

pytestmark = pytest.mark.django_db

WINTER = {"start": lux(2030, 12, 3, 18, 30), "end": lux(2030, 12, 3, 21, 0)}
SUMMER = {"start": lux(2030, 7, 3, 18, 30), "end": lux(2030, 7, 3, 20, 0)}


def titles(response):
    return [a.text for a in soup(response).select(".teaser__title a")]


def test_agenda_and_events_answer_in_three_languages(agenda_tree):
    event = agenda_tree.event(**WINTER)
    client = Client()
    for lang in ("fr", "en", "de"):
        for page in (agenda_tree.agenda[lang], event[lang]):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert soup(response).html["lang"] == lang
        assert client.get(agenda_tree.agenda[lang].url + "past/").status_code == 200
    assert [agenda_tree.agenda[lang].url for lang in ("fr", "en", "de")] == [
        "/fr/agenda/",
        "/en/events/",
        "/de/veranstaltungen/",
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "3 décembre 2030, 18:30"),
        ("en", "Dec. 3, 2030, 6:30 p.m."),
        ("de", "3. Dezember 2030, 18:30"),
    ],
)
def test_dates_in_the_visitors_format_and_luxembourg_time(agenda_tree, lang, expected):
    event = agenda_tree.event(**WINTER)
    client = Client()
    for url in (agenda_tree.agenda[lang].url, event[lang].url):
        page = soup(client.get(url))
        start = page.select_one(".event-when time")
        assert start["datetime"] == "2030-12-03T18:30:00+01:00"
        assert start.text == expected
        text = page.select_one(".event-when").text
        # Never the UTC hour (17:30 / 5:30 p.m.).
        assert "17:30" not in text and "5:30" not in text
    detail = soup(client.get(event[lang].url)).select_one(".event-when").text
    assert "CET" in detail


def test_summer_events_use_summer_time(agenda_tree):
    event = agenda_tree.event(**SUMMER)
    page = soup(Client().get(event["fr"].url))
    start = page.select_one(".event-when time")
    assert start["datetime"] == "2030-07-03T18:30:00+02:00"
    assert "18:30" in start.text
    assert "CEST" in page.select_one(".event-when").text


def test_visitor_time_zone_does_not_change_the_hour(agenda_tree, settings):
    event = agenda_tree.event(**WINTER)
    with timezone.override("America/New_York"):
        page = soup(Client().get(event["en"].url))
    assert page.select_one(".event-when time").text == "Dec. 3, 2030, 6:30 p.m."


def test_all_day_and_multi_day_events_show_dates(agenda_tree):
    festival = agenda_tree.event(start=lux(2030, 9, 27), end=lux(2030, 9, 28, 23, 59), all_day=True)
    page = soup(Client().get(festival["fr"].url))
    times = page.select(".event-when time")
    assert [t["datetime"] for t in times] == ["2030-09-27", "2030-09-28"]
    assert [t.text for t in times] == ["27 septembre 2030", "28 septembre 2030"]


def test_upcoming_and_past_are_split_and_ordered(agenda_tree):
    now = timezone.now()
    agenda_tree.event(title="Later", start=now + timedelta(days=20), end=now + timedelta(days=20, hours=2))
    agenda_tree.event(title="Soon", start=now + timedelta(days=2), end=now + timedelta(days=2, hours=2))
    agenda_tree.event(title="Ongoing", start=now - timedelta(hours=1), end=now + timedelta(hours=1))
    agenda_tree.event(title="Long ago", start=now - timedelta(days=60), end=now - timedelta(days=60, hours=-2))
    agenda_tree.event(title="Last week", start=now - timedelta(days=7), end=now - timedelta(days=7, hours=-2))
    client = Client()
    upcoming = client.get("/fr/agenda/")
    assert titles(upcoming) == ["Ongoing", "Soon", "Later"]
    past = client.get("/fr/agenda/past/")
    assert titles(past) == ["Last week", "Long ago"]
    assert titles(client.get("/en/events/")) == ["Ongoing (en)", "Soon (en)", "Later (en)"]
    # Each view links to the other, the active one marked for assistive technologies.
    nav = soup(upcoming).select(".agenda-views a")
    assert [a.get("aria-current") for a in nav] == ["page", None]
    assert nav[1]["href"] == "/fr/agenda/past/"
    nav = soup(past).select(".agenda-views a")
    assert [a.get("aria-current") for a in nav] == [None, "page"]


def test_past_event_says_it_has_ended(agenda_tree):
    now = timezone.now()
    event = agenda_tree.event(
        start=now - timedelta(days=3), end=now - timedelta(days=3, hours=-2), registration_url="https://t.example.lu/"
    )
    page = soup(Client().get(event["fr"].url))
    assert page.select_one(".event__ended")
    assert not page.select('a[href="https://t.example.lu/"]')
    upcoming = soup(Client().get(agenda_tree.event(**WINTER, registration_url="https://t.example.lu/")["fr"].url))
    assert not upcoming.select_one(".event__ended")
    assert upcoming.select('a[href="https://t.example.lu/"]')


def test_unpublished_and_other_language_events_are_not_listed(agenda_tree):
    agenda_tree.event(title="Public", **WINTER)
    draft = agenda_tree.event(title="Draft", langs=(), **WINTER)["fr"]
    draft.unpublish()
    agenda_tree.event(title="French only", langs=(), **WINTER)
    assert titles(Client().get("/fr/agenda/")) == ["Public", "French only"]
    assert titles(Client().get("/en/events/")) == ["Public (en)"]


def test_filters_by_branch_and_type_with_labels_in_the_visitors_language(agenda_tree):
    gaming = agenda_tree.branches["gaming"]
    design = agenda_tree.branches["design"]
    agenda_tree.event(title="Game jam", branch=gaming, event_type=EventType.WORKSHOP, **WINTER)
    agenda_tree.event(title="Game expo", branch=gaming, event_type=EventType.FESTIVAL, **WINTER)
    agenda_tree.event(title="Design talk", branch=design, event_type=EventType.CONFERENCE, **WINTER)
    client = Client()
    assert titles(client.get("/fr/agenda/?branch=gaming")) == ["Game jam", "Game expo"]
    assert titles(client.get("/fr/agenda/?branch=gaming&type=workshop")) == ["Game jam"]
    assert titles(client.get("/fr/agenda/?type=conference")) == ["Design talk"]
    for lang, label in (("fr", "Jeux vidéo"), ("en", "Video games"), ("de", "Videospiele")):
        page = soup(client.get(agenda_tree.agenda[lang].url))
        options = {o["value"]: o.text for o in page.select("#id_branch option")}
        assert options["gaming"] == label
        assert page.select_one("label[for=id_branch]") and page.select_one("label[for=id_type]")


def test_feed_links_follow_the_filters(agenda_tree):
    agenda_tree.event(branch=agenda_tree.branches["design"], **WINTER)
    page = soup(Client().get("/en/events/?branch=design&type=workshop&page=1"))
    link = page.select_one('link[rel=alternate][type="text/calendar"]')
    assert link["href"] == BASE + "/en/events/ical/?branch=design&type=workshop"
    subscribe = page.find("a", string=re.compile("Subscribe in your calendar"))
    assert subscribe["href"] == "/en/events/ical/?branch=design&type=workshop"
    past = page.select(".agenda-views a")[1]
    assert past["href"] == "/en/events/past/?branch=design&type=workshop"
    plain = soup(Client().get("/en/events/"))
    assert plain.find("a", string=re.compile("Subscribe in your calendar"))["href"] == "/en/events/ical/"


@pytest.mark.parametrize(
    "query", ["?branch=nope", "?type=party", "?page=abc", "?page=999", "?branch[]=x&type=1", "?branch=%00"]
)
def test_bad_query_strings_show_the_listing(agenda_tree, query):
    agenda_tree.event(**WINTER)
    for path in ("/fr/agenda/", "/fr/agenda/past/"):
        response = Client().get(path + query)
        assert response.status_code == 200
    if "branch=nope" in query or "type=party" in query:
        assert soup(Client().get("/fr/agenda/" + query)).select_one(".listing-status .notice")


def test_pagination_keeps_ten_per_page_and_the_filters(agenda_tree):
    now = timezone.now()
    parent = agenda_tree.agenda["fr"]
    for n in range(12):
        start = now + timedelta(days=n + 1)
        EventPageFactory(
            parent=parent, title=f"E{n:02}", start=start, end=start + timedelta(hours=1), event_type=EventType.TRAINING
        ).save_revision().publish()
    client = Client()
    first = client.get("/fr/agenda/?type=training")
    assert titles(first) == [f"E{n:02}" for n in range(10)]
    next_link = soup(first).select_one(".pagination a[rel=next]")
    assert "type=training" in next_link["href"] and "page=2" in next_link["href"]
    assert titles(client.get("/fr/agenda/?type=training&page=2")) == ["E10", "E11"]


def _fill(parent, count):
    from tests.factories.members import ImageFactory

    now = timezone.now()
    image = ImageFactory()
    for n in range(count):
        start = now + timedelta(days=n + 1)
        EventPageFactory(
            parent=parent, start=start, end=start + timedelta(hours=1), image=image, branch=None
        ).save_revision().publish()


@pytest.mark.perf
@pytest.mark.parametrize("path", ["/fr/agenda/", "/fr/agenda/ical/"])
def test_listing_queries_do_not_grow_with_the_number_of_events(agenda_tree, django_assert_max_num_queries, path):
    client = Client()
    parent = agenda_tree.agenda["fr"]
    member = agenda_tree.site.members[0]["fr"]
    counts = []
    for count in (3, 15):
        _fill(parent, count - EventPage.objects.child_of(parent).count())
        EventPage.objects.child_of(parent).update(organiser_member=member, branch=agenda_tree.branches["design"])
        client.get(path)  # renditions are made on the first view
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts
    with django_assert_max_num_queries(counts[0]):
        client.get(path)


@pytest.mark.perf
def test_event_page_query_count_is_bounded(agenda_tree, django_assert_max_num_queries):
    event = agenda_tree.event(organiser_member=agenda_tree.site.members[0]["fr"], **WINTER)
    client = Client()
    client.get(event["en"].url)
    with django_assert_max_num_queries(30):
        assert client.get(event["en"].url).status_code == 200
