"""Signing in with an e-mail address, rate-limited failures, signing out, forgotten passwords."""

import pytest
from django.core import mail

from tests.factories.members import UserFactory

from .helpers import url

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def member(site_tree):
    return UserFactory(username="lea", email="lea@example.lu")


def sign_in(client, email, password, lang="en"):
    return client.post(url("space:login", lang), {"username": email, "password": password})


def test_members_sign_in_with_their_e_mail_in_any_case(client, member):
    response = sign_in(client, "LEA@Example.lu", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == url("space:dashboard")
    assert int(client.session["_auth_user_id"]) == member.pk


def test_a_wrong_password_says_nothing_about_the_address(client, member):
    known = sign_in(client, "lea@example.lu", "wrong").content.decode()
    unknown = sign_in(client, "nobody@example.lu", "wrong").content.decode()
    message = "This e-mail address and password do not match an account."
    assert message in known and message in unknown
    assert "_auth_user_id" not in client.session


def test_repeated_failures_are_rate_limited_even_with_the_right_password(client, member):
    for _n in range(5):
        assert sign_in(client, "lea@example.lu", "wrong").status_code == 200
    response = sign_in(client, "lea@example.lu", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_sign_in_is_rate_limited_too(client, member):
    for _n in range(5):
        client.post("/admin/login/", {"username": "lea@example.lu", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "lea@example.lu", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_signing_out_needs_a_post(client, member):
    client.force_login(member)
    assert client.get(url("space:logout")).status_code == 405
    response = client.post(url("space:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_my_space_sends_anonymous_visitors_to_sign_in(client, site_tree):
    response = client.get(url("space:dashboard", "fr"))
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/mon-espace/connexion/?next=")


def test_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(client, member):
    response = client.post(url("space:password_reset"), {"email": "nobody@example.lu"})
    assert response.status_code == 302
    assert response["Location"] == url("space:password_reset_done")
    assert not mail.outbox
    client.post(url("space:password_reset"), {"email": "lea@example.lu"})
    (message,) = mail.outbox
    assert "/en/my-space/password/" in message.body


def test_reset_requests_are_rate_limited(client, member):
    for _n in range(5):
        client.post(url("space:password_reset"), {"email": "lea@example.lu"})
    assert client.post(url("space:password_reset"), {"email": "lea@example.lu"}).status_code == 429
