import datetime

import pytest
from wagtail.models import PageViewRestriction

from jobs.dates import today


@pytest.fixture
def hidden(editorial_site):
    """What the API must never show, beside the demo content: a draft member, a private member, a member's
    unpublished changes, an expired job offer and a closed collaboration request."""
    from jobs.models import CollaborationIndexPage, JobIndexPage
    from tests.factories import add_member
    from tests.factories.jobs import CollaborationPageFactory, JobPageFactory
    from tests.factories.members import MemberPageFactory

    tree = editorial_site
    draft = MemberPageFactory(
        parent=tree.branches["design"]["fr"], locale=tree.locales["fr"], title="Atelier Brouillon Secret", live=False
    )
    private = add_member(tree, "music", title="Studio Privé Caché", lang_versions=())["fr"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    changed = tree.members[0]["fr"]
    changed.tagline = "Unpublished tagline change"
    changed.save_revision()
    jobs = JobIndexPage.objects.filter(locale=tree.locales["fr"]).first()
    expired = JobPageFactory(
        parent=jobs, title="Offre Expirée Ancienne", expiry_date=today() - datetime.timedelta(days=1)
    )
    expired.save_revision().publish()
    collaborations = CollaborationIndexPage.objects.filter(locale=tree.locales["fr"]).first()
    closed = CollaborationPageFactory(
        parent=collaborations, title="Appel Clos Terminé", deadline=today() - datetime.timedelta(days=1)
    )
    closed.save_revision().publish()
    return {
        "titles": [draft.title, private.title, expired.title, closed.title, "Unpublished tagline change"],
        "pages": [draft, private, expired, closed],
    }
