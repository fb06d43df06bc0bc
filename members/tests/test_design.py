"""What issue 29 changed on the directory and member pages: the filter panel's button, the note beside texts in
another language, the location written once, the cover's srcset, the search box's type."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.images.tests.utils import get_test_image_file

from search.tests.helpers import make_member
from tests.factories.home import translate_page
from tests.factories.members import ImageFactory

pytestmark = pytest.mark.django_db


def soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(node):
    return " ".join(node.get_text(" ").split())


@pytest.mark.parametrize(
    ("lang", "params", "label"),
    [
        ("fr", {}, "Filtres (0)"),
        ("en", {"kind": "company"}, "Filters (1)"),
        ("de", {"kind": "company", "branch": ["design", "music"]}, "Filter (3)"),
    ],
)
def test_the_filter_panel_opens_from_a_button_that_counts_the_active_filters(client, site_tree, lang, params, label):
    page = soup(client, site_tree.directory[lang].url, **params)
    panel = page.select_one("details.filters")
    assert text_of(panel.select_one(":scope > summary")) == label
    assert panel.get("open") is None  # closed as served: on a phone the results come first
    # The facets and the "Apply filters" button are in the panel the button opens, the results after them.
    facets = panel.find_next_sibling()
    assert facets.has_attr("data-disclosure-panel")
    assert facets.select("details.facet") and facets.select_one("button[type=submit]")
    assert panel.parent.find_next_sibling("section")["class"] == ["directory__results"]


def test_the_directory_search_box_is_a_text_combobox(client, site_tree):
    box = soup(client, site_tree.directory["fr"].url).select_one("#directory-q")
    assert (box["type"], box["role"]) == ("text", "combobox")  # a search-typed input cannot be a combobox


@pytest.fixture
def german_writer(site_tree):
    versions = make_member(
        site_tree, "design", title="Faltwerk", tagline="Verpackungen aus Papier", bio="<p>Wir falten Schachteln.</p>"
    )
    original = versions["fr"]
    original.locale = site_tree.locales["de"]  # written in German: the German version is the original
    original.save()
    original.save_revision().publish()
    return {
        "de": original,
        "en": translate_page(original, site_tree.locales["en"], tagline="Paper packaging"),
        "fr": translate_page(original, site_tree.locales["fr"]),
    }


@pytest.mark.parametrize(("lang", "note"), [("fr", "Texte en allemand"), ("en", "Text in German")])
def test_a_text_in_another_language_says_so_visibly(client, german_writer, lang, note):
    page = soup(client, german_writer[lang].url)
    about = page.select_one("#about-title").find_parent("section")
    assert about.select_one(".rich-text")["lang"] == "de"
    assert text_of(about.select_one(".text-language")) == note
    header = page.select_one(".member__header")
    if lang == "fr":  # the French version shows the German tagline, and says so
        assert header.select_one(".member__tagline")["lang"] == "de"
        assert text_of(header.select_one(".text-language")) == note
    else:  # the member translated its English tagline: no note on it
        assert header.select_one(".text-language") is None


def test_the_original_language_version_has_no_note(client, german_writer):
    assert not soup(client, german_writer["de"].url).select(".text-language")


@pytest.mark.parametrize(
    ("canton", "commune", "shown"),
    [("clervaux", "Clervaux", "Clervaux"), ("clervaux", "Troisvierges", "Troisvierges, Clervaux")],
)
def test_a_commune_named_like_its_canton_is_written_once(client, site_tree, canton, commune, shown):
    versions = make_member(site_tree, "design", title="Nordlicht", canton=canton, commune=commune)
    page = soup(client, versions["fr"].url)
    location = page.find("dt", string="Localisation").find_next_sibling("dd")
    assert text_of(location) == shown


@pytest.mark.parametrize("size", [(640, 480), (1400, 900), (2400, 1200)])
def test_the_cover_offers_each_width_once(client, site_tree, size):
    cover = ImageFactory(file=get_test_image_file(size=size))
    versions = make_member(site_tree, "design", title="Grand Format", cover_image=cover)
    picture = soup(client, versions["fr"].url).select_one(".member__cover picture")
    sets = [tag["srcset"] for tag in picture.select("source, img") if tag.get("srcset")]
    assert sets
    for srcset in sets:
        widths = re.findall(r" (\d+)w", srcset)
        assert len(widths) == len(set(widths)), srcset
    assert picture.img["alt"] == ""
