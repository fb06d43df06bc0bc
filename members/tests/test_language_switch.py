"""Switching language on a directory search keeps the search: the switcher's links carry the text, the filters and
the order (never the page number nor any other parameter), while the canonical and ``hreflang`` links stay clean."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from core.absolute import base_url

BASE = base_url()

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}


def get(url, **extra):
    response = Client().get(url, **{**BROWSER, **extra})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser"), response.get("X-Page-Cache")


def switcher(doc):
    return {a["hreflang"]: a["href"] for a in doc.select(".language-switcher a")}


def alternates(doc):
    return {link["hreflang"]: link["href"] for link in doc.select("link[rel=alternate][hreflang]")}


def test_the_switcher_keeps_the_search_and_filters_but_not_the_page_number(site_tree):
    directory = site_tree.directory
    query = (
        "q=atelier+lumi%C3%A8re&branch=design&branch=music&kind=company&canton=esch-sur-alzette&language=de"
        "&skill=branding&available=1&collab=1&media=image&sort=name&page=2&utm_source=newsletter&foo=bar"
    )
    doc, _state = get(f"{directory['fr'].url}?{query}")
    kept = (
        "?q=atelier+lumi%C3%A8re&branch=design&branch=music&kind=company&canton=esch-sur-alzette&language=de"
        "&skill=branding&available=1&collab=1&media=image&sort=name"
    )
    assert switcher(doc) == {lang: directory[lang].url + kept for lang in ("fr", "en", "de")}
    # The same search, read back: repeated values kept, nothing else carried.
    pairs = parse_qsl(urlsplit(switcher(doc)["de"]).query)
    assert ("branch", "design") in pairs and ("branch", "music") in pairs
    assert {name for name, _value in pairs}.isdisjoint({"page", "utm_source", "foo"})


def test_hreflang_alternates_and_canonical_stay_clean(site_tree):
    directory = site_tree.directory
    doc, _state = get(f"{directory['en'].url}?q=studio&branch=design&page=2")
    assert alternates(doc) == {
        "fr": f"{BASE}{directory['fr'].url}",
        "en": f"{BASE}{directory['en'].url}",
        "de": f"{BASE}{directory['de'].url}",
        "x-default": f"{BASE}{directory['fr'].url}",
    }
    canonical = doc.select_one("link[rel=canonical]")["href"]
    assert "q=" not in canonical and "branch=" not in canonical
    assert switcher(doc)["de"] == f"{directory['de'].url}?q=studio&branch=design"


def test_empty_parameters_are_left_out_and_a_directory_without_a_search_links_plainly(site_tree):
    directory = site_tree.directory
    doc, _state = get(f"{directory['fr'].url}?q=&sort=&branch=music")
    assert switcher(doc)["en"] == f"{directory['en'].url}?branch=music"
    doc, _state = get(directory["fr"].url)
    assert switcher(doc) == {lang: directory[lang].url for lang in ("fr", "en", "de")}
    doc, _state = get(f"{directory['fr'].url}?page=3&utm_campaign=spring")
    assert switcher(doc) == {lang: directory[lang].url for lang in ("fr", "en", "de")}


def test_markup_in_the_search_is_encoded_in_the_links(site_tree):
    directory = site_tree.directory
    response = Client().get(directory["fr"].url, {"q": '"><script>alert(1)</script>'}, **BROWSER)
    assert b"<script>alert(1)" not in response.content
    link = switcher(BeautifulSoup(response.content, "html.parser"))["en"]
    assert link == f"{directory['en'].url}?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E"


def test_a_language_without_the_page_links_to_its_home_page_without_the_search(site_tree):
    directory = site_tree.directory
    directory["de"].unpublish()
    doc, _state = get(f"{directory['fr'].url}?q=studio&branch=design")
    links = switcher(doc)
    assert links["de"] == site_tree.home["de"].url
    assert links["en"] == f"{directory['en'].url}?q=studio&branch=design"
    assert "de" not in alternates(doc)


def test_pages_that_keep_nothing_link_to_their_translations_without_the_query(site_tree):
    branch = site_tree.branches["design"]
    doc, _state = get(f"{branch['fr'].url}?page=1&q=studio&branch=design")
    assert switcher(doc) == {lang: branch[lang].url for lang in ("fr", "en", "de")}
    member = site_tree.members[0]
    doc, _state = get(f"{member['en'].url}?q=studio")
    assert switcher(doc) == {lang: member[lang].url for lang in ("fr", "en", "de")}


def test_cached_searches_never_show_another_visitors_search_in_the_switcher(site_tree):
    """Directory searches are cached per query string: each one keeps its own switcher links."""
    en = site_tree.directory["en"].url
    first, state = get(f"{site_tree.directory['fr'].url}?q=lumen&skill=branding")
    assert state == "miss"
    second, state = get(f"{site_tree.directory['fr'].url}?q=sonar&skill=mixing")
    assert state == "miss"
    assert switcher(first)["en"] == f"{en}?q=lumen&skill=branding"
    assert switcher(second)["en"] == f"{en}?q=sonar&skill=mixing"
    again, state = get(f"{site_tree.directory['fr'].url}?q=lumen&skill=branding")
    assert state == "hit"
    assert switcher(again)["en"] == f"{en}?q=lumen&skill=branding"
    # A tracking parameter shares the cached page (it is not in the key), and is not in its links either.
    tracked, state = get(f"{site_tree.directory['fr'].url}?q=sonar&skill=mixing&utm_source=mail")
    assert state == "hit"
    assert switcher(tracked)["en"] == f"{en}?q=sonar&skill=mixing"


def test_the_switcher_tells_the_script_which_parameters_it_keeps(site_tree):
    directory = site_tree.directory
    doc, _state = get(f"{directory['fr'].url}?q=studio")
    link = doc.select_one('.language-switcher a[hreflang="de"]')
    assert link["data-page-url"] == directory["de"].url
    assert link["data-kept"].split() == [
        "q",
        "branch",
        "kind",
        "canton",
        "language",
        "skill",
        "available",
        "collab",
        "media",
        "year",
        "view",
        "sort",
    ]  # fmt: skip (the works view and its year too)
    branch_doc, _state = get(site_tree.branches["design"]["fr"].url)
    assert not branch_doc.select(".language-switcher a[data-kept]")
