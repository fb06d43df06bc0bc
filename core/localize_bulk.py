"""Registering many objects with wagtail-localize at once, with the translations that already exist.

wagtail-localize registers an object when an editor first translates it: a ``TranslationSource`` (the
source's content), its segments (one per text, with the ``String`` and ``TranslationContext`` rows they
need), then a ``Translation`` per target locale and a ``StringTranslation`` per translated text. Objects
made otherwise (a site import, the demo's bulk writer, a copy per language) share a translation key but
have none of that: their translations do not open in the translation editor and a sync overwrites them.

``register_translations`` writes what ``TranslationSource.get_or_create_from_instance``,
``Translation.objects.get_or_create`` and the translation editor would write, for many objects in a
few statements per kind of row (instead of a few per text): the source's segments, and each target's
own texts as its translations (a target's text is matched with the source's at the same place:
same field, same portfolio item, same paragraph). A target text identical to the source's is
left untranslated (the target shows the source language's text: editors see it as to translate),
except for the fields in ``same_everywhere`` (a page title that is a name, its slug).
"""

import functools
import json
import uuid
from collections import defaultdict, namedtuple

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments import extract as localize_extract
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

from core.performance.private import localize_path_id, localize_string_hash
from core.rows import insert_values

MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
SAME_EVERYWHERE = frozenset({"title", "slug"})  # a name, and the address made from it
CHUNK = 2000  # ids per IN (...) list
# A source's string segment, as its translations need it: its ``String`` (id and text) and ``TranslationContext``.
Segment = namedtuple("Segment", "string_id context_id data")


@transaction.atomic
def register_translations(groups, same_everywhere=SAME_EVERYWHERE):
    """Register each ``(source, targets)`` of ``groups``: ``source`` as a wagtail-localize source, each
    of ``targets`` (its translations: same translation key, other locales) as a translation of it.

    An object registered already keeps its source (in whatever locale it is): only its missing
    translation records and translated texts are added; nothing recorded is overwritten. Returns the
    ``TranslationSource`` of each group, by translation key.
    """
    groups = [(_specific(source), [_specific(target) for target in targets]) for source, targets in groups]
    if not groups:
        return {}
    keys = [source.translation_key for source, _targets in groups]
    sources = {}
    for source in TranslationSource.objects.filter(object_id__in=keys).order_by("-created_at"):
        sources[source.object_id] = source  # the first made wins
    new = [(source, targets) for source, targets in groups if source.translation_key not in sources]
    segments = _register_sources(new, sources) if new else {}
    made = {source.translation_key for source, _targets in new}
    segments.update(_recorded_segments([sources[key] for key in set(keys) - made]))
    _translate(groups, sources, segments, same_everywhere)
    return sources


def _specific(instance):
    return instance.specific if isinstance(instance, Page) and type(instance) is Page else instance


def _content_type(model):
    return ContentType.objects.get_for_model(model)


def _content_json(instance):
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def _register_sources(groups, sources):
    """The sources of ``groups`` and their segments; returns each source's string segments by key:
    [(path, StringSegment)] in page order."""
    now = timezone.now()
    schema_versions = functools.cache(get_schema_version)  # one query each
    insert_values(
        TranslatableObject,
        [
            {
                "translation_key": source.translation_key,
                "content_type_id": _content_type(source.get_translation_model()).pk,
            }
            for source, _targets in groups
        ],
        ignore_conflicts=True,
    )
    rows = [
        TranslationSource(
            object_id=source.translation_key,
            specific_content_type=_content_type(type(source)),
            locale_id=source.locale_id,
            object_repr=str(source)[:200],
            content_json=_content_json(source),
            schema_version=schema_versions(source._meta.app_label),
            last_updated_at=now,
        )
        for source, _targets in groups
    ]
    TranslationSource.objects.bulk_create(rows)
    values = {}
    for (source, _targets), row in zip(groups, rows, strict=True):
        sources[source.translation_key] = row
        values[source.translation_key] = (source, row, list(extract_segments(source)))
    contexts = _contexts(values.values())
    strings = _strings(
        (row.locale_id, value.string.data)
        for _source, row, found in values.values()
        for value in found
        if isinstance(value, StringSegmentValue)
    )
    templates = _templates(
        value for _s, _r, found in values.values() for value in found if isinstance(value, TemplateSegmentValue)
    )
    related = _related_objects(
        value for _s, _r, found in values.values() for value in found if isinstance(value, RelatedObjectSegmentValue)
    )
    made = defaultdict(list)  # rows by model, as {column: value}
    result = {}
    for key, (_source, row, found) in values.items():
        result[key] = []
        for value in found:
            context_id = contexts[(key, value.path)]
            common = {"source_id": row.pk, "context_id": context_id, "order": value.order}
            if isinstance(value, TemplateSegmentValue):
                made[TemplateSegment].append({"template_id": templates[_template_uuid(value)].pk, **common})
            elif isinstance(value, RelatedObjectSegmentValue):
                made[RelatedObjectSegment].append({"object_id": related[value.translation_key].pk, **common})
            elif isinstance(value, OverridableSegmentValue):
                made[OverridableSegment].append({"data_json": json.dumps(value.data, cls=DjangoJSONEncoder), **common})
            else:
                data = value.string.data
                string_id = strings[(row.locale_id, localize_string_hash(data))]
                attrs = json.dumps(value.attrs, cls=DjangoJSONEncoder)
                made[StringSegment].append({"string_id": string_id, "attrs": attrs, **common})
                result[key].append((value.path, Segment(string_id, context_id, data)))
    for model, rows in made.items():
        insert_values(model, rows)  # no ids read back: nothing refers to a segment
    return result


