"""Texts shown untranslated carry the language they are written in (lang="…"), wherever they appear."""

import pytest
from bs4 import BeautifulSoup

from search.tests.helpers import make_member
from tests.factories.home import translate_page
from tests.factories.members import PortfolioItemFactory

pytestmark = pytest.mark.django_db

TAGLINE = "Identité visuelle et packaging pour artisans"
BIO = "<p>Nous dessinons des étiquettes et des boîtes pour les boulangeries.</p>"


@pytest.fixture
def french_writer(site_tree):
    """A member who writes only in French: its English and German versions show the French text,
    except the English tagline, which it translated."""
    versions = make_member(site_tree, "design", title="Papier Plié", tagline=TAGLINE, bio=BIO)
    PortfolioItemFactory(
        page=versions["fr"], locale=site_tree.locales["fr"], title="Étiquettes de pain", caption="Série de 12",
        credits="", alt_text="Trois étiquettes", image=None,
    )  # fmt: skip
    versions["fr"].save_revision().publish()
    versions["de"] = translate_page(versions["fr"], site_tree.locales["de"])
    versions["en"] = translate_page(versions["fr"], site_tree.locales["en"], tagline="Branding and packaging")
    return versions


def soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def check_german_page(client, french_writer):
    page = soup(client, french_writer["de"].url)
    assert page.html["lang"] == "de"
    assert page.select_one(".member__tagline")["lang"] == "fr"
    assert page.select_one(".member .rich-text")["lang"] == "fr"
    assert page.select_one(".portfolio__title span[lang=fr]").get_text() == "Étiquettes de pain"
    assert page.select_one(".portfolio__caption")["lang"] == "fr"
    # Interface text around them stays German (no lang on the item or the headings).
    assert page.select_one(".portfolio__item").get("lang") is None
    assert page.select_one("#about-title").get("lang") is None


def check_only_untranslated(client, french_writer):
    page = soup(client, french_writer["en"].url)
    assert page.select_one(".member__tagline").get("lang") is None  # translated by the member
    assert page.select_one(".member .rich-text")["lang"] == "fr"
    original = soup(client, french_writer["fr"].url)
    assert not original.select(".member [lang]")


def check_directory(client, site_tree, french_writer):
    directory = site_tree.directory["de"].url
    card = soup(client, directory, q="Papier").find("a", string="Papier Plié").find_parent("li")
    assert card.select_one(".member-card__tagline")["lang"] == "fr"
    card = soup(client, directory, q="boulangeries").find("a", string="Papier Plié").find_parent("li")
    assert "boulangeries" in card.select_one(".member-card__match span[lang=fr]").get_text()
    english = soup(client, site_tree.directory["en"].url, q="Papier").find("a", string="Papier Plié").find_parent("li")
    assert english.select_one(".member-card__tagline").get("lang") is None


def check_branch_page(client, site_tree, french_writer):
    page = soup(client, site_tree.branches["design"]["de"].url)
    card = page.find("a", string="Papier Plié").find_parent("li")
    assert card.select_one(".member-card__tagline")["lang"] == "fr"
    french = soup(client, site_tree.branches["design"]["fr"].url)
    assert (
        french.find("a", string="Papier Plié").find_parent("li").select_one(".member-card__tagline").get("lang") is None
    )


def check_site_search(client, french_writer):
    from django.urls import reverse
    from django.utils import translation

    with translation.override("de"):
        url = reverse("site_search")
    page = soup(client, url, q="Papier")
    result = page.find("a", string="Papier Plié").find_parent("li")
    assert result.find("p", string=TAGLINE)["lang"] == "fr"


def check_shortlist(client, french_writer):
    from tests.factories.matchmaking import BriefFactory

    brief = BriefFactory(language="de", text="Wir brauchen neue étiquettes für unsere boulangeries, bitte")
    page = soup(client, f"/de/matchmaking/{brief.token}/")
    label = page.find("strong", string="Papier Plié").find_parent("label")
    assert label.find("span", lang="fr").get_text() == TAGLINE


# One member built once per test for several pages (building it costs more than reading the pages).
def test_the_member_page_marks_only_untranslated_texts(client, french_writer):
    check_german_page(client, french_writer)
    check_only_untranslated(client, french_writer)


def test_every_listing_marks_an_untranslated_tagline(client, site_tree, french_writer):
    check_directory(client, site_tree, french_writer)
    check_branch_page(client, site_tree, french_writer)
    check_site_search(client, french_writer)
    check_shortlist(client, french_writer)


def read_afresh(french_writer):
    """The French and German pages, their portfolio items and their language versions, as a page view reads them."""
    from members.models import MemberPage

    pages = {code: MemberPage.objects.get(pk=page.pk) for code, page in french_writer.items()}
    items = {code: list(page.portfolio_items.all()) for code, page in pages.items()}
    versions = {code: page.all_language_versions for code, page in pages.items()}  # read with the page
    return pages, items, versions


def check_untranslated_texts(pages, items, versions):
    from members.text_language import untranslated_page

    for code in ("fr", "de"):
        texts = untranslated_page(pages[code], items[code], versions[code])
        assert texts == ({} if code == "fr" else {"tagline": "fr", "bio": "fr"})
        assert items[code][0].text_languages == (
            {} if code == "fr" else {"title": "fr", "caption": "fr", "alt_text": "fr"}
        )


def test_a_page_read_afresh_finds_its_texts_left_in_french(french_writer):
    """The original (French) page has nothing to compare; the German one still has its French texts."""
    check_untranslated_texts(*read_afresh(french_writer))


@pytest.mark.perf
def test_a_page_read_afresh_compiles_no_query_for_its_texts(french_writer, monkeypatch):
    """The German page compares with the French one in a query compiled once. Django compiling a query costs
    more than running it."""
    from django.db.models.sql.compiler import SQLCompiler

    from members.text_language import untranslated_page

    pages, items, versions = read_afresh(french_writer)
    untranslated_page(pages["de"], items["de"], versions["de"])  # compiled here, once
    pages, items, versions = read_afresh(french_writer)
    compiled, as_sql = [], SQLCompiler.as_sql
    monkeypatch.setattr(
        SQLCompiler, "as_sql", lambda self, *args, **kwargs: compiled.append(1) or as_sql(self, *args, **kwargs)
    )
    check_untranslated_texts(pages, items, versions)
    assert compiled == []
