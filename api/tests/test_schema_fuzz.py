"""Schemathesis against /api/schema/: generated requests to every operation, valid and invalid ones, with every
check it has (``--checks all``): no 5xx; every status, content type, header and body as the schema says; requests
the schema allows are accepted and requests it forbids are refused; other methods get a 405 with ``Allow``.

Runs in-process through the WSGI application over the demo content, with a bounded number of examples.
"""

import re

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, is_check_class, load_all_checks
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import positive_data_acceptance

pytestmark = pytest.mark.django_db
EXAMPLES = {GenerationMode.POSITIVE: 25, GenerationMode.NEGATIVE: 15}
MINIMUM_REQUESTS = 350

# Refusals of requests the schema allows that no OpenAPI schema can express: the brief must be a text in French,
# English or German that describes a need; the listings refuse a few combinations of parameters. Only
# these exact refusals are tolerated by the positive data check; every other 400 to a valid request fails it.
BRIEF_REFUSED = "POST /api/v1/matchmaking/shortlist/"
COMBINATIONS_REFUSED = {
    "descendant_of cannot be combined with child_of.",
    "order=random cannot be combined with another order nor with offset.",
    "order=random cannot be combined with search.",
}
# Wagtail orders and filters a search by the fields its search index holds only; which those are, per page type,
# no schema of the listing can say.
SEARCH_REFUSED = re.compile(r"Cannot (order|filter) by \S+ while searching\.")
LISTINGS = {"GET /api/v2/pages/", "GET /api/v2/images/", "GET /api/v2/documents/"}


def refused_for_what_a_schema_cannot_say(case, response):
    if response.status_code != 400:
        return False
    body = response.json()
    if case.operation.label == BRIEF_REFUSED:
        return set(body.get("errors", {})) == {"text"}
    message = body.get("message") or ""
    return case.operation.label in LISTINGS and (
        message in COMBINATIONS_REFUSED or bool(SEARCH_REFUSED.fullmatch(message))
    )


def valid_requests_are_accepted(ctx, response, case):
    """Schemathesis's ``positive_data_acceptance``, but for the refusals above."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        if refused_for_what_a_schema_cannot_say(case, response):
            return None
        raise


def every_check():
    load_all_checks()
    checks = [check for check in CHECKS.get_all() if not is_check_class(check)]
    assert len(checks) >= 14  # not_a_server_error … unsupported_method, use_after_free, ignored_auth
    return [valid_requests_are_accepted if check is positive_data_acceptance else check for check in checks]


@pytest.fixture
def wsgi_in_test_transaction():
    """Django's handler closes the database connection at the end of each request (``close_old_connections``),
    which would end the test's transaction on PostgreSQL; its test client unhooks that, as this does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_answers_as_documented_and_never_with_a_5xx(editorial_site, wsgi_in_test_transaction):
    schema = schemathesis.openapi.from_wsgi("/api/schema/", wsgi_in_test_transaction)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 13
    checks = every_check()
    calls = {}
    for operation in operations:
        for mode, examples in EXAMPLES.items():

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=examples,
                deadline=None,
                database=None,
                derandomize=True,  # the same requests on every run: CI is reproducible
                suppress_health_check=list(HealthCheck),
            )
            def run(case):
                case.call_and_validate(checks=checks, headers={"Accept-Language": "en"})
                calls[case.operation.label] = calls.get(case.operation.label, 0) + 1

            run()
    assert set(calls) == {operation.label for operation in operations}
    print(f"{sum(calls.values())} requests: {calls}")
    assert sum(calls.values()) >= MINIMUM_REQUESTS, calls
