"""A member asks in My space for a machine draft of a portfolio item's texts in another language, edits it and
sends it to moderation; unread, the language version is marked "machine translated"; "I have read and corrected"
does not mark it, and an item saved without a draft leaves the mark of the page's own texts alone."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail_localize.models import StringTranslation

from core.tests.deepl_server import FakeDeepL
from members.models import MemberPage
from members.moderation import MemberChanges

from .helpers import approve, moderator, url
from .test_space_machine_draft import ask_draft as ask_page_draft
from .test_space_machine_draft import deepl  # noqa: F401 (the fixture)
from .test_space_machine_draft import texts as page_texts
from .test_space_portfolio import item_data, owned, png  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

DRAFTED = {
    "title_de": "[DE] Affiche modifiée",
    "caption_de": "[DE] Sérigraphie trois couleurs",
    "credits_de": "",
    "alt_text_de": "[DE] Une affiche violette",
}


def edit_url(page):
    return url("space:portfolio_edit", page_id=page.pk, item_key=page.portfolio_items.first().translation_key)


def typed():
    """The item's form as the member typed it: a new main-language title, not saved yet."""
    return item_data(title="Affiche modifiée", title_en="Festival poster")


def ask_draft(client, page, **data):
    response = client.post(edit_url(page), {**typed(), "draft": "de", **data})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def messages_of(html):
    return html.select_one("[role=status]").get_text(" ", strip=True)


def test_the_draft_fills_the_item_form_without_saving(client, owned, deepl):  # noqa: F811
    page = owned
    form = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    buttons = [b.get_text(strip=True) for b in form.select("button[name=draft]")]
    assert buttons == ["Draft a translation from French"] * 2  # English and German
    assert [b["value"] for b in form.select("button[name=draft]")] == ["en", "de"]
    revisions = page.revisions.count()

    html = ask_draft(client, page)
    for name, value in DRAFTED.items():
        field = html.select_one(f"[name={name}]")
        assert (field.get_text().strip() if field.name == "textarea" else field.get("value", "")) == value
    assert html.select_one("[name=title]")["value"] == "Affiche modifiée"  # the typed input is kept
    assert html.select_one("[name=title_en]")["value"] == "Festival poster"
    assert html.select_one("[name=caption]").get_text().strip() == "Sérigraphie trois couleurs"
    assert "A machine draft of your texts in German is in the form below" in messages_of(html)
    assert html.select_one("details.space-languages").has_attr("open")
    box = html.select_one("#id_reviewed_de")
    assert box is not None and html.select_one("label[for=id_reviewed_de]").get_text() == (
        "I have read and corrected this translation"
    )
    assert html.select_one("#id_reviewed_en") is None
    (request,) = deepl.requests
    assert (request["source_lang"], request["target_lang"]) == ("FR", "DE")
    assert page.revisions.count() == revisions  # nothing saved
    assert MemberChanges(page).item(page.portfolio_items.first().translation_key).title != "Affiche modifiée"


def test_a_chosen_file_is_to_be_chosen_again(client, owned, deepl):  # noqa: F811
    page = owned
    response = client.post(url("space:portfolio_add", page_id=page.pk), {**item_data(), "image": png(), "draft": "de"})
    html = BeautifulSoup(response.content, "html.parser")
    assert "A file you had chosen is not kept: choose it again before saving." in messages_of(html)
    assert html.select_one("[name=title_de]")["value"] == "[DE] Affiche du festival"
    assert html.select_one("[name=title]")["value"] == "Affiche du festival"
    assert not html.select(".field__error")  # no "choose the image" before the member saves


def publish(client, page, data, django_capture_on_commit_callbacks):
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    german = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="de")
    return german, Client().get(german.url).content.decode()


def api_mark(page):
    return Client().get(f"/api/v2/pages/{page.pk}/?fields=machine_translated").json()["machine_translated"]


