"""``core.rows.insert_rows``: the rows ``bulk_create`` would write, in one ``executemany``."""

import uuid
from datetime import UTC, datetime

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import String, StringTranslation, TranslatableObject, TranslationContext

from core.performance.private import localize_string_hash
from core.rows import adapter, insert_rows, insert_values

pytestmark = pytest.mark.django_db
EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def test_rows_with_their_own_keys_keep_them_and_conflicts_are_skipped():
    content_type = ContentType.objects.get_for_model(Locale)
    keys = [uuid.uuid4() for _n in range(3)]
    with CaptureQueriesContext(connection) as queries:
        insert_rows(
            TranslatableObject, [TranslatableObject(translation_key=k, content_type=content_type) for k in keys]
        )
    assert len(queries) == 1
    # A key that is there already is skipped with ``ignore_conflicts`` (the new one is written).
    again = [*keys[:1], uuid.uuid4()]
    insert_rows(
        TranslatableObject,
        [TranslatableObject(translation_key=k, content_type=content_type) for k in again],
        ignore_conflicts=True,
    )
    assert set(TranslatableObject.objects.values_list("translation_key", flat=True)) == {*keys, again[1]}


def test_rows_with_an_automatic_id_get_one_from_the_database():
    locale = Locale.objects.get_or_create(language_code="fr")[0]
    strings = [String(locale=locale, data=text, data_hash=localize_string_hash(text)) for text in ("Un", "Deux")]
    insert_rows(String, strings)
    assert sorted(String.objects.filter(locale=locale).values_list("data", flat=True)) == ["Deux", "Un"]
    assert all(pk for pk in String.objects.values_list("pk", flat=True))


def _samples(field):
    """Values of every kind a field may be given: its own type, others, None."""
    yield from (None, "", "abc", "12", 0, 7, True, False, 3.5, uuid.uuid4(), str(uuid.uuid4()))
    yield timezone.now()


def _plain(value):
    """``value``, or what a driver's wrapper holds (psycopg's ``Jsonb`` compares by identity, not by its value)."""
    return getattr(value, "obj", value) if type(value).__module__.startswith("psycopg") else value


def test_the_adapters_prepare_values_as_the_fields_do():
    """For every concrete field of every model, and values of each kind: what ``get_db_prep_save`` gives (or the
    same error)."""
    checked = 0
    for model in apps.get_models():
        for field in model._meta.local_concrete_fields:
            prepare = adapter(field, connection)
            for value in _samples(field):
                try:
                    expected = field.get_db_prep_save(value, connection=connection)
                except Exception as error:  # noqa: BLE001 - the same kind of error is expected
                    with pytest.raises(type(error)):
                        prepare(value)
                    continue
                got = prepare(value)
                assert _plain(got) == _plain(expected) and type(got) is type(expected), (model, field.name, value)
                checked += 1
    assert checked > 1000


def test_rows_given_as_values_are_the_rows_objects_make():
    """``insert_values`` writes what ``insert_rows`` writes of the same objects: defaults, dates of the write."""
    locale = Locale.objects.get_or_create(language_code="fr")[0]
    other = Locale.objects.get_or_create(language_code="de")[0]
    strings = [String(locale=locale, data=text, data_hash=localize_string_hash(text)) for text in ("Un", "Deux")]
    insert_rows(String, strings)
    one, two = String.objects.order_by("data")
    content_type = ContentType.objects.get_for_model(Locale)
    key = uuid.uuid4()
    insert_values(TranslatableObject, [{"translation_key": key, "content_type_id": content_type.pk}])
    context = TranslationContext.objects.create(object_id=key, path="title")
    started = timezone.now()
    insert_rows(
        StringTranslation,
        [StringTranslation(translation_of=one, locale=other, context=context, data="Eins", translation_type="manual")],
    )
    insert_values(
        StringTranslation,
        [
            {
                "translation_of_id": two.pk,
                "locale_id": other.pk,
                "context_id": context.pk,
                "data": "Zwei",
                "translation_type": "manual",
                "created_at": EPOCH,  # ignored, as saving ignores it
            }
        ],
    )
    columns = [f.attname for f in StringTranslation._meta.concrete_fields if f.attname not in ("id", "data")]
    first, second = (StringTranslation.objects.filter(data=data).values(*columns).get() for data in ("Eins", "Zwei"))
    for row in (first, second):
        assert row.pop("created_at") >= started and row.pop("updated_at") >= started
    assert first.pop("translation_of_id") == one.pk and second.pop("translation_of_id") == two.pk
    assert first == second
    with pytest.raises(ValueError, match="no column"):
        insert_values(String, [{"text": "Drei"}])