def _contexts(extracted):
    """The ``TranslationContext`` id of each (translation key, path), made where missing."""
    wanted = {}
    for source, row, found in extracted:
        for value in found:
            wanted.setdefault((row.object_id, value.path), source)
    keys = list({key for key, _path in wanted})
    found = _read_contexts(keys)
    new = [
        {"object_id": key, "path": path, "path_id": localize_path_id(path), "field_path": _field_path(instance, path)}
        for (key, path), instance in wanted.items()
        if (key, path) not in found
    ]
    if new:
        # One executemany, then the ids read back with the others (faster than inserts returning ids).
        insert_values(TranslationContext, new)
        found = _read_contexts(keys)
    return found


def _read_contexts(keys):
    found = {}
    for start in range(0, len(keys), CHUNK):
        contexts = TranslationContext.objects.filter(object_id__in=keys[start : start + CHUNK])
        for pk, object_id, path in contexts.values_list("pk", "object_id", "path"):
            found[(object_id, path)] = pk
    return found


def _field_path(instance, path):
    """``TranslationContext.get_field_path``: the path without the ids of child objects and blocks."""
    parts = path.split(".")
    if len(parts) == 1:
        return path
    field = instance._meta.get_field(parts[0])
    if (
        len(parts) == 3
        and isinstance(field, models.ManyToOneRel)
        and isinstance(field.remote_field, ParentalKey)
        and issubclass(field.related_model, TranslatableMixin)
    ):
        return f"{parts[0]}.{parts[2]}"
    # Stream fields and nested children: wagtail-localize's own walk, without its save.
    context = TranslationContext(path=path)
    context.save = _no_save
    return context.get_field_path(instance)


def _no_save(*args, **kwargs):
    pass


def _strings(pairs):
    """The ``String`` id of each (locale id, data), by (locale id, data hash), made where missing."""
    wanted = {(locale_id, localize_string_hash(data)): data for locale_id, data in pairs}
    found = _read_strings(wanted)
    new = [
        {"locale_id": locale_id, "data_hash": data_hash, "data": data}
        for (locale_id, data_hash), data in wanted.items()
        if (locale_id, data_hash) not in found
    ]
    if new:
        # One executemany, then the ids of the new ones read back (faster than inserts returning ids).
        insert_values(String, new)
        found.update(_read_strings({(string["locale_id"], string["data_hash"]) for string in new}))
    return found


def _read_strings(keys):
    """The ids of the ``String`` rows of ``keys`` ((locale id, data hash)) that exist, by key."""
    found = {}
    by_locale = defaultdict(list)
    for locale_id, data_hash in keys:
        by_locale[locale_id].append(data_hash)
    for locale_id, hashes in by_locale.items():
        for start in range(0, len(hashes), CHUNK):
            strings = String.objects.filter(locale_id=locale_id, data_hash__in=hashes[start : start + CHUNK])
            for pk, data_hash in strings.values_list("pk", "data_hash"):
                found[(locale_id, data_hash)] = pk
    return found


def _template_uuid(value):
    """``Template.from_value``'s key of a template value."""
    return uuid.uuid5(uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format), value.template)


def _templates(values):
    """The ``Template`` of each template value, by its key, made where missing."""
    wanted = {_template_uuid(value): value for value in values}
    found = {template.uuid: template for template in Template.objects.filter(uuid__in=list(wanted))}
    Template.objects.bulk_create(
        [
            Template(uuid=key, template=value.template, template_format=value.format, string_count=value.string_count)
            for key, value in wanted.items()
            if key not in found
        ],
        ignore_conflicts=True,
    )
    found.update((template.uuid, template) for template in Template.objects.filter(uuid__in=list(wanted)))
    return found


