import datetime

import pytest
from django.utils import timezone

from alerts.models import Subscription
from jobs.tests.conftest import jobs_site  # noqa: F401 - the job and calls indexes under the shared tree


@pytest.fixture
def subscribe():
    """A confirmed subscription, confirmed a day ago (what is published since is new for it)."""

    def make(email="reader@example.lu", kind="directory", filters=(), language="fr", **fields):
        fields.setdefault("confirmed_at", timezone.now() - datetime.timedelta(days=1))
        fields.setdefault("created_at", fields["confirmed_at"])
        return Subscription.objects.create(
            email=email, kind=kind, filters=[list(pair) for pair in filters], language=language, **fields
        )

    return make
