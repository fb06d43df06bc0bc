import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model

from demo.portrait import ensure_demo
from portrait.models import PortraitEditionPage, PortraitIndexPage, PortraitStoryPage, StoryKind


def counts():
    return (
        PortraitIndexPage.objects.count(),
        PortraitEditionPage.objects.count(),
        PortraitStoryPage.objects.count(),
        get_image_model().objects.count(),
    )


@pytest.mark.django_db
def test_demo_is_trilingual_idempotent_and_links_members(site_tree, client):
    home, locales = site_tree.home["fr"], site_tree.locales
    members = [versions["fr"] for versions in site_tree.members]
    result = ensure_demo(home, locales, members)
    first = counts()
    assert first[:3] == (3, 3, 12)
    assert PortraitStoryPage.objects.live().count() == 12
    ensure_demo(home, locales, members)
    assert counts() == first

    index = result["index"]
    urls = {lang: index.get_translation(locales[lang]).url for lang in ("fr", "en", "de")}
    assert urls == {"fr": "/fr/portrait/", "en": "/en/portrait/", "de": "/de/portraet/"}
    assert index.get_translation(locales["de"]).title == "Porträt"

    edition = result["edition"]
    assert edition.year == 2026
    assert [story.kind for story in result["stories"]].count(StoryKind.MEMBER) == 3
    linked = {m.pk for story in result["stories"] for m in story.related_members.all()}
    assert len(linked) == 3 and linked <= {m.pk for m in members}

    german = edition.get_translation(locales["de"])
    assert german.title == "Porträt 2026"
    soup = BeautifulSoup(client.get(german.url + "print/").content, "html.parser")
    assert soup.html["lang"] == "de"
    titles = [h2.get_text(strip=True) for h2 in soup.select("article.print-story h2")]
    assert len(titles) == 4 and titles[0] == "Zehn Jahre Cluster, 2.300 Unternehmen"
    assert soup.select(".pull-quote")
    for lang in ("fr", "en", "de"):
        for story in result["stories"]:
            assert client.get(story.get_translation(locales[lang]).url).status_code == 200


@pytest.mark.django_db
def test_demo_works_without_members(site_tree):
    result = ensure_demo(site_tree.home["fr"], site_tree.locales, [])
    assert len(result["stories"]) == 4
    assert all(not story.related_members.exists() for story in result["stories"])
