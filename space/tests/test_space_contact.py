"""The contact relay, the inbox, the monthly statistics, the data export and account deletion."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from members.models import AccountDeletion, ContactMessage, MemberPage, MonthlyStat
from tests.factories.members import UserFactory

from .helpers import url

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}


@pytest.fixture
def member(site_tree):
    user = UserFactory(username="lea", email="lea@example.lu")
    page = site_tree.members[0]["fr"]
    MemberPage.objects.filter(pk=page.pk).update(contact_email="studio@private.example.lu")
    page.refresh_from_db()
    page.owners.add(user)
    return page, user


def message_data(**changes):
    data = {"sender_name": "Claire", "sender_email": "claire@example.org", "subject": "Un projet\r\nBcc: x@y.z",
            "body": "Bonjour, <b>projet</b> d'affiche.", "consent": "on"}  # fmt: skip
    data.update(changes)
    return data


def english(site_tree, page):
    return MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="en")


def test_member_pages_show_the_form_and_no_address(client, member, site_tree):
    page, _user = member
    for version in (page, english(site_tree, page)):
        html = client.get(version.url).content.decode()
        assert f'action="{url("members:contact", version.locale.language_code, page_id=version.pk)}"' in html
        assert "studio@private" not in html and "lea@example.lu" not in html
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", html)


def test_a_message_reaches_the_member_without_revealing_the_address(client, member, site_tree):
    page, user = member
    version = english(site_tree, page)
    response = client.post(url("members:contact", page_id=version.pk), message_data())
    assert response.status_code == 303
    assert response["Location"] == f"{version.url}?contact=sent#contact"
    assert "Your message was sent." in client.get(response["Location"]).content.decode()
    stored = ContactMessage.objects.get()
    assert stored.page_id == page.pk and stored.subject == "Un projet Bcc: x@y.z"
    to_member, copy = mail.outbox
    assert to_member.to == ["studio@private.example.lu"]
    assert to_member.reply_to == ["claire@example.org"]
    assert "<b>projet</b>" in to_member.body
    assert copy.to == ["claire@example.org"]
    whole_copy = str(copy.message())
    assert "studio@private" not in whole_copy and "lea@example.lu" not in whole_copy
    assert MonthlyStat.objects.get().contacts == 1

    client.force_login(user)
    inbox = client.get(url("space:inbox", page_id=page.pk)).content.decode()
    assert "Un projet" in inbox and "New" in inbox
    detail = client.get(url("space:message", page_id=page.pk, message_id=stored.pk)).content.decode()
    assert "&lt;b&gt;projet&lt;/b&gt;" in detail
    stored.refresh_from_db()
    assert stored.read_at is not None
    client.post(url("space:message", page_id=page.pk, message_id=stored.pk))
    assert not ContactMessage.objects.exists()


def test_honeypot_and_consent(client, member):
    page, _user = member
    assert client.post(url("members:contact", page_id=page.pk), message_data(website_url="x")).status_code == 303
    assert not ContactMessage.objects.exists() and not mail.outbox
    response = client.post(url("members:contact", page_id=page.pk), message_data(consent=""))
    html = response.content.decode()
    assert response.status_code == 200 and 'id="id_consent_error"' in html and 'value="Claire"' in html


def test_contact_is_rate_limited_per_address_and_per_member(client, member):
    page, _user = member
    for _n in range(5):
        assert client.post(url("members:contact", page_id=page.pk), message_data()).status_code == 303
    response = client.post(url("members:contact", page_id=page.pk), message_data(sender_name="Sixth"))
    assert response.status_code == 429 and 'value="Sixth"' in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 3600
    for n in range(15):
        other = Client(REMOTE_ADDR=f"10.0.0.{n + 1}")
        assert other.post(url("members:contact", page_id=page.pk), message_data()).status_code == 303
    late = Client(REMOTE_ADDR="10.0.1.1")
    refused = late.post(url("members:contact", page_id=page.pk), message_data())
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 24 * 3600
    assert ContactMessage.objects.count() == 20


def test_unknown_or_unpublished_pages_and_missing_csrf(client, member):
    page, _user = member
    assert client.post(url("members:contact", page_id=999999), message_data()).status_code == 404
    MemberPage.objects.get(pk=page.pk).unpublish()
    assert client.post(url("members:contact", page_id=page.pk), message_data()).status_code == 404
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(url("members:contact", page_id=page.pk + 1), message_data()).status_code == 403


def test_views_are_counted_for_visitors_only(client, member, site_tree):
    page, user = member
    client.get(page.url, **BROWSER)
    client.get(page.url, HTTP_USER_AGENT="Googlebot/2.1")
    client.get(english(site_tree, page).url, **BROWSER)
    client.force_login(user)
    client.get(page.url, **BROWSER)
    assert MonthlyStat.objects.get().views == 2
    assert [f.name for f in MonthlyStat._meta.fields] == ["id", "translation_key", "month", "views", "contacts"]
    html = client.get(url("space:stats", page_id=page.pk)).content.decode()
    assert html.count('<th scope="row">') == 12
    assert "2 page views" in html


def test_the_export_holds_everything_about_the_member(client, member):
    page, user = member
    ContactMessage.objects.create(
        page=page, sender_name="Claire", sender_email="c@example.org", subject="Brief", body="B"
    )
    client.force_login(user)
    assert client.get(url("space:export")).status_code == 200
    response = client.post(url("space:export"))
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "lea@example.lu"
    (entry,) = data["pages"]
    assert {version["language"] for version in entry["versions"]} == {"fr", "en", "de"}
    assert entry["versions"][0]["portfolio"][0]["title"]
    assert entry["messages"][0]["subject"] == "Brief"


def test_deleting_the_account(client, member, site_tree):
    page, user = member
    ContactMessage.objects.create(
        page=page, sender_name="Claire", sender_email="c@example.org", subject="Brief", body="B"
    )
    shared = site_tree.members[1]["fr"]
    colleague = UserFactory(username="sam")
    shared.owners.add(user, colleague)
    client.force_login(user)
    wrong = client.post(url("space:delete_account"), {"password": "nope", "confirm": "on"})
    assert "This is not your password." in wrong.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()

    response = client.post(url("space:delete_account"), {"password": "correct-horse-battery-staple", "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert "_auth_user_id" not in client.session
    versions = MemberPage.objects.filter(translation_key=page.translation_key)
    assert versions.count() == 3 and not versions.filter(live=True).exists()
    assert set(versions.values_list("membership_status", flat=True)) == {"former"}
    assert not ContactMessage.objects.exists()
    assert MemberPage.objects.get(pk=shared.pk).live
    assert list(shared.owners.all()) == [colleague]
    record = AccountDeletion.objects.get()
    assert record.unpublished and record.messages_deleted == 1 and page.title in record.pages


@pytest.fixture
def view_buffer(settings):
    """Views added up in this process, written every 3 views or after an hour; left empty afterwards."""
    import time

    from members.models import space

    settings.MEMBER_VIEWS_WRITE_EVERY, settings.MEMBER_VIEWS_WRITE_SECONDS = 3, 3600
    space._pending_since[0] = time.monotonic()
    yield space
    space._pending_views.clear()
    space._pending_count[0] = 0


def test_the_member_sees_every_view_even_those_not_written_yet(client, member, view_buffer):
    page, user = member
    visitor = Client()
    for _n in range(7):
        assert visitor.get(page.url, **BROWSER).status_code == 200
    client.force_login(user)
    html = client.get(url("space:stats", page_id=page.pk)).content.decode()
    assert "Over the last twelve months: 7 page views" in html


@pytest.mark.perf
def test_views_are_added_up_and_written_in_batches(member, view_buffer, settings):
    page, _user = member
    visitor = Client()
    for _n in range(7):
        assert visitor.get(page.url, **BROWSER).status_code == 200
    # Two batches of three written, one view still waiting.
    assert MonthlyStat.objects.get(translation_key=page.translation_key).views == 6
    # Waiting views are written once the interval has passed, whatever their number.
    settings.MEMBER_VIEWS_WRITE_SECONDS = 0
    visitor.get(page.url, **BROWSER)
    assert MonthlyStat.objects.get(translation_key=page.translation_key).views == 8


def test_a_gunicorn_worker_writes_its_views_when_due_and_when_it_stops(
    member, view_buffer, monkeypatch, settings, gunicorn_conf
):
    from types import SimpleNamespace

    from django.db import connections

    monkeypatch.setattr(connections, "close_all", lambda: None)  # the test's own connection stays open
    conf = gunicorn_conf
    page, _user = member
    for _n in range(2):
        assert Client().get(page.url, **BROWSER).status_code == 200
    assert not MonthlyStat.objects.filter(translation_key=page.translation_key).exists()
    # After each request, views wait no longer than MEMBER_VIEWS_WRITE_SECONDS (an hour here).
    conf.post_request(None, None, None, None)
    assert not MonthlyStat.objects.filter(translation_key=page.translation_key).exists()
    settings.MEMBER_VIEWS_WRITE_SECONDS = 0
    conf.post_request(None, None, None, None)
    assert MonthlyStat.objects.get(translation_key=page.translation_key).views == 2
    # A worker that stops writes what it still holds.
    settings.MEMBER_VIEWS_WRITE_SECONDS = 3600
    Client().get(page.url, **BROWSER)
    assert MonthlyStat.objects.get(translation_key=page.translation_key).views == 2
    conf.worker_exit(None, SimpleNamespace(log=None))
    assert MonthlyStat.objects.get(translation_key=page.translation_key).views == 3
    assert view_buffer._pending_count[0] == 0 and not view_buffer._pending_views
