"""The site's design system (issue 29): brand assets in the head, the self-hosted typeface, the header's menu,
the links to the application form, the quotation marks of each language, a listing form's action."""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image

from core.templatetags.site_tags import menu_tiers, quoted
from tests.factories.home import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "static"
APPLY = {"fr": "/fr/adhesion/", "en": "/en/apply/", "de": "/de/antrag/"}


def page_soup(url):
    response = Client().get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_page_names_its_icons_manifest_and_font_which_exist(site_tree):
    head = page_soup(site_tree.home["en"].url).head
    links = {(tuple(link["rel"]), link.get("type", "")): link["href"] for link in head.select("link[rel]")}
    expected = {
        ("icon",): "img/favicon-32.png",
        ("apple-touch-icon",): "img/apple-touch-icon.png",
        ("manifest",): "site.webmanifest",
        ("preload",): "fonts/inter-latin-wght-normal.woff2",
    }
    hrefs = set(links.values())
    for name in [*expected.values(), "img/favicon.svg"]:
        assert f"/static/{name}" in hrefs, name
        assert finders.find(name), f"static/{name} is missing"
    preload = head.select_one('link[rel="preload"]')
    assert (preload["as"], preload["type"]) == ("font", "font/woff2") and preload.has_attr("crossorigin")
    manifest = json.loads((STATIC / "site.webmanifest").read_text())
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert finders.find(icon["src"]), icon["src"]


def test_the_typeface_is_self_hosted_with_swap_and_no_other_origin():
    css = (STATIC / "css" / "site.css").read_text()
    face = re.search(r"@font-face\s*\{(.*?)\}", css, re.S).group(1)
    assert "font-display: swap" in face
    assert 'url("../fonts/inter-latin-wght-normal.woff2")' in face
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css), "a stylesheet must not fetch from another origin"
    font = (STATIC / "fonts" / "inter-latin-wght-normal.woff2").read_bytes()
    assert font[:4] == b"wOF2"
    # The colour, type and space tokens the components use.
    for token in ("--brand:", "--ink:", "--font:", "--step-0:", "--space-4:", "--radius:"):
        assert token in css, token


def test_favicon_script_draws_the_committed_sizes():
    for name, size in {
        "favicon-32.png": 32,
        "apple-touch-icon.png": 180,
        "icon-192.png": 192,
        "icon-512.png": 512,
    }.items():
        with Image.open(STATIC / "img" / name) as image:
            assert image.size == (size, size), name


@pytest.mark.parametrize(("lang", "label"), [("fr", "Menu"), ("en", "Menu"), ("de", "Menü")])
def test_the_menu_is_a_disclosure_that_works_without_javascript(site_tree, lang, label):
    header = page_soup(site_tree.home[lang].url).select_one(".site-header")
    menu = header.select_one("details.site-menu")
    assert menu.select_one(":scope > summary").get_text(strip=True) == label
    assert menu.get("open") is None
    # The navigation, the tools and the language switcher are in the panel it opens, right after it.
    panel = menu.find_next_sibling()
    assert "site-menu__panel" in panel["class"] and panel.has_attr("data-disclosure-panel")
    assert panel.select_one("nav.main-nav a") and panel.select_one(".site-space-link")
    assert panel.select(".language-switcher a")
    assert header.select_one(".site-logo img")["alt"] == ""  # the mark is decoration: the name is the link's text
    assert header.select_one(".site-logo").get_text(strip=True)
    assert header.select_one(".site-search-link").get_text(strip=True)  # icon and a name


class Titled:
    def __init__(self, title):
        self.title = title


def test_menu_pages_that_do_not_fit_on_the_line_go_under_more():
    with translation.override("de"):
        short = [Titled("Mitglieder"), Titled("Über uns")]
        assert [tier for _page, tier in menu_tiers(short)] == ["1024", "1024"]
        long = [Titled(name) for name in ("Mitglieder", "Über uns", "Mitglied werden", "Aktuelles", "Veranstaltungen",
                                           "Stellenangebote", "Kooperationen und Ausschreibungen", "Porträt")]  # fmt: skip
        tiers = [tier for _page, tier in menu_tiers(long)]
    assert tiers[:3] == ["1024", "1024", "1024"]
    assert tiers[-1] == "more"
    order = ["1024", "1280", "1440", "1680", "more"]
    assert [order.index(tier) for tier in tiers] == sorted(order.index(tier) for tier in tiers)


def test_a_long_menu_lists_the_pages_that_do_not_fit_under_more(site_tree):
    home = site_tree.home["fr"]
    for n in range(8):
        StandardPageFactory(
            parent=home, title=f"Rubrique au titre assez long {n}", show_in_menus=True, locale=home.locale
        )
    nav = page_soup(home.url).select_one(".main-nav")
    inline = nav.select(":scope > ul > li.main-nav__item")
    more = nav.select_one("li.main-nav__more details")
    assert more.select_one("summary").get_text(strip=True) == "Plus"
    hidden = [li.a.get_text() for li in inline if "main-nav__item--1024" not in li["class"]]
    assert hidden and [a.get_text() for a in more.select("li a")] == hidden


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_the_membership_page_and_the_home_page_link_to_the_application_form(site_tree, lang):
    home = site_tree.home["fr"]
    membership = StandardPageFactory(parent=home, title="Devenir membre", show_in_menus=True, locale=home.locale)
    other = StandardPageFactory(parent=home, title="À propos", locale=home.locale)
    versions = {"fr": membership}
    for code in ("en", "de"):
        versions[code] = translate_page(membership, site_tree.locales[code])
    for version in home.get_translations(inclusive=True).specific():
        version.membership_page = membership
        version.save_revision().publish()
    doc = page_soup(versions[lang].url)
    assert doc.select_one(f'.call-to-apply a.button[href="{APPLY[lang]}"]')
    assert not page_soup(other.url).select(".call-to-apply")
    home_doc = page_soup(site_tree.home[lang].url)
    call = home_doc.select_one("section.home-call")
    assert call.select_one(f'a.button[href="{APPLY[lang]}"]')
    assert call.select_one(f'a[href="{versions[lang].url}"]')
    with translation.override(lang):
        assert reverse("members:apply") == APPLY[lang]


@pytest.mark.parametrize(
    ("lang", "expected"), [("fr", "«\xa0Atelier <b>\xa0»"), ("en", "“Atelier <b>”"), ("de", "„Atelier <b>“")]
)
def test_quotation_marks_are_those_of_the_language(lang, expected):
    with translation.override(lang):
        assert str(quoted("Atelier <b>")) == expected.replace("<b>", "&lt;b&gt;")


def test_listing_filter_forms_have_no_empty_action(editorial_site):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.live().filter(locale__language_code="fr").first()
    form = page_soup(index.url).select_one("form.listing-filters")
    assert form is not None and not form.has_attr("action")
