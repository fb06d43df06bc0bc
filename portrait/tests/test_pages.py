import re

import pytest
from bs4 import BeautifulSoup
from django.utils.functional import Promise

from portrait.models import StoryKind
from tests.factories.portrait import PortraitEditionPageFactory, PortraitStoryPageFactory

from .builders import add_story

LANGS = ["fr", "en", "de"]


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_renders_in_each_language(portrait, client, lang):
    pages = [portrait.index[lang], portrait.edition[lang], portrait.stories[1][lang]]
    for page in pages:
        soup = soup_of(client.get(page.url))
        assert soup.html["lang"] == lang
        assert soup.h1.get_text(strip=True) == page.title
    soup = soup_of(client.get(portrait.edition[lang].url + "print/"))
    assert soup.html["lang"] == lang


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_urls_are_in_the_visitors_language(portrait, lang):
    assert portrait.index[lang].url == {"fr": "/fr/portrait/", "de": "/de/portraet/"}[lang]
    assert portrait.edition[lang].url.startswith(portrait.index[lang].url)


def test_index_lists_editions_newest_first_with_cover_year_and_story_count(portrait, client):
    tree = portrait.tree
    older = PortraitEditionPageFactory(parent=portrait.index["fr"], locale=tree.locales["fr"], year=2025)
    PortraitStoryPageFactory(parent=older, locale=tree.locales["fr"])
    draft = PortraitStoryPageFactory(parent=older, locale=tree.locales["fr"], live=False)
    assert not draft.live
    soup = soup_of(client.get(portrait.index["fr"].url))
    cards = soup.select(".portrait-edition-card")
    assert [card.h3.get_text(strip=True) for card in cards] == ["Portrait 2026", "Portrait 2025"]
    assert cards[0].find("time")["datetime"] == "2026"
    assert re.search(r"\b3\b", cards[0].select_one(".portrait-edition-card__meta").get_text())
    assert re.search(r"\b1\b", cards[1].select_one(".portrait-edition-card__meta").get_text())
    assert cards[0].find("img")["alt"] == ""
    assert "fill-480x640" in cards[0].find("img")["src"]
    assert cards[0].find("a")["href"] == portrait.edition["fr"].url


def test_index_ignores_a_bad_page_number(portrait, client):
    assert client.get(portrait.index["fr"].url + "?page=abc").status_code == 200
    assert client.get(portrait.index["fr"].url + "?page=999").status_code == 200


@pytest.mark.parametrize("lang", LANGS)
def test_edition_lists_its_stories_in_tree_order_as_cards(portrait, client, lang):
    soup = soup_of(client.get(portrait.edition[lang].url))
    titles = [card.h3.get_text(strip=True) for card in soup.select(".portrait-story-card")]
    assert titles == [versions[lang].title for versions in portrait.stories]
    links = [card.h3.a["href"] for card in soup.select(".portrait-story-card")]
    assert links == [versions[lang].url for versions in portrait.stories]
    assert soup.find("a", href=portrait.edition[lang].url + "print/")


def test_edition_filters_stories_by_kind_and_survives_bad_values(portrait, client):
    add_story(portrait, 3)  # n % 4 == 3: a theme
    url = portrait.edition["fr"].url
    soup = soup_of(client.get(url + "?kind=theme"))
    assert [c.h3.get_text(strip=True) for c in soup.select(".portrait-story-card")] == ["Histoire numéro 3"]
    soup = soup_of(client.get(url + "?kind=nonsense&page=-4"))
    assert len(soup.select(".portrait-story-card")) == 4
    assert soup.select(".notice")


@pytest.mark.parametrize("lang", LANGS)
def test_story_shows_kind_hero_caption_credit_and_pull_quote(portrait, client, lang):
    story = portrait.stories[0][lang]
    soup = soup_of(client.get(story.url))
    assert soup.select_one(".portrait-kind").get_text()
    hero = soup.select_one(".portrait-story__hero")
    assert "Légende 0" in hero.figcaption.get_text()
    assert "Anne Weber 0" in hero.figcaption.get_text()
    assert soup.select_one(".portrait-story .pull-quote blockquote").get_text(strip=True) == "Citation mise en avant 0"
    figure = soup.select_one(".portrait-figure")
    assert figure.img["alt"] == "Atelier 0"
    assert "Légende photo 0" in figure.figcaption.get_text()
    assert soup.find("script", type="application/ld+json")


