"""Headless preview: a draft through the API with a signed, short-lived token, and only with one."""

import json

import pytest
from django.contrib.auth.models import Group, User
from django.core import signing
from django.test import Client

from api.preview import SALT, make_token
from core.absolute import base_url

BASE = base_url()

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(site_tree):
    user = User.objects.create_user("ed", "ed@example.lu", "pw-for-tests-123")
    user.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def draft(site_tree):
    # The source page: its translations open in wagtail-localize's translation editor, which has no header menu.
    member = site_tree.members[0]["fr"]
    member.tagline = "Draft tagline, not published"
    member.save_revision()
    return member


def test_editor_opens_the_draft_through_the_api_from_the_admin(editor, draft, client):
    edit = editor.get(f"/admin/pages/{draft.pk}/edit/")
    assert f"/admin/api-preview/{draft.pk}/" in edit.content.decode()
    response = editor.get(f"/admin/api-preview/{draft.pk}/")
    assert response.status_code == 302
    location = response["Location"]
    assert "/api/v2/preview/?token=" in location
    # The token alone opens the draft: a headless front end fetches it without the editor's session.
    answer = client.get(location.replace(BASE, ""))
    assert answer.status_code == 200
    data = json.loads(answer.content)
    assert data["tagline"] == "Draft tagline, not published"
    assert data["meta"]["preview"]["live"] is True
    assert answer["Cache-Control"] == "private, no-store"
    # The public API still shows the live version.
    live = json.loads(client.get(f"/api/v2/pages/{draft.pk}/").content)
    assert live["tagline"] != "Draft tagline, not published"


def test_someone_who_cannot_edit_gets_no_token(draft, site_tree):
    member_user = User.objects.create_user("m", "m@example.lu", "pw-for-tests-123")
    client = Client()
    client.force_login(member_user)
    response = client.get(f"/admin/api-preview/{draft.pk}/")
    # Without access to the admin, the member is sent to the admin's sign-in page, with no token.
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next=/admin/api-preview/{draft.pk}/"
    anonymous = Client().get(f"/admin/api-preview/{draft.pk}/")
    assert anonymous.status_code == 302
    assert anonymous["Location"] == f"/admin/login/?next=/admin/api-preview/{draft.pk}/"


def test_missing_tampered_or_expired_tokens_never_serve_a_draft(client, draft, settings):
    token = make_token(draft)
    assert client.get("/api/v2/preview/").status_code == 400
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for bad in (tampered, "not-a-token", signing.dumps({"page": draft.pk}, salt="other")):
        response = client.get("/api/v2/preview/", {"token": bad})
        assert response.status_code == 403
        assert "Draft tagline" not in response.content.decode()
    settings.API_PREVIEW_SECONDS = -1  # every token is already too old
    expired = client.get("/api/v2/preview/", {"token": token})
    assert expired.status_code == 403
    # Said so in the site's default language, with what to do.
    assert json.loads(expired.content) == {
        "message": "Ce jeton d’aperçu a expiré : rouvrez l’aperçu depuis l’administration."
    }
    assert "Draft tagline" not in expired.content.decode()


def test_a_token_signed_with_another_key_is_refused(client, draft):
    forged = signing.dumps({"page": draft.pk, "revision": draft.latest_revision_id}, key="guessed-key", salt=SALT)
    assert client.get("/api/v2/preview/", {"token": forged}).status_code == 403