def test_an_unread_item_draft_marks_the_page(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page = owned
    ask_draft(client, page)
    german, html = publish(client, page, {**typed(), **DRAFTED}, django_capture_on_commit_callbacks)
    assert "[DE] Affiche modifiée" in html and "Maschinell übersetzt" in html
    assert german.machine_translated is True
    assert api_mark(german) is True
    # The item's texts count as machine translations for an editor's review.
    assert german.has_unreviewed_machine_texts()
    machine = StringTranslation.objects.filter(
        locale=german.locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).values_list("data", flat=True)
    assert {"[DE] Affiche modifiée", "[DE] Sérigraphie trois couleurs"} <= set(machine)
    # The item's form now offers the confirmation for German; the page's form does not (its texts are the member's).
    form = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    assert form.select_one("#id_reviewed_de") is not None
    assert form.select_one("details.space-languages").has_attr("open")
    profile = BeautifulSoup(client.get(url("space:edit", page_id=page.pk)).content, "html.parser")
    assert profile.select_one("#id_reviewed_de") is None

    # Confirming it later removes the mark.
    german, html = publish(
        client, page, {**typed(), **DRAFTED, "reviewed_de": "on"}, django_capture_on_commit_callbacks
    )
    assert "[DE] Affiche modifiée" in html and "Maschinell übersetzt" not in html
    assert german.machine_translated is False
    assert api_mark(german) is False


def test_the_confirmation_does_not_mark(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page = owned
    ask_draft(client, page)
    data = {**typed(), **DRAFTED, "reviewed_de": "on"}
    german, html = publish(client, page, data, django_capture_on_commit_callbacks)
    assert "[DE] Affiche modifiée" in html and "Maschinell übersetzt" not in html
    assert german.machine_translated is False
    assert api_mark(german) is False


def test_a_rewritten_item_draft_is_the_members_own(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page = owned
    ask_draft(client, page)
    data = {**typed(), **DRAFTED, "title_de": "Festivalplakat"}
    german, html = publish(client, page, data, django_capture_on_commit_callbacks)
    assert "Festivalplakat" in html and "Maschinell übersetzt" not in html
    assert german.machine_translated is False


def test_an_item_saved_without_a_draft_keeps_the_pages_mark(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page = owned
    ask_page_draft(client, page)
    data = {**page_texts(page), "tagline_de": "Neue Tagline", "bio_de": "Erster Absatz.\n\nZweiter Absatz."}
    assert client.post(url("space:edit", page_id=page.pk), data).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    german = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="de")
    assert german.machine_translated is True

    form = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    assert form.select_one("#id_reviewed_de") is None  # the item has no machine draft
    german, html = publish(client, page, {**typed(), "title_de": "Festivalplakat"}, django_capture_on_commit_callbacks)
    assert "Festivalplakat" in html and "Maschinell übersetzt" in html
    assert german.machine_translated is True


def test_a_failing_service_gives_a_message_and_keeps_the_item_form(client, owned, settings):  # noqa: F811
    page = owned
    with FakeDeepL(key="member-key:fx") as server:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "wrong-key:fx", "URL": server.url, "TIMEOUT": 5},
        }
        html = ask_draft(client, page)
    assert "The machine translation service did not answer: the service refused the key (HTTP 403)" in messages_of(html)
    assert html.select_one("[name=title]")["value"] == "Affiche modifiée"
    assert html.select_one("[name=title_en]")["value"] == "Festival poster"
    assert not html.select_one("[name=title_de]").get("value")
    assert html.select_one("#id_reviewed_de") is None


def test_without_a_translator_there_is_no_item_button(client, owned, settings):  # noqa: F811
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    html = client.get(edit_url(owned)).content.decode()
    assert 'name="draft"' not in html


def test_the_pages_texts_saved_without_a_draft_keep_the_items_mark(
    client,
    owned,  # noqa: F811
    deepl,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    page = owned
    ask_draft(client, page)
    german, _html = publish(client, page, {**typed(), **DRAFTED}, django_capture_on_commit_callbacks)
    assert german.machine_translated is True

    data = {**page_texts(page), "tagline_de": "Unsere Tagline"}
    assert client.post(url("space:edit", page_id=page.pk), data).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    german.refresh_from_db()
    assert german.machine_translated is True and api_mark(german) is True
    machine = set(
        StringTranslation.objects.filter(
            locale=german.locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        ).values_list("data", flat=True)
    )
    assert "[DE] Affiche modifiée" in machine
    assert "Unsere Tagline" not in machine  # the page's texts are the member's own


def test_an_editors_machine_translation_of_the_page_texts_still_asks_for_review(
    client,
    owned,  # noqa: F811
    deepl,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    page = owned
    ask_draft(client, page)
    german, _html = publish(client, page, {**typed(), **DRAFTED}, django_capture_on_commit_callbacks)
    # The page's German tagline is (also) an editor's machine translation nobody reviewed.
    StringTranslation.objects.filter(
        locale=german.locale, context__object_id=german.translation_key, data=german.tagline
    ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
    profile = BeautifulSoup(client.get(url("space:edit", page_id=page.pk)).content, "html.parser")
    assert profile.select_one("#id_reviewed_de") is not None


def test_a_new_items_unread_draft_marks_the_page(client, owned, deepl, django_capture_on_commit_callbacks):  # noqa: F811
    page = owned
    add_url = url("space:portfolio_add", page_id=page.pk)
    client.post(add_url, {**item_data(), "draft": "de"})
    drafted = {**DRAFTED, "title_de": "[DE] Affiche du festival"}
    assert client.post(add_url, {**item_data(), **drafted, "image": png()}).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    german = MemberPage.objects.get(translation_key=page.translation_key, locale__language_code="de")
    html = Client().get(german.url).content.decode()
    assert "[DE] Affiche du festival" in html and "Maschinell übersetzt" in html
    assert german.machine_translated is True
