"""Every public page describes itself to search engines and link previews, in its own language."""

from collections import defaultdict

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from core.descriptions import DESCRIPTION_LENGTH, page_description, plain_text, shorten
from tests.factories import add_member, translate_page

pytestmark = pytest.mark.django_db


def _descriptions(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    doc = BeautifulSoup(response.content, "html.parser")
    names = [tag.get("content", "") for tag in doc.find_all("meta", attrs={"name": "description"})]
    og = [tag.get("content", "") for tag in doc.find_all("meta", attrs={"property": "og:description"})]
    return names, og


def _assert_plain(description, url):
    assert description.strip(), url
    assert len(description) <= DESCRIPTION_LENGTH, (url, description)
    assert "<" not in description and "&lt;" not in description and "&amp;" not in description, (url, description)


def test_every_public_page_type_in_every_language_has_a_plain_description(editorial_site):
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale", "content_type")
    seen = defaultdict(set)
    for page in pages:
        kind = (page.content_type.model, page.locale.language_code)
        if kind in seen:
            continue
        url = page.get_url()
        names, og = _descriptions(url)
        assert len(names) == 1 and len(og) == 1, url
        _assert_plain(names[0], url)
        assert og == names, url
        seen[kind].add(url)
    kinds = {model for model, _lang in seen}
    # Every type of the editorial demo is there, each in the three languages.
    assert {"homepage", "directorypage", "branchpage", "memberpage", "newspage", "eventpage"} <= kinds
    assert {"portraitstorypage", "statisticspage", "jobpage", "standardpage"} <= kinds
    for model in kinds:
        assert {lang for m, lang in seen if m == model} == {"fr", "en", "de"}, model


def test_views_that_are_not_pages_describe_the_portal_in_the_visitors_language():
    with translation.override("de"):
        search, brief = reverse("site_search"), reverse("matchmaking:brief")
    for url in (search, brief):
        names, og = _descriptions(url)
        _assert_plain(names[0], url)
        assert names[0].startswith("Das Portal des Clusters der Kreativwirtschaft"), names[0]


def test_a_page_description_comes_from_its_search_description_then_its_own_texts(site_tree):
    directory = site_tree.directory["en"]
    directory.intro = "<p>Find <b>designers</b> &amp; musicians from Luxembourg.</p>"
    directory.save_revision().publish()
    names, _og = _descriptions(directory.url)
    assert names == ["Find designers & musicians from Luxembourg."]

    directory.search_description = "All the cluster's creatives, by branch."
    directory.save_revision().publish()
    assert _descriptions(directory.url)[0] == ["All the cluster's creatives, by branch."]


def test_a_member_page_describes_itself_in_its_language_not_with_a_text_left_untranslated(site_tree):
    versions = add_member(site_tree, "music", lang_versions=(), tagline="Studio d'enregistrement à Esch")
    french = versions["fr"]
    german = translate_page(french, site_tree.locales["de"])  # the tagline copied unchanged: still French
    assert german.tagline == french.tagline

    assert _descriptions(french.url)[0] == ["Studio d'enregistrement à Esch"]
    names, _og = _descriptions(german.url)
    assert "Studio d'enregistrement" not in names[0]
    assert names[0].startswith(german.title) and "Music" in names[0] and "Mitglied" in names[0]

    translated = translate_page(french, site_tree.locales["en"], tagline="Recording studio in Esch")
    assert _descriptions(translated.url)[0] == ["Recording studio in Esch"]


def test_long_texts_are_cut_at_a_word_with_an_ellipsis():
    text = plain_text("<p>" + "Lorem ipsum dolor sit amet, " * 20 + "</p>")
    short = shorten(text)
    assert len(short) <= DESCRIPTION_LENGTH and short.endswith("…") and text.startswith(short[:-1])
    assert short[-2] != " " and text[len(short) - 1] in " ,"


def test_a_page_without_any_text_says_what_it_is(site_tree):
    branch = site_tree.branches["design"]["de"]
    branch.intro = ""
    with translation.override("de"):
        assert page_description(branch) == (
            f"{branch.title}: auf dem Portal des Clusters der Kreativwirtschaft in Luxemburg."
        )
