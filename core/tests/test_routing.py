"""The home page finds a page deep in the tree in one query (the pages with children kept with the page cache's fragments), and answers exactly as Wagtail's walk would."""

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
        "nichts/",
        member.url_path[len(home.url_path) :] + "weiter/",  # below a page without children
    ]
    for path in cases:
        components = [c for c in path.split("/") if c]
        assert outcome(type(home).route, home, request, components) == outcome(walk, home, request, components), path


@pytest.mark.perf
def test_a_member_page_is_found_in_one_query_with_its_language_versions(editorial_site):
    home = editorial_site.home["fr"]
    member = editorial_site.members[0]["fr"]
    components = [c for c in member.url_path[len(home.url_path) :].split("/") if c]
    assert len(components) == 3
    request = RequestFactory().get("/")
    home.route(request, components)  # the pages with children read once, kept with the fragments
    with CaptureQueriesContext(connection) as queries:
        page, _args, _kwargs = home.route(request, components)
        versions = {version.locale.language_code: version.pk for version in page.all_language_versions}
    assert page.pk == member.pk
    assert versions == {code: version.pk for code, version in editorial_site.members[0].items()}
    assert len(queries) == 1  # the member, its fields and its translations


def test_a_page_is_found_right_after_it_is_added_under_a_page_without_children(editorial_site):
    from home.models import StandardPage

    home = editorial_site.home["en"]
    parent = StandardPage.objects.child_of(home).filter(numchild=0).first() or home.add_child(
        instance=StandardPage(title="About", slug="about-us")
    )
    request = RequestFactory().get("/")
    path = [c for c in parent.url_path[len(home.url_path) :].split("/") if c]
    assert outcome(type(home).route, home, request, [*path, "team"]) == "404"
    child = parent.add_child(instance=StandardPage(title="Team", slug="team"))
    child.save_revision().publish()
    page, _args, _kwargs = home.route(request, [*path, "team"])
    assert (page.pk, type(page)) == (child.pk, StandardPage)
    child.unpublish()
    assert outcome(type(home).route, home, request, [*path, "team"]) == "404"
