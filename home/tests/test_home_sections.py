"""The home page: sections editors compose, each with automatic content when not curated."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from home.blocks import HomeBlock

pytestmark = pytest.mark.django_db


def _home(lang, tree):
    tree.home[lang].refresh_from_db()
    response = Client().get(f"/{lang}/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_uncomposed_home_shows_every_section_with_automatic_content(editorial_site, lang):
    from agenda.models import EventPage
    from figures.models import StatisticsPage
    from jobs.models import JobPage
    from news.models import NewsPage

    locale = editorial_site.locales[lang]
    doc = _home(lang, editorial_site)
    assert len(doc.find_all("h1")) == 1
    assert doc.h1.text.strip() == editorial_site.home[lang].title
    text = doc.main.get_text(" ")
    news = list(NewsPage.latest(locale, limit=3))
    events = list(EventPage.upcoming(locale, limit=3))
    assert news and events
    links = {a["href"] for a in doc.main.find_all("a")}
    assert {page.url for page in news} <= links
    assert {page.url for page in events} <= links
    jobs = JobPage.open_offers(locale).count()
    assert jobs and f"{jobs} " in text
    for figure in StatisticsPage.teaser(locale, limit=3):
        assert figure.label in text
    membership = doc.find("section", class_="home-call")
    assert membership.a["href"].startswith(f"/{lang}/")
    headings = [h.get_text(strip=True) for h in doc.main.find_all("h2")]
    assert len(headings) == len(set(headings)) >= 6, headings  # featured members need logos: none here
    ids = [tag["id"] for tag in doc.find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_composed_home_shows_the_chosen_members_in_the_visitors_language(editorial_site):
    home = editorial_site.home["fr"]
    chosen = editorial_site.members[-1]
    home.body = HomeBlock().to_python(
        [
            {"type": "hero", "value": {"heading": "Des créatifs pour vos projets"}},
            {"type": "featured_members", "value": {"heading": "", "members": [chosen["fr"].pk], "count": 6}},
        ]
    )
    home.save_revision().publish()
    doc = _home("fr", editorial_site)
    assert doc.h1.text.strip() == "Des créatifs pour vos projets"
    cards = doc.select(".member-card__name a")
    assert [a["href"] for a in cards] == [chosen["fr"].url]
    assert doc.find("h2", string="Dernières actualités") is None  # not composed, not shown

    # The English home has no composition of its own: every section, automatic.
    doc = _home("en", editorial_site)
    assert doc.find(string=lambda s: s and "Latest news" in s)


def _query_count(url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert Client().get(url).status_code == 200
    return len(queries)


@pytest.mark.perf
def test_home_query_count_does_not_grow_with_content(editorial_site, settings):
    settings.PAGE_CACHE_ENABLED = False  # the queries of a page rendered, not served from the page cache
    from agenda.models import EventPage
    from news.models import NewsPage

    _query_count("/en/")  # warm the per-process caches (site root paths, vocabularies)
    before = _query_count("/en/")
    for model in (NewsPage, EventPage):
        source = model.objects.filter(locale=editorial_site.locales["en"]).live().first()
        for n in range(8):
            source.copy(update_attrs={"slug": f"{source.slug}-copy-{n}", "title": f"{source.title} {n}"})
    assert _query_count("/en/") == before
    assert before <= 80


def test_every_page_type_has_a_working_preview(editorial_site):
    """What an editor sees with "Preview": every page type of the site renders its draft."""
    from wagtail.models import Page, get_page_models

    ours = {"home", "members", "news", "agenda", "jobs", "portrait", "figures"}
    previewed = set()
    for page in Page.objects.filter(depth__gt=1).specific().iterator():
        model = type(page)
        if model in previewed:
            continue
        page.title = f"{page.title} (draft)"
        response = page.make_preview_request()
        assert response.status_code == 200, model
        assert "(draft)" in response.content.decode(), model
        previewed.add(model)
    assert {model for model in get_page_models() if model._meta.app_label in ours} <= previewed
