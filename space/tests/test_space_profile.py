"""A member edits their page from My space; editors approve; the public page changes in every language."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from members.models import MemberPage
from tests.factories.members import UserFactory

from .helpers import approve, moderator, request_changes, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned(site_tree, client):
    member = UserFactory(username="lea", first_name="Léa")
    page = site_tree.members[0]["fr"]
    page.owners.add(member)
    client.force_login(member)
    return page, member


def edit_data(page, **changes):
    data = {
        "title": page.title,
        "kind": "company",
        "branches": [page.get_parent().specific.branch_id],
        "country": "LU",
        "tagline_fr": "Nouvelle accroche",
        "bio_fr": "Premier paragraphe.\n\nSecond <script>alert(1)</script>",
        "tagline_en": "New tagline",
        "bio_en": "",
        "tagline_de": "",
        "bio_de": "",
        "keywords": "risographie, sérigraphie",
        "links-TOTAL_FORMS": "1",
        "links-INITIAL_FORMS": "0",
        "links-0-platform": "instagram",
        "links-0-url": "https://instagram.com/example",
    }
    data.update(changes)
    return data


def test_saving_sends_the_changes_to_moderation(client, owned, django_capture_on_commit_callbacks):
    page, _member = owned
    live_tagline = page.tagline
    response = client.post(url("space:edit", page_id=page.pk), edit_data(page))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.tagline == live_tagline
    assert client.get(page.url).content.decode().count("Nouvelle accroche") == 0
    dashboard = client.get(url("space:dashboard")).content.decode()
    assert "In moderation" in dashboard
    assert "Hello Léa" in dashboard

    preview = client.get(url("space:preview", page_id=page.pk))
    assert preview.status_code == 200
    assert preview["X-Robots-Tag"] == "noindex, nofollow"
    html = preview.content.decode()
    assert "Nouvelle accroche" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "New tagline" in client.get(url("space:preview", page_id=page.pk) + "?lang=en").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    versions = {p.locale.language_code: p for p in MemberPage.objects.filter(translation_key=page.translation_key)}
    assert "Nouvelle accroche" in client.get(versions["fr"].url).content.decode()
    assert "New tagline" in client.get(versions["en"].url).content.decode()
    assert versions["de"].tagline == "Nouvelle accroche"
    assert [tag.name for tag in versions["en"].tags.all()] == ["risographie", "sérigraphie"]
    assert "Published" in client.get(url("space:dashboard")).content.decode()


def test_the_edit_form_shows_each_language_and_the_editors_comment(client, owned):
    page, _member = owned
    client.post(url("space:edit", page_id=page.pk), edit_data(page))
    request_changes(page, moderator(), "Please add a logo.")
    html = client.get(url("space:edit", page_id=page.pk)).content.decode()
    assert "Changes requested" in html
    assert "Please add a logo." in html
    assert 'value="New tagline"' in html
    # One field per language, marked with its language; the German one, left empty, stays empty.
    fields = BeautifulSoup(html, "html.parser").select("input[name^=tagline_]")
    assert [(field["name"], field["lang"], field.get("value")) for field in fields] == [
        ("tagline_fr", "fr", "Nouvelle accroche"),
        ("tagline_en", "en", "New tagline"),
        ("tagline_de", "de", None),
    ]


def test_errors_are_shown_next_to_the_fields_and_nothing_is_saved(client, owned):
    page, _member = owned
    revisions = page.revisions.count()
    response = client.post(url("space:edit", page_id=page.pk), edit_data(page, title="", year_founded="3000"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_title_error"' in html and 'id="id_year_founded_error"' in html
    assert 'value="Nouvelle accroche"' in html
    assert page.revisions.count() == revisions


def test_a_refused_upload_keeps_the_rest_of_the_form(client, owned):
    from django.core.files.uploadedfile import SimpleUploadedFile

    page, _member = owned
    fake = SimpleUploadedFile("logo.jpg", b"<?php echo 'hi'; ?>", content_type="image/jpeg")
    response = client.post(url("space:edit", page_id=page.pk), {**edit_data(page), "logo": fake})
    html = response.content.decode()
    assert "This file is not a JPEG, PNG, GIF, WebP or AVIF image." in html
    assert 'value="New tagline"' in html


def test_owners_add_a_colleague_who_gets_an_invitation(client, owned):
    page, member = owned
    response = client.post(url("space:owners", page_id=page.pk), {"action": "add", "email": "sam@example.lu"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["sam@example.lu"]
    # In the language of the page's original version (French here), not the inviting owner's English (issue 30).
    assert "/fr/mon-espace/mot-de-passe/" in message.body
    assert member.email not in message.body
    colleague = page.owners.get(email="sam@example.lu")
    client.force_login(colleague)
    assert client.get(url("space:edit", page_id=page.pk)).status_code == 200


def test_the_last_owner_cannot_be_removed(client, owned):
    page, member = owned
    response = client.post(url("space:owners", page_id=page.pk), {"action": "remove", "user": member.pk}, follow=True)
    assert "keeps at least one owner" in response.content.decode()
    assert list(page.owners.all()) == [member]
