"""One source for absolute URLs: with BASE_URL set, every absolute URL the portal writes starts with it and the Site
record's hostname (``localhost`` in the tests' site) never appears (issue 30)."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.db.models.signals import post_migrate
from django.test import Client
from wagtail.models import Site

from agenda.models import AgendaPage, EventPage
from core.absolute import sync_site
from jobs.models import JobIndexPage, JobPage
from members.models import MemberPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import forget_cached_pages

BASE = "https://portal.example.org"
URL = re.compile(r"""(?:https?:)?//[^\s"'<>\\]+""")

pytestmark = pytest.mark.django_db


@pytest.fixture
def base_url(settings):
    settings.BASE_URL = BASE
    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.WAGTAILAPI_BASE_URL = BASE
    forget_cached_pages()
    return BASE


@pytest.fixture
def migrated(base_url):
    """What ``migrate`` does on each deployment (its post_migrate receiver): the default Site follows BASE_URL."""
    sync_site()
    return base_url


def own_urls(text):
    """The absolute URLs in ``text`` that point at the portal (not schema.org, a partner's site, a map…)."""
    found = URL.findall(text)
    return [url for url in found if "example.org" in url or "localhost" in url or "testserver" in url]


def assert_on_base(text, at_least=1):
    assert "localhost" not in text and "testserver" not in text and "127.0.0.1" not in text
    urls = own_urls(text)
    assert len(urls) >= at_least, text[:500]
    assert all(url.startswith(BASE + "/") or url == BASE for url in urls), urls


def get(path, **headers):
    response = Client().get(path, **headers)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def first_live(model, lang="en"):
    return model.objects.live().filter(locale__language_code=lang).first()


def test_sitemap_and_robots(editorial_site, base_url):
    sitemap = get("/sitemap.xml")
    assert_on_base(sitemap, at_least=20)
    assert f"<loc>{BASE}/fr/</loc>" in sitemap
    assert_on_base(get("/robots.txt"))


@pytest.mark.parametrize("suffix", ["feed/rss/", "feed/atom/"])
def test_news_feeds(editorial_site, base_url, suffix):
    index = first_live(NewsIndexPage)
    text = get(index.url + suffix)
    assert_on_base(text, at_least=3)
    assert f"{BASE}{index.url}" in text


def test_jobs_feed(editorial_site, base_url):
    index = first_live(JobIndexPage)
    text = get(index.url + "feed/")
    assert_on_base(text, at_least=2)
    assert f"<link>{BASE}{index.url}</link>" in text


def test_ical_feed_and_event_download(editorial_site, base_url):
    agenda = first_live(AgendaPage)
    calendar = get(agenda.url + "ical/")
    assert f"URL:{BASE}/" in calendar
    assert "@portal.example.org" in calendar  # the UIDs' host
    assert "localhost" not in calendar and "testserver" not in calendar
    event = first_live(EventPage)
    single = get(event.url + "ical/")
    assert f"URL:{BASE}{event.url}" in single and "localhost" not in single


def head_urls(html):
    page = BeautifulSoup(html, "html.parser")
    canonical = page.find("link", rel="canonical")["href"]
    og_url = page.find("meta", property="og:url")["content"]
    og_image = page.find("meta", property="og:image")["content"]
    alternates = [link["href"] for link in page.find_all("link", rel="alternate", hreflang=True)]
    return canonical, og_url, og_image, alternates, page


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_canonical_open_graph_and_alternates(editorial_site, base_url, lang):
    member = editorial_site.members[0][lang]
    html = get(member.url)
    canonical, og_url, og_image, alternates, _page = head_urls(html)
    assert canonical == og_url == f"{BASE}{member.url}"
    assert og_image.startswith(BASE + "/")
    assert len(alternates) == 4 and all(url.startswith(BASE + "/") for url in alternates)
    assert "localhost" not in html and "testserver" not in html


def test_canonical_of_a_page_outside_the_tree(editorial_site, base_url):
    html = get("/en/search/?q=design")
    canonical, og_url, og_image, _alternates, _page = head_urls(html)
    assert canonical.startswith(BASE + "/en/") and og_url == canonical and og_image.startswith(BASE + "/")


@pytest.mark.parametrize("model", [EventPage, JobPage, NewsPage])
def test_json_ld(editorial_site, base_url, model):
    page = first_live(model)
    html = get(page.url)
    blocks = BeautifulSoup(html, "html.parser").find_all("script", type="application/ld+json")
    assert blocks
    data = json.dumps([json.loads(block.string) for block in blocks])
    assert f'"url": "{BASE}{page.url}"' in data
    assert_on_base(data)


def test_api(editorial_site, migrated):
    member = editorial_site.members[0]["en"]
    detail = get(f"/api/v2/pages/{member.pk}/")
    data = json.loads(detail)
    assert data["meta"]["html_url"] == f"{BASE}{member.url}"
    assert data["meta"]["parent"]["meta"]["html_url"].startswith(f"{BASE}/en/")  # a plain Page: the Site record's
    assert data["meta"]["detail_url"].startswith(BASE + "/api/v2/pages/")
    assert_on_base(detail, at_least=3)
    listing = get("/api/v2/pages/?type=news.NewsPage&locale=en&fields=*")
    assert_on_base(listing, at_least=3)
    events = get("/api/v2/pages/?type=agenda.EventPage&locale=de&fields=*")
    assert_on_base(events, at_least=3)
    directory = json.loads(get("/api/v1/directory/?lang=en"))
    assert directory["results"] and all(item["url"].startswith(f"{BASE}/en/") for item in directory["results"])
    assert_on_base(json.dumps(directory))


def test_wagtail_full_url_and_admin_links(editorial_site, base_url):
    member = editorial_site.members[0]["de"]
    assert member.full_url == f"{BASE}{member.url}"
    assert member.get_full_url() == f"{BASE}{member.url}"


def test_site_record_follows_base_url_after_migrate(site_tree, base_url, settings):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)  # as the tests' factories leave it
    # migrate's post_migrate calls sync_site (sent here to it alone: the other receivers would create content
    # types in this test's transaction).
    assert post_migrate.disconnect(dispatch_uid="core_sync_site_with_base_url")
    post_migrate.connect(sync_site, dispatch_uid="core_sync_site_with_base_url")
    sync_site(using="default")
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("portal.example.org", 443, BASE)
    settings.BASE_URL = "http://127.0.0.1:8000"
    assert sync_site() == 1 and Site.objects.get(pk=site.pk).root_url == "http://127.0.0.1:8000"
    # Wagtail cannot say https on another port: the record is left alone, the portal's own links still follow.
    settings.BASE_URL = "https://portal.example.org:8443"
    assert sync_site() == 0
    member = site_tree.members[0]["en"]
    assert MemberPage.objects.get(pk=member.pk).full_url == f"https://portal.example.org:8443{member.url}"


def test_request_host_does_not_leak(editorial_site, base_url):
    """A request that came through another host name (a proxy's) still gets links on BASE_URL."""
    member = editorial_site.members[0]["fr"]
    html = get(member.url, HTTP_HOST="localhost")
    canonical, _og_url, _og_image, _alternates, _page = head_urls(html)
    assert canonical == f"{BASE}{member.url}"
