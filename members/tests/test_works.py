"""A portfolio item's own address, the member page's gallery that leads to it, and the sitemap that lists it."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.absolute import base_url
from members.models import PortfolioItem
from tests.factories import add_member, forget_cached_pages
from tests.factories.members import ImageFactory

BASE = base_url()  # absolute addresses are on BASE_URL, whatever the Host header (core.absolute)

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
SEGMENTS = {"fr": "realisations", "en": "works", "de": "arbeiten"}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def item_of(member):
    return PortfolioItem.objects.filter(page=member).order_by("sort_order", "pk").first()


def work_url(member):
    return f"{member.url}{SEGMENTS[member.locale.language_code]}/{item_of(member).pk}/"


def test_a_portfolio_item_has_its_own_page_with_its_image_texts_and_member(site_tree):
    member = site_tree.members[0]["en"]
    item = item_of(member)
    response = Client().get(work_url(member))
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(" ", strip=True) == f"{item.title} (2024)"
    assert page.select_one(".work__member a")["href"] == member.url
    image = page.select_one(".work__media img")
    assert image["alt"] == item.alt_text and image["width"] and image["height"]
    assert page.select_one(".work__caption").text == item.caption
    assert "Boulangerie Schmit" in page.select_one(".work__facts").text
    assert page.title.text.startswith(f"{item.title}, by {member.title}")
    # Shared on a social network: the item's own image and title, at its own address.
    assert "fill-1200x630" in page.find("meta", property="og:image")["content"]
    assert page.find("meta", property="og:image:alt")["content"] == item.alt_text
    assert page.find("meta", property="og:title")["content"] == f"{item.title}, by {member.title}"
    assert page.find("link", rel="canonical")["href"] == f"{BASE}{work_url(member)}"


def test_the_language_switcher_of_a_work_leads_to_the_same_work_in_each_language(site_tree):
    versions = site_tree.members[0]
    page = soup(Client().get(work_url(versions["fr"])))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links == {lang: work_url(versions[lang]) for lang in ("fr", "en", "de")}
    alternates = {link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")}
    assert alternates["de"] == f"{BASE}{work_url(versions['de'])}"


def test_works_pages_list_previous_and_next_items(site_tree):
    member = add_member(site_tree, items=3, lang_versions=())["fr"]
    items = list(PortfolioItem.objects.filter(page=member).order_by("sort_order"))
    page = soup(Client().get(f"{member.url}realisations/{items[1].pk}/"))
    assert page.select_one("a[rel=prev]")["href"] == f"{member.url}realisations/{items[0].pk}/"
    assert page.select_one("a[rel=next]")["href"] == f"{member.url}realisations/{items[2].pk}/"
    assert "Réalisation 2 sur 3" in page.select_one(".work__pager").text


def test_unknown_or_foreign_items_and_other_segments_are_not_found(site_tree):
    member, other = site_tree.members[0]["fr"], site_tree.members[1]["fr"]
    client = Client()
    for path in (
        f"{member.url}realisations/999999/",
        f"{member.url}realisations/{item_of(other).pk}/",  # another member's item
        f"{member.url}works/{item_of(member).pk}/",  # the English segment on the French page
        f"{member.url}realisations/abc/",
        f"{member.url}realisations/{'9' * 40}/",
        f"{member.url}realisations/",
    ):
        assert client.get(path).status_code == 404, path


def test_an_unpublished_member_hides_its_works(site_tree):
    member = site_tree.members[0]["fr"]
    url = work_url(member)
    member.unpublish()
    assert Client().get(url).status_code == 404


def test_member_page_thumbnails_link_to_their_works_and_carry_the_lightbox(site_tree):
    member = site_tree.members[0]["fr"]
    page = soup(Client().get(member.url))
    link = page.select_one(".portfolio a[data-lightbox]")
    assert link["href"] == work_url(member)
    assert link["data-title"] == item_of(member).title
    assert link.img["alt"] == item_of(member).alt_text
    assert page.select_one(".portfolio__title a")["href"] == work_url(member)
    template = page.find("template", id="lightbox-template")
    assert "Fermer" in template.decode_contents() and "Image {number} sur {total}" in template.decode_contents()
    assert page.find("script", src=lambda src: src and "lightbox" in src)


def test_the_sitemap_lists_each_work_with_its_language_versions(site_tree):
    versions = site_tree.members[0]
    root = ET.fromstring(Client().get("/sitemap.xml").content)  # noqa: S314 (our own response)
    urls = {url.find("sm:loc", NS).text: url for url in root.findall("sm:url", NS)}
    full = {lang: f"{BASE}{work_url(versions[lang])}" for lang in ("fr", "en", "de")}
    assert set(full.values()) <= set(urls)
    alternates = {link.get("hreflang"): link.get("href") for link in urls[full["en"]].findall("xhtml:link", NS)}
    assert alternates == {**full, "x-default": full["fr"]}


def test_the_sitemap_leaves_out_the_works_of_unpublished_members(site_tree):
    member = site_tree.members[0]["de"]
    url = f"{BASE}{work_url(member)}"
    member.unpublish()
    assert url not in Client().get("/sitemap.xml").content.decode()


@pytest.mark.perf
def test_work_page_queries_do_not_grow_with_the_portfolio(site_tree):
    def count(url):
        client = Client()
        client.get(url)  # renditions are made on the first view
        forget_cached_pages()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    image = ImageFactory()
    small = add_member(site_tree, items=2, lang_versions=("en",), item_image=image)["fr"]
    big = add_member(site_tree, items=40, lang_versions=("en",), item_image=image)["fr"]
    small_count = count(work_url(small))
    assert count(work_url(big)) <= small_count
    # Routing (Wagtail's walk below the member), the member with its versions, portfolio, images and renditions,
    # the texts' languages, the item in the other languages, the social image.
    assert small_count <= 13
