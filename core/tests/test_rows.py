"""``core.rows.insert_rows``: the rows ``bulk_create`` would write, in one ``executemany``."""

import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import String, TranslatableObject

from core.performance.private import localize_string_hash
from core.rows import insert_rows

pytestmark = pytest.mark.django_db


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
