"""The works view on the search engine: a works index per language beside the members', kept current by the same
writes, rebuilt by the same command, healed by the same worker, and answered from the database when the engine
fails (the behaviour tests of test_works.py run on both backends)."""

import random

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import PortfolioItem
from search import healing
from search.facets import WORK_FACET_NAMES
from search.models import EngineRepair
from search.query import DirectoryQuery
from search.works import search_works, works_backend

from .helpers import SKILL_CODES, make_member

pytestmark = pytest.mark.django_db


def works_query(language="fr", text="", **filters):
    query = DirectoryQuery(language, text, {name: tuple(values) for name, values in filters.items()})
    query.facet_names, query.view, query.page_size = WORK_FACET_NAMES, "works", 100
    return query


def found(language="fr", text="", backend="opensearch", **filters):
    result = search_works(works_query(language, text, **filters))
    assert (result.backend, result.degraded) == (backend, backend == "database")
    return sorted(work["title"] for work in result.items)


def test_the_works_index_follows_publishing_editing_and_deleting(
    engine_tree, engine, django_capture_on_commit_callbacks
):
    page = make_member(
        engine_tree, title="Atelier Verrière", items=[{"title": "Vitrail du chœur"}, {"title": "Rosace"}]
    )["fr"]
    assert found("fr", "Verrière") == ["Rosace", "Vitrail du chœur"]
    assert found("fr", "vitraux") == ["Vitrail du chœur"]  # stemmed and folded as the members' texts
    # A work taken off the page leaves the index when the page is published again; a new one comes in.
    PortfolioItem.objects.get(page=page, title="Rosace").delete()
    page.refresh_from_db()
    PortfolioItem.objects.create(page=page, locale=page.locale, title="Mosaïque", sort_order=5)
    page.save_revision().publish()
    assert found("fr", "Verrière") == ["Mosaïque", "Vitrail du chœur"]
    page.unpublish()
    assert found("fr", "Verrière") == []
    page.save_revision().publish()
    assert found("fr", "Verrière") == ["Mosaïque", "Vitrail du chœur"]
    with django_capture_on_commit_callbacks(execute=True):  # the engine hears of a deletion once it is committed
        page.delete()
    assert found("fr", "Verrière") == []
    assert engine.client.count(index=engine.alias("fr", "works"))["count"] == len(found("fr"))


def test_engine_work_counts_equal_the_database_backend(engine_tree):
    rng = random.Random(5)
    for n in range(10):
        make_member(
            engine_tree,
            rng.choice(["design", "music"]),
            skill_codes=rng.sample(SKILL_CODES, rng.randint(0, 3)),
            kind=rng.choice(["company", "freelancer"]),
            available_for_hire=rng.random() < 0.5,
            tagline=f"Atelier {rng.choice(['affiche', 'mélodie'])} {n}",
            items=[
                {
                    "title": f"{rng.choice(['Affiche', 'Pochette', 'Film'])} {n}-{k}",
                    "year": rng.choice([2019, 2021, 2023]),
                    "media_type": rng.choice(["image", "video", "pdf"]),
                }
                for k in range(rng.randint(0, 3))
            ],
        )
    for _round in range(12):
        filters = {
            "branch": rng.sample(["design", "music"], rng.randint(0, 1)),
            "skill": rng.sample(SKILL_CODES, rng.randint(0, 2)),
            "kind": rng.sample(["company", "freelancer"], rng.randint(0, 1)),
            "available": ["1"] if rng.random() < 0.3 else [],
            "media": rng.sample(["image", "video", "pdf"], rng.randint(0, 2)),
            "year": rng.sample(["2019", "2021", "2023"], rng.randint(0, 1)),
        }
        query = works_query("fr", rng.choice(["", "atelier", "affiche", "mélodie", "pochette"]))
        query.filters = {name: tuple(values) for name, values in filters.items() if values}
        result = search_works(query)
        expected = works_backend.search(query)
        assert result.backend == "opensearch" and not result.degraded
        assert result.total == expected.total
        assert {work["id"] for work in result.items} == set(expected.ids)
        for group in result.facets:
            for value in group.values:
                assert value.count == expected.counts[group.name].get(value.value, 0), (group.name, value.value)


