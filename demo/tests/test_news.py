import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page

from demo.news import ensure_demo
from news.models import NewsCategory, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def counts():
    return (
        Page.objects.count(),
        NewsPage.objects.count(),
        NewsCategory.objects.count(),
        get_image_model().objects.count(),
    )


def test_demo_builds_trilingual_news_and_is_idempotent(site_tree):
    members = [versions["fr"] for versions in site_tree.members]
    ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    first = counts()
    ensure_demo(site_tree.home["fr"], site_tree.locales, members)
    assert counts() == first
    assert NewsCategory.objects.count() == 4
    assert [NewsIndexPage.objects.get(locale=site_tree.locales[lang]).url for lang in ("fr", "en", "de")] == [
        "/fr/actualites/",
        "/en/news/",
        "/de/aktuelles/",
    ]
    for lang in ("fr", "en", "de"):
        assert NewsPage.objects.live().filter(locale=site_tree.locales[lang]).count() == 8
    german = NewsPage.objects.get(locale=site_tree.locales["de"], slug="fashiontech")
    assert german.title.startswith("Fashiontech: Nachhaltige Mode")
    assert {t.name for t in german.tags.all()} == {"Mode", "Nachhaltigkeit"}
    assert german.related_members.count() == 2
    assert german.featured_image and german.image_alt.startswith("Abstraktes")
    client = Client()
    response = client.get(german.url)
    assert response.status_code == 200
    member_links = BeautifulSoup(response.content, "html.parser").select(".news-article__members a")
    assert len(member_links) == 2 and all(a["href"].startswith("/de/") for a in member_links)
    assert client.get("/en/news/").status_code == 200
    assert client.get("/en/news/feed/rss/").status_code == 200
