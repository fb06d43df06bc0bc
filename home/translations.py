"""Create wagtail-localize translations from known translated strings.

Used by the demo data and by tests: the source page is written in French, the
English and German texts are given as a mapping "French string → translation",
and wagtail-localize builds, links and publishes the translated pages exactly as
when an editor translates in the admin.
"""

from django.db import transaction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


@transaction.atomic
def translate_with_localize(instance, translations, publish=True, user=None):
    """Translate ``instance`` into each locale of ``translations``.

    ``translations`` maps a target ``Locale`` to ``{source text: translated text}``.
    Source strings with no entry stay as in the source (wagtail-localize's fallback).
    Returns the translated instances by locale.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    results = {}
    for locale, mapping in translations.items():
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in segments:
            text = mapping.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
        results[locale.language_code], _changed = source.create_or_update_translation(
            locale, user=user, publish=publish, fallback=True
        )
    return results
