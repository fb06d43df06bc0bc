"""Every error of the JSON API is JSON, in the language the request asks for: its ``lang`` or ``locale``, else
Accept-Language, else French; never a mix of languages, never an HTML page."""

import json

import pytest
from django.test import Client

from api import views

pytestmark = pytest.mark.django_db
SHORTLIST = "/api/v1/matchmaking/shortlist/"


def message(response):
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()["message"]


@pytest.mark.parametrize(
    ("headers", "query", "expected"),
    [
        ({}, "", "Paramètre inconnu : colour."),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}, "", "Unbekannter Parameter: colour."),
        ({"HTTP_ACCEPT_LANGUAGE": "de"}, "&locale=en", "Unknown parameter: colour."),
        ({"HTTP_ACCEPT_LANGUAGE": "en"}, "&lang=fr", "Paramètre inconnu : colour, lang."),
        ({"HTTP_ACCEPT_LANGUAGE": "en"}, "&locale=xx", "Unknown parameter: colour."),
    ],
)
def test_wagtails_errors_are_in_the_requested_language(site_tree, client, headers, query, expected):
    response = client.get(f"/api/v2/pages/?colour=blue{query}", **headers)
    assert response.status_code == 400
    assert message(response) == expected
    assert "Accept-Language" in response["Vary"]


WAGTAIL_REFUSALS = [
    ("/api/v2/pages/?fields=nothing", 400, "Unbekannte Felder: nothing."),
    ("/api/v2/pages/?fields=title(", 400, "fields: Es fehlt eine schließende Klammer."),
    (
        "/api/v2/pages/?fields=title,*",
        400,
        "fields: Wie dieser Parameter geschrieben wird, steht in der Dokumentation.",
    ),
    ("/api/v2/pages/?fields=ti tle", 400, "fields: unerwartetes Leerzeichen an Position 2."),
    ("/api/v2/pages/?order=colour", 400, "Nach colour kann nicht sortiert werden."),
    (
        "/api/v2/pages/?order=random&offset=2",
        400,
        "order=random kann weder mit einer anderen Sortierung noch mit offset kombiniert werden.",
    ),
    ("/api/v2/pages/?type=nope.Nope", 400, "Unbekannter Seitentyp: Die Typen stehen in der Dokumentation."),
    ("/api/v2/pages/?child_of=abc", 400, "child_of muss eine positive Zahl sein"),
    (
        "/api/v2/pages/?child_of=root&descendant_of=root",
        400,
        "descendant_of kann nicht mit child_of kombiniert werden.",
    ),
    ("/api/v2/pages/?child_of=999999", 404, "child_of: Diese Seite gibt es nicht."),
    ("/api/v2/pages/?translation_of=999999", 404, "translation_of: Diese Seite gibt es nicht."),
    ("/api/v2/pages/?search=x&search_operator=xor", 400, "search_operator muss „and“ oder „or“ sein."),
    ("/api/v2/pages/?id=abc", 400, "„abc“ ist kein gültiger Wert für id."),
    ("/api/v2/pages/?limit=100", 400, "limit darf nicht größer als 20 sein"),
    ("/api/v2/pages/999999/", 404, "Nicht gefunden."),
    ("/api/v2/pages/find/?id=abc", 400, "id muss eine ganze Zahl sein"),
    ("/api/v2/images/?order=width&search=logo", 400, "Bei einer Suche kann nicht nach width sortiert werden."),
    ("/api/v2/nowhere/", 404, "Nicht gefunden."),
]


@pytest.mark.parametrize(("url", "status", "expected"), WAGTAIL_REFUSALS)
def test_each_of_wagtails_messages_is_read_into_ours(site_tree, client, url, status, expected):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert (response.status_code, message(response)) == (status, expected)


