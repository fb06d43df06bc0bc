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

from members.factories import UserFactory
from members.models import ContactMessage
from members.space.moderation import MemberChanges

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


def expect(response, role):
    if role == "anonymous":
        assert response.status_code == 302
        assert space_url("login") in response["Location"]
    elif role in ALLOWED:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert space_url("login") not in response["Location"]
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ["edit", "preview", "owners", "portfolio", "inbox", "stats"])
def test_page_views_of_member_a(client, world, role, view):
    response = client_for(client, world["users"][role]).get(space_url(view, page_id=world["page"].pk))
    expect(response, role)
    if role in ALLOWED and view == "inbox":
        assert "Secret brief" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_edit_a_portfolio_item_of_member_a(client, world, role):
    url = space_url("portfolio_edit", page_id=world["page"].pk, item_key=world["item_key"])
    expect(client_for(client, world["users"][role]).get(url), role)


@pytest.mark.parametrize("role", ROLES)
def test_delete_a_portfolio_item_of_member_a(client, world, role):
    page = world["page"]
    url = space_url("portfolio_delete", page_id=page.pk, item_key=world["item_key"])
    response = client_for(client, world["users"][role]).post(url)
    expect(response, role)
    remaining = len(MemberChanges(page).main.portfolio_items.all())
    assert remaining == (0 if role in ALLOWED else 1)


@pytest.mark.parametrize("role", ROLES)
def test_post_an_edit_of_member_a(client, world, role):
    page = world["page"]
    response = client_for(client, world["users"][role]).post(space_url("edit", page_id=page.pk), {"title": "Hijacked"})
    if role in ALLOWED:
        assert response.status_code in (200, 302)
    else:
        expect(response, role)
        assert page.get_latest_revision_as_object().title != "Hijacked"


@pytest.mark.parametrize("role", ROLES)
def test_read_a_message_of_member_a(client, world, role):
    message = ContactMessage.objects.get()
    url = space_url("message", page_id=world["page"].pk, message_id=message.pk)
    expect(client_for(client, world["users"][role]).get(url), role)


@pytest.mark.parametrize("role", ROLES)
def test_export_holds_only_ones_own_data(client, world, role):
    response = client_for(client, world["users"][role]).post(space_url("export"))
    if role == "anonymous":
        expect(response, role)
        return
    assert response.status_code == 200
    data = json.dumps(json.loads(b"".join(response.streaming_content) if response.streaming else response.content))
    assert ("Secret brief" in data) == (role in ALLOWED)
    for other_role, user in world["users"].items():
        if user is not None and other_role != role:
            assert user.email not in data


@pytest.mark.parametrize("role", ROLES)
def test_wagtail_admin_is_for_editors_only(client, world, role):
    response = client_for(client, world["users"][role]).get(f"/admin/pages/{world['page'].pk}/edit/")
    if role in ("editor", "superuser"):
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("role", ROLES)
def test_dashboard_lists_only_owned_pages(client, world, role):
    response = client_for(client, world["users"][role]).get(space_url("dashboard"))
    if role == "anonymous":
        expect(response, role)
        return
    assert response.status_code == 200
    assert (world["page"].title in response.content.decode()) == (role in ALLOWED)
