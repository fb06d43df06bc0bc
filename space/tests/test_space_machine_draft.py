"""A member asks in My space for a machine draft of their texts in another language, edits it and sends
it to moderation; unread, it stays marked "machine translated"; "I have read and corrected" clears it."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail_localize.models import StringTranslation

from core.tests.deepl_server import FakeDeepL
from members.models import MemberPage

from .helpers import approve, moderator, url
from .test_space_profile import edit_data, owned  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

GLOSSARY = {
    "Nouvelle accroche": "Neue Tagline",
    "Premier paragraphe.": "Erster Absatz.",
    "Second paragraphe.": "Zweiter Absatz.",
}


@pytest.fixture
def deepl(settings):
    with FakeDeepL(key="member-key:fx", glossary=GLOSSARY) as server:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "member-key:fx", "URL": server.url, "TIMEOUT": 5},
        }
        yield server


def texts(page):
    return edit_data(page, bio_fr="Premier paragraphe.\n\nSecond paragraphe.")


def ask_draft(client, page):
    response = client.post(url("space:edit", page_id=page.pk), {**texts(page), "draft": "de"})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_draft_fills_the_form_without_saving(client, owned, deepl):  # noqa: F811
    page, _member = owned
    form = BeautifulSoup(client.get(url("space:edit", page_id=page.pk)).content, "html.parser")
    buttons = [b.get_text(strip=True) for b in form.select("button[name=draft]")]
    assert buttons == ["Draft a translation from French"] * 2  # English and German
    revisions = page.revisions.count()

    html = ask_draft(client, page)
    assert html.select_one("[name=tagline_de]")["value"] == "Neue Tagline"
    assert html.select_one("[name=bio_de]").get_text() == "\nErster Absatz.\n\nZweiter Absatz."
    assert html.select_one("[name=tagline_en]")["value"] == "New tagline"  # the rest is kept as typed
    assert "A machine draft of your texts in German is in the form below" in html.get_text()
    assert html.select_one("#id_reviewed_de") is not None
    (request,) = deepl.requests
    assert (request["source_lang"], request["target_lang"]) == ("FR", "DE")
    assert page.revisions.count() == revisions  # nothing saved


def publish(client, page, data, django_capture_on_commit_callbacks):
    response = client.post(url("space:edit", page_id=page.pk), data)
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    german = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="de")
    return german, Client().get(german.url).content.decode()


def test_an_unread_draft_stays_marked(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page, _member = owned
    ask_draft(client, page)
    data = {**texts(page), "tagline_de": "Neue Tagline", "bio_de": "Erster Absatz.\n\nZweiter Absatz."}
    german, html = publish(client, page, data, django_capture_on_commit_callbacks)
    assert "Neue Tagline" in html and "Maschinell übersetzt" in html
    assert german.machine_translated is True
    assert german.has_unreviewed_machine_texts()
    # Its paragraphs are the translation editor's strings, marked as machine translations like the tagline.
    machine = StringTranslation.objects.filter(
        locale=german.locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).values_list("data", flat=True)
    assert {"Neue Tagline", "Erster Absatz.", "Zweiter Absatz."} <= set(machine)
    # The member's form now offers the confirmation for German.
    form = BeautifulSoup(client.get(url("space:edit", page_id=page.pk)).content, "html.parser")
    assert form.select_one("#id_reviewed_de") is not None


def test_the_confirmation_clears_the_mark(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page, _member = owned
    ask_draft(client, page)
    data = {
        **texts(page),
        "tagline_de": "Neue Tagline",
        "bio_de": "Erster Absatz.\n\nZweiter Absatz.",
        "reviewed_de": "on",
    }
    german, html = publish(client, page, data, django_capture_on_commit_callbacks)
    assert "Neue Tagline" in html and "Maschinell übersetzt" not in html
    assert german.machine_translated is False


def test_a_failing_service_gives_a_message_and_keeps_the_form(client, owned, settings):  # noqa: F811
    page, _member = owned
    with FakeDeepL(key="member-key:fx") as server:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "wrong-key:fx", "URL": server.url, "TIMEOUT": 5},
        }
        html = ask_draft(client, page)
    text = html.get_text()
    assert "The machine translation service did not answer: the service refused the key (HTTP 403)" in text
    assert html.select_one("[name=tagline_fr]")["value"] == "Nouvelle accroche"
    assert not html.select_one("[name=tagline_de]").get("value")


def test_without_a_translator_there_is_no_button(client, owned, settings):  # noqa: F811
    page, _member = owned
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    html = client.get(url("space:edit", page_id=page.pk)).content.decode()
    assert 'name="draft"' not in html


def test_a_rewritten_draft_is_the_members_own(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page, _member = owned
    ask_draft(client, page)
    data = {**texts(page), "tagline_de": "Unsere Tagline", "bio_de": "Erster Absatz.\n\nZweiter Absatz."}
    german, html = publish(client, page, data, django_capture_on_commit_callbacks)
    assert "Unsere Tagline" in html and "Maschinell übersetzt" not in html
    assert german.machine_translated is False


def test_a_later_confirmation_clears_the_mark(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page, _member = owned
    ask_draft(client, page)
    data = {**texts(page), "tagline_de": "Neue Tagline", "bio_de": "Erster Absatz.\n\nZweiter Absatz."}
    german, html = publish(client, page, data, django_capture_on_commit_callbacks)
    assert german.machine_translated is True

    german, html = publish(client, page, {**data, "reviewed_de": "on"}, django_capture_on_commit_callbacks)
    assert "Neue Tagline" in html and "Maschinell übersetzt" not in html
    assert german.machine_translated is False
