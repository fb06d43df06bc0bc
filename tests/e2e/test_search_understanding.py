"""Typing a search with JavaScript: relevance order, skills on the cards, a way out of an empty result.

The script submits the form itself (fetch, then the results replaced in place): what it sends must order a typed
search by relevance, and the links of an empty result must work in place too.
"""

import re

import pytest
from playwright.sync_api import expect

from search.tests.test_understood import member
from taxonomy.loading import load_taxonomy
from taxonomy.models import Branch, Skill, SpokenLanguage
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def site():
    tree = build_site_tree(members_per_branch=1)
    load_taxonomy(Branch, Skill, SpokenLanguage)
    member(tree, "design", ["product-photography"], title="Zoom Lumière", tagline="Packshots", bio="<p>Studio.</p>")
    member(tree, "music", [], title="Accords", tagline="Ambiances", bio="<p>Un photographe amateur.</p>")
    return tree


def names(page):
    return page.locator(".member-card__name a")


def test_a_search_typed_after_the_listing_is_ordered_by_relevance(page, site):
    page.goto("/fr/membres/")
    # Listed by name: "Accords" before "Zoom Lumière".
    expect(names(page).first).to_have_text("Accords")
    page.evaluate("window.__marker = 1")
    page.locator("#directory-q").fill("photographe")
    page.locator("#directory-q").press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=photographe(&|$)"))
    expect(page).not_to_have_url(re.compile(r"sort="))
    # The photographer by skill first, although A–Z would put the other first.
    expect(names(page)).to_have_text(["Zoom Lumière", "Accords"])
    expect(page.locator("#directory-sort")).to_have_value("")
    expect(page.locator("#directory-sort option:checked")).to_have_text("Pertinence")
    card = page.locator(".member-card").first
    expect(card.locator(".member-card__skills li")).to_have_text(["Photographie de produits"])
    expect(card.locator(".member-card__match")).to_have_text(
        "Correspond à votre recherche : « photographe » → Photographie de produits"
    )
    expect(page.locator("#directory-status")).to_have_text("2 membres trouvés")
    assert page.evaluate("window.__marker") == 1, "the page was reloaded instead of updated in place"


def test_an_empty_result_offers_a_way_out_that_works_in_place(page, site):
    page.goto("/fr/membres/?branch=architecture")
    page.locator("#directory-q").fill("photographe")
    page.locator("#directory-q").press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=photographe(&|$)"))
    expect(page.locator("#results-heading")).to_contain_text("0 membre trouvé")
    way_out = page.locator(".no-results a").first
    expect(way_out).to_contain_text("Retirer le filtre Branche")
    page.evaluate("window.__marker = 1")
    way_out.click()
    expect(page).not_to_have_url(re.compile(r"branch=architecture"))
    expect(names(page).first).to_have_text("Zoom Lumière")
    expect(page.locator("#directory-status")).to_have_text("2 membres trouvés")
    assert page.evaluate("window.__marker") == 1
