"""The Elasticsearch path, for real: the elasticsearch 9 client through a proxy that speaks its media types to
osmem-server (es_proxy.py): indexing, searches, facets, suggestions, the alias swap and the self-healing."""

import random
from unittest import mock

import pytest
from django.core.management import call_command

from search import healing
from search.backends import EngineUnavailable
from search.models import MemberDocument
from search.query import DirectoryQuery
from search.service import database, search_directory, suggest

from .helpers import SKILL_CODES, make_member
from .test_healing import lose_every_index


def found(language, text, **kwargs):
    result = search_directory(DirectoryQuery(language, text, **kwargs))
    assert (result.backend, result.degraded) == ("elasticsearch", False)
    return [item.id for item in result.items]


@pytest.mark.django_db
def test_the_elasticsearch_client_indexes_searches_and_follows_the_pages(es_tree, es_engine):
    from elasticsearch import Elasticsearch

    assert isinstance(es_engine.client, Elasticsearch)
    versions = make_member(es_tree, title="Atelier Verrière", tagline="Une créatrice de vitraux", translate_to=["de"])
    versions["de"].tagline = "Fotografie und Häuser"
    versions["de"].save_revision().publish()
    assert found("fr", "créatrices") == [versions["fr"].pk]  # stemmed
    assert found("fr", "CREATRICE") == [versions["fr"].pk]  # folded
    assert found("de", "Haus") == [versions["de"].pk]
    with mock.patch.object(database, "suggest", side_effect=AssertionError("answered from the database")):
        assert suggest("fr", "verri")["members"] == [{"name": "Atelier Verrière", "url": versions["fr"].url}]
    versions["fr"].unpublish()
    assert found("fr", "vitraux") == []


@pytest.mark.django_db
def test_elasticsearch_counts_equal_the_database_backend(es_tree):
    rng = random.Random(5)
    for n in range(8):
        make_member(
            es_tree,
            rng.choice(["design", "music"]),
            secondary=rng.sample(["design", "music"], rng.randint(0, 1)),
            skill_codes=rng.sample(SKILL_CODES, rng.randint(0, 3)),
            kind=rng.choice(["company", "freelancer"]),
            available_for_hire=rng.random() < 0.5,
            tagline=f"Atelier {rng.choice(['affiche', 'mélodie'])} {n}",
        )
    for filters in ({}, {"branch": ("music",)}, {"skill": ("web", "photo"), "kind": ("company",)}):
        query = DirectoryQuery("fr", "atelier", filters)
        query.page_size = 50
        result = search_directory(query)
        expected = database.search(query)
        assert (result.backend, result.total) == ("elasticsearch", expected.total)
        assert {item.id for item in result.items} == set(expected.ids)
        for group in result.facets:
            for value in group.values:
                assert value.count == expected.counts[group.name].get(value.value, 0), (group.name, value.value)


@pytest.mark.django_db
def test_the_rebuild_swaps_the_alias_through_the_elasticsearch_client(es_tree, es_engine):
    first = set(es_engine.client.indices.get_alias(name=es_engine.alias("fr")))
    call_command("rebuild_search_index", "--no-progress")
    second = set(es_engine.client.indices.get_alias(name=es_engine.alias("fr")))
    assert first != second and len(second) == 1
    assert not es_engine.client.indices.exists(index=",".join(first))  # the old index is gone
    documents = MemberDocument.objects.filter(language="fr").count()
    assert es_engine.client.count(index=es_engine.alias("fr"))["count"] == documents == len(found("fr", ""))


@pytest.mark.django_db
def test_elasticsearch_refusals_are_not_outages_and_a_lost_index_heals(es_tree, es_engine):
    too_far = DirectoryQuery("fr")
    too_far.page_size, too_far.page = 10, 6_000
    with pytest.raises(EngineUnavailable):
        es_engine.search(too_far)
    with pytest.raises(EngineUnavailable):
        es_engine.bulk([{"_index": es_engine.alias("fr"), "_id": "1", "_source": {"no_such_field": 1}}])
    assert es_engine.down_until == 0.0 and len(found("fr", "")) == 2
    lose_every_index(es_engine)
    make_member(es_tree, title="Pendant la panne")
    assert not es_engine.client.indices.exists(index=es_engine.alias("fr"))  # no bare index under the alias
    assert search_directory(DirectoryQuery("fr")).degraded
    assert healing.heal(es_engine) == ["fr", "en", "de"]
    assert len(found("fr", "")) == 3
