"""Who can do what with member A's page, portfolio and inbox: the permission matrix of the member space.

Roles: anonymous, member A (owner), member B (owner of another page), a co-owner of A's page,
an editor (Editors and Moderators groups, admin access) and a superuser. In My space only the
owners of a page reach it: everyone else gets a 404 (the page might as well not exist), and
anonymous visitors are sent to the sign-in page. Editors and superusers work on member pages
in the Wagtail admin, where members have no access; nobody but the owners reads the inbox.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from members.models import ContactMessage
from members.moderation import MemberChanges
from tests.factories.members import UserFactory

pytestmark = pytest.mark.django_db

ALLOWED = {"owner", "co_owner"}
ROLES = ["anonymous", "owner", "other_member", "co_owner", "editor", "superuser"]


@pytest.fixture
def world(site_tree):
    page_a = site_tree.members[0]["fr"]
    page_b = site_tree.members[1]["fr"]
    owner, other, co_owner = UserFactory(username="alice"), UserFactory(username="bob"), UserFactory(username="carol")
    page_a.owners.add(owner, co_owner)
    page_b.owners.add(other)
    editor = UserFactory(username="edith")
    editor.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    ContactMessage.objects.create(
        page=page_a, sender_name="Claire", sender_email="claire@example.org", subject="Secret brief", body="Private"
    )
    item_key = page_a.portfolio_items.first().translation_key
    users = {
        "anonymous": None,
        "owner": owner,
        "other_member": other,
        "co_owner": co_owner,
        "editor": editor,
        "superuser": superuser,
    }
    return {"page": page_a, "item_key": item_key, "users": users}


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client


def space_url(name, **kwargs):
    with translation.override("en"):
        return reverse(f"space:{name}", kwargs=kwargs)


def expect(response, role, then=None):
    """Anonymous visitors are sent to sign in (and back); the owners get the page (200), or, after a POST, are
    sent ``then``; anyone else gets a 404."""
    path = response.request["PATH_INFO"]
    if role == "anonymous":
        assert (response.status_code, response["Location"]) == (302, f"{space_url('login')}?next={path}")
    elif role in ALLOWED:
        if then is None:
            assert response.status_code == 200, path
        else:
            assert (response.status_code, response["Location"]) == (302, then), path
    else:
        assert response.status_code == 404, path


@pytest.mark.parametrize("role", ROLES)
def test_what_each_role_can_do_with_member_as_page(client, world, role):
    """View, edit, read and delete on A's page, portfolio and inbox, for one role (one site per role)."""
    page, key = world["page"], world["item_key"]
    client = client_for(client, world["users"][role])
    for view in ["edit", "preview", "owners", "portfolio", "inbox", "stats"]:
        response = client.get(space_url(view, page_id=page.pk))
        expect(response, role)
        if role in ALLOWED and view == "inbox":
            assert "Secret brief" in response.content.decode()
    expect(client.get(space_url("portfolio_edit", page_id=page.pk, item_key=key)), role)
    message = ContactMessage.objects.get()
    expect(client.get(space_url("message", page_id=page.pk, message_id=message.pk)), role)

    response = client.post(space_url("edit", page_id=page.pk), {"title": "Hijacked"})
    if role in ALLOWED:
        assert response.status_code == 200  # the form answers with what is missing
    else:
        expect(response, role)
    assert page.get_latest_revision_as_object().title != "Hijacked"

    check_dashboard_admin_and_export(client, world, role)

    expect(
        client.post(space_url("message", page_id=page.pk, message_id=message.pk)),
        role,
        then=space_url("inbox", page_id=page.pk),  # the message deleted, back to the inbox
    )
    assert ContactMessage.objects.exists() == (role not in ALLOWED)
    expect(
        client.post(space_url("portfolio_delete", page_id=page.pk, item_key=key)),
        role,
        then=space_url("portfolio", page_id=page.pk),  # the item deleted, back to the portfolio
    )
    remaining = len(MemberChanges(page).main.portfolio_items.all())
    assert remaining == (0 if role in ALLOWED else 1)


def check_dashboard_admin_and_export(client, world, role):
    """My pages lists only owned pages; the admin is for editors; an export holds only one's own data."""
    allowed = role in ALLOWED
    response = client.get(space_url("dashboard"))
    if role == "anonymous":
        expect(response, role)
    else:
        assert response.status_code == 200
        assert (world["page"].title in response.content.decode()) == allowed

    response = client.get(f"/admin/pages/{world['page'].pk}/edit/")
    if role in ("editor", "superuser"):
        assert response.status_code == 200
    else:
        assert (response.status_code, response["Location"]) == (
            302,
            f"/admin/login/?next=/admin/pages/{world['page'].pk}/edit/",
        )

    response = client.post(space_url("export"))
    if role == "anonymous":
        expect(response, role)
        return
    assert response.status_code == 200
    data = json.dumps(json.loads(response.content))
    assert ("Secret brief" in data) == allowed
    for other_role, user in world["users"].items():
        if user is not None and other_role != role:
            assert user.email not in data
