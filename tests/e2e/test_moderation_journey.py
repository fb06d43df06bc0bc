"""A member changes its tagline from My space; the public page changes only once an editor approves it
in the Wagtail admin, in the member's language (French, German)."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.factories import build_site_tree
from tests.factories.members import MemberPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-passphrase-42"
TEXTS = {
    "fr": {"save": "Enregistrer et envoyer en relecture", "waiting": "En modération", "live": "Publiée"},
    "de": {"save": "Speichern und zur Prüfung senden", "waiting": "In Prüfung", "live": "Veröffentlicht"},
}


@pytest.fixture
def site():
    return build_site_tree(members_per_branch=1)


def sign_in_to_admin(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_a_member_edits_the_tagline_and_it_goes_live_when_an_editor_approves(
    site, new_page, django_user_model, lang
):  # fmt: skip
    texts = TEXTS[lang]
    member_page = MemberPageFactory(
        parent=site.branches["design"][lang], locale=site.locales[lang], title="Atelier Nord", tagline="Affiches"
    )
    member_page.save_revision().publish()
    owner = django_user_model.objects.create_user("nord@example.lu", "nord@example.lu", PASSWORD)
    member_page.owners.add(owner)
    editor = django_user_model.objects.create_user("editor", "editor@example.lu", PASSWORD)
    editor.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    with translation.override(lang):
        edit_url = reverse("space:edit", kwargs={"page_id": member_page.pk})

    # A visitor reads the page (now in the anonymous page cache).
    visitor = new_page(locale=f"{lang}-{lang.upper()}")
    visitor.goto(member_page.url)
    expect(visitor.locator(".member__tagline")).to_have_text("Affiches")

    # The member follows a link to its page's form: sign-in first, then straight back to the form.
    member = new_page(locale=f"{lang}-{lang.upper()}")
    member.goto(edit_url)
    expect(member.locator("html")).to_have_attribute("lang", lang)
    member.fill("[name=username]", "nord@example.lu")
    member.fill("[name=password]", PASSWORD)
    member.locator("form button[type=submit]").click()
    expect(member).to_have_url(re.compile(re.escape(edit_url) + "$"))
    member.fill(f"[name=tagline_{lang}]", "Affiches et identités visuelles")
    member.get_by_role("button", name=texts["save"]).click()
    expect(member.locator(".space-state .status")).to_have_text(texts["waiting"])

    # Nothing public changes before the review.
    visitor.reload()
    expect(visitor.locator(".member__tagline")).to_have_text("Affiches")

    # An editor (not a superuser) finds the page awaiting review on the dashboard and approves it.
    admin = new_page(locale="en-GB")
    sign_in_to_admin(admin, "editor")
    expect(admin.locator("main")).to_contain_text("Atelier Nord")
    admin.goto(f"/admin/pages/{member_page.pk}/edit/")
    approve = admin.get_by_role("button", name="Approve and Publish", exact=True)
    if not approve.is_visible():
        admin.locator("footer .w-dropdown__toggle").first.click()
    approve.click()
    expect(admin.locator(".messages")).to_contain_text("Atelier Nord")

    # The public page shows the new tagline at once (the cached copy is gone), and so does My space.
    visitor.reload()
    expect(visitor.locator(".member__tagline")).to_have_text("Affiches et identités visuelles")
    member.reload()
    expect(member.locator(".space-state .status")).to_have_text(texts["live"])
