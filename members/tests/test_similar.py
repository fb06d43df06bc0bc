"""Similar members on a member page: shared skills and branches, in the visitor's language, cached with the page."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members.models import MemberPage
from members.similar import similar_members
from tests.factories import add_member, forget_cached_pages
from tests.factories.members import SkillFactory

pytestmark = pytest.mark.django_db


def cards(response):
    page = BeautifulSoup(response.content, "html.parser")
    section = page.select_one(".similar-members")
    if section is None:
        return []
    return [
        (
            card.select_one(".member-card__name a").text,
            card.select_one(".member-card__name a")["href"],
            card.select_one(".member-card__match").text,
        )
        for card in section.select(".member-card")
    ]


def with_skills(versions, *skills):
    for page in versions.values():
        page.skills.set(skills)
        page.save_revision().publish()
    return versions


@pytest.fixture
def members(site_tree):
    poster, motion, sound = (
        SkillFactory(code="poster", label_en="Poster design", label_de="Plakatgestaltung", label_fr="Affiches"),
        SkillFactory(code="motion", label_en="Motion design", label_de="Motion-Design", label_fr="Motion design"),
        SkillFactory(code="sound", label_en="Sound design", label_de="Sounddesign", label_fr="Design sonore"),
    )
    me = with_skills(add_member(site_tree, "design", title="Atelier Moi", slug="atelier-moi"), poster, motion)
    twin = with_skills(add_member(site_tree, "music", title="Zwilling", slug="zwilling"), poster, motion)
    half = with_skills(add_member(site_tree, "music", title="Halb", slug="halb"), motion)
    far = with_skills(add_member(site_tree, "music", title="Fern", slug="fern"), sound)
    forget_cached_pages()
    return {"me": me, "twin": twin, "half": half, "far": far, "branch_only": site_tree.members[0]}


def test_member_page_shows_the_closest_members_in_the_visitors_language(members):
    shown = cards(Client().get(members["me"]["de"].url))
    names = [name for name, _url, _shared in shown]
    # Two shared skills first, then one, then the members of the same branch only; never the page itself nor a
    # member sharing nothing.
    assert names[:2] == ["Zwilling", "Halb"]
    assert "Atelier Moi" not in names and "Fern" not in names
    assert members["branch_only"]["de"].title in names[2:]
    assert len(shown) <= 4
    name, url, shared = shown[0]
    assert url == members["twin"]["de"].url and url.startswith("/de/")
    assert "Plakatgestaltung" in shared and "Motion-Design" in shared
    assert "Motion design" in cards(Client().get(members["me"]["en"].url))[1][2]
    assert "Affiches" not in shared


def test_members_sharing_only_a_branch_say_so_and_nothing_shared_means_no_section(members):
    shown = cards(Client().get(members["far"]["en"].url))  # sound design: no one else; music: several
    assert {"Zwilling", "Halb"} <= {name for name, _url, _shared in shown}
    assert all(shared.split(":", 1)[1].strip() == "Music" for _name, _url, shared in shown)
    assert similar_members(members["far"]["en"], [], []) == []


def test_unpublished_members_are_not_suggested(members):
    for page in members["twin"].values():
        page.unpublish()
    forget_cached_pages()
    names = [name for name, _url, _shared in cards(Client().get(members["me"]["en"].url))]
    assert "Zwilling" not in names and names[0] == "Halb"


def test_two_queries_whatever_the_number_of_members_and_kept_with_the_page(members, site_tree):
    page = MemberPage.objects.get(pk=members["me"]["fr"].pk)
    relations = page.relations()
    with CaptureQueriesContext(connection) as ctx:
        similar_members(page, relations["member_branches"], relations["member_skills"])
    assert len(ctx.captured_queries) == 2
    client = Client()
    first = client.get(members["me"]["en"].url)
    with CaptureQueriesContext(connection) as ctx:
        again = client.get(members["me"]["en"].url)
    assert cards(again) == cards(first)
    assert not any("skills" in query["sql"] for query in ctx.captured_queries)  # served from the page cache