@pytest.mark.parametrize("lang", LANGS)
def test_story_previous_and_next_stay_within_the_edition(portrait, client, lang):
    stories = [versions[lang] for versions in portrait.stories]
    # Another edition's story must not become a neighbour.
    other = PortraitEditionPageFactory(parent=portrait.index["fr"], locale=portrait.tree.locales["fr"], year=2024)
    PortraitStoryPageFactory(parent=other, locale=portrait.tree.locales["fr"])

    def pager(story):
        soup = soup_of(client.get(story.url))
        prev, nxt = soup.find("a", rel="prev"), soup.find("a", rel="next")
        return (prev["href"] if prev else None), (nxt["href"] if nxt else None)

    assert pager(stories[0]) == (None, stories[1].url)
    assert pager(stories[1]) == (stories[0].url, stories[2].url)
    assert pager(stories[2]) == (stories[1].url, None)


def test_story_pager_skips_unpublished_stories(portrait, client):
    stories = [versions["fr"] for versions in portrait.stories]
    stories[1].unpublish()
    soup = soup_of(client.get(stories[0].url))
    assert soup.find("a", rel="next")["href"] == stories[2].url


@pytest.mark.parametrize("lang", LANGS)
def test_related_members_link_to_the_members_page_in_the_visitors_language(portrait, client, lang):
    member = portrait.tree.members[0]
    soup = soup_of(client.get(portrait.stories[0][lang].url))
    cards = soup.select(".portrait-story__members .member-card")
    assert [card.h3.a["href"] for card in cards] == [member[lang].url]
    assert not cards[0].has_attr("lang")


def test_related_member_without_a_translation_links_to_its_original_marked_with_its_language(portrait, client):
    tree = portrait.tree
    # A member with no German page yet.
    from tests.factories import add_member

    lonely = add_member(tree, "music", lang_versions=("en",))
    # Related members are synchronised: every language version points at the same (French) pages.
    for lang in LANGS:
        story = portrait.stories[0][lang]
        story.related_members.add(lonely["fr"])
        story.save_revision().publish()
    soup = soup_of(client.get(portrait.stories[0]["de"].url))
    cards = {card.h3.a["href"]: card for card in soup.select(".portrait-story__members .member-card")}
    assert set(cards) == {tree.members[0]["de"].url, lonely["fr"].url}
    assert cards[lonely["fr"].url]["lang"] == "fr"
    soup = soup_of(client.get(portrait.stories[0]["en"].url))
    assert {a["href"] for a in soup.select(".portrait-story__members h3 a")} == {
        tree.members[0]["en"].url,
        lonely["en"].url,
    }


def test_unpublished_member_is_not_linked(portrait, client):
    for lang in LANGS:
        portrait.tree.members[0][lang].unpublish()
    soup = soup_of(client.get(portrait.stories[0]["en"].url))
    assert not soup.select(".portrait-story__members")
    soup = soup_of(client.get(portrait.edition["en"].url + "print/"))
    assert not soup.select(f"#story-{portrait.stories[0]['en'].pk} .print-story__members")


def test_unpublished_story_is_not_listed_or_printed(portrait, client):
    portrait.stories[2]["fr"].unpublish()
    soup = soup_of(client.get(portrait.edition["fr"].url))
    assert len(soup.select(".portrait-story-card")) == 2
    soup = soup_of(client.get(portrait.edition["fr"].url + "print/"))
    assert len(soup.select("article.print-story")) == 2


def test_story_kind_labels_are_translatable():
    assert {value for value, _label in StoryKind.choices} == {"member", "theme"}
    assert all(isinstance(label, Promise) for _value, label in StoryKind.choices)
