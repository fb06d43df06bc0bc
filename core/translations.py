"""Create wagtail-localize translations from known translated strings.

Used by the demo data and by tests: the source page is written in French, the
English and German texts are given as a mapping "French string → translation",
and wagtail-localize builds, links and publishes the translated pages exactly as
when an editor translates in the admin.

It also holds the rule editors work under: a translation made with wagtail-localize
cannot go live while some of its segments are untranslated (``untranslated_count``,
checked before wagtail-localize's translation editor publishes, see wagtail_hooks).
"""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


@transaction.atomic
def translate_with_localize(instance, translations, publish=True, user=None):
    """Translate ``instance`` into each locale of ``translations``.

    ``translations`` maps a target ``Locale`` to ``{source text: translated text}``.
    Source strings with no entry (names, addresses) are recorded as translated unchanged.
    Returns the translated instances by locale.
    """
    source = record_translations(instance, translations)
    results = {}
    for locale in translations:
        results[locale.language_code], _changed = source.create_or_update_translation(
            locale, user=user, publish=publish, fallback=True
        )
    return results


def record_translations(instance, translations, missing_as_source=True):
    """Register ``instance`` as a wagtail-localize source with its translated strings.

    The translated objects themselves are not touched: use this when they already exist
    (same translation key) so that editors see them as synchronised translations.
    With ``missing_as_source`` (the demo's names and addresses), a string with no entry is
    recorded as translated unchanged; without it, it stays untranslated for editors.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for locale, mapping in translations.items():
        Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
        for segment in segments:
            text = translated_segment(segment.string.data, mapping)
            lookup = {"translation_of": segment.string, "locale": locale, "context": segment.context}
            values = {"translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL}
            if text:
                StringTranslation.objects.update_or_create(**lookup, defaults={"data": text, **values})
            elif missing_as_source:
                # Names and addresses stay as written, but an earlier translation is never overwritten.
                StringTranslation.objects.get_or_create(**lookup, defaults={"data": segment.string.data, **values})
    return source


def translated_segment(source_data, mapping):
    """The translation of one segment, in wagtail-localize's segment format.

    Plain-text fields (titles, taglines) are stored HTML-escaped ("Design &amp; mode"),
    rich text as inline HTML; the mapping is written with plain strings.
    """
    if source_data in mapping:
        return mapping[source_data]
    plain = StringValue(source_data).render_text()
    if plain in mapping:
        return StringValue.from_plaintext(mapping[plain]).data
    return None


def untranslated_count(page):
    """How many segments of ``page`` are still untranslated when it is about to go live.

    Zero for pages that are not wagtail-localize translations (sources, hand-made
    copies), for pages already live (a sync of new source text must not take a live
    translation offline) and for complete translations.
    """
    if not page.pk or page.live or page.alias_of_id:
        return 0
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .first()
    )
    if translation is None:
        return 0
    total, done = translation.get_progress()
    return total - done


def untranslated_message(count):
    return (
        ngettext(
            "This translation cannot go live yet: %(count)d text is not translated.",
            "This translation cannot go live yet: %(count)d texts are not translated.",
            count,
        )
        % {"count": count}
        + " "
        + _("Translate every text in the translation editor, then publish.")
    )
