"""Editors' publishing rules: translations go live only once translated; scheduled publishing and expiry."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from core.translations import record_translations
from tests.factories.home import StandardPageFactory, make_home, translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client():
    user = get_user_model().objects.create_superuser("chief", "chief@example.lu", "pw-chief-2026")
    client = Client()
    client.force_login(user)
    return client


def _french_page():
    home, locales = make_home()
    page = StandardPageFactory(parent=home, title="Nos ateliers", slug="ateliers", listing_summary="Ouverts à tous")
    page.save_revision().publish()
    return page, locales


def test_a_new_translation_is_a_draft_until_translated_and_published(editor_client, django_capture_on_commit_callbacks):
    page, locales = _french_page()
    response = editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales["en"].pk], "include_subtree": False},
    )
    assert response.status_code == 302
    english = Page.objects.get(translation_key=page.translation_key, locale=locales["en"])
    assert not english.live  # created by "Translate this page", not published with French text

    # Publishing from the translation editor with untranslated texts is refused.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}, follow=True
        )
    english.refresh_from_db()
    assert not english.live
    with translation.override("fr"):  # the editor's admin language
        refusal = escape(gettext("Translate every text in the translation editor, then publish."))
    assert refusal in response.content.decode()

    record_translations(page, {locales["en"]: {"Nos ateliers": "Our workshops", "Ouverts à tous": "Open to all"}})
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"})
    english.refresh_from_db()
    assert english.live
    assert english.title == "Our workshops"


def test_a_live_translation_stays_publishable_when_the_source_gains_new_text(
    editor_client, django_capture_on_commit_callbacks
):
    page, locales = _french_page()
    editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["en"].pk]}
    )
    english = Page.objects.get(translation_key=page.translation_key, locale=locales["en"])
    record_translations(page, {locales["en"]: {"Nos ateliers": "Our workshops", "Ouverts à tous": "Open to all"}})
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(edit_url, {"action": "publish"})
    page.listing_summary = "Nouveau texte"
    page.save_revision().publish()
    TranslationSource.objects.get(object_id=page.translation_key).update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(edit_url, {"action": "publish"}, follow=True)
    english.refresh_from_db()
    assert english.live
    with translation.override("fr"):
        refusal = escape(gettext("Translate every text in the translation editor, then publish."))
    assert refusal not in response.content.decode()


def test_scheduled_publishing_and_expiry():
    """Editors set "go live" and "expiry" dates; ``manage.py publish_scheduled`` (run by cron) applies them."""
    page, _locales = _french_page()
    later = StandardPageFactory(parent=page.get_parent(), title="Bientôt", slug="bientot", live=False)
    now = timezone.now()
    later.go_live_at = now + timedelta(hours=2)
    later.save_revision().publish()
    page.expire_at = now + timedelta(hours=3)
    page.save_revision().publish()

    call_command("publish_scheduled")
    assert Client().get("/fr/bientot/").status_code == 404  # scheduled, not yet live
    assert Client().get("/fr/ateliers/").status_code == 200

    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(hours=2, minutes=1)):
        call_command("publish_scheduled")
    assert Client().get("/fr/bientot/").status_code == 200
    assert Client().get("/fr/ateliers/").status_code == 200

    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(hours=3, minutes=1)):
        call_command("publish_scheduled")
    assert Client().get("/fr/ateliers/").status_code == 404


def test_admin_search_finds_pages_in_every_language(editor_client, site_tree):
    german = translate_page(
        StandardPageFactory(parent=site_tree.home["fr"], title="Ateliers ouverts", slug="ateliers-ouverts"),
        site_tree.locales["de"],
        title="Offene Werkstätten",
        slug="offene-werkstaetten",
    )
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": "Werkstätten"})
    assert response.status_code == 200
    assert german.title in response.content.decode()
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": "ateliers"})
    assert "Ateliers ouverts" in response.content.decode()
