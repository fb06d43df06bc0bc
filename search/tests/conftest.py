"""The search engine fixtures: OpenSearch (osmem-server) and Elasticsearch (the elasticsearch client through a
proxy in front of osmem)."""

import pytest

from search import healing
from search.backends import configured_engine

from .es_proxy import elasticsearch_proxy


@pytest.fixture
def bare_engine(settings, osmem_url):
    """The OpenSearch backend on an empty cluster (no index yet)."""
    settings.SEARCH_URL = osmem_url.replace("http://", "opensearch://")
    settings.SEARCH_INDEX = "test"
    healing.forget()
    return configured_engine()


@pytest.fixture
def engine(bare_engine, db):
    """The OpenSearch backend with an index per language, loaded with the documents there are (as the worker or
    rebuild_search_index makes them): publishing then updates them."""
    healing.repair(bare_engine, only=healing.languages())
    return bare_engine


@pytest.fixture
def engine_tree(engine, db):
    from tests.factories import build_site_tree

    return build_site_tree(members_per_branch=1)


@pytest.fixture
def elasticsearch_url(osmem_url):
    """An Elasticsearch-speaking address in front of the test's osmem clone."""
    with elasticsearch_proxy(osmem_url) as url:
        yield url


@pytest.fixture
def es_engine(settings, elasticsearch_url, db):
    """The Elasticsearch backend (the elasticsearch 9 client), its indexes made."""
    settings.SEARCH_URL = elasticsearch_url.replace("http://", "elasticsearch://")
    settings.SEARCH_INDEX = "es-test"
    healing.forget()
    engine = configured_engine()
    healing.repair(engine, only=healing.languages())
    return engine


@pytest.fixture
def es_tree(es_engine, db):
    from tests.factories import build_site_tree

    return build_site_tree(members_per_branch=1)
