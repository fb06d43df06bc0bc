"""Cards led by the member's work: the cover, else the first portfolio image, with the logo; and the home page that
opens with members' work."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from core.absolute import base_url
from members.models import PortfolioItem
from tests.factories import add_member
from tests.factories.members import ImageFactory

BASE = base_url()  # absolute addresses are on BASE_URL, whatever the Host header (core.absolute)

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_of(page, name):
    return next(card for card in page.select(".member-card") if card.select_one(".member-card__name").text == name)


def test_directory_cards_show_the_first_portfolio_image_sized_with_srcset_and_the_logo(site_tree):
    member = add_member(site_tree, items=2, lang_versions=(), title="Atelier Pixel", logo=ImageFactory())["fr"]
    card = card_of(soup(Client().get("/fr/membres/")), "Atelier Pixel")
    picture = card.select_one("img.member-card__picture")
    assert picture["width"] == "480" and picture["height"] == "300"
    first = PortfolioItem.objects.filter(page=member).order_by("sort_order").first()
    assert first.image.get_rendition("fill-480x300|format-webp").url == picture["src"]
    # 480 and 960 pixels wide, but never wider than the original (640 here), each width once.
    assert [entry.split()[1] for entry in picture["srcset"].split(", ")] == ["480w", "640w"]
    assert picture["alt"] == ""  # the name beside it says whose work it is
    assert card.select_one("img.member-card__logo")
    assert card.select_one(".member-card__name a")["href"] == member.url


def test_the_cover_comes_before_the_portfolio_on_a_card(site_tree):
    cover = ImageFactory()
    add_member(site_tree, items=1, lang_versions=(), title="Atelier Cover", cover_image=cover)
    card = card_of(soup(Client().get("/fr/membres/")), "Atelier Cover")
    assert card.select_one("img.member-card__picture")["src"] == cover.get_rendition("fill-480x300|format-webp").url


def test_cards_below_the_first_ones_load_their_pictures_lazily(site_tree):
    cards = soup(Client().get("/fr/membres/")).select(".member-card")
    loading = [card.select_one(".member-card__picture").get("loading") for card in cards]
    assert loading[:2] == [None, None] and set(loading[2:]) == {"lazy"}


def test_a_member_without_any_image_keeps_a_card_without_picture(site_tree):
    add_member(site_tree, items=0, lang_versions=(), title="Atelier Vide")
    card = card_of(soup(Client().get("/fr/membres/")), "Atelier Vide")
    assert not card.select_one("img.member-card__picture")
    assert card.select_one("span.member-card__picture")["aria-hidden"] == "true"


def test_branch_cards_show_pictures_too(site_tree):
    add_member(site_tree, branch_code="music", items=1, lang_versions=(), title="Sonar")
    page = soup(Client().get(site_tree.branches["music"]["fr"].url))
    picture = card_of(page, "Sonar").select_one("img.member-card__picture")
    assert picture["width"] == "480" and "640w" in picture["srcset"]


def test_the_directory_api_gives_each_member_its_picture(site_tree):
    add_member(site_tree, items=1, lang_versions=(), title="Atelier Pixel")
    results = Client().get("/api/v1/directory/", {"lang": "fr", "q": "Atelier Pixel"}).json()["results"]
    picture = next(result for result in results if result["name"] == "Atelier Pixel")["picture"]
    assert picture["src"].startswith(f"{BASE}/") and picture["width"] == 480
    assert all(entry.startswith(f"{BASE}/") for entry in picture["srcset"].split(", "))


def test_the_home_page_opens_with_members_work_linking_to_each_work(site_tree):
    member = add_member(site_tree, items=2, lang_versions=(), title="Atelier Récent")["fr"]
    page = soup(Client().get("/fr/"))
    showcase = page.select_one(".works-showcase")
    assert showcase.h2.text == "Les réalisations des membres"
    tiles = showcase.select(".work-tile")
    # One work per member, the latest members first.
    first = PortfolioItem.objects.filter(page=member).order_by("sort_order").first()
    assert tiles[0].select_one("a")["href"] == f"{member.url}realisations/{first.pk}/"
    assert tiles[0].select_one(".work-tile__meta").text.startswith("Atelier Récent")
    assert tiles[0].img["alt"] == first.alt_text and tiles[0].img["width"] == "480"
    assert len(tiles) == len({tile.select_one(".work-tile__meta").text for tile in tiles})
    assert showcase.select_one(".works-showcase__head a")["href"] == "/fr/membres/?view=works"
    # Before every text section but the hero that holds the page's heading.
    sections = page.main.find_all("section", recursive=False)
    assert "works-showcase" in sections[1]["class"] and "hero" in sections[0]["class"]