def test_sorting_works_by_name_and_by_relevance_on_the_engine(engine_tree):
    make_member(
        engine_tree, title="Studio Nord", items=[{"title": "Zèbre"}, {"title": "Abeille", "caption": "Affiche"}]
    )
    make_member(engine_tree, title="Affiche", items=[{"title": "Mouette"}])
    by_name = search_works(works_query("fr", "", branch=["design"]))
    titles = [work["title"] for work in by_name.items]
    assert titles.index("Abeille") < titles.index("Mouette") < titles.index("Zèbre")
    relevant = search_works(works_query("fr", "affiche"))
    # A work whose own caption holds the word outranks one whose member's name does, as on the database.
    assert [work["title"] for work in relevant.items] == [
        works_backend.search(works_query("fr", "affiche")).cards[pk]["title"]
        for pk in works_backend.search(works_query("fr", "affiche")).ids
    ]


def test_the_rebuild_command_rebuilds_the_works_index_too(engine_tree, engine, capsys):
    make_member(engine_tree, items=[{"title": "Affiche A"}, {"title": "Affiche B"}])
    first = set(engine.client.indices.get_alias(name=engine.alias("fr", "works")))
    call_command("rebuild_search_index", "--no-progress")
    assert "indexes are rebuilt" in capsys.readouterr().out
    second = set(engine.client.indices.get_alias(name=engine.alias("fr", "works")))
    assert first != second and len(second) == 1
    total = PortfolioItem.objects.filter(page__live=True, locale__language_code="fr").count()
    assert engine.client.count(index=engine.alias("fr", "works"))["count"] == total == len(found("fr"))


def test_works_answer_from_the_database_when_the_engine_is_down(site_tree, settings, client):
    settings.SEARCH_URL = "opensearch://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_TIMEOUT = 1
    healing.forget()
    assert found("fr", backend="database")
    page = client.get("/fr/membres/", {"view": "works"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "moins précis" in html and "work-tile" in html
    body = client.get("/api/v1/works/", {"lang": "en"}).json()
    assert body["degraded"] is True and body["results"]


def test_a_lost_works_index_is_answered_from_the_database_then_healed(engine_tree, engine):
    make_member(engine_tree, items=[{"title": "Affiche perdue"}])
    for name in engine.client.indices.get(index=f"{engine.prefix}-works-*"):
        engine.client.indices.delete(index=name)
    assert found("fr", "perdue", backend="database") == ["Affiche perdue"]
    assert EngineRepair.objects.get(pk=engine.prefix).requested_at is not None
    assert healing.heal(engine) == ["fr", "en", "de"]
    assert found("fr", "perdue") == ["Affiche perdue"]


def test_the_elasticsearch_client_searches_the_works(es_tree, es_engine):
    make_member(es_tree, title="Atelier Verrière", items=[{"title": "Vitrail", "year": 2022}])
    result = search_works(works_query("fr", "verriere", year=["2022"]))
    assert (result.backend, result.degraded) == ("elasticsearch", False)
    assert [work["title"] for work in result.items] == ["Vitrail"]
    years = {value.value: (value.count, value.selected) for value in result.facet("year").values}
    assert years["2022"] == (1, True)


def test_a_works_search_on_the_engine_reads_the_database_a_fixed_number_of_times(engine_tree):
    """The index version, then the cards of one page of works from their members' documents: whatever the number
    of works (the vocabularies, read once per index version, are read by a first search)."""

    def queries():
        search_works(works_query("fr", "affiche"))
        with CaptureQueriesContext(connection) as captured:
            result = search_works(works_query("fr", "affiche"))
        assert result.backend == "opensearch" and result.items
        return len(captured.captured_queries)

    make_member(engine_tree, tagline="Affiches", items=[{"title": "Affiche 1"}])
    few = queries()
    for n in range(4):
        make_member(engine_tree, tagline="Affiches", items=[{"title": f"Affiche {n}-{k}"} for k in range(3)])
    assert queries() == few <= 2
