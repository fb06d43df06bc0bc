"""Schemathesis against /api/schema/: generated requests to every operation, valid and invalid ones.

No answer is a 5xx, and every answer (status, content type, body) is what the schema says. Runs in-process
through the WSGI application over the demo content.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.django_db
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = {GenerationMode.POSITIVE: 40, GenerationMode.NEGATIVE: 20}
MINIMUM_REQUESTS = 500


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
    assert len(operations) >= 12
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
                case.call_and_validate(checks=CHECKS)
                calls[case.operation.label] = calls.get(case.operation.label, 0) + 1

            run()
    assert set(calls) == {operation.label for operation in operations}
    print(f"{sum(calls.values())} requests: {calls}")
    assert sum(calls.values()) >= MINIMUM_REQUESTS, calls
