"""The directory's works view: the members' query, understanding and facets over their portfolio items, with
their media type and year, as an image grid on the directory page and as JSON, on the database backend and on
the search engine (each test runs on both)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from core.absolute import base_url
from members.models import PortfolioItem
from search.works import works_backend

from .helpers import make_member

BASE = base_url()  # absolute addresses are on BASE_URL, whatever the Host header (core.absolute)

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture(params=["database", "opensearch"])
def backend(request, monkeypatch):
    """Each works test on the database backend, then on OpenSearch (osmem-server), where the database's works
    backend must not answer (it would only if the engine failed)."""
    if request.param == "opensearch":
        request.getfixturevalue("engine")

        def not_the_database(*args, **kwargs):
            raise AssertionError("the works were searched on the database, not on the engine")

        monkeypatch.setattr(works_backend, "search", not_the_database)
    return request.param


@pytest.fixture
def works(backend, site_tree):
    make_member(
        site_tree,
        "design",
        title="Lumen Atelier",
        skill_codes=["branding"],
        translate_to=["en"],
        items=[
            {"title": "Affiche Lumen", "year": 2023, "caption": "Une affiche pour un festival."},
            {"title": "Catalogue Nordlicht", "year": 2021, "media_type": "pdf"},
        ],
    )
    make_member(
        site_tree, "music", title="Sonar Studio", skill_codes=["mixing"], items=[{"title": "Album Marée", "year": 2023}]
    )
    return site_tree


def tiles(response):
    return {tile.select_one(".work-tile__title a").text: tile for tile in soup(response).select(".work-tile")}


def test_the_works_view_lists_each_work_linking_to_its_own_address(client, works):
    response = client.get("/fr/membres/", {"view": "works", "q": "Lumen"})
    page = soup(response)
    found = tiles(response)
    assert set(found) == {"Affiche Lumen", "Catalogue Nordlicht"}  # the member's name finds its works too
    item = PortfolioItem.objects.get(title="Affiche Lumen", locale__language_code="fr")
    assert found["Affiche Lumen"].select_one("a")["href"] == f"{item.page.url}realisations/{item.pk}/"
    assert "Lumen Atelier · 2023" in found["Affiche Lumen"].select_one(".work-tile__meta").text
    assert page.select_one("[data-result-count]").text == "2 réalisations trouvées"
    switch = {a.text: a for a in page.select(".directory-views a")}
    assert switch["Réalisations"]["aria-current"] == "page" and "aria-current" not in switch["Membres"].attrs
    assert switch["Membres"]["href"] == "?q=Lumen"
    assert page.select_one("form[data-directory] input[name=view]")["value"] == "works"


def test_the_members_view_links_to_the_same_search_among_works(client, works):
    page = soup(client.get("/fr/membres/", {"q": "Lumen", "branch": "design"}))
    switch = {a.text: a for a in page.select(".directory-views a")}
    assert switch["Membres"]["aria-current"] == "page"
    assert switch["Réalisations"]["href"] == "?view=works&q=Lumen&branch=design"


def test_works_are_found_by_their_own_texts(client, works):
    found = tiles(client.get("/fr/membres/", {"view": "works", "q": "festival"}))
    assert set(found) == {"Affiche Lumen"}


def test_works_are_found_by_the_skills_their_member_has(client, works):
    response = client.get("/en/members/", {"view": "works", "q": "Skill branding"})
    found = tiles(response)
    assert set(found) == {"Affiche Lumen", "Catalogue Nordlicht"}
    assert "Skill branding" in found["Affiche Lumen"].select_one(".work-tile__match").text


def test_media_type_and_year_facets_with_disjunctive_counts(client, works):
    page = soup(client.get("/fr/membres/", {"view": "works", "media": "image"}))
    assert set(tiles(client.get("/fr/membres/", {"view": "works", "media": "image"}))) >= {
        "Affiche Lumen",
        "Album Marée",
    }
    counts = {
        (box["name"], box["value"]): box.find_next("span", class_="facet__count").text
        for box in page.select(".facet input[type=checkbox]")
    }
    # The media type's counts ignore its own choice; the years count the images only (none from 2021, the PDF's).
    assert counts[("media", "pdf")] == "(1)" and int(counts[("media", "image")].strip("()")) >= 2
    assert counts[("year", "2023")] == "(2)" and ("year", "2021") not in counts
    assert any("Type de média" in summary.text for summary in page.select("summary"))
    found = tiles(client.get("/fr/membres/", {"view": "works", "year": "2021"}))
    assert set(found) == {"Catalogue Nordlicht"}


def test_member_facets_filter_the_works(client, works):
    found = tiles(client.get("/fr/membres/", {"view": "works", "branch": "music"}))
    assert "Album Marée" in found and not {"Affiche Lumen", "Catalogue Nordlicht"} & set(found)


def test_bad_parameters_on_the_works_page_still_show_works(client, works):
    response = client.get("/fr/membres/", {"view": "works", "year": ["20x3", "1"], "branch": "nope", "page": "x"})
    assert response.status_code == 200
    assert tiles(response)


def test_a_year_without_works_stays_selectable_at_zero(client, works):
    page = soup(client.get("/fr/membres/", {"view": "works", "year": "1999"}))
    box = page.select_one("input[name=year][value='1999']")
    assert box.has_attr("checked")
    assert "Aucune réalisation ne correspond" in page.select_one(".no-results").text


def test_the_language_switcher_keeps_the_works_view_and_its_year(client, works):
    page = soup(client.get("/fr/membres/", {"view": "works", "year": "2023"}))
    english = page.select_one(".language-switcher a[hreflang=en]")["href"]
    assert english == "/en/members/?year=2023&view=works"


def test_the_works_api(client, works):
    body = client.get("/api/v1/works/", {"lang": "en", "q": "Lumen", "year": "2023"}).json()
    assert body["count"] == 1 and body["degraded"] is False
    (work,) = body["results"]
    item = PortfolioItem.objects.get(title="Affiche Lumen", locale__language_code="en")
    assert work["url"] == f"{BASE}{item.page.url}works/{item.pk}/"
    assert work["member"] == {"name": "Lumen Atelier", "url": f"{BASE}{item.page.url}"}
    assert work["year"] == 2023 and work["media_type"] == "image"
    # Each facet's counts ignore its own choice: the other years of the works matching "Lumen".
    assert {value["value"]: value["count"] for value in body["facets"]["year"]} == {"2024": 0, "2023": 1, "2021": 1}
    assert {"branch", "skill", "canton", "media", "year"} <= set(body["facets"])


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"year": "20x3"}, "year"),
        ({"year": "99999"}, "year"),
        ({"branch": "nope"}, "branch"),
        ({"media": "hologram"}, "media"),
        ({"page_size": "0"}, "page_size"),
        ({"page": "-1"}, "page"),
        ({"sort": "random"}, "sort"),
        ({"available": "maybe"}, "available"),
        ({"lang": "it"}, "lang"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_the_works_api_refuses_bad_parameters_with_a_clear_400(client, works, params, field):
    response = client.get("/api/v1/works/", {"lang": "fr", **params})
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_the_works_api_past_the_last_page_is_not_found(client, works):
    assert client.get("/api/v1/works/", {"lang": "fr", "page": "5"}).status_code == 404


def test_the_works_api_is_in_the_openapi_document(client, works):
    schema = client.get("/api/schema/").json()
    operation = schema["paths"]["/api/v1/works/"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert {"q", "branch", "skill", "canton", "media", "year", "page", "page_size", "lang"} <= set(parameters)
    assert "design" in parameters["branch"]["schema"]["items"]["enum"]
    assert "400" in operation["responses"] and "404" in operation["responses"]
    assert "degraded" in schema["components"]["schemas"]["WorksResults"]["properties"]
    work = schema["components"]["schemas"]["Work"]["properties"]
    assert {"title", "url", "member", "year", "media_type", "picture"} <= set(work)


def test_the_directory_script_gets_the_works_alone(client, works):
    response = client.get("/fr/membres/", {"view": "works", "year": "2023"}, HTTP_X_DIRECTORY_PARTIAL="1")
    page = soup(response)
    assert not page.select("header.site-header")
    assert set(tiles(response)) >= {"Affiche Lumen", "Album Marée"}
    assert page.select_one("[data-result-count]").text == "2 réalisations trouvées"


def test_a_works_search_without_results_offers_ways_forward(client, works):
    # A filter that empties the search: dropping it is offered, with the number of works it gives.
    page = soup(client.get("/fr/membres/", {"view": "works", "q": "Lumen", "branch": "music"}))
    assert not page.select(".work-tile")
    empty = page.select_one(".no-results")
    assert "Aucune réalisation ne correspond" in empty.text
    links = {" ".join(a.text.split()): a["href"] for a in empty.select("a")}
    (without,) = [text for text in links if text.startswith("Retirer le filtre")]
    assert without.endswith("(2 réalisations)")
    assert links[without] == "?view=works&q=Lumen"
    assert links["Chercher plutôt parmi les membres"] == "?q=Lumen&branch=music"
    # The skills closest to the words, with their numbers of works, lead to them in the works view.
    page = soup(client.get("/en/members/", {"view": "works", "q": "Skill branding", "branch": "music"}))
    closest = {" ".join(a.text.split()): a["href"] for a in page.select(".no-results__closest a")}
    assert closest["Skill branding (2 works)"] == "?view=works&skill=branding"


def test_a_works_search_with_nothing_close_still_links_elsewhere(client, works):
    page = soup(client.get("/de/mitglieder/", {"view": "works", "q": "qqqqqq"}))
    empty = page.select_one(".no-results")
    assert "Keine Arbeit entspricht dieser Suche." in empty.text
    hrefs = [a["href"] for a in empty.select("a")]
    assert "?q=qqqqqq" in hrefs  # the same search among the members


def test_the_command_line_searches_the_works_too(works, capsys, backend):
    call_command("directory_search", "Lumen", "--works", "--lang", "fr", "--param", "year=2023", "--json")
    answer = json.loads(capsys.readouterr().out)
    assert answer["backend"] == backend and answer["count"] == 1
    assert [result["name"] for result in answer["results"]] == ["Affiche Lumen — Lumen Atelier"]
    assert answer["facets"]["year"] == {"2023": 1, "2021": 1}
