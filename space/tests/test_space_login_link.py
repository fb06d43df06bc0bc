"""The one-time sign-in link offered when an account's failed sign-ins pass a limit: once, for a while, to its owner."""

import re
import time

import pytest
from django.core import mail, signing
from django.test import Client

from members import auth
from tests.factories.members import UserFactory

from .helpers import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(site_tree):
    return UserFactory(username="lea", email="lea@example.lu")


def ask_for_link(client, username="lea@example.lu", lang="en"):
    return client.post(url("space:login_link", lang), {"username": username})


def link_path(message):
    link = re.search(r"https?://\S+", message.body).group(0)
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


def test_the_link_signs_in_once(client, member):
    response = ask_for_link(client)
    assert response.status_code == 302
    sent = client.get(response["Location"]).content.decode()
    assert "If an account uses this address, we have sent it a link that signs you in." in sent
    (message,) = mail.outbox
    assert message.to == ["lea@example.lu"]
    assert "works once" in message.body and "15 minutes" in message.body
    path = link_path(message)
    assert path.startswith("/en/my-space/sign-in/link/")

    page = client.get(path)  # a mail scanner following the link signs nobody in
    assert page.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post(path)
    assert response.status_code == 302 and response["Location"] == url("space:dashboard")
    assert int(client.session["_auth_user_id"]) == member.pk

    again = Client()
    for response in (again.get(path), again.post(path)):
        assert response.status_code == 400
        assert "This sign-in link has expired or was already used." in response.content.decode()
    assert "_auth_user_id" not in again.session


def test_the_link_expires(client, member, monkeypatch):
    real = signing.TimestampSigner.timestamp
    monkeypatch.setattr(
        signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(int(time.time()) - 16 * 60)
    )
    ask_for_link(client)
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", real)
    response = client.post(link_path(mail.outbox[0]))
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_new_password_or_a_forged_token_opens_nothing(client, member):
    ask_for_link(client)
    path = link_path(mail.outbox[0])
    member.set_password("another-long-password")
    member.save()
    assert client.post(path).status_code == 400
    other = UserFactory(username="sam", email="sam@example.lu")
    forged = signing.TimestampSigner(key="not-the-site-key", salt=auth.LINK_SALT).sign_object({"u": other.pk, "f": ""})
    assert client.post(url("space:login_link_confirm", token=forged)).status_code == 400
    assert client.post(url("space:login_link_confirm", token="nonsense")).status_code == 400
    assert "_auth_user_id" not in client.session


def test_the_e_mail_is_in_the_visitors_language(client, member):
    ask_for_link(client, lang="de")
    ask_for_link(client, lang="fr")
    german, french = mail.outbox
    assert german.subject == "Ihr Anmeldelink" and "/de/mein-bereich/anmelden/link/" in german.body
    assert french.subject == "Votre lien de connexion" and "/fr/mon-espace/connexion/lien/" in french.body


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, member):
    response = ask_for_link(client, "nobody@example.lu")
    assert response.status_code == 302 and response["Location"] == url("space:login_link_sent")
    assert not mail.outbox


def test_the_owner_s_mailbox_is_not_flooded(member):
    for n in range(3):
        assert ask_for_link(Client(REMOTE_ADDR=f"203.0.113.{n}")).status_code == 302
    response = ask_for_link(Client(REMOTE_ADDR="203.0.113.99"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "Too many sign-in links were asked for" in response.content.decode()
    assert len(mail.outbox) == 3
