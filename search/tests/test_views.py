"""What visitors and partner sites see: the directory page, the JSON API, autocomplete, site search."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from core.absolute import base_url
from tests.factories.home import StandardPageFactory

from .helpers import make_member

BASE = base_url()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def directory(site_tree):
    make_member(
        site_tree,
        "design",
        title="Lumen Atelier",
        skill_codes=["branding"],
        available_for_hire=True,
        translate_to=["en"],
    )
    make_member(site_tree, "music", title="Sonar Studio", skill_codes=["mixing"], kind="freelancer", canton="wiltz")
    return site_tree


@pytest.mark.django_db
def test_directory_page_is_a_get_form_that_works_without_javascript(client, directory):
    response = client.get("/fr/membres/", {"branch": ["design", "music"], "kind": "company", "available": "1"})
    assert response.status_code == 200
    page = soup(response)
    form = page.select_one("form[data-directory]")
    assert form["method"] == "get"
    assert form.select('button[type="submit"]')
    checked = {(i["name"], i["value"]) for i in form.select("input[type=checkbox][checked]")}
    assert checked == {("branch", "design"), ("branch", "music"), ("kind", "company"), ("available", "1")}
    # Every control has a label.
    for control in form.select("input:not([type=hidden]), select"):
        assert page.select_one(f'label[for="{control["id"]}"]'), control
    assert [a.get_text() for a in page.select(".member-card__name a")] == ["Lumen Atelier"]
    assert "1 membre trouvé" in page.select_one("#results-heading").get_text()
    assert page.select_one('[role="status"][aria-live="polite"]') is not None
    # Counts are disjunctive: the branch facet ignores its own choice, kind ignores its own.
    labels = {
        i["id"]: page.select_one(f'label[for="{i["id"]}"]').get_text(" ", strip=True)
        for i in form.select("input[type=checkbox]")
    }
    # Counts are disjunctive: each facet applies the other facets' choices, not its own.
    assert labels["f-kind-company"] == "Entreprise (1)"
    assert labels["f-branch-design"] == "Design (1)"
    assert labels["f-branch-music"] == "Music (0)"  # selected, zero, still there to untick
    assert labels["f-available"] == "Disponible pour des missions (1)"


@pytest.mark.django_db
def test_selected_zero_count_value_can_be_unticked(client, directory):
    page = soup(client.get("/fr/membres/", {"canton": "wiltz", "kind": "company"}))
    wiltz = page.select_one("#f-canton-wiltz")
    assert wiltz.has_attr("checked")
    assert page.select_one('label[for="f-canton-wiltz"]').get_text(" ", strip=True) == "Wiltz (0)"
    clear = page.find("a", string="Effacer tous les filtres")
    assert clear["href"] == "?"


@pytest.mark.django_db
def test_partial_response_for_the_script(client, directory):
    response = client.get("/fr/membres/?skill=mixing", HTTP_X_DIRECTORY_PARTIAL="1")
    assert response.status_code == 200
    assert b"<html" not in response.content
    assert b"Sonar Studio" in response.content and b"Lumen Atelier" not in response.content
    assert "X-Directory-Partial" in response["Vary"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-3",
        "page=99999",
        "sort=sideways",
        "branch=unknown&skill=<script>",
        "available=maybe",
        "q=" + "x" * 10_000,
        "q=%00%ff",
    ],
)
def test_bad_parameters_on_the_page_still_show_results(client, directory, query):
    response = client.get(f"/fr/membres/?{query}")
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"<main")[1].split(b"</main>")[0].replace(b"<script src", b"")


@pytest.mark.django_db
def test_pages_keep_the_filters(client, directory, settings):
    settings.MEMBERS_PER_PAGE = 2
    for n in range(3):
        make_member(directory, "design", title=f"Zeta {n}", tagline="suite")
    page = soup(client.get("/fr/membres/", {"q": "suite", "branch": "design"}))
    next_link = page.select_one('a[rel="next"]')["href"]
    assert "q=suite" in next_link and "branch=design" in next_link and "page=2" in next_link
    second = soup(client.get(f"/fr/membres/{next_link}"))
    assert [a.get_text() for a in second.select(".member-card__name a")] == ["Zeta 2"]


@pytest.mark.django_db
def test_api_returns_the_documented_shape(client, directory):
    response = client.get("/api/v1/directory/", {"lang": "en", "q": "lumen", "branch": "design"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"count", "results", "facets", "next", "previous"}
    assert data["count"] == 1
    result = data["results"][0]
    assert result["name"] == "Lumen Atelier" and result["url"].startswith(BASE + "/en/members/")
    assert set(data["facets"]) == {"branch", "kind", "canton", "language", "skill", "available", "collab", "media"}
    branch = {v["value"]: v for v in data["facets"]["branch"]}
    assert branch["design"] == {"value": "design", "label": "Design", "count": 1, "selected": True}
    assert "secret-" not in response.content.decode() and "@hidden.example.lu" not in response.content.decode()


@pytest.mark.django_db
def test_api_paginates_with_links(client, directory):
    data = client.get("/api/v1/directory/", {"page_size": 2}).json()
    assert data["count"] == 6 and data["previous"] is None
    second = client.get(data["next"]).json()
    assert second["page"] == 2 and second["previous"]
    past = client.get("/api/v1/directory/", {"page": 99, "page_size": 2, "lang": "en"})  # well formed, no results
    assert (past.status_code, past.json()) == (404, {"message": "There is no page 99: the last page is 3."})


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"sort": "price"}, "sort"),
        ({"q": "x" * 10_000}, "q"),
        ({"branch": "astrology"}, "branch"),
        ({"available": "perhaps"}, "available"),
        ({"lang": "it"}, "lang"),
        ({"page_size": "1000"}, "page_size"),
    ],
)
def test_api_rejects_bad_parameters_with_a_clear_400(client, directory, params, field):
    response = client.get("/api/v1/directory/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert field in response.json()["errors"]


@pytest.mark.django_db
def test_api_ignores_unknown_parameter_names(client, directory):
    assert client.get("/api/v1/directory/", {"utm_source": "newsletter"}).status_code == 200


@pytest.mark.django_db
def test_autocomplete_suggests_members_and_skills_in_the_language(client, directory):
    fr = client.get("/api/v1/directory/suggest/", {"q": "lum", "lang": "fr"}).json()
    assert [m["name"] for m in fr["members"]] == ["Lumen Atelier"]
    assert fr["members"][0]["url"].startswith("/fr/membres/")
    french = client.get("/api/v1/directory/suggest/", {"q": "compét", "lang": "fr"}).json()["skills"]
    assert {s["value"] for s in french} == {"branding", "mixing"}
    assert french[0]["url"].startswith("/fr/membres/?skill=")
    # Only skills some member has in that language: Sonar Studio (mixing) is French only.
    english = client.get("/api/v1/directory/suggest/", {"q": "skill", "lang": "en"}).json()["skills"]
    assert [s["value"] for s in english] == ["branding"]
    # A word of another language finds the skill too, labelled in the page's language.
    german = client.get("/api/v1/directory/suggest/", {"q": "fähig", "lang": "fr"}).json()["skills"]
    assert [s["label"] for s in german] == ["Compétence branding", "Compétence mixing"]
    assert client.get("/api/v1/directory/suggest/", {"q": "x" * 500}).status_code == 400


@pytest.mark.django_db
def test_site_search_finds_live_public_pages_of_the_current_language(client, directory):
    home = directory.home["fr"]
    StandardPageFactory(parent=home, title="Adhésion au cluster", slug="adhesion", locale=home.locale)
    hidden = StandardPageFactory(parent=home, title="Adhésion privée", slug="privee", locale=home.locale)
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    draft = StandardPageFactory(parent=home, title="Adhésion brouillon", slug="brouillon", locale=home.locale)
    draft.unpublish()
    page = soup(client.get("/fr/recherche/", {"q": "adhésion"}))
    titles = [a.get_text() for a in page.select(".search-results h3 a")]
    assert titles == ["Adhésion au cluster"]
    members = soup(client.get("/fr/recherche/", {"q": "Lumen"}))
    assert [a.get_text() for a in members.select(".search-results h3 a")] == ["Lumen Atelier"]
    english = soup(client.get("/en/search/", {"q": "adhésion"}))
    assert english.select(".search-results h3 a") == []
    assert client.get("/de/suche/", {"q": "x" * 5000}).status_code == 200


def test_api_error_body_is_json_for_every_language(client, db):
    response = client.get("/api/v1/directory/", {"lang": "xx"})
    assert response.status_code == 400
    assert json.loads(response.content)["errors"]["lang"]


@pytest.mark.perf
def test_directory_and_api_queries_do_not_grow_with_the_number_of_members(directory, settings):
    """A search with text and two facets: the same number of queries at 6 and at 36 members (page of 24)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_ENABLED = False  # the page rendered, not served from the page cache
    query = {"q": "studio", "branch": "design", "kind": "company"}

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert Client().get(url, query).status_code == 200
        return len(queries)

    small = count("/fr/membres/"), count("/api/v1/directory/")
    for n in range(30):
        make_member(directory, "design", title=f"Studio Extra {n:02d}", skill_codes=["branding"])
    big = count("/fr/membres/"), count("/api/v1/directory/")
    assert big[0] <= small[0] and big[1] <= small[1]
    assert small[0] < 40 and small[1] < 15
