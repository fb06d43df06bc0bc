"""What a page rendered afresh reuses: fragments kept in each process and the shared cache, under the content
generation. Each must still change the moment the content it holds changes."""

import gc
import threading
import weakref
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.models import FooterText
from core.performance import page_cache
from tests.factories import forget_cached_pages
from tests.factories.members import ImageFactory

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}


def cold_get(url):
    """A page asked for the first time: the cached pages are gone, the fragments are kept."""
    forget_cached_pages()
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url, **BROWSER)
    assert response.status_code == 200, url
    return response, [query["sql"] for query in queries.captured_queries]


def test_a_fragment_is_computed_again_once_content_changes():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert page_cache.remember("test", ["b"], compute) == 1
    page_cache.invalidate()
    assert page_cache.remember("test", ["b"], compute) == 2


@pytest.mark.perf
def test_a_fragment_is_kept_in_the_process_until_content_changes():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert page_cache.remember("test", ["a"], compute) == 1
    shared_key = ":".join([page_cache.FRAGMENT_PREFIX, str(page_cache.generation()), "test", "a"])
    cache.delete(shared_key)  # gone from the shared cache: this process still has its own copy
    assert page_cache.remember("test", ["a"], compute) == 1
    page_cache.invalidate()
    assert page_cache.remember("test", ["a"], compute) == 2
    assert calls == [1, 1]


def test_an_emptied_cache_never_brings_back_a_generation_already_used():
    before = page_cache.generation()
    page_cache.invalidate()
    cache.clear()  # Redis restarted: the processes still hold fragments of the generations they saw
    assert page_cache.generation() > before + 1


@pytest.mark.perf
def test_a_member_page_asked_for_the_first_time_reads_neither_the_site_settings_nor_restrictions(site_tree):
    url = site_tree.members[0]["fr"].url
    cold_get(url)
    response, queries = cold_get(url)
    shared = ("wagtailcore_site", "wagtailcore_pageviewrestriction", "wagtailcore_locale", "home_", "members_branch")
    assert [sql for sql in queries if any(f'FROM "{table}' in sql for table in shared)] == []
    assert len(queries) <= 6  # 5, and the view counted (written at once in tests, in batches in production)
    # What those fragments hold is on the page.
    html = response.content.decode()
    assert 'class="breadcrumb"' in html and 'hreflang="de"' in html and site_tree.branches["design"]["fr"].title in html


@pytest.mark.perf
def test_a_member_page_asked_for_the_first_time_compiles_no_select_query(site_tree, monkeypatch):
    """Its queries are compiled once per process (core.performance.prepared), and public pages iterate no restriction:
    Django compiling a query costs more than running it."""
    from django.db.models.sql.compiler import SQLCompiler

    url = site_tree.members[0]["de"].url
    cold_get(url)
    compiled, as_sql = [], SQLCompiler.as_sql
    monkeypatch.setattr(
        SQLCompiler, "as_sql", lambda self, *a, **kw: compiled.append(self.query) or as_sql(self, *a, **kw)
    )
    response, queries = cold_get(url)
    assert response.status_code == 200 and len(queries) >= 5
    assert compiled == []


def test_a_view_restriction_added_later_applies_at_once_in_pages_and_listings(site_tree):
    page, listing = site_tree.members[0]["fr"], site_tree.branches["design"]["fr"].url
    cold_get(page.url)
    cold_get(listing)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="s3cret")
    response = Client().get(page.url, **BROWSER)
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    # Listings leave the private page out (.public()), the other member of the branch stays.
    html = Client().get(listing, **BROWSER).content.decode()
    assert f">{page.title}<" not in html and f">{site_tree.members[1]['fr'].title}<" in html
    restriction.delete()
    assert 'name="password"' not in Client().get(page.url, **BROWSER).content.decode()
    assert f">{page.title}<" in Client().get(listing, **BROWSER).content.decode()


def test_an_alias_is_served_with_the_restrictions_of_its_source(site_tree):
    page = site_tree.members[0]["fr"]
    alias = page.create_alias(parent=site_tree.branches["music"]["fr"], update_slug="alias-of-member")
    assert 'name="password"' not in cold_get(alias.url)[0].content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="s3cret")
    assert 'name="password"' in Client().get(alias.url, **BROWSER).content.decode()


def test_public_pages_are_those_wagtail_would_list(site_tree):
    from wagtail.models import Page

    private = site_tree.branches["music"]["fr"]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expected = {page.pk for page in Page.objects.all() if not any(page.path.startswith(p.path) for p in [private])}
    assert set(Page.objects.public().values_list("pk", flat=True)) == expected
    assert (
        set(Page.objects.not_public().values_list("pk", flat=True))
        == set(Page.objects.values_list("pk", flat=True)) - expected
    )


