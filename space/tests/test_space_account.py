"""Signing in with an e-mail address, rate-limited failures, signing out, forgotten passwords."""

import re

import pytest
from django.core import mail
from django.test import Client

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


def sign_in_from(address, email, password, lang="en"):
    return Client(REMOTE_ADDR=address).post(url("space:login", lang), {"username": email, "password": password})


def signed_in(response):
    return response.status_code == 302 and response["Location"] == url("space:dashboard")


def test_an_attacker_from_one_address_is_limited_and_the_owner_elsewhere_is_not(member):
    for _n in range(5):
        assert sign_in_from("203.0.113.9", "lea@example.lu", "wrong").status_code == 200
    # Past the limit, the attacker's address is refused even the right password, and is told when to come back.
    response = sign_in_from("203.0.113.9", "LEA@example.lu", PASSWORD)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 15 * 60
    assert "Too many failed sign-in attempts." in response.content.decode()
    assert "E-mail me a sign-in link" in response.content.decode()  # which only reaches the owner's mailbox
    # The owner, from their own connection, signs in with their password.
    assert signed_in(sign_in_from("198.51.100.7", "lea@example.lu", PASSWORD))


def test_guessing_from_many_addresses_does_not_lock_the_owner_out(member, django_capture_on_commit_callbacks):
    for n in range(10):  # a few attempts from elsewhere leave the password working
        sign_in_from(f"203.0.113.{n}", "lea@example.lu", f"guess-{n}")
    assert signed_in(sign_in_from("198.51.100.7", "lea@example.lu", PASSWORD))

    for n in range(10, 40):  # guessing spread over many addresses, one or two attempts each
        sign_in_from(f"203.0.113.{n}", "lea@example.lu", f"guess-{n}")
    # The password is no longer tried for this account from anywhere: the next guess cannot succeed...
    guess = sign_in_from("203.0.113.200", "lea@example.lu", PASSWORD)
    assert guess.status_code == 429 and "Retry-After" in guess
    # ...and the owner, from their own address, is offered a link sent to their mailbox, which signs them in.
    owner = Client(REMOTE_ADDR="198.51.100.7")
    response = owner.post(url("space:login"), {"username": "lea@example.lu", "password": PASSWORD})
    html = response.content.decode()
    assert response.status_code == 429 and "E-mail me a sign-in link" in html
    assert f'action="{url("space:login_link")}"' in html and 'value="lea@example.lu"' in html
    response = owner.post(url("space:login_link"), {"username": "lea@example.lu"})
    assert response.status_code == 302 and response["Location"] == url("space:login_link_sent")
    (message,) = mail.outbox
    assert message.to == ["lea@example.lu"] and message.subject == "Your sign-in link"
    link = re.search(r"https?://\S+", message.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert owner.get("/" + path).status_code == 200
    assert signed_in(owner.post("/" + path))
    assert int(owner.session["_auth_user_id"]) == member.pk


def test_many_accounts_failing_behind_one_proxy_do_not_lock_out_the_others(client, member, settings):
    settings.PORTAL_RATES = {**settings.PORTAL_RATES, "login_ip": "10/h"}
    for n in range(10):
        sign_in(client, f"colleague{n}@example.lu", "wrong")
    response = sign_in(client, "lea@example.lu", PASSWORD)
    assert response.status_code == 429 and 0 < int(response["Retry-After"]) <= 3600
    assert "E-mail me a sign-in link" in response.content.decode()
    client.post(url("space:login_link"), {"username": "lea@example.lu"})
    assert len(mail.outbox) == 1


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
    response = client.post(url("space:password_reset"), {"email": "lea@example.lu"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
