"""``?search=`` on the pages, images and documents endpoints, with the database backend and with a search engine
(OpenSearch, osmem-server): the same answers, never a 500, and from the database when the engine is down."""

import io
import logging

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents.models import Document

from tests.factories import add_member
from tests.factories.members import PortfolioItemFactory

pytestmark = pytest.mark.django_db
ENDPOINTS = ["images", "documents"]


@pytest.fixture
def content(editorial_site):
    """The demo content, and a member's portfolio with a PDF (the demo has images, but no documents)."""
    page = add_member(editorial_site, items=0, lang_versions=())["fr"]
    pdf = Document.objects.create(title="Brochure Lumière", file=ContentFile(b"%PDF-1.4 test", name="brochure.pdf"))
    PortfolioItemFactory(page=page, locale=page.locale, media_type="pdf", document=pdf, title="Catalogue")
    page.save_revision().publish()
    return editorial_site


def engine(url):
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [url],
            "INDEX": "api-test",
            "TIMEOUT": 30,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }


def first_shown(client, endpoint):
    """One item the endpoint lists (shown by a live page), and a word of its title."""
    items = client.get(f"/api/v2/{endpoint}/?limit=20").json()["items"]
    assert items, f"the demo content shows no {endpoint}"
    item = items[0]
    return item["id"], max(item["title"].split(), key=len)


def found(client, endpoint, word):
    response = client.get(f"/api/v2/{endpoint}/", {"search": word, "limit": 20})
    assert response.status_code == 200, response.content[:300]
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_media_are_searched_with_the_database_backend(content, client, endpoint):
    shown, word = first_shown(client, endpoint)
    assert shown in found(client, endpoint, word)
    assert found(client, endpoint, "zzzqqq-nothing") == set()


def test_media_and_pages_are_searched_with_the_search_engine(content, client, settings, osmem_url, caplog):
    settings.WAGTAILSEARCH_BACKENDS = engine(osmem_url)
    call_command("update_index", stdout=io.StringIO())
    caplog.set_level(logging.WARNING, logger="api.views")
    for endpoint in ENDPOINTS:
        shown, word = first_shown(client, endpoint)
        assert shown in found(client, endpoint, word), endpoint
        # Only what live, public pages show, as without a search: an upload no page shows is left out.
        assert found(client, endpoint, word) <= {
            item["id"] for item in client.get(f"/api/v2/{endpoint}/").json()["items"]
        }
    home = content.home["fr"]
    response = client.get("/api/v2/pages/", {"search": home.title, "locale": "fr"})
    assert response.status_code == 200 and home.pk in {item["id"] for item in response.json()["items"]}
    assert not [record for record in caplog.records if "falling back" in record.getMessage()]


@pytest.mark.parametrize("endpoint", [*ENDPOINTS, "pages"])
def test_the_api_answers_from_the_database_when_the_engine_is_down(content, client, settings, endpoint, caplog):
    if endpoint == "pages":
        title = content.home["fr"].title
        shown, word = content.home["fr"].pk, max(title.split(), key=len)
    else:
        shown, word = first_shown(client, endpoint)
    settings.WAGTAILSEARCH_BACKENDS = engine("http://127.0.0.1:9")  # nothing listens there
    assert shown in found(client, endpoint, word)
    assert any("falling back" in record.getMessage() for record in caplog.records)