def test_other_methods_get_a_json_405_with_allow(site_tree, client):
    response = client.delete("/api/v2/pages/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 405
    assert message(response) == 'Methode "DELETE" nicht erlaubt.'
    assert "GET" in response["Allow"]
    shortlist = client.get(SHORTLIST, HTTP_ACCEPT_LANGUAGE="en")
    assert (shortlist.status_code, message(shortlist)) == (405, 'Method "GET" not allowed.')


def test_the_directorys_errors_follow_accept_language_when_lang_is_unknown(site_tree, client):
    response = client.get("/api/v1/directory/?lang=xx", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Ungültige Parameter.",
        "errors": {"lang": ["Verwenden Sie einen dieser Werte: fr, en, de."]},
    }


def test_a_page_past_the_last_is_not_found(site_tree, client):
    response = client.get("/api/v1/directory/?lang=en&page=50")
    assert response.status_code == 404
    assert message(response) == "There is no page 50: the last page is 1."


def test_a_server_error_is_json_in_the_requested_language(site_tree, monkeypatch):
    def broken(self, queryset):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views.PortalPagesAPIViewSet, "check_query_parameters", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/api/v2/pages/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 500
    assert message(response) == (
        "Der Server konnte diese Anfrage nicht beantworten: Bitte versuchen Sie es später erneut."
    )
    assert "a bug" not in response.content.decode()
    english = client.get("/api/v2/pages/?locale=en", HTTP_ACCEPT_LANGUAGE="de")
    assert message(english) == "The server could not answer this request: please try again later."


def test_too_many_requests_in_the_requested_language_with_retry_after(site_tree, client, settings):
    settings.API_RATE_LIMIT = "1/m"
    assert client.get("/api/v1/directory/?lang=de").status_code == 200
    refused = client.get("/api/v1/directory/?lang=de")
    assert refused.status_code == 429
    seconds = int(refused["Retry-After"])
    assert message(refused) == f"Zu viele Anfragen: Versuchen Sie es in {seconds} Sekunden erneut."
    refused = client.post(SHORTLIST, "{}", content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert message(refused).startswith("Too many requests")


def test_a_429_from_elsewhere_still_says_when_to_come_back(rf, settings):
    from django.http import HttpResponse

    from api.middleware import ApiMiddleware

    settings.API_RATE_LIMIT = "300/m"
    response = ApiMiddleware(lambda request: HttpResponse("slow down", status=429))(rf.get("/api/v2/pages/"))
    assert (response.status_code, response["Retry-After"]) == (429, "60")
    assert response["Content-Type"] == "application/json"


def test_a_deeply_nested_body_is_a_400_in_json(site_tree, client):
    body = "[" * 100_000 + "]" * 100_000  # 200 KB
    response = client.post(SHORTLIST, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Ungültige Parameter.",
        "errors": {"body": ["Der JSON-Inhalt ist zu tief verschachtelt."]},
    }
    nested_object = '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}"
    assert client.post(SHORTLIST, nested_object, content_type="application/json").status_code == 400


@pytest.mark.parametrize("url", [SHORTLIST, "/api/v2/pages/", "/api/v1/directory/"])
def test_a_body_too_large_is_a_json_413_in_the_requested_language(site_tree, client, url):
    body = json.dumps({"text": "x" * 5_000_000, "lang": "en"})
    response = client.post(url, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 413
    assert message(response) == "Der Inhalt der Anfrage ist zu groß: höchstens 2,5\xa0MB."
    french = client.post(url, body, content_type="application/json")
    assert message(french) == "Le corps de la requête est trop volumineux : 2,5\xa0Mio au plus."


def test_the_schema_declares_every_answer(site_tree, client):
    schema = client.get("/api/schema/").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert {"400", "429", "500"} <= set(responses), (method, path)
            assert responses["429"]["headers"]["Retry-After"]["required"] is True
            assert method != "get" or "304" in responses, path
    assert {"413", "415"} <= set(schema["paths"][SHORTLIST]["post"]["responses"])
    for kind in ("pages", "images", "documents"):
        found = schema["paths"][f"/api/v2/{kind}/find/"]["get"]["responses"]
        assert found["302"]["headers"]["Location"]["required"] is True
        assert "404" in found
    assert "404" in schema["paths"]["/api/v1/directory/"]["get"]["responses"]
    body = schema["components"]["schemas"]["ShortlistRequestRequest"]
    assert body["additionalProperties"] is False
    assert "design" in body["properties"]["branch"]["oneOf"][0]["enum"]
