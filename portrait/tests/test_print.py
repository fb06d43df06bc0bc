import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .builders import add_story, build_portrait

LANGS = ["fr", "en", "de"]


def print_soup(client, edition):
    response = client.get(edition.url + "print/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("lang", LANGS)
def test_print_view_holds_the_whole_edition_in_order_one_story_per_page(portrait, client, lang):
    edition = portrait.edition[lang]
    soup = print_soup(client, edition)
    assert soup.html["lang"] == lang
    assert edition.title in soup.title.get_text()
    assert soup.h1.get_text(strip=True) == edition.title
    expected = [versions[lang].title for versions in portrait.stories]
    stories = soup.select("article.print-story")
    assert [story.h2.get_text(strip=True) for story in stories] == expected
    assert all("print-page" in story["class"] for story in stories)
    # The table of contents lists the same stories, in the same order, linked to them.
    toc = soup.select(".print-toc li a")
    assert [
        a.select_one(".print-toc__title").get_text(strip=True) for a in toc if a["href"] != "#editorial"
    ] == expected
    assert [a["href"] for a in toc if a["href"] != "#editorial"] == [f"#{story['id']}" for story in stories]
    assert "print-page" in soup.select_one(".print-toc")["class"]
    # Cover, editorial, captions, credits and pull quotes make it to paper.
    assert soup.select_one(".print-cover img")
    assert soup.select_one("#editorial .pull-quote")
    first = stories[0]
    assert "Légende 0" in first.select_one(".print-story__hero figcaption").get_text()
    assert "Anne Weber 0" in first.select_one(".print-story__hero figcaption").get_text()
    assert first.select_one(".pull-quote blockquote").get_text(strip=True) == "Citation mise en avant 0"
    assert "Légende photo 0" in first.select(".print-figure figcaption")[-1].get_text()
    # Body headings sit one level under the story title.
    assert first.select_one(".print-story__body h3").get_text(strip=True) == "Un atelier à Differdange"


def test_print_view_uses_print_resolution_images(portrait, client):
    soup = print_soup(client, portrait.edition["fr"])
    images = soup.select("main img")
    # Cover + (hero + body photograph) per story.
    assert len(images) == 1 + 2 * len(portrait.stories)
    for img in images:
        assert ".width-2000.format-jpeg." in img["src"], img["src"]
        assert img.has_attr("alt")


def test_print_view_is_standalone_with_its_own_stylesheet_and_script(portrait, client):
    soup = print_soup(client, portrait.edition["fr"])
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert stylesheets == ["/static/css/print-portrait.css"]
    scripts = soup.find_all("script")
    assert [script["src"] for script in scripts] == ["/static/js/print.js"]
    assert all(not script.string for script in scripts), "no inline scripts: the CSP forbids them"
    assert not soup.select(".main-nav, .site-header, .site-footer")
    button = soup.find("button", attrs={"data-print-button": True})
    assert button["type"] == "button" and button.get_text(strip=True)
    assert soup.select_one(".print-toolbar a")["href"] == portrait.edition["fr"].url


def test_print_stylesheet_and_script_exist_with_print_rules():
    from pathlib import Path

    from django.contrib.staticfiles import finders

    def read(name):
        return Path(finders.find(name)).read_text(encoding="utf-8")

    css = read("css/print-portrait.css")
    assert "@page" in css and "size: A4" in css
    assert "@media print" in css
    assert "break-before: page" in css
    assert 'a[href]::after { content: " (" attr(href) ")"' in css
    js = read("js/print.js")
    assert "window.print()" in js
    site = read("css/site.css")
    section = site[site.index("/* == portrait == */") : site.index("/* == end portrait == */")]
    assert "@media print" in section


@pytest.mark.parametrize("lang", ["en", "de"])
def test_print_view_prints_member_links_as_absolute_urls_in_the_visitors_language(portrait, client, lang):
    soup = print_soup(client, portrait.edition[lang])
    link = soup.select_one("article.print-story .print-story__members a")
    member = portrait.tree.members[0][lang]
    assert link["href"] == member.full_url
    assert link.get_text(strip=True) == member.title


def test_story_page_links_to_the_print_view_and_its_edition(portrait, client):
    story = portrait.stories[0]["de"]
    soup = BeautifulSoup(client.get(story.url).content, "html.parser")
    hrefs = {a["href"] for a in soup.select(".portrait-story__footer a")}
    assert portrait.edition["de"].url in hrefs
    assert portrait.edition["de"].url + "print/" in hrefs


def count_queries(client, url):
    """Queries of a warm request (the first one builds the image renditions, as for the first visitor)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response


def grow(portrait, to):
    for n in range(len(portrait.stories), to):
        add_story(portrait, n, [portrait.tree.members[n % len(portrait.tree.members)]["fr"]])


@pytest.mark.perf
@pytest.mark.parametrize(
    ("page", "suffix", "marker"),
    [
        ("edition", "", b'class="portrait-story-card"'),
        ("edition", "print/", b'class="print-story print-page"'),
        ("index", "", b'class="portrait-edition-card"'),
    ],
)
def test_query_count_does_not_grow_with_the_number_of_stories(site_tree, client, page, suffix, marker):
    portrait = build_portrait(site_tree, stories=2)
    url = getattr(portrait, page)["de"].url + suffix
    small, response = count_queries(client, url)
    assert response.content.count(marker) == (2 if page == "edition" else 1)
    grow(portrait, 8)
    large, response = count_queries(client, url)
    assert response.content.count(marker) == (8 if page == "edition" else 1)
    assert large == small
    assert small <= 35
