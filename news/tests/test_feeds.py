import feedparser
import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from core.absolute import base_url

BASE = base_url()

pytestmark = pytest.mark.django_db


def parse(url, **query):
    response = Client().get(url, query)
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_feeds_list_the_language_s_articles_with_absolute_links(some_news, kind, lang):
    index = some_news.index[lang]
    response, feed = parse(f"{index.url}feed/{kind}/")
    assert not feed.bozo, feed.bozo_exception
    assert response["Content-Type"].startswith("application/rss+xml" if kind == "rss" else "application/atom+xml")
    assert feed.feed.title.startswith(index.title)
    assert feed.feed.get("language", lang) == lang
    expected = [versions[lang] for versions in some_news.articles]
    assert [entry.title for entry in feed.entries] == [page.title for page in expected]
    for entry, page in zip(feed.entries, expected, strict=True):
        assert entry.link == f"{BASE}{page.url}"
        assert entry.link.startswith(f"{BASE}/{lang}/")
        assert entry.id and entry.published_parsed
        assert entry.summary == page.intro
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    labels = {"fr": "Financements et appels", "en": "Funding and calls", "de": "Förderungen und Aufrufe"}
    assert [tag.term for tag in feed.entries[0].tags] == [labels[lang]]


def test_feed_categories_and_title_are_in_the_feed_s_language(some_news):
    _response, english = parse(f"{some_news.index['en'].url}feed/rss/")
    assert [t.term for t in english.entries[0].tags] == ["Funding and calls"]
    _response, german = parse(f"{some_news.index['de'].url}feed/atom/")
    assert [t.term for t in german.entries[0].tags] == ["Förderungen und Aufrufe"]
    assert german.feed.title.startswith("Aktuelles")


def test_feeds_leave_out_drafts_private_pages_and_other_languages(some_news):
    some_news.add(title="Brouillon", slug="brouillon", langs=())["fr"].unpublish()
    private = some_news.add(title="Réservé", slug="reserve", langs=())["fr"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    some_news.add(title="Seulement en français", slug="fr-only", langs=())
    for kind in ("rss", "atom"):
        _response, french = parse(f"{some_news.index['fr'].url}feed/{kind}/")
        names = [entry.title for entry in french.entries]
        assert "Seulement en français" in names
        assert "Brouillon" not in names and "Réservé" not in names
        _response, english = parse(f"{some_news.index['en'].url}feed/{kind}/")
        assert all(entry.title.endswith("(en)") for entry in english.entries)


def test_feed_keeps_the_last_twenty_and_follows_filters(some_news):
    for n in range(22):
        some_news.add(title=f"Brève {n}", slug=f"breve-{n}", langs=(), categories=["funding"])
    _response, feed = parse(f"{some_news.index['fr'].url}feed/rss/")
    assert len(feed.entries) == 20
    _response, feed = parse(f"{some_news.index['fr'].url}feed/rss/", category="cluster")
    assert [entry.title for entry in feed.entries] == ["Nouveau manager", "Rencontre B2B"]
    _response, feed = parse(f"{some_news.index['fr'].url}feed/atom/", category="nope", year="x")
    assert len(feed.entries) == 20
