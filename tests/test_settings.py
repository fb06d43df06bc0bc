import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import search_backends_from_url


def test_no_search_url_means_the_database_backend():
    assert search_backends_from_url("")["default"]["BACKEND"] == "wagtail.search.backends.database"


@pytest.mark.parametrize(
    ("url", "backend", "address"),
    [
        ("opensearch://127.0.0.1:9200", "wagtail.search.backends.opensearch3", "http://127.0.0.1:9200"),
        (
            "elasticsearch://search.internal:9200",
            "wagtail.search.backends.elasticsearch9",
            "http://search.internal:9200",
        ),
        ("opensearch+https://search.example.org", "wagtail.search.backends.opensearch3", "https://search.example.org"),
    ],
)
def test_search_url_selects_the_engine(url, backend, address):
    config = search_backends_from_url(url)["default"]
    assert config["BACKEND"] == backend
    assert config["URLS"] == [address]


@pytest.mark.parametrize("url", ["solr://host:8983", "opensearch://", "http://host:9200"])
def test_a_malformed_search_url_is_refused_at_start_up(url):
    with pytest.raises(ImproperlyConfigured):
        search_backends_from_url(url)
