"""Generated query strings on every public listing: never a server error.

Hypothesis sends 500 derandomised query strings to each page below (known parameter names
with hostile values, unknown names, repeated parameters, control characters, huge numbers);
each answer must be below 500. The same goes for every JSON endpoint (500 generated
requests each, JSON bodies for the shortlist POST), whose answers must also stay JSON;
api/tests/test_schema_fuzz.py checks them against the OpenAPI document as well.
"""

import json
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.models import AgendaPage
from jobs.models import JobIndexPage
from news.models import NewsIndexPage

EXAMPLES = 500
PARAMETERS = [
    "q", "branch", "kind", "canton", "language", "skill", "available", "collab", "media", "sort", "page",
    "page_size", "category", "tag", "year", "type", "contract", "remote", "workload", "lang", "utm_source",
    "fields", "child_of", "descendant_of", "ancestor_of", "order", "offset", "limit", "search", "search_operator",
    "locale", "translation_of", "html_path", "token", "id", "title", "slug", "show_in_menus", "tags", "format",
]  # fmt: skip
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
VALUES = st.one_of(
    TEXT,
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["", "1", "0", "-1", "true", "design", "music", "NaN", "1e400", "%00", "../../etc", "<script>"]),
    st.text(max_size=3000, alphabet="ab ").map(lambda s: s or "x"),
)
QUERIES = st.lists(st.tuples(st.one_of(st.sampled_from(PARAMETERS), TEXT.filter(bool)), VALUES), max_size=8)


def listing_paths(tree):
    with translation.override("fr"):
        search = reverse("site_search")
    paths = {"directory": tree.directory["fr"].url, "site search": search}
    for name, model in [("news", NewsIndexPage), ("agenda", AgendaPage), ("jobs", JobIndexPage)]:
        paths[name] = model.objects.live().filter(locale__language_code="fr").first().url
    return paths


# The pages that read query parameters; their feeds (news RSS, agenda iCal), the branch pages and the
# collaboration requests use the same filter forms and are left to their own tests, to keep the suite fast.
LISTINGS = ["directory", "site search", "news", "agenda", "jobs"]


@pytest.mark.django_db
@pytest.mark.parametrize("listing", LISTINGS)
def test_generated_query_strings_never_cause_a_server_error(editorial_site, listing):
    path = listing_paths(editorial_site)[listing]
    client = Client(raise_request_exception=False)
    seen = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(QUERIES)
    def request(pairs):
        response = client.get(f"{path}?{urlencode(pairs)}")
        seen.append(response.status_code)
        assert response.status_code < 500, (path, pairs)

    request()
    assert len(seen) >= EXAMPLES


def json_endpoints(tree):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    page = tree.branches["design"]["fr"]  # the parameters are what is fuzzed: a page quick to serialise
    endpoints = ["/api/v1/directory/", "/api/v1/directory/suggest/", "/api/v2/preview/"]
    image, document = get_image_model().objects.first(), get_document_model().objects.first()
    for kind, pk in [
        ("pages", page.pk),
        ("images", image.pk if image else 1),
        ("documents", document.pk if document else 1),
    ]:
        endpoints += [f"/api/v2/{kind}/", f"/api/v2/{kind}/{pk}/", f"/api/v2/{kind}/find/"]
    return endpoints


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
BRIEF_FIELDS = ["text", "lang", "branch", "canton", "languages", "limit"]
BRIEFS = st.one_of(
    JSON_VALUES,  # anything at all, objects or not
    st.dictionaries(st.sampled_from(BRIEF_FIELDS), JSON_VALUES, max_size=6),
    st.fixed_dictionaries(  # nearly right: a real brief with one or two odd values
        {"text": st.one_of(TEXT, st.just("Nous cherchons un graphiste pour notre logo et nos emballages"))},
        optional={
            "lang": st.sampled_from(["fr", "en", "de", "es", "", "FR", None]),
            "branch": st.one_of(st.sampled_from(["design", "music", "nope"]), JSON_VALUES),
            "canton": st.one_of(st.sampled_from(["luxembourg", "remote", "x"]), JSON_VALUES),
            "languages": st.one_of(st.lists(st.sampled_from(["fr", "de", "lb", "zz"]), max_size=5), JSON_VALUES),
            "limit": st.one_of(st.integers(-5, 100), JSON_VALUES),
        },
    ),
)
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_json_answer(response, request):
    assert response.status_code < 500, request
    if 300 <= response.status_code < 400:  # the find endpoints redirect to what they found
        assert response["Location"], request
    elif response.status_code != 204:
        assert response["Content-Type"].startswith("application/json"), request
        json.loads(response.content)


@pytest.mark.django_db
def test_generated_requests_to_every_json_endpoint_never_cause_a_server_error(editorial_site):
    client = Client(raise_request_exception=False)
    counts = {}

    @FUZZ_SETTINGS
    @given(QUERIES)
    def request(path, pairs):
        response = client.get(f"{path}?{urlencode(pairs)}", HTTP_ACCEPT="application/json")
        counts[path] = counts.get(path, 0) + 1
        assert_json_answer(response, (path, pairs))

    for path in json_endpoints(editorial_site):
        request(path)

    @FUZZ_SETTINGS
    @given(BRIEFS, st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded"]))
    def shortlist(body, content_type):
        data = json.dumps(body) if content_type != "application/x-www-form-urlencoded" else urlencode({"text": body})
        response = client.post("/api/v1/matchmaking/shortlist/", data, content_type=content_type)
        counts["shortlist"] = counts.get("shortlist", 0) + 1
        assert_json_answer(response, body)

    shortlist()
    print(counts)
    assert len(counts) == 13 and min(counts.values()) >= EXAMPLES, counts
