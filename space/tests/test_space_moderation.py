"""A member's saved changes wait for an editor; approval publishes every language at once."""

import pytest
from django.contrib.auth.models import Group

from members.models import MemberPage
from members.moderation import MemberChanges, state
from tests.factories.members import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned(site_tree):
    member = UserFactory()
    page = site_tree.members[0]["fr"]
    page.owners.add(member)
    return page, member


@pytest.fixture
def moderator():
    user = UserFactory(username="moderator", is_superuser=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def approve(page, user):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")


def test_changes_wait_for_approval_then_go_live_in_every_language(owned, moderator, django_capture_on_commit_callbacks):
    page, member = owned
    live_tagline = page.tagline
    changes = MemberChanges(page)
    changes.main.tagline = "Nouvelle accroche"
    changes.set_text("en", "tagline", "New tagline")
    changes.set_text("de", "tagline", "")
    changes.submit(member)

    page.refresh_from_db()
    assert page.tagline == live_tagline
    assert state(page).code == "moderation"
    assert MemberChanges(page).text("en", "tagline") == "New tagline"

    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator)
    versions = {p.locale.language_code: p for p in MemberPage.objects.filter(translation_key=page.translation_key)}
    assert versions["fr"].tagline == "Nouvelle accroche"
    assert versions["en"].tagline == "New tagline"
    assert versions["de"].tagline == "Nouvelle accroche"  # falls back to the main language
    assert all(version.live for version in versions.values())
    assert state(versions["fr"]).code == "published"


def test_changes_requested_show_the_editor_comment(owned, moderator):
    page, member = owned
    changes = MemberChanges(page)
    changes.main.tagline = "Accroche"
    changes.submit(member)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment="Merci d'ajouter un logo.")
    current = state(page)
    assert current.code == "changes"
    assert current.comment == "Merci d'ajouter un logo."

    # Saving again replaces the submission: back in moderation.
    changes = MemberChanges(page)
    changes.main.tagline = "Accroche avec logo"
    changes.submit(member)
    assert state(page).code == "moderation"


def test_a_new_member_gets_every_language_version_as_drafts(site_tree, moderator, django_capture_on_commit_callbacks):
    from tests.factories.members import MemberPageFactory

    member = UserFactory()
    page = MemberPageFactory(parent=site_tree.branches["music"]["fr"], locale=site_tree.locales["fr"], live=False)
    page.owners.add(member)
    changes = MemberChanges(page)
    changes.main.tagline = "Studio son"
    changes.submit(member)
    assert set(MemberChanges(page).drafts) == {"fr", "en", "de"}
    assert not MemberPage.objects.filter(translation_key=page.translation_key, live=True).exists()
    assert state(page).code == "moderation"
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator)
    assert MemberPage.objects.filter(translation_key=page.translation_key, live=True).count() == 3
