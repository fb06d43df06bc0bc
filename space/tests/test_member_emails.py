"""Member e-mails: the portal's own layout (text and HTML), in the member's language whatever the request's, links
on BASE_URL to My space and never to the admin; moderation says "published" or "changes requested" with the
editor's comment, while editors keep Wagtail's admin notifications (issue 30)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import translation
from wagtail.users.models import UserProfile

from members import membership
from members.mail_language import set_user_language, user_language
from members.models import MemberPage, MembershipApplication
from members.moderation import MemberChanges
from taxonomy.models import Branch
from tests.factories.members import UserFactory

from .helpers import approve, moderator, request_changes, url

BASE = "https://portal.example.org"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.BASE_URL = BASE
    settings.WAGTAILADMIN_BASE_URL = BASE


@pytest.fixture
def german_member(site_tree):
    """A member whose page was written in French and who chose German for its e-mails."""
    user = UserFactory(username="jonas", email="jonas@example.lu", first_name="Jonas")
    page = site_tree.members[0]["fr"]
    page.owners.add(user)
    set_user_language(user, "de")
    return page, user


@pytest.fixture
def editor():
    user = moderator(is_superuser=True)
    return user


def submit(page, user, tagline="Neue Zeile"):
    changes = MemberChanges(page)
    changes.main.tagline = tagline
    changes.submit(user)
    page.refresh_from_db()
    mail.outbox.clear()


def to(user):
    return [message for message in mail.outbox if user.email in message.to]


def parts(message):
    (html, mimetype), *_rest = message.alternatives
    assert mimetype == "text/html"
    return message.body, html


def assert_member_links(text, html, language):
    """Links on BASE_URL, My space in ``language``, no admin link anywhere."""
    space = BASE + url("space:dashboard", language)
    assert space in text and f'href="{space}"' in html
    for part in (text, html):
        assert "/admin/" not in part and "localhost" not in part and "testserver" not in part
    hrefs = [a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a")]
    assert hrefs and all(href.startswith(BASE + "/") for href in hrefs)


def test_published_email_in_the_members_language_whatever_the_request(
    german_member, editor, django_capture_on_commit_callbacks
):
    page, user = german_member
    submit(page, user)
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):  # the editor works in French
        approve(page, editor)
    (message,) = to(user)  # the portal's e-mail only: Wagtail's admin notification is not sent to a member
    text, html = parts(message)
    assert message.subject == "[Creative Industries Cluster] „Studio 0“ ist veröffentlicht".replace(
        "Studio 0", page.title
    )
    assert "Die Redaktion des Clusters hat Ihre Änderungen" in text
    german = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="de")
    assert f"{BASE}{german.url}" in text
    assert_member_links(text, html, "de")
    assert '<html lang="de">' in html and "Die Redaktion des Clusters" in html


def test_changes_requested_email_carries_the_comment(german_member, editor, django_capture_on_commit_callbacks):
    page, user = german_member
    submit(page, user)
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        request_changes(page, editor, "Bitte ein Logo <hochladen> & die Kontaktperson ergänzen.")
    (message,) = to(user)
    text, html = parts(message)
    assert message.subject == f"[Creative Industries Cluster] Änderungen an „{page.title}“ erbeten"
    assert "rejected" not in message.subject + text
    assert "Der Kommentar der Redaktion:" in text
    assert "Bitte ein Logo <hochladen> & die Kontaktperson ergänzen." in text
    assert "Bitte ein Logo &lt;hochladen&gt; &amp; die Kontaktperson ergänzen." in html  # escaped in HTML
    assert_member_links(text, html, "de")


def test_default_language_is_the_pages_original_and_english_members_read_english(
    site_tree, editor, django_capture_on_commit_callbacks
):
    user = UserFactory(username="lea", email="lea@example.lu")
    page = site_tree.members[1]["fr"]
    page.owners.add(user)
    assert user_language(user) == "fr"  # the page's original version is French
    submit(page, user, tagline="Accroche")
    with translation.override("de"), django_capture_on_commit_callbacks(execute=True):
        approve(page, editor)
    (message,) = to(user)
    assert message.subject == f"[Creative Industries Cluster] « {page.title} » est publiée"
    assert_member_links(*parts(message), "fr")


def test_editors_keep_wagtails_admin_notifications(site_tree, editor, django_capture_on_commit_callbacks):
    author = UserFactory(username="redaktion", email="redaktion@example.lu", is_staff=True)
    author.groups.add(Group.objects.get(name="Editors"))
    page = site_tree.members[2]["fr"]
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    page.refresh_from_db()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, editor)
    (message,) = to(author)
    assert "Moderators approval" in message.subject and "/admin/" in message.body  # Wagtail's own e-mail
    assert UserProfile.get_for_user(author).approved_notifications


def test_member_chooses_its_language_in_my_space(german_member):
    page, user = german_member
    client = Client()
    client.force_login(user)
    dashboard = client.get(url("space:dashboard", "en")).content.decode()
    assert url("space:email_language", "en") in dashboard
    form = BeautifulSoup(client.get(url("space:email_language", "en")).content, "html.parser")
    radios = {radio["value"]: radio for radio in form.select('input[name="language"]')}
    assert set(radios) == {"fr", "en", "de"} and radios["de"].has_attr("checked")
    assert "Deutsch" in form.select_one("form.form").text
    refused = client.post(url("space:email_language", "en"), {"language": "xx"})
    assert refused.status_code == 400 and "Select a valid choice" in refused.content.decode()
    assert user_language(user) == "de"
    saved = client.post(url("space:email_language", "en"), {"language": "en"}, follow=True)
    assert "Your e-mails will be written in English." in saved.content.decode()
    assert user_language(user) == "en"


def test_password_reset_and_contact_in_the_members_language(german_member, client):
    page, user = german_member
    client.post(url("space:password_reset", "fr"), {"email": user.email})  # asked from the French page
    (reset,) = to(user)
    text, html = parts(reset)
    assert reset.subject == "Wählen Sie ein Passwort für den Creative Industries Cluster"
    assert f"{BASE}/de/" in text and "/de/" in html and "localhost" not in text + html
    mail.outbox.clear()
    english = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="en")
    data = {"sender_name": "Claire", "sender_email": "claire@example.org", "subject": "Ein Projet",
            "body": "Hello, a poster.", "consent": "on"}  # fmt: skip
    response = client.post(url("members:contact", "en", page_id=english.pk), data, HTTP_USER_AGENT="Mozilla/5.0")
    assert response.status_code == 303
    (to_member,) = [message for message in mail.outbox if page.contact_email in message.to]
    text, html = parts(to_member)
    assert "Die Nachricht liegt auch in Ihrem Posteingang:" in text
    assert f"{BASE}/de/" in text and "/admin/" not in text + html


def test_every_member_space_email_is_in_the_layout_with_links_on_base_url(
    german_member, editor, client, django_capture_on_commit_callbacks
):
    """Application (received, to the editors, approved), sign-in link, new owner, contact (to the member and the
    sender's copy): text and HTML, every link on BASE_URL, never the Site record's ``localhost``."""
    page, user = german_member
    data = {"business_name": "Studio Lumière", "kind": "company", "primary_branch": Branch.objects.get(code="design").pk,
            "canton": "esch-sur-alzette", "country": "LU", "contact_name": "Léa Muller", "email": "lea@lumiere.lu",
            "description": "Graphisme.", "consent": "on"}  # fmt: skip
    assert client.post(url("members:apply", "fr"), data).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        membership.approve(MembershipApplication.objects.get(), editor)
    client.post(url("space:login_link", "en"), {"username": user.email})
    owner = Client()
    owner.force_login(user)
    owner.post(url("space:owners", "fr", page_id=page.pk), {"action": "add", "email": "sam@example.lu"})
    english = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="en")
    message = {"sender_name": "Claire", "sender_email": "claire@example.org", "subject": "Projet",
               "body": "Bonjour.", "consent": "on"}  # fmt: skip
    client.post(url("members:contact", "en", page_id=english.pk), message, HTTP_USER_AGENT="Mozilla/5.0")
    assert len(mail.outbox) == 7, [(sent.to, sent.subject) for sent in mail.outbox]
    for sent in mail.outbox:
        text, html = parts(sent)
        found = re.findall(r"https?://[^\s\"'<>]+", text + html)
        assert found and all(link.startswith(BASE + "/") for link in found), (sent.subject, found)
        assert "localhost" not in text + html and "testserver" not in text + html
        # The one layout: the HTML page in the e-mail's language, the text's signature with the site's address.
        assert re.search(r'<html lang="(fr|en|de)">', html) and text.rsplit("\n-- \n", 1)[1].strip().splitlines()[
            -1
        ].startswith(BASE)
        if "moderator@example.lu" not in sent.to:  # only the editors' e-mail links to the admin
            assert "/admin/" not in text + html
    to_sam = [sent for sent in mail.outbox if sent.to == ["sam@example.lu"]][0]
    assert "/fr/" in to_sam.body  # a new account: the language of the page's original version
    to_jonas = [sent for sent in mail.outbox if sent.to == [user.email]][0]  # the sign-in link, asked in English
    assert "/de/" in to_jonas.body
