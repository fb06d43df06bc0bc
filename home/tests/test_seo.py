"""What search engines and social networks read: sitemap, robots.txt, canonical URLs, Open Graph, footer links."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from core.absolute import base_url
from core.models import SiteSettings
from tests.factories.home import StandardPageFactory, translate_page

BASE = base_url()

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_language_with_hreflang_alternates(site_tree):
    member = site_tree.members[0]
    draft = StandardPageFactory(parent=site_tree.home["fr"], title="Brouillon", slug="brouillon", live=False)
    response = Client().get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    urls = {url.find("sm:loc", NS).text: url for url in root.findall("sm:url", NS)}
    for lang in ("fr", "en", "de"):
        assert f"{BASE}/{lang}/" in urls
        assert member[lang].get_full_url() in urls
    assert not any(draft.slug in loc for loc in urls)
    alternates = {
        link.get("hreflang"): link.get("href") for link in urls[member["en"].get_full_url()].findall("xhtml:link", NS)
    }
    assert alternates == {
        "fr": member["fr"].get_full_url(),
        "en": member["en"].get_full_url(),
        "de": member["de"].get_full_url(),
        "x-default": member["fr"].get_full_url(),
    }


def test_sitemap_leaves_out_private_pages(site_tree):
    from wagtail.models import PageViewRestriction

    member = site_tree.members[0]["de"]
    PageViewRestriction.objects.create(page=member, restriction_type=PageViewRestriction.LOGIN)
    content = Client().get("/sitemap.xml").content.decode()
    assert member.get_full_url() not in content
    assert site_tree.members[0]["fr"].get_full_url() in content


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(site_tree):
    response = Client().get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /fr/recherche/" in lines and "Disallow: /de/suche/" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines


def _head(url):
    response = Client().get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_member_page_has_canonical_url_and_social_card(site_tree):
    member = site_tree.members[0]["en"]
    doc = _head(member.url + "?utm_source=newsletter")
    canonical = doc.find("link", rel="canonical")["href"]
    assert canonical == member.get_full_url()
    og = {tag["property"]: tag["content"] for tag in doc.find_all("meta", property=True)}
    assert og["og:url"] == canonical
    assert og["og:title"] == member.title
    assert og["og:locale"] == "en_GB"
    assert og["og:image"].endswith("/static/img/social-default.png")
    assert doc.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"


def test_default_social_image_comes_from_the_site_settings(site_tree):
    from tests.factories.members import ImageFactory

    settings = SiteSettings.load()
    settings.default_social_image = ImageFactory(title="Vue du cluster")
    settings.save()
    doc = _head(site_tree.directory["de"].url)
    og = {tag["property"]: tag["content"] for tag in doc.find_all("meta", property=True)}
    assert "/media/images/" in og["og:image"] and og["og:image"].startswith("http://")
    width, height = int(og["og:image:width"]), int(og["og:image:height"])
    assert width <= 1200 and abs(width / height - 1200 / 630) < 0.02  # cropped to the card's shape, never upscaled
    assert og["og:locale"] == "de_LU"


def test_paginated_listing_keeps_its_page_number_in_the_canonical_url(site_tree):
    branch = site_tree.branches["design"]["fr"]
    doc = _head(branch.url + "?page=1&utm_campaign=x")
    assert doc.find("link", rel="canonical")["href"] == branch.get_full_url()


def test_footer_links_to_legal_and_privacy_pages_in_the_visitors_language(site_tree):
    home = site_tree.home["fr"]
    legal = StandardPageFactory(parent=home, title="Mentions légales", slug="mentions-legales")
    privacy = StandardPageFactory(parent=home, title="Protection des données", slug="protection-des-donnees")
    translate_page(legal, site_tree.locales["de"], title="Impressum", slug="impressum")
    settings = SiteSettings.load()
    settings.legal_page, settings.privacy_page = legal, privacy
    settings.save()
    footer = _head(site_tree.directory["de"].url).find("footer")
    links = {a.text: a["href"] for a in footer.find_all("a")}
    assert links["Impressum"] == "/de/impressum/"
    assert links["Protection des données"] == "/fr/protection-des-donnees/"  # not translated yet: the original
