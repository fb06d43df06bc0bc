"""The OpenSearch path, for real against osmem-server (the Elasticsearch client: test_elasticsearch.py)."""

import io
import random
from unittest import mock

import pytest
from django.core.management import call_command

from search.backends.engine import SearchEngine, index_settings, search_body
from search.models import MemberDocument
from search.query import DirectoryQuery
from search.service import database, search_directory

from .helpers import SKILL_CODES, make_member


def found(language, text, **kwargs):
    result = search_directory(DirectoryQuery(language, text, **kwargs))
    assert result.backend == "opensearch" and not result.degraded
    return [item.id for item in result.items]


@pytest.mark.django_db
def test_each_language_is_stemmed_and_folded(engine_tree):
    versions = make_member(engine_tree, tagline="Une créatrice de bijoux", translate_to=["en", "de"])
    for lang, tagline in (("en", "Independent jewellery designer"), ("de", "Fotografie und Häuser")):
        versions[lang].tagline = tagline
        versions[lang].save_revision().publish()
    assert found("fr", "créatrices") == [versions["fr"].pk]
    assert found("fr", "CREATRICE") == [versions["fr"].pk]
    assert found("en", "designers") == [versions["en"].pk]
    assert found("de", "Fotografien") == [versions["de"].pk]
    assert found("de", "Haus") == [versions["de"].pk]
    # Only the current language: the French word finds nothing in English.
    assert found("en", "créatrice") == []


@pytest.mark.django_db
def test_engine_counts_equal_the_database_backend(engine_tree):
    rng = random.Random(3)
    for n in range(12):
        make_member(
            engine_tree,
            rng.choice(["design", "music"]),
            secondary=rng.sample(["design", "music"], rng.randint(0, 1)),
            skill_codes=rng.sample(SKILL_CODES, rng.randint(0, 3)),
            media=rng.sample(["image", "video", "audio"], rng.randint(0, 2)),
            kind=rng.choice(["company", "freelancer"]),
            canton=rng.choice(["wiltz", "luxembourg"]),
            available_for_hire=rng.random() < 0.5,
            tagline=f"Atelier {rng.choice(['affiche', 'mélodie'])} {n}",
        )
    for _round in range(12):
        filters = {
            "branch": tuple(rng.sample(["design", "music"], rng.randint(0, 1))),
            "skill": tuple(rng.sample(SKILL_CODES, rng.randint(0, 2))),
            "kind": tuple(rng.sample(["company", "freelancer"], rng.randint(0, 1))),
            "available": ("1",) if rng.random() < 0.3 else (),
            "media": tuple(rng.sample(["image", "video"], rng.randint(0, 1))),
        }
        query = DirectoryQuery(
            "fr", rng.choice(["", "atelier", "affiche", "mélodie"]), {k: v for k, v in filters.items() if v}
        )
        query.page_size = 50
        result = search_directory(query)
        expected = database.search(query)
        assert result.backend == "opensearch"
        assert result.total == expected.total
        assert {i.id for i in result.items} == set(expected.ids)
        for group in result.facets:
            for value in group.values:
                assert value.count == expected.counts[group.name].get(value.value, 0), (group.name, value.value)


@pytest.mark.django_db
def test_engine_follows_unpublish_and_delete(engine_tree):
    page = make_member(engine_tree, tagline="Vitraux et mosaïques")["fr"]
    assert found("fr", "mosaïques") == [page.pk]
    page.unpublish()
    assert found("fr", "mosaïques") == []
    page.save_revision().publish()
    assert found("fr", "mosaique") == [page.pk]
    page.delete()
    assert found("fr", "mosaïques") == []


@pytest.mark.django_db
def test_sorting_and_highlights_on_the_engine(engine_tree):
    make_member(engine_tree, title="Zèbre", tagline="Affiches sérigraphiées")
    make_member(engine_tree, title="Abeille", bio="<p>Des affiches pour le théâtre.</p>")
    result = search_directory(DirectoryQuery("fr", "affiche", sort="name"))
    assert [i.name for i in result.items] == ["Abeille", "Zèbre"]
    assert all("<mark>" in item.snippet for item in result.items)


@pytest.mark.django_db
def test_rebuild_command_loads_a_fresh_index_behind_the_alias(engine_tree, engine, capsys):
    first = set(engine.client.indices.get_alias(name=engine.alias("fr")))
    call_command("rebuild_search_index", "--no-progress")
    assert "indexes are rebuilt" in capsys.readouterr().out
    second = set(engine.client.indices.get_alias(name=engine.alias("fr")))
    assert first != second and len(second) == 1
    assert (
        engine.client.count(index=engine.alias("fr"))["count"] == MemberDocument.objects.filter(language="fr").count()
    )
    assert len(found("fr", "")) == 2


@pytest.mark.django_db
def test_engine_down_falls_back_to_the_database_and_says_so(site_tree, settings, client):
    settings.SEARCH_URL = "opensearch://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_TIMEOUT = 1
    result = search_directory(DirectoryQuery("fr"))
    assert result.degraded and result.backend == "database" and result.total == 4
    page = client.get("/fr/membres/")
    assert page.status_code == 200
    assert "moins précis" in page.content.decode()
    assert client.get("/api/v1/directory/").json()["degraded"] is True
    assert client.get("/api/v1/directory/suggest/", {"q": "stu"}).status_code == 200


