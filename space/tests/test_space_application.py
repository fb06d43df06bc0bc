"""Applying for membership, and editors deciding in the admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from members.models import MemberPage, MembershipApplication
from taxonomy.models import Branch

from .helpers import approve, moderator, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(site_tree):
    return moderator()


def form_data(**changes):
    data = {
        "business_name": "Studio Lumière",
        "kind": "company",
        "primary_branch": Branch.objects.get(code="design").pk,
        "other_branches": [Branch.objects.get(code="music").pk],
        "canton": "esch-sur-alzette",
        "country": "LU",
        "contact_name": "Léa Muller",
        "email": "lea@studio-lumiere.lu",
        "website": "https://studio-lumiere.lu",
        "description": "Graphisme et identité visuelle.\n\n<script>alert(1)</script>",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.parametrize(
    ("lang", "label"), [("fr", "Nom de l’entreprise"), ("en", "Business name"), ("de", "Name des Unternehmens")]
)
def test_the_form_speaks_the_visitors_language(client, site_tree, lang, label):
    response = client.get(url("members:apply", lang))
    assert response.status_code == 200
    assert label in response.content.decode()


def test_an_application_is_stored_and_confirmed(client, editor):
    response = client.post(url("members:apply"), form_data())
    assert response.status_code == 302
    assert response["Location"] == url("members:apply_sent")
    application = MembershipApplication.objects.get()
    assert application.language == "en"
    assert application.consent_at is not None
    assert [m.to for m in mail.outbox] == [["lea@studio-lumiere.lu"], ["moderator@example.lu"]]
    assert "Thank you for applying" in mail.outbox[0].body
    assert "lea@" not in mail.outbox[1].body


def test_missing_consent_keeps_what_was_typed(client, editor):
    response = client.post(url("members:apply"), form_data(consent=None))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_consent_error"' in html
    assert 'value="Studio Lumière"' in html
    assert "error-summary" in html
    assert not MembershipApplication.objects.exists()


def test_the_honeypot_stores_nothing(client, editor):
    response = client.post(url("members:apply"), form_data(website_url="http://spam.example"))
    assert response.status_code == 302
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox


def test_an_address_already_in_use_is_refused(client, editor):
    client.post(url("members:apply"), form_data())
    response = client.post(url("members:apply"), form_data(business_name="Other"))
    assert "already uses this address" in response.content.decode()
    assert MembershipApplication.objects.count() == 1


def test_applications_are_rate_limited(client, editor):
    for n in range(5):
        assert client.post(url("members:apply"), form_data(email=f"a{n}@example.lu")).status_code == 302
    response = client.post(url("members:apply"), form_data(email="a9@example.lu"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert 'value="a9@example.lu"' in response.content.decode()


def decide(client, application, decision, reason=""):
    return client.post(
        f"/admin/membership/applications/decide/{application.pk}/", {"decision": decision, "reason": reason}
    )


def test_approval_creates_the_account_and_a_draft_page_then_the_link_sets_a_password(
    client, editor, django_capture_on_commit_callbacks
):
    client.post(url("members:apply", "de"), form_data())
    application = MembershipApplication.objects.get()
    mail.outbox.clear()
    client.force_login(editor)
    assert client.get(f"/admin/membership/applications/inspect/{application.pk}/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert decide(client, application, "approve").status_code == 302
    application.refresh_from_db()
    assert application.status == "approved"
    page = MemberPage.objects.get(pk=application.member_page_id)
    user = get_user_model().objects.get(email="lea@studio-lumiere.lu")
    assert not page.live
    assert page.locale.language_code == "de"
    assert page.get_parent().specific.branch.code == "design"
    assert list(page.owners.all()) == [user]
    assert "&lt;script&gt;" in page.bio and "<script>" not in page.bio
    assert not user.has_usable_password()
    assert not user.has_perm("wagtailadmin.access_admin")

    (message,) = mail.outbox
    assert message.to == ["lea@studio-lumiere.lu"]
    link = re.search(r"https?://\S+/passwort/\S+", message.body).group(0)
    client.logout()
    path = "/" + link.split("/", 3)[3]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-long-new-password-7", "new_password2": "a-long-new-password-7"},
    )
    assert response.status_code == 302
    assert response["Location"] == url("space:dashboard", "de")
    assert int(client.session["_auth_user_id"]) == user.pk
    client.logout()
    again = client.get(path, follow=True)
    assert "nicht mehr gültig" in again.content.decode()


def test_rejection_needs_a_reason_and_sends_it(client, editor, django_capture_on_commit_callbacks):
    client.post(url("members:apply", "fr"), form_data())
    application = MembershipApplication.objects.get()
    mail.outbox.clear()
    client.force_login(editor)
    decide(client, application, "reject")
    application.refresh_from_db()
    assert application.status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, application, "reject", "Votre activité ne relève pas des industries créatives.")
    application.refresh_from_db()
    assert application.status == "rejected"
    assert "ne relève pas" in mail.outbox[0].body
    decide(client, application, "approve")
    application.refresh_from_db()
    assert application.status == "rejected"
    assert not get_user_model().objects.filter(email="lea@studio-lumiere.lu").exists()


def test_approval_without_a_branch_page_changes_nothing(client, editor):
    client.post(
        url("members:apply"), form_data(primary_branch=Branch.objects.create(code="gaming", label_en="Gaming").pk)
    )
    application = MembershipApplication.objects.get()
    client.force_login(editor)
    response = decide(client, application, "approve")
    application.refresh_from_db()
    assert application.status == "pending"
    assert not get_user_model().objects.filter(email="lea@studio-lumiere.lu").exists()
    assert (response.status_code, response["Location"]) == (
        302,
        f"/admin/membership/applications/inspect/{application.pk}/",
    )


def test_members_cannot_decide(client, editor):
    from tests.factories.members import UserFactory

    client.post(url("members:apply"), form_data())
    application = MembershipApplication.objects.get()
    client.force_login(UserFactory())
    response = decide(client, application, "approve")
    # A member has no access to the admin: sent to its sign-in page, and the application stays pending.
    assert (response.status_code, response["Location"]) == (
        302,
        f"/admin/login/?next=/admin/membership/applications/decide/{application.pk}/",
    )
    application.refresh_from_db()
    assert application.status == "pending"


def test_from_application_to_published_page(client, editor, django_capture_on_commit_callbacks):
    """The whole path: apply, approval, first password, first edit, moderation, publication."""

    client.post(url("members:apply"), form_data())
    application = MembershipApplication.objects.get()
    mail.outbox.clear()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, application, "approve")
    client.logout()
    link = re.search(r"https?://\S+/password/\S+", mail.outbox[0].body).group(0)
    form_page = client.get("/" + link.split("/", 3)[3], follow=True)
    password = {"new_password1": "a-long-new-password-7", "new_password2": "a-long-new-password-7"}
    client.post(form_page.redirect_chain[-1][0], password)
    client.logout()
    assert (
        client.post(
            url("space:login"), {"username": "lea@studio-lumiere.lu", "password": "a-long-new-password-7"}
        ).status_code
        == 302
    )

    page = MemberPage.objects.get(pk=MembershipApplication.objects.get().member_page_id)
    data = {"title": "Studio Lumière", "kind": "company", "country": "LU", "tagline_en": "Light and type",
            "bio_en": "We design identities.", "links-TOTAL_FORMS": "0", "links-INITIAL_FORMS": "0"}  # fmt: skip
    assert client.post(url("space:edit", page_id=page.pk), data).status_code == 302
    assert "In moderation" in client.get(url("space:dashboard")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, editor)
    page.refresh_from_db()
    assert page.live
    public = client.get(page.url).content.decode()
    assert "Light and type" in public
    assert "lea@studio-lumiere.lu" not in public
    assert MemberPage.objects.filter(translation_key=page.translation_key, live=True).count() == 3
