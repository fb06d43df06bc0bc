"""HTTP behaviour of the public API: validators and 304, shared caching, CORS on the API only, rate limit."""

import json

import pytest

pytestmark = pytest.mark.django_db
ORIGIN = "https://partner.example.org"


def test_conditional_request_gets_a_304_and_a_publish_changes_the_answer(client, site_tree):
    url = "/api/v2/pages/?type=members.MemberPage&locale=fr&fields=tagline"
    first = client.get(url)
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""

    member = site_tree.members[0]["fr"]
    member.tagline = "Nouvelle accroche publiée"
    member.save_revision().publish()

    fresh = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200
    assert "Nouvelle accroche publiée" in fresh.content.decode()
    assert fresh["ETag"] != etag


def test_an_answer_from_the_page_cache_keeps_its_validator_and_can_be_a_304(client, site_tree, monkeypatch):
    from api import middleware

    computed = []
    real = middleware.set_response_etag
    monkeypatch.setattr(middleware, "set_response_etag", lambda response: computed.append(real(response)))
    url = "/api/v1/directory/?lang=fr&q=design"
    first = client.get(url)
    assert (first["X-Page-Cache"], len(computed)) == ("miss", 1)
    second = client.get(url)
    assert (second["X-Page-Cache"], second["ETag"], second["Cache-Control"]) == (
        "hit",
        first["ETag"],
        "public, max-age=60",
    )
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert (again.status_code, again.content) == (304, b"")
    assert len(computed) == 1  # kept with the cached answer, not computed again on each hit


def test_only_reads_are_answered_by_their_validators(rf):
    from django.http import JsonResponse

    from api.middleware import ApiMiddleware

    def view(request):
        response = JsonResponse({"ok": True})
        response["ETag"] = '"v1"'
        return response

    middleware = ApiMiddleware(view)
    assert middleware(rf.get("/api/v1/thing/", HTTP_IF_NONE_MATCH='"v1"')).status_code == 304
    # A POST is carried out and answered, whatever validators the client sends (Django would answer 412).
    assert middleware(rf.post("/api/v1/thing/", HTTP_IF_NONE_MATCH='"v1"')).status_code == 200


def test_the_api_answers_any_origin_without_credentials(client, site_tree):
    for url in ("/api/v2/pages/?locale=de", "/api/v1/directory/?lang=de", f"/api/v2/pages/{site_tree.home['de'].pk}/"):
        response = client.get(url, HTTP_ORIGIN=ORIGIN)
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options("/api/v2/pages/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("url", ["/fr/", "/fr/membres/", "/admin/login/", "/fr/mon-espace/connexion/", "/sitemap.xml"])
def test_nothing_but_the_api_is_shared_across_origins(client, site_tree, url):
    response = client.get(url, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200  # the page is answered (not an error without the header by chance)
    assert "Access-Control-Allow-Origin" not in response


def test_too_many_requests_get_a_429_with_retry_after(client, site_tree, settings):
    settings.API_RATE_LIMIT = "3/m"
    statuses = [client.get("/api/v2/pages/?locale=fr").status_code for _n in range(3)]
    assert statuses == [200, 200, 200]
    refused = client.get("/api/v1/directory/", HTTP_ORIGIN=ORIGIN)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    # In the site's default language (the request names none), with the wait the header gives.
    assert json.loads(refused.content) == {
        "message": f"Trop de requêtes : réessayez dans {int(refused['Retry-After'])} secondes."
    }
    assert refused["Access-Control-Allow-Origin"] == "*"  # a browser client can read why
    # Another address is not affected; the site's pages neither.
    assert client.get("/api/v2/pages/", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/fr/").status_code == 200


def test_the_limit_counts_per_window_and_address(client, site_tree, settings, monkeypatch):
    import api.middleware

    settings.API_RATE_LIMIT = "2/m"
    now = [1_800_000_000.0]
    monkeypatch.setattr(api.middleware.time, "time", lambda: now[0])
    ask = lambda address: client.get("/api/v1/directory/", REMOTE_ADDR=address).status_code  # noqa: E731
    assert [ask("10.0.0.1"), ask("10.0.0.1"), ask("10.0.0.1"), ask("10.0.0.2")] == [200, 200, 429, 200]
    # OPTIONS (what a client asks before it sends) is neither counted nor refused, as with django-ratelimit.
    assert client.options("/api/v1/directory/", REMOTE_ADDR="10.0.0.1").status_code == 200
    refused = client.get("/api/v1/directory/", REMOTE_ADDR="10.0.0.1")
    now[0] += int(refused["Retry-After"])  # the next window: counted afresh
    assert [ask("10.0.0.1"), ask("10.0.0.1"), ask("10.0.0.1")] == [200, 200, 429]
    settings.RATELIMIT_ENABLE = False
    assert ask("10.0.0.1") == 200


def test_a_large_limit_holds_to_the_request(client, site_tree, settings):
    """Counts are sent to the shared cache in batches (below), yet the 301st request of 300/m is the one refused."""
    settings.API_RATE_LIMIT = "300/m"
    statuses = [client.get("/api/v1/directory/?lang=fr").status_code for _n in range(301)]
    assert statuses == [200] * 300 + [429]


@pytest.mark.perf
def test_counts_reach_the_shared_cache_in_batches_and_the_limit_still_holds(client, site_tree, settings, monkeypatch):
    import api.middleware

    settings.API_RATE_LIMIT = "300/m"  # batches of up to 6
    sent, count = [], api.middleware._count
    monkeypatch.setattr(api.middleware, "_count", lambda *args: sent.append(args[2]) or count(*args))
    clock = [1000.0]
    monkeypatch.setattr(api.middleware, "monotonic", lambda: clock[0])
    statuses = [client.get("/api/v1/directory/?lang=fr").status_code for _n in range(301)]
    assert statuses == [200] * 300 + [429]
    # 49 batches of 6, then each request once the limit is within a batch: 56 round trips rather than 301.
    assert sent == [6] * 49 + [1] * 7
    # A client that sends little: what it has sent is counted after a second, whatever the number.
    other = {"REMOTE_ADDR": "10.9.9.9"}
    client.get("/api/v1/directory/?lang=fr", **other)
    client.get("/api/v1/directory/?lang=fr", **other)
    assert sent[56:] == []
    clock[0] += 1.5
    client.get("/api/v1/directory/?lang=fr", **other)
    assert sent[56:] == [3]


def test_schema_and_docs_are_served_without_any_cdn(client, db):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    assert schema["Content-Type"].startswith("application/vnd.oai.openapi+json")
    document = json.loads(schema.content)
    assert document["openapi"].startswith("3.")
    paths = set(document["paths"])
    assert {
        "/api/v2/pages/",
        "/api/v2/pages/{id}/",
        "/api/v2/pages/find/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/api/v2/preview/",
        "/api/v1/directory/",
        "/api/v1/directory/suggest/",
    } <= paths
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html
    assert "cdn" not in html.lower() and "unpkg" not in html and "jsdelivr" not in html
    assert "/api/schema/" in client.get("/api/docs/?script=").content.decode()