def test_the_footer_kept_per_language_changes_with_its_text(site_tree):
    url = site_tree.members[0]["de"].url
    footer = FooterText.objects.filter(locale=site_tree.locales["de"]).first()
    footer = footer or FooterText(locale=site_tree.locales["de"])
    footer.body = "<p>Alte Fußzeile</p>"
    footer.save()
    assert "Alte Fußzeile" in cold_get(url)[0].content.decode()
    assert "Alte Fußzeile" not in cold_get(site_tree.members[0]["fr"].url)[0].content.decode()
    footer.body = "<p>Neue Fußzeile</p>"
    footer.save()
    html = cold_get(url)[0].content.decode()
    assert "Neue Fußzeile" in html and "Alte Fußzeile" not in html


def image_tags_template():
    return Template(
        '{% load wagtailimages_tags %}{% picture img format-{webp,jpeg} width-{40,80} alt="" %}'
        '{% image img fill-20x20 alt="" %}'
    )


def test_image_tags_render_the_same_with_their_filters_kept():
    image = ImageFactory()
    template = image_tags_template()
    first = template.render(Context({"img": image}))
    assert first == template.render(Context({"img": image}))
    soup = BeautifulSoup(first, "html.parser")
    assert len(soup.select("picture source")) == 1 and soup.select_one("picture img")["width"]


@pytest.mark.perf
def test_image_tags_keep_their_filters_on_the_node():
    from wagtail.images.templatetags.wagtailimages_tags import ImageNode, PictureNode

    template = image_tags_template()
    template.render(Context({"img": ImageFactory()}))
    picture, single = template.nodelist.get_nodes_by_type(ImageNode)
    assert (type(picture), type(single)) == (PictureNode, ImageNode)
    # {% picture %} keeps its list of filters (SrcsetImageNode.get_filters), {% image %} its one filter (get_filter).
    assert [kept.spec for kept in picture.__dict__["_kept_filters"]] == [
        "format-webp|width-40",
        "format-webp|width-80",
        "format-jpeg|width-40",
        "format-jpeg|width-80",
    ]
    assert single.__dict__["_kept_filter"].spec == "fill-20x20"


@pytest.mark.perf
def test_gunicorn_workers_load_the_search_documents_before_serving_and_freeze_them(
    site_tree, monkeypatch, gunicorn_conf
):
    from django.db import connections

    from search.backends.memory import DatabaseBackend

    closed = []  # the worker closes its connection; the test's own must stay open
    monkeypatch.setattr(connections, "close_all", lambda: closed.append(True))

    conf = gunicorn_conf
    DatabaseBackend.forget()
    threshold = gc.get_threshold()
    try:
        conf._warm_up(SimpleNamespace(log=None))  # what post_worker_init runs in its thread
        assert set(DatabaseBackend._snapshots) == {"fr", "en", "de"}
        assert gc.get_freeze_count() > 0
        assert closed == [True]
        # Collections wait for the end of a request, then run as Python would have run them.
        assert gc.get_threshold() == (conf.IN_REQUEST, *threshold[1:])
        conf.post_request(None, None, None, None)
        young = gc.get_count()[0]
        for _n in range(2 * conf.YOUNG):  # what a request leaves behind: reference cycles
            cycle = Cycle()
            cycle.me = cycle
        canary = Cycle()
        canary.me, alive = canary, weakref.ref(canary)
        del canary, cycle
        assert gc.get_count()[0] > young + conf.YOUNG and alive() is not None  # not collected during the request
        for _n in range(threshold[1] * threshold[2] + 1):
            conf.post_request(None, None, None, None)
            for _m in range(conf.YOUNG):
                Cycle()
        assert alive() is None and gc.get_count()[0] < 2 * conf.YOUNG
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


class Cycle:
    me = None


