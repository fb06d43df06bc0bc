"""Generated query strings on every public listing: never a server error.

Hypothesis sends 500 derandomised query strings to each page below (known parameter names
with hostile values, unknown names, repeated parameters, control characters, huge numbers);
each answer must be below 500. The JSON API is fuzzed from its OpenAPI document
(api/tests/test_schema_fuzz.py).
"""

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
