"""DeepL as wagtail-localize's machine translator, with its endpoint configurable, failing cleanly.

wagtail-localize's ``DeepLTranslator`` picks DeepL's free API for keys ending in ":fx" and the pro API
otherwise. ``OPTIONS["URL"]`` (the ``DEEPL_URL`` environment variable) overrides both: a proxy, or the
fake DeepL server the tests run on 127.0.0.1 (``core.tests.deepl_server``).

A refused key (403), a used-up quota (456), too many requests (429), an unexpected answer, a network
failure or a timeout raise ``MachineTranslationError`` with a reason in the user's language, before
anything is written. ``machine_translate`` wraps wagtail-localize's "Translate with DeepL" view (its
URL is registered before wagtail-localize's, see ``core.wagtail_hooks``): the editor gets the reason as
a message and is sent back to the translation editor instead of a server error.
"""

import requests
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.deepl import DeepLTranslator as LocalizeDeepLTranslator
from wagtail_localize.strings import StringValue
from wagtail_localize.views import edit_translation

FREE_ENDPOINT = "https://api-free.deepl.com/v2/translate"
PRO_ENDPOINT = "https://api.deepl.com/v2/translate"


class MachineTranslationError(Exception):
    """The machine translation service gave no usable answer; ``str(error)`` says why, for the user."""


def _status_reason(status):
    if status in (401, 403):
        return _("the service refused the key (HTTP %(status)d)") % {"status": status}
    if status == 429:
        return _("too many requests, try again in a moment (HTTP %(status)d)") % {"status": status}
    if status == 456:
        return _("the translation quota is used up (HTTP %(status)d)") % {"status": status}
    return _("unexpected answer (HTTP %(status)d)") % {"status": status}


class DeepLTranslator(LocalizeDeepLTranslator):
    display_name = "DeepL"

    def get_api_endpoint(self):
        if self.options.get("URL"):
            return self.options["URL"]
        return FREE_ENDPOINT if self.options.get("AUTH_KEY", "").endswith(":fx") else PRO_ENDPOINT

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        try:
            response = requests.post(
                self.get_api_endpoint(),
                self.get_parameters(source_locale, target_locale, strings),
                timeout=int(self.options.get("TIMEOUT", 30)),
                headers=self.get_headers(),
            )
        except requests.Timeout as error:
            raise MachineTranslationError(_("no answer in time")) from error
        except requests.RequestException as error:
            raise MachineTranslationError(_("the service could not be reached")) from error
        if response.status_code != 200:
            raise MachineTranslationError(_status_reason(response.status_code))
        try:
            translations = [item["text"] for item in response.json()["translations"]]
        except (ValueError, KeyError, TypeError) as error:
            raise MachineTranslationError(_status_reason(response.status_code)) from error
        if len(translations) != len(strings):
            raise MachineTranslationError(_status_reason(response.status_code))
        return {string: StringValue(text) for string, text in zip(strings, translations, strict=True)}


def failure_message(error):
    return _("The machine translation service did not answer: %(reason)s. Nothing was changed.") % {"reason": error}


def translator():
    """The configured machine translator, or None."""
    return get_machine_translator()


def draft_plain_texts(source_language, target_language, texts):
    """A machine draft of plain ``texts`` (a list) from ``source_language`` into ``target_language``:
    the drafts in the same order ("" stays ""). Raises ``MachineTranslationError`` when the service fails,
    ``LookupError`` when no translator is configured or it cannot translate between these languages."""
    machine = translator()
    source, target = (
        Locale.objects.get(language_code=source_language),
        Locale.objects.get(language_code=target_language),
    )
    if machine is None or not machine.can_translate(source, target):
        raise LookupError(target_language)
    values = {text: StringValue.from_plaintext(text) for text in texts if text}
    if not values:
        return list(texts)
    translated = machine.translate(source, target, list(dict.fromkeys(values.values())))
    out = []
    for text in texts:
        value = translated.get(values[text]) if text else None
        out.append(value.render_text() if value is not None and value.data is not None else (text and ""))
    return out


@require_POST
def machine_translate(request, translation_id):
    """wagtail-localize's "Translate with …" view; a failure of the service is a message, not a 500."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except MachineTranslationError as error:
        messages.error(request, failure_message(error))
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            next_url = reverse("wagtailadmin_home")
        return redirect(next_url)
