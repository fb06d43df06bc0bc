import pytest
from django.utils import timezone

from agenda.tests.conftest import agenda_tree  # noqa: F401 - the agenda under the shared tree
from alerts.models import Subscription
from jobs.tests.conftest import jobs_site  # noqa: F401 - the job and calls indexes under the shared tree


@pytest.fixture
def subscribe():
    """A subscription confirmed now: what is published after it is new for it."""

    def make(email="reader@example.lu", kind="directory", filters=(), language="fr", **fields):
        fields.setdefault("confirmed_at", timezone.now())
        fields.setdefault("created_at", fields["confirmed_at"] or timezone.now())
        return Subscription.objects.create(
            email=email, kind=kind, filters=[list(pair) for pair in filters], language=language, **fields
        )

    return make