def test_the_kept_header_marks_the_section_area_and_visitor_of_each_page(site_tree):
    """The header is kept once per language, section, signed in or not and area: pages of every kind rendered
    one after another in the same generation each get their own marks."""
    from django.urls import reverse
    from django.utils import translation

    from tests.factories.members import UserFactory

    def header(url, client=None):
        response = (client or Client()).get(url, **BROWSER)
        assert response.status_code == 200, url
        return BeautifulSoup(response.content, "html.parser").select_one(".site-header")

    def marked(doc):
        return [
            (a.get_text(strip=True), a["aria-current"]) for a in doc.select("a[aria-current]") if not a.get("hreflang")
        ]

    directory = site_tree.directory["fr"].title
    with translation.override("fr"):
        brief, search = reverse("matchmaking:brief"), reverse("site_search")
    for _round in range(2):  # rendered afresh, then from the kept header
        forget_cached_pages()
        assert marked(header(site_tree.members[0]["fr"].url)) == [(directory, "true")]
        assert marked(header(site_tree.directory["fr"].url)) == [(directory, "page")]
        assert marked(header(site_tree.home["fr"].url)) == []
        assert marked(header(brief)) == [("Trouver un créatif", "page")]
        assert marked(header(search)) == [("Rechercher", "page")]
        signed_in = Client()
        signed_in.force_login(UserFactory(email="lea@example.lu" if _round == 0 else "max@example.lu"))
        doc = header(site_tree.members[0]["fr"].url, signed_in)
        assert "Mon espace" in doc.get_text() and marked(doc) == [(directory, "true")]
        assert "Mon espace" not in header(site_tree.members[1]["fr"].url).get_text()
    assert marked(header(site_tree.members[0]["de"].url)) == [(site_tree.directory["de"].title, "true")]


@pytest.mark.perf
def test_page_urls_read_the_sites_root_paths_from_the_kept_fragments(site_tree, monkeypatch):
    from wagtail.models import Site

    url = site_tree.members[0]["de"].url
    cold_get(url)
    calls = []
    original = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: calls.append(1) or original()))
    doc = BeautifulSoup(cold_get(url)[0].content, "html.parser")
    assert calls == []  # Wagtail would read them from the cache on every request
    assert doc.select_one('link[rel="canonical"]')["href"].endswith(url)
    assert doc.select_one('link[hreflang="fr"]')["href"].endswith(site_tree.members[0]["fr"].url)


def test_a_gunicorn_worker_answers_while_it_warms_up(monkeypatch, gunicorn_conf):
    # On a reload (HUP) gunicorn stops the old workers at once: a new one that warmed up before accepting left
    # seconds with nobody answering. The warm-up runs in a thread; post_worker_init returns at once.
    started = threading.Event()
    release = threading.Event()

    def slow_warm_up(worker):
        started.set()
        release.wait(5)

    monkeypatch.setattr(gunicorn_conf, "_warm_up", slow_warm_up)
    gunicorn_conf.post_worker_init(SimpleNamespace(log=None))  # returns while the warm-up still runs
    assert started.wait(5)
    assert any(thread.name == "warm-up" and thread.is_alive() for thread in threading.enumerate())
    release.set()


class CountingCache:
    """The page cache's cache, counting the reads of the generation."""

    def __init__(self, cache):
        self.cache, self.generation_reads = cache, 0

    def __getattr__(self, name):
        method = getattr(self.cache, name)

        def counted(key, *args, **kwargs):
            keys = key if isinstance(key, (list, tuple)) else [key]
            self.generation_reads += page_cache.GENERATION_KEY in keys and name in ("get", "get_many", "get_or_set")
            return method(key, *args, **kwargs)

        return counted if callable(method) and name.startswith(("get", "incr", "set")) else method


def test_a_request_the_cache_does_not_serve_reads_the_generation_once(monkeypatch, rf):
    counting = CountingCache(page_cache._cache())
    monkeypatch.setattr(page_cache, "_cache", lambda: counting)
    page_cache.remember("warm", [], lambda: 0)  # the generation exists
    counting.generation_reads = 0
    values = []

    def view(request):
        values.extend(page_cache.remember(name, [], lambda name=name: name) for name in ("menu", "footer", "settings"))
        return SimpleNamespace(status_code=200)

    middleware = page_cache.PageCacheMiddleware(view)
    request = rf.post("/api/v1/matchmaking/shortlist/")
    monkeypatch.setattr(page_cache, "remember_site", lambda request: None)
    middleware(request)
    assert values == ["menu", "footer", "settings"]
    assert counting.generation_reads == 1  # not one per fragment
    assert page_cache._request_generation.get() is None  # nothing left for the next request


def test_fragments_read_after_a_change_in_the_same_request_are_the_new_ones(monkeypatch, rf):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    def view(request):
        first = page_cache.remember("changing", [], compute)
        page_cache.invalidate()  # a member saves their page in this request
        return SimpleNamespace(status_code=200, seen=(first, page_cache.remember("changing", [], compute)))

    monkeypatch.setattr(page_cache, "remember_site", lambda request: None)
    response = page_cache.PageCacheMiddleware(view)(rf.post("/fr/espace/"))
    assert response.seen == (1, 2)
