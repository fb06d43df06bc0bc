import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jobs.dates import today
from jobs.models import CollaborationPage

LANGS = ("fr", "en", "de")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".collaborations-list .teaser__title a")]


def in_days(days):
    return today() + datetime.timedelta(days=days)


@pytest.mark.django_db
def test_pages_render_in_every_language(jobs_site, client):
    member = jobs_site.tree.members[2]
    request = jobs_site.add_request(author_member=member["fr"], author_name="", kind="tender")
    for lang in LANGS:
        response = client.get(jobs_site.collab_index[lang].url)
        assert response.status_code == 200
        assert titles(response) == [request[lang].title]
        response = client.get(request[lang].url)
        assert response.status_code == 200
        doc = soup(response)
        assert doc.h1.get_text(strip=True) == request[lang].title
        assert doc.select_one(".collaboration__author a")["href"] == member[lang].url
        assert doc.find(id="respond-title") is not None
        assert doc.find("meta", attrs={"name": "robots"}) is None


@pytest.mark.django_db
def test_soonest_deadline_first_and_closed_requests_hidden(jobs_site, client):
    jobs_site.add_request(langs=(), title="Dans un mois", deadline=in_days(30))
    jobs_site.add_request(langs=(), title="Aujourd'hui", deadline=in_days(0))
    jobs_site.add_request(langs=(), title="Dans une semaine", deadline=in_days(7))
    jobs_site.add_request(langs=(), title="Hier", deadline=in_days(-1))
    assert titles(client.get(jobs_site.collab_index["fr"].url)) == ["Aujourd'hui", "Dans une semaine", "Dans un mois"]
    assert [p.title for p in CollaborationPage.open_requests("fr")] == [
        "Aujourd'hui",
        "Dans une semaine",
        "Dans un mois",
    ]


@pytest.mark.django_db
def test_request_closes_the_day_after_its_deadline(jobs_site, client, clock):
    deadline = in_days(5)
    request = jobs_site.add_request(deadline=deadline)
    index = jobs_site.collab_index["de"]
    clock.set(deadline.year, deadline.month, deadline.day, 23, 59)
    assert titles(client.get(index.url)) == [request["de"].title]
    assert CollaborationPage.open_requests(jobs_site.locales["de"]).count() == 1

    next_day = deadline + datetime.timedelta(days=1)
    clock.set(next_day.year, next_day.month, next_day.day, 0, 1)
    assert titles(client.get(index.url)) == []
    assert not CollaborationPage.open_requests("de").exists()
    response = client.get(request["en"].url)
    assert response.status_code == 200
    doc = soup(response)
    notice = doc.find(role="status", class_="collaboration__closed")
    assert "The deadline of this request passed on" in notice.get_text(" ", strip=True)
    assert notice.find("time")["datetime"] == deadline.isoformat()
    assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert doc.find(id="respond-title") is None
    assert request["en"].get_sitemap_urls() == []


@pytest.mark.django_db
def test_filters_and_pagination_keep_filters(jobs_site, client):
    music = jobs_site.tree.branches["music"]["fr"].branch
    for n in range(13):
        jobs_site.add_request(langs=(), title=f"Appel {n:02d}", kind="tender", branch=music, deadline=in_days(n + 1))
    jobs_site.add_request(langs=(), title="Collaboration", kind="collaboration", deadline=in_days(1))
    index = jobs_site.collab_index["fr"]
    assert titles(client.get(index.url, {"kind": "collaboration"})) == ["Collaboration"]
    page_one = client.get(index.url, {"kind": "tender", "branch": "music"})
    assert titles(page_one) == [f"Appel {n:02d}" for n in range(10)]
    next_link = soup(page_one).select_one(".pagination a[rel=next]")["href"]
    assert "kind=tender" in next_link and "branch=music" in next_link
    assert titles(client.get(index.url + next_link)) == ["Appel 10", "Appel 11", "Appel 12"]
    assert titles(client.get(index.url, {"branch": "design"})) == []


@pytest.mark.django_db
@pytest.mark.parametrize("query", [{"kind": "bogus"}, {"branch": "nope"}, {"kind": ["a", "b"]}, {"page": "x"}])
def test_bad_filter_values_give_a_listing_and_a_notice(jobs_site, client, query):
    jobs_site.add_request(langs=(), title="Appel")
    response = client.get(jobs_site.collab_index["fr"].url, query)
    assert response.status_code == 200
    assert titles(response) == ["Appel"]
    if "page" not in query:
        assert soup(response).select(".listing-status .notice")


@pytest.mark.django_db
def test_validation_needs_an_author():
    from django.core.exceptions import ValidationError

    page = CollaborationPage(title="Appel", author_name="", deadline=today())
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert {"author_member", "author_name"} <= set(error.value.message_dict)


@pytest.mark.perf
@pytest.mark.django_db
def test_listing_queries_do_not_grow(jobs_site, client, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_ENABLED = False  # the queries of a page rendered, not served from the page cache
    members = [versions["fr"] for versions in jobs_site.tree.members]
    music = jobs_site.tree.branches["music"]["fr"].branch

    def add(count):
        for n in range(count):
            jobs_site.add_request(langs=("de",), author_member=members[n % len(members)], author_name="", branch=music)

    url = jobs_site.collab_index["de"].url
    add(3)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    add(12)
    with django_assert_max_num_queries(len(queries)):
        response = client.get(url)
    assert len(titles(response)) == 10
