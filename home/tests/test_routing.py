"""The home page finds a page deep in the tree in one query, and answers exactly as Wagtail's walk would."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from news.models import NewsPage

pytestmark = pytest.mark.django_db


def walk(home, request, components):
    """Wagtail's own routing, level by level."""
    return Page.route(home, request, components)


def outcome(route, home, request, components):
    try:
        page, args, kwargs = route(home, request, components)
    except Http404:
        return "404"
    return (page.pk, type(page), repr(args)[:60], kwargs)


def test_fast_route_gives_the_same_answers_as_wagtail(editorial_site):
    home = editorial_site.home["de"]
    request = RequestFactory().get("/")
    member = editorial_site.members[0]["de"]
    article = NewsPage.objects.live().filter(locale=home.locale).first()
    draft = editorial_site.members[1]["de"]
    draft.unpublish()
    cases = [
        member.url_path[len(home.url_path) :],  # four levels, no routable page on the way
        article.url_path[len(home.url_path) :],  # under the news index, which has routes of its own
        article.get_parent().url_path[len(home.url_path) :] + "feed/rss/",  # one of those routes
        editorial_site.directory["de"].url_path[len(home.url_path) :],
        draft.url_path[len(home.url_path) :],  # not live: 404
        "mitglieder/nichts-hier/",
        "",
    ]
    for path in cases:
        components = [c for c in path.split("/") if c]
        assert outcome(type(home).route, home, request, components) == outcome(walk, home, request, components), path


def test_a_member_page_is_found_in_two_queries(editorial_site):
    home = editorial_site.home["fr"]
    member = editorial_site.members[0]["fr"]
    components = [c for c in member.url_path[len(home.url_path) :].split("/") if c]
    assert len(components) == 3
    with CaptureQueriesContext(connection) as queries:
        page, _args, _kwargs = home.route(RequestFactory().get("/"), components)
    assert page.pk == member.pk
    assert len(queries) == 2  # the pages on the path, then the member's own fields
