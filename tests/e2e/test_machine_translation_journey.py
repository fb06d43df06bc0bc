"""An editor machine-translates a French member into German with DeepL (a fake DeepL server on 127.0.0.1),
reviews the draft and publishes it: the German page shows the text without the "machine translated" mark."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from core.tests.deepl_server import FakeDeepL
from tests.factories import add_member, build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-passphrase-42"


def test_an_editor_machine_translates_reviews_and_publishes(new_page, django_user_model, settings):
    site = build_site_tree(members_per_branch=0)
    versions = add_member(site, title="Reliure Nord", bio="<p>Un atelier de reliure.</p>")
    german = versions["de"]
    django_user_model.objects.create_superuser("editor", "editor@example.lu", PASSWORD)
    glossary = {"Un atelier de reliure.": "Eine Buchbinderei."}
    with FakeDeepL(key="journey:fx", glossary=glossary) as deepl:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "journey:fx", "URL": deepl.url, "TIMEOUT": 5},
        }
        admin = new_page(locale="en-GB")
        admin.goto("/admin/login/")
        admin.fill("#id_username", "editor")
        admin.fill("#id_password", PASSWORD)
        admin.locator("button[type=submit]").click()
        expect(admin).to_have_url(re.compile(r"/admin/$"))

        # The translation editor: one click pre-fills the German texts with DeepL's.
        admin.goto(f"/admin/pages/{german.pk}/edit/")
        admin.get_by_role("button", name="Translate with DeepL").click()
        expect(admin.locator(".messages")).to_contain_text("Successfully translated with DeepL.")
        assert deepl.requests and deepl.requests[0]["target_lang"] == "DE"

        # The editor reads the machine-translated texts beside the French and confirms them.
        admin.goto(reverse("members_review_machine_translation", args=[german.pk]))
        expect(admin.locator("main")).to_contain_text("Eine Buchbinderei.")
        admin.get_by_label(re.compile("I have read these texts")).check()
        admin.locator("main form button[type=submit]").click()
        expect(admin.locator(".messages")).to_contain_text("marked as reviewed")

        # Back in the translation editor, the editor publishes the German page.
        admin.goto(f"/admin/pages/{german.pk}/edit/")
        admin.get_by_role("button", name=re.compile(r"^Publish")).first.click()
        expect(admin.locator(".messages")).to_contain_text("Published")

    visitor = new_page(locale="de-DE")
    german.refresh_from_db()
    visitor.goto(german.url)
    expect(visitor.locator("main")).to_contain_text("Eine Buchbinderei.")
    expect(visitor.locator("body")).not_to_contain_text("Maschinell übersetzt")


def test_a_member_drafts_a_german_translation_in_my_space(new_page, django_user_model, settings):
    site = build_site_tree(members_per_branch=0)
    versions = add_member(site, title="Reliure Sud", tagline="Reliure d’art")
    owner = django_user_model.objects.create_user("sud@example.lu", "sud@example.lu", PASSWORD)
    versions["fr"].owners.add(owner)
    with FakeDeepL(key="journey:fx", glossary={"Reliure d’art": "Kunstbuchbinderei"}) as deepl:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "journey:fx", "URL": deepl.url, "TIMEOUT": 5},
        }
        member = new_page(locale="en-GB")
        with translation.override("en"):
            edit_url = reverse("space:edit", kwargs={"page_id": versions["fr"].pk})
        member.goto(edit_url)
        member.fill("[name=username]", "sud@example.lu")
        member.fill("[name=password]", PASSWORD)
        member.locator("form button[type=submit]").click()
        expect(member).to_have_url(re.compile(re.escape(edit_url) + "$"))
        member.locator("[name=tagline_de]").fill("")
        # Keyboard: the German fieldset's button, then Enter.
        german_draft = member.locator("button[name=draft][value=de]")
        expect(german_draft).to_have_text("Draft a translation from French")
        german_draft.focus()
        member.keyboard.press("Enter")
        expect(member.locator("[name=tagline_de]")).to_have_value("Kunstbuchbinderei")
        expect(member.locator("main")).to_contain_text("A machine draft of your texts in German")
        expect(member.get_by_label("I have read and corrected this translation")).not_to_be_checked()
        # Enter in a field saves (the default button), it does not ask for another draft.
        member.locator("[name=tagline_de]").press("Enter")
        expect(member.locator(".space-state .status")).to_have_text("In moderation")
    assert len(deepl.requests) == 1