@pytest.mark.django_db  # the query is understood with the taxonomy
def test_elasticsearch_uses_its_own_client_and_the_same_request():
    from elasticsearch import Elasticsearch

    es = SearchEngine("elasticsearch+https://search.example:9243", prefix="portal")
    assert isinstance(es.client, Elasticsearch)
    assert es.hosts == ["https://search.example:9243"]
    query = DirectoryQuery("de", "Fotografie", {"branch": ("design",), "available": ("1",)}, "newest", 2, 10)
    canned = {
        "hits": {
            "total": {"value": 11, "relation": "eq"},
            "hits": [{"_id": "42", "highlight": {"body": ["\ue000Foto\ue001 <b>"]}}],
        },
        "aggregations": {
            name: {"doc_count": 1, "values": {"buckets": [{"key": "x", "doc_count": 1}]}}
            for name in ("branch", "kind", "canton", "language", "skill", "available", "collab", "media")
        },
    }
    with mock.patch.object(es._client, "search", return_value=canned) as search:
        hits = es.search(query)
    search.assert_called_once_with(index="portal-members-de", body=search_body(query))
    assert (hits.total, hits.ids, hits.counts["branch"]) == (11, [42], {"x": 1})
    assert hits.highlights[42][0] == ("body", "<mark>Foto</mark> &lt;b&gt;")
    body = search_body(query)
    # Disjunctive counts: the branch aggregation ignores the branch filter, the others apply it.
    assert body["aggs"]["branch"]["filter"]["bool"]["filter"] == [{"terms": {"available": ["1"]}}]
    assert {"terms": {"branch": ["design"]}} in body["aggs"]["kind"]["filter"]["bool"]["filter"]
    assert body["post_filter"]["bool"]["filter"] == [{"terms": {"branch": ["design"]}}, {"terms": {"available": ["1"]}}]
    assert (body["from"], body["size"]) == (10, 10)


def test_mapping_uses_the_language_analyzers():
    for lang, analyzer in (("fr", "french"), ("en", "english"), ("de", "german")):
        mapping = index_settings(lang)["mappings"]["properties"]
        assert mapping["body"]["analyzer"] == analyzer
        assert mapping["body_folded"]["analyzer"] == analyzer
        assert mapping["branch"] == {"type": "keyword"}


@pytest.mark.django_db
def test_site_search_through_wagtails_opensearch_backend(site_tree, settings, osmem_url, client):
    from django.core.management import call_command as manage

    from tests.factories.home import StandardPageFactory

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [osmem_url],
            "INDEX": "wagtail-test",
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
    home = site_tree.home["fr"]
    StandardPageFactory(parent=home, title="Adhésion au cluster", slug="adhesion", locale=home.locale)
    manage("update_index", stdout=io.StringIO())
    page = client.get("/fr/recherche/", {"q": "adhésion"})
    assert page.status_code == 200
    assert "Adhésion au cluster" in page.content.decode()
    assert "moins précis" not in page.content.decode()


@pytest.mark.django_db
def test_the_engine_understands_role_nouns_typos_and_other_languages(engine, site_tree, client):
    from taxonomy.loading import load_taxonomy
    from taxonomy.models import Branch, Skill, SpokenLanguage

    from .test_understood import member

    load_taxonomy(Branch, Skill, SpokenLanguage)
    lumen = member(
        site_tree, "design", ["product-photography"], title="Lumen", tagline="Packshots", bio="<p>Studio.</p>"
    )
    member(site_tree, "music", [], title="Sonar", tagline="Ambiances", bio="<p>Un photographe amateur.</p>")
    for lang, typed in (("fr", "photographe"), ("en", "Fotografin"), ("en", "photgrapher"), ("de", "Produktfotograf")):
        result = search_directory(DirectoryQuery(lang, typed))
        assert (result.backend, result.degraded) == ("opensearch", False)
        assert result.items[0].id == lumen[lang].pk, typed
    page = client.get("/fr/membres/", {"q": "photographe"})
    assert "«\xa0photographe\xa0» → Photographie de produits" in page.content.decode()


@pytest.mark.django_db
def test_a_page_too_far_never_reaches_the_engine_and_a_refused_request_is_not_an_outage(engine_tree, engine, client):
    with mock.patch.object(engine.client, "search", wraps=engine.client.search) as search:
        response = client.get("/fr/membres/", {"page": "99999999999999999999999"})
    assert response.status_code == 200
    assert max(call.kwargs["body"]["from"] for call in search.call_args_list) < 10_000
    # Should the engine refuse a request all the same (HTTP 400), the next search still goes to it.
    from opensearchpy.exceptions import RequestError

    with mock.patch.object(engine.client, "search", side_effect=RequestError(400, "search_phase_execution_exception")):
        assert search_directory(DirectoryQuery("fr")).degraded
    assert engine.down_until == 0.0
    assert search_directory(DirectoryQuery("fr")).backend == "opensearch"


@pytest.mark.django_db
def test_requests_the_engine_refuses_never_take_the_directory_off_it(engine_tree, engine):
    """HTTP 400 answers to a search, a suggestion or an indexing request sent straight through the backend: each
    fails alone, the next searches and suggestions still go to the engine."""
    from search.backends import EngineUnavailable
    from search.service import suggest

    too_far = DirectoryQuery("fr")
    too_far.page_size, too_far.page = 10, 6_000  # from 59,990: beyond the index's result window
    with pytest.raises(EngineUnavailable, match="400|window"):
        engine.search(too_far)
    with pytest.raises(EngineUnavailable):
        engine.suggest("fr", "stu", limit=10**12)  # a size the engine cannot read
    with pytest.raises(EngineUnavailable):  # a document the index's strict mapping refuses
        engine.bulk([{"_index": engine.alias("fr"), "_id": "1", "_source": {"no_such_field": 1}}])
    assert engine.down_until == 0.0
    result = search_directory(DirectoryQuery("fr"))
    assert (result.backend, result.degraded, result.total) == ("opensearch", False, 2)
    with mock.patch.object(database, "suggest", side_effect=AssertionError("answered from the database")):
        assert suggest("fr", "a")["members"] is not None
