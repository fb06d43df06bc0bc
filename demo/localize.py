"""Translating the demo's pages through wagtail-localize, from the texts of the data files.

A page is registered with wagtail-localize (``record_translations``: its source, segments, translation
records and translated strings), then wagtail-localize makes each translated page as an editor's
"translate" would (``TranslationSource.create_or_update_translation``). The registration writes what
``TranslationSource.update_or_create_from_instance`` and ``core.translations.record_translations``
write, in a few statements per page instead of a few per text (a page has dozens of texts, a member
with a portfolio over a hundred).
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import OverridableSegmentValue, RelatedObjectSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

from core.performance.private import localize_path_id, localize_string_hash
from core.translations import translated_segment

from .data import LANGS


def strings_for(fields, lang):
    """The "French text → text in ``lang``" mapping of a dict of per-language fields (nested ones too)."""
    mapping = {}

    def walk(node):
        if isinstance(node, dict) and "fr" in node and lang in node:
            source, target = node["fr"], node[lang]
            if isinstance(source, str):
                mapping[source] = target
                # Rich text is segmented by paragraph: map the inner text too.
                if source.startswith("<p>"):
                    mapping[source[3:-4]] = target[3:-4]
        elif isinstance(node, dict):
            for key, value in node.items():
                if not key.startswith("_"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(fields)
    return mapping


def translate_tree_page(page, fields, locales, publish=True):
    """Translate a French page into English and German through wagtail-localize, unless both exist
    (seeding again adds what is missing and leaves what editors may have changed)."""
    missing = missing_translations(page, locales)
    if not missing:
        return {}
    targets = {locales[lang]: strings_for(fields, lang) for lang in missing}
    return translate(page, targets, publish=publish)


def missing_translations(page, locales):
    """The languages (besides French) ``page`` has no version in yet."""
    existing = set(page.get_translations().values_list("locale__language_code", flat=True))
    return [lang for lang in LANGS[1:] if lang not in existing]


@transaction.atomic
def translate(instance, translations, publish=True):
    """``core.translations.translate_with_localize``, with the registration written in bulk.

    ``translations`` maps a target ``Locale`` to ``{source text: translated text}``; a source string
    with no entry (a name, an address) is recorded as translated unchanged. Returns the translated
    instances by language code.
    """
    source = record_translations(instance, translations)
    results = {}
    for locale in translations:
        results[locale.language_code], _changed = source.create_or_update_translation(
            locale, publish=publish, fallback=True
        )
    return results


def record_translations(instance, translations, missing_as_source=True, overwrite=True):
    """Register ``instance`` as a wagtail-localize source with its translated strings.

    What ``core.translations.record_translations`` writes: the source and its segments, a translation
    record per target locale and the translated strings (``translations`` maps a locale to {source
    text: translation}). A string with no entry is recorded as translated unchanged with
    ``missing_as_source``; an existing translation is updated with ``overwrite``, else kept.
    """
    source = source_for(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    Translation.objects.bulk_create(
        [Translation(source=source, target_locale=locale, enabled=True) for locale in translations],
        ignore_conflicts=True,
    )
    existing = {
        (st.translation_of_id, st.locale_id, st.context_id): st
        for st in StringTranslation.objects.filter(
            translation_of__in={segment.string_id for segment in segments}, locale__in=list(translations)
        )
    }
    new, changed, titles = [], [], []
    for locale, mapping in translations.items():
        for segment in segments:
            key = (segment.string_id, locale.pk, segment.context_id)
            text = translated_segment(segment.string.data, mapping)
            if key in existing:
                current = existing[key]
                if text and overwrite and (current.data, current.translation_type) != (text, MANUAL):
                    current.data, current.translation_type = text, MANUAL
                    current.has_error = not _valid(segment.string.data, text)
                    current.updated_at = timezone.now()
                    changed.append(current)
                    titles.append(current)
                continue
            if not text and not missing_as_source:
                continue
            data = text or segment.string.data
            existing[key] = StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=data,
                translation_type=MANUAL,
                has_error=not _valid(segment.string.data, data),
            )
            new.append(existing[key])
            titles.append(existing[key])
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(changed, ["data", "translation_type", "has_error", "updated_at"])
    for st in titles if overwrite else ():
        # What wagtail-localize's post_save handler does on each save (not done when linking existing
        # translations, which keep their titles): a page's title translation is its draft title.
        if st.context.path == "title":
            Page.objects.filter(translation_key=st.context.object_id, locale_id=st.locale_id).update(
                draft_title=st.data
            )
    return source


MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL


def _valid(source_data, data):
    """Whether wagtail-localize accepts ``data`` as a translation of ``source_data`` (``StringTranslation.save``)."""
    try:
        StringValue.from_translated_html(data)
        validate_translation_links(source_data, data)
    except ValueError:
        return False
    return True


def source_for(instance):
    """``TranslationSource.update_or_create_from_instance(instance)[0]``, with the segments of a new
    source written in bulk."""
    if isinstance(instance, Page):
        instance = instance.specific
    obj, _created = TranslatableObject.objects.get_or_create_from_instance(instance)
    if isinstance(instance, ClusterableModel):
        content_json = instance.to_json()
    else:
        content_json = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    source = TranslationSource.objects.filter(object_id=obj.translation_key, locale_id=instance.locale_id).first()
    if source and json.loads(content_json) == json.loads(source.content_json):
        return source
    source, _created = TranslationSource.objects.update_or_create(
        object=obj,
        locale=instance.locale,
        specific_content_type=ContentType.objects.get_for_model(instance.__class__),
        defaults={
            "locale": instance.locale,
            "object_repr": str(instance)[:200],
            "content_json": content_json,
            "schema_version": get_schema_version(instance._meta.app_label),
            "last_updated_at": timezone.now(),
        },
    )
    refresh_segments(source)
    return source


SEGMENT_MODELS = (StringSegment, TemplateSegment, RelatedObjectSegment, OverridableSegment)


@transaction.atomic
def refresh_segments(source):
    """``source.refresh_segments()``: the segments of a source that has none yet written in bulk (the
    translation contexts and strings they need too); wagtail-localize's own for a source that has some."""
    if any(model.objects.filter(source=source).exists() for model in SEGMENT_MODELS):
        source.refresh_segments()
        return
    instance = source.as_instance()
    values = list(extract_segments(instance))
    contexts = _contexts(source, instance, {value.path for value in values})
    strings = _strings(source.locale_id, [value.string for value in values if _is_string(value)])
    segments = {model: [] for model in SEGMENT_MODELS}
    for value in values:
        context = contexts[value.path]
        # Templates and related objects are rare (none in the demo's pages): wagtail-localize's own get-or-create.
        if isinstance(value, TemplateSegmentValue):
            TemplateSegment.from_value(source, value)
        elif isinstance(value, RelatedObjectSegmentValue):
            RelatedObjectSegment.from_value(source, value)
        elif isinstance(value, OverridableSegmentValue):
            segments[OverridableSegment].append(
                OverridableSegment(
                    source=source,
                    context=context,
                    order=value.order,
                    data_json=json.dumps(value.data, cls=DjangoJSONEncoder),
                )
            )
        else:
            segments[StringSegment].append(
                StringSegment(
                    source=source,
                    context=context,
                    order=value.order,
                    string=strings[localize_string_hash(value.string.data)],
                    attrs=json.dumps(value.attrs, cls=DjangoJSONEncoder),
                )
            )
    for model, rows in segments.items():
        model.objects.bulk_create(rows)