def _related_objects(values):
    """The ``TranslatableObject`` each related-object value points to, by translation key."""
    wanted = {value.translation_key: value.content_type for value in values}
    if not wanted:
        return {}
    TranslatableObject.objects.bulk_create(
        [TranslatableObject(translation_key=key, content_type=ct) for key, ct in wanted.items()], ignore_conflicts=True
    )
    return {obj.translation_key: obj for obj in TranslatableObject.objects.filter(translation_key__in=list(wanted))}


def _recorded_segments(sources):
    """The string segments of sources registered before, by translation key: [(path, Segment)] in order."""
    result = {source.object_id: [] for source in sources}
    ids = [source.pk for source in sources]
    for start in range(0, len(ids), CHUNK):
        segments = (
            StringSegment.objects.filter(source_id__in=ids[start : start + CHUNK])
            .order_by("source_id", "order")
            .values_list("source__object_id", "context__path", "string_id", "context_id", "string__data")
        )
        for object_id, path, string_id, context_id, data in segments:
            result[object_id].append((path, Segment(string_id, context_id, data)))
    return result


def _translate(groups, sources, segments, same_everywhere):
    """A ``Translation`` per target, and each target's own texts as ``StringTranslation`` rows."""
    records, texts = [], []
    existing = set(
        Translation.objects.filter(source__in=[sources[source.translation_key] for source, _t in groups]).values_list(
            "source_id", "target_locale_id"
        )
    )
    for source, targets in groups:
        registered = sources[source.translation_key]
        by_path = defaultdict(list)
        for path, segment in segments.get(source.translation_key, []):
            by_path[path].append(segment)
        for target in targets:
            if target.locale_id == registered.locale_id or (registered.pk, target.locale_id) in existing:
                continue  # the source itself, or a translation recorded already (its texts with it)
            records.append({"source_id": registered.pk, "target_locale_id": target.locale_id, "enabled": True})
            texts.extend(_target_texts(target, by_path, same_everywhere))
    insert_values(Translation, records, ignore_conflicts=True)
    insert_values(StringTranslation, texts, ignore_conflicts=True)


def _target_texts(target, source_segments, same_everywhere):
    """The texts of ``target`` as translations of the source's segments at the same places (``StringTranslation``
    rows, as {column: value})."""
    found = defaultdict(list)
    for path, data in string_texts(target):
        found[path].append(data)
    for path, segments in source_segments.items():
        mine = found.get(path, [])
        if len(mine) != len(segments):
            continue  # another number of paragraphs: no way to tell which translates which
        for segment, data in zip(segments, mine, strict=True):
            if data == segment.data and path not in same_everywhere:
                continue  # the source's own text, shown untranslated
            yield {
                "translation_of_id": segment.string_id,
                "locale_id": target.locale_id,
                "context_id": segment.context_id,
                "data": data,
                "translation_type": MANUAL,
                "has_error": not _valid(segment.data, data),
            }


def _valid(source_data, data):
    """Whether wagtail-localize accepts ``data`` as a translation of ``source_data`` (``StringTranslation.save``)."""
    if "<" not in data and "<" not in source_data:
        return True  # no markup, no link: nothing to check (and most texts are so)
    try:
        StringValue.from_translated_html(data)
        validate_translation_links(source_data, data)
    except ValueError:
        return False
    return True


def string_texts(instance):
    """(path, text) of each string segment ``extract_segments`` gives of ``instance``, in its order: what a
    translation's own texts are read from. Without what else it makes of every field (templates, links,
    synchronised values, the segments numbered and copied): a third of reading a page's texts. Models with
    stream fields or fields that extract themselves are read by ``extract_segments`` itself."""
    model = type(instance)
    fields = [
        (translatable, translatable.get_field(model))
        for translatable in localize_extract.get_translatable_fields(model)
    ]
    if any(hasattr(field, "get_translatable_segments") or isinstance(field, StreamField) for _t, field in fields):
        return [
            (value.path, value.string.data)
            for value in extract_segments(instance)
            if isinstance(value, StringSegmentValue)
        ]
    found = []
    for translatable, field in fields:
        if not translatable.is_translated(instance):
            continue
        if isinstance(field, RichTextField):
            _template, strings = localize_extract.extract_strings(field.value_from_object(instance))
            found.extend((field.name, string.data) for string, _attrs in strings)
        elif isinstance(field, models.TextField | models.CharField):
            value = field.value_from_object(instance)
            if not field.choices and value is not None:
                found.append((field.name, StringValue.from_plaintext(value).data))
        elif (
            isinstance(field, models.ManyToOneRel)
            and isinstance(field.remote_field, ParentalKey)
            and issubclass(field.related_model, TranslatableMixin)
        ):
            for child in getattr(instance, field.name).all():
                prefix = f"{field.name}.{child.translation_key}."
                found.extend((prefix + path, data) for path, data in string_texts(child))
    return [(path, data) for path, data in found if data not in ("", None)]
