"""Shared helpers of the member space tests."""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation

from tests.factories.members import UserFactory


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def moderator(**fields):
    user = UserFactory(username="moderator", email="moderator@example.lu", **fields)
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="members", codename__endswith="membershipapplication")
    )
    return user


def approve(page, user):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")


def request_changes(page, user, comment):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user, "reject", comment=comment)
