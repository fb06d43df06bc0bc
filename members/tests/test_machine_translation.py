"""Machine-translation drafts with DeepL (a fake DeepL server on 127.0.0.1), and the mark they leave until
someone reviews them."""

import pytest
import requests
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from core.machine_translation import FREE_ENDPOINT, PRO_ENDPOINT, DeepLTranslator, MachineTranslationError
from core.tests.deepl_server import FakeDeepL
from members.models import MemberPage, TranslationReview
from tests.factories import add_member

pytestmark = pytest.mark.django_db


def test_the_deepl_endpoint_follows_the_key_unless_a_url_is_given():
    assert DeepLTranslator({"AUTH_KEY": "abc:fx"}).get_api_endpoint() == FREE_ENDPOINT
    assert DeepLTranslator({"AUTH_KEY": "abc"}).get_api_endpoint() == PRO_ENDPOINT
    assert DeepLTranslator({"AUTH_KEY": "abc", "URL": "http://127.0.0.1:9/v2/translate"}).get_api_endpoint() == (
        "http://127.0.0.1:9/v2/translate"
    )


@pytest.fixture
def editor_client(db):
    client = Client()
    client.force_login(User.objects.create_superuser("ed", "ed@example.lu", "pw-for-tests-123"))
    return client


def page_text(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def api_mark(page):
    return Client().get(f"/api/v2/pages/{page.pk}/?fields=machine_translated").json()["machine_translated"]


def test_an_editor_prefills_a_translation_with_deepl_then_reviews_it(
    site_tree, editor_client, settings, django_capture_on_commit_callbacks
):
    versions = add_member(site_tree, bio="<p>Un atelier de reliure.</p>")
    german = versions["de"]
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=german.locale)
    assert "Maschinell übersetzt" not in page_text(german) and api_mark(german) is False

    with FakeDeepL(key="secret:fx", glossary={"Un atelier de reliure.": "Eine Buchbinderei."}) as deepl:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "secret:fx", "URL": deepl.url},
        }
        edit_url = reverse("wagtailadmin_pages:edit", args=[german.pk])
        response = editor_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]) + f"?next={edit_url}"
        )
        assert response.status_code == 302
    (request,) = deepl.requests
    assert (request["source_lang"], request["target_lang"]) == ("FR", "DE")
    assert "Un atelier de reliure." in request["texts"]
    machine = StringTranslation.objects.get(locale=german.locale, data="Eine Buchbinderei.")
    assert machine.translation_type == "machine" and machine.tool_name == "DeepL"

    # Published, the German page shows the draft, marked as machine-translated; so does the API.
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)
    german = MemberPage.objects.get(pk=german.pk)
    html = page_text(german)
    assert "Eine Buchbinderei." in html and "Maschinell übersetzt" in html
    assert api_mark(german) is True
    review_url = reverse("members_review_machine_translation", args=[german.pk])
    assert "Eine Buchbinderei." in editor_client.get(review_url).content.decode()

    drafted = StringTranslation.objects.filter(locale=german.locale, translation_type="machine").count()
    # Without the explicit confirmation nothing changes.
    editor_client.post(review_url, {})
    assert api_mark(german) is True
    response = editor_client.post(review_url, {"reviewed": "on"})
    assert response.status_code == 302
    assert "Maschinell übersetzt" not in page_text(german) and "Eine Buchbinderei." in page_text(german)
    assert api_mark(german) is False
    review = TranslationReview.objects.get(translation_key=german.translation_key)
    assert review.texts == drafted and review.reviewed_by.username == "ed"
    assert not StringTranslation.objects.filter(locale=german.locale, translation_type="machine").exists()


@pytest.mark.parametrize("failure", ["refused key", "closed port"])
def test_a_failing_deepl_gives_the_editor_a_message_not_a_server_error(site_tree, editor_client, settings, failure):
    versions = add_member(site_tree, bio="<p>Un atelier de reliure.</p>")
    german = versions["de"]
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=german.locale)
    before = StringTranslation.objects.filter(locale=german.locale).count()
    deepl = FakeDeepL(key="the-right-key:fx")
    if failure == "closed port":
        deepl.server.server_close()  # nothing listens there any more
    else:
        deepl.__enter__()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "core.machine_translation.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "a-wrong-key:fx", "URL": deepl.url, "TIMEOUT": 5},
    }
    edit_url = reverse("wagtailadmin_pages:edit", args=[german.pk])
    try:
        response = editor_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]) + f"?next={edit_url}"
        )
    finally:
        if failure == "refused key":
            deepl.__exit__(None, None, None)
    assert response.status_code == 302 and response.url == edit_url
    page = editor_client.get(edit_url).content.decode()
    # The editor's admin is in French.
    assert "Le service de traduction automatique n’a pas répondu" in page and "Rien n’a été modifié." in page
    reason = "le service a refusé la clé (HTTP 403)" if failure == "refused key" else "le service est injoignable"
    assert reason in page
    assert StringTranslation.objects.filter(locale=german.locale).count() == before


def _answer(status, body=b'{"message": "x"}'):
    response = requests.Response()
    response.status_code, response._content = status, body
    return response


@pytest.mark.parametrize(
    "answer, reason",
    [
        (_answer(429), "too many requests, try again in a moment (HTTP 429)"),
        (_answer(456), "the translation quota is used up (HTTP 456)"),
        (_answer(500), "unexpected answer (HTTP 500)"),
        (_answer(200, b"<html>not json</html>"), "unexpected answer (HTTP 200)"),
        (requests.ReadTimeout(), "no answer in time"),
        (requests.ConnectionError(), "the service could not be reached"),
    ],
)
def test_every_failure_of_deepl_is_a_reason_in_words(monkeypatch, site_tree, answer, reason):
    def post(*args, **kwargs):
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(requests, "post", post)
    fr, de = site_tree.locales["fr"], site_tree.locales["de"]
    with translation.override("en"), pytest.raises(MachineTranslationError) as error:
        DeepLTranslator({"AUTH_KEY": "k:fx"}).translate(fr, de, [StringValue.from_plaintext("Bonjour")])
    assert str(error.value) == reason