def _is_string(value):
    return not isinstance(value, TemplateSegmentValue | RelatedObjectSegmentValue | OverridableSegmentValue)


def _contexts(source, instance, paths):
    """The translation contexts of ``paths`` for ``source``'s object, by path, made where missing, each
    with its field path (``TranslationContext.get_field_path``)."""
    ids = {localize_path_id(path): path for path in paths}
    found = {
        context.path: context
        for context in TranslationContext.objects.filter(object_id=source.object_id, path_id__in=list(ids))
    }
    new = []
    for path_id, path in ids.items():
        if path in found:
            found[path].get_field_path(instance)  # fills in a missing field path, as wagtail-localize does
            continue
        context = TranslationContext(object_id=source.object_id, path=path, path_id=path_id)
        context.save = _no_save  # ``get_field_path`` saves what it computes: kept for the bulk insert
        context.get_field_path(instance)
        del context.save
        new.append(context)
        found[path] = context
    TranslationContext.objects.bulk_create(new)
    return found


def _no_save(*args, **kwargs):
    pass


def _strings(locale_id, values):
    """The ``String`` rows of ``values`` (``StringValue``) in ``locale_id``, by data hash, made where missing."""
    data = {localize_string_hash(value.data): value.data for value in values}
    found = {s.data_hash: s for s in String.objects.filter(locale_id=locale_id, data_hash__in=list(data))}
    new = [String(locale_id=locale_id, data_hash=key, data=text) for key, text in data.items() if key not in found]
    String.objects.bulk_create(new)
    found.update((s.data_hash, s) for s in new)
    return found
