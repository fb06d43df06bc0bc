import pytest
from django.db import transaction
from wagtail.models import Page

from demo.jobs import ensure_demo
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage

pytestmark = pytest.mark.django_db


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (JobIndexPage, JobPage, CollaborationIndexPage, CollaborationPage)
    } | {"pages": Page.objects.count()}


@pytest.fixture(autouse=True)
def _commit_callbacks_run_at_once(monkeypatch):
    """wagtail-localize publishes a translation "on commit"; seed_demo runs in autocommit mode, where that is
    at the end of each translation. The test transaction never commits: run the callbacks at once, as seed_demo
    sees them (capturing them until the end would publish stale revisions of the index pages)."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def _run(site_tree, members=None):
    if members is None:
        members = [versions["fr"] for versions in site_tree.members]
    return ensure_demo(site_tree.home["fr"], site_tree.locales, members)


def test_demo_is_idempotent_and_trilingual(site_tree, client):
    job_index, collab_index = _run(site_tree)
    first = _counts()
    assert first["JobIndexPage"] == 3 and first["CollaborationIndexPage"] == 3
    assert first["JobPage"] == 8 * 3 and first["CollaborationPage"] == 5 * 3
    _run(site_tree)
    assert _counts() == first

    for lang, slug in (("fr", "offres-emploi"), ("en", "jobs"), ("de", "stellenangebote")):
        index = JobIndexPage.objects.get(locale__language_code=lang)
        assert index.slug == slug
        assert client.get(index.url).status_code == 200
        assert JobPage.open_offers(lang).count() == 6
        assert JobPage.objects.filter(locale__language_code=lang).expired().count() == 2
    for lang, slug in (("fr", "collaborations"), ("en", "collaborations"), ("de", "kooperationen")):
        index = CollaborationIndexPage.objects.get(locale__language_code=lang)
        assert index.slug == slug
        assert client.get(index.url).status_code == 200
        assert CollaborationPage.open_requests(lang).count() == 4

    # Employers are demo members, except the organisations the demo names; translations share the posting date.
    assert JobPage.objects.filter(locale__language_code="fr", employer_member__isnull=False).count() == 7
    assert (
        JobPage.objects.get(locale__language_code="fr", employer_name__startswith="Kulturkaart").employer_member is None
    )
    for job in JobPage.objects.filter(locale__language_code="fr"):
        dates = {p.first_published_at for p in JobPage.objects.filter(translation_key=job.translation_key)}
        assert len(dates) == 1

    english = JobPage.objects.get(locale__language_code="en", slug="junior-graphic-designer")
    response = client.get(english.url)
    assert response.status_code == 200
    assert "Our studio designs visual identities" in response.content.decode()
    german = CollaborationPage.objects.get(
        locale__language_code="de", slug="ausschreibung-fotografie-fur-einen-jahresbericht"
    )
    assert german.budget == "6.000 € zzgl. MwSt."
    assert (
        german.deadline
        == CollaborationPage.objects.get(translation_key=german.translation_key, locale__language_code="fr").deadline
    )


def test_demo_without_members_names_the_employers(site_tree):
    _run(site_tree, members=[])
    assert not JobPage.objects.filter(employer_member__isnull=False).exists()
    assert not JobPage.objects.filter(employer_name="").exists()
