"""POST /api/v1/matchmaking/shortlist/: the form's ranking as JSON, strict about its input, storing nothing."""

import json

import pytest
from django.test import Client

from core.absolute import base_url
from matchmaking.models import Brief

BASE = base_url()

URL = "/api/v1/matchmaking/shortlist/"
BAKERY = "Wir suchen jemanden für Logo und Verpackung unserer Bäckerei."


def post(client, body, **headers):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data, content_type="application/json", **headers)


@pytest.mark.django_db
def test_shortlist_in_the_documented_shape_without_csrf_or_storage(mosaique):
    client = Client(enforce_csrf_checks=True)
    response = post(client, {"text": BAKERY, "lang": "fr", "limit": 5}, HTTP_ORIGIN="https://partner.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["language"] == "de"
    assert sorted((s["id"], s["label"]) for s in data["skills"]) == [
        ("brand-identity", "Identité visuelle"),
        ("packaging", "Design d'emballage"),
    ]
    first = data["results"][0]
    assert set(first) == {"url", "name", "score", "reasons"}
    assert first["name"] == "Atelier Mosaïque"
    assert first["url"] == BASE + mosaique["fr"].url
    assert "parle allemand" in first["reasons"] and "disponible" in first["reasons"]
    assert 0 < first["score"] <= 1
    assert len(data["results"]) <= 5
    assert "owner@mosaique.lu" not in response.content.decode()
    assert Brief.objects.count() == 0


@pytest.mark.django_db
def test_filters_change_the_reasons(mosaique, client):
    data = post(client, {"text": BAKERY, "lang": "en", "languages": ["fr"], "branch": "design"}).json()
    first = data["results"][0]
    assert first["url"].endswith(mosaique["en"].url)
    assert "speaks French" in first["reasons"] and "Design" in first["reasons"]


BAD = [
    ({"lang": "fr"}, "text"),
    ({"text": "", "lang": "fr"}, "text"),
    ({"text": "x" * 20_000, "lang": "fr"}, "text"),
    ({"text": "🎨🎨", "lang": "fr"}, "text"),
    ({"text": "<b>logo</b>", "lang": "fr"}, "text"),
    ({"text": "Buscamos un diseñador para el logotipo de nuestra panadería.", "lang": "en"}, "text"),
    ({"text": BAKERY, "lang": "it"}, "lang"),
    ({"text": BAKERY, "limit": 0}, "limit"),
    ({"text": BAKERY, "limit": 10_000}, "limit"),
    ({"text": BAKERY, "limit": "ten"}, "limit"),
    ({"text": BAKERY, "branch": "astrology"}, "branch"),
    ({"text": BAKERY, "canton": "paris"}, "canton"),
    ({"text": BAKERY, "languages": ["xx"]}, "languages"),
    ({"text": BAKERY, "colour": "blue"}, "colour"),
    ({"text": 42}, "text"),
]


@pytest.mark.parametrize(("body", "field"), BAD)
@pytest.mark.django_db
def test_bad_requests_are_a_400_naming_the_field(site_tree, client, body, field):
    response = post(client, body)
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize("body", ["not json", "[1, 2]", '"text"', "null", b"\xff\xfe"])
@pytest.mark.django_db
def test_a_body_that_is_not_a_json_object_is_a_400(site_tree, client, body):
    response = post(client, body)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.django_db
def test_messages_follow_the_requested_language(site_tree, client):
    response = post(client, {"text": "", "lang": "de"})
    assert response.json()["errors"]["text"] == ["Beschreiben Sie Ihren Bedarf in ein paar Sätzen."]


@pytest.mark.django_db
def test_get_is_not_allowed_and_preflight_allows_post(site_tree, client):
    assert client.get(URL).status_code == 405
    preflight = client.options(
        URL,
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert "POST" in preflight["Access-Control-Allow-Methods"]


@pytest.mark.django_db
def test_rate_limited_per_address(site_tree, client, settings):
    settings.PORTAL_RATES = {**settings.PORTAL_RATES, "shortlist_api": "3/m"}
    statuses = [post(client, {"text": BAKERY}).status_code for _n in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = post(client, {"text": BAKERY})
    assert 0 < int(limited["Retry-After"]) <= 60
    assert "message" in limited.json()


@pytest.mark.django_db
def test_documented_in_the_openapi_schema(site_tree, client):
    schema = client.get("/api/schema/").json()
    operation = schema["paths"]["/api/v1/matchmaking/shortlist/"]["post"]
    assert operation["operationId"] == "matchmaking_shortlist"
    assert set(operation["responses"]) >= {"200", "400", "429"}
    request = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert {"text", "lang", "branch", "canton", "languages", "limit"} <= set(
        schema["components"]["schemas"][request]["properties"]
    )
