"""SQLite's settings while seeding (``demo.seed.bulk_load_pragmas``), and after."""

import pytest
from django.db import connection

from demo.seed import SQLITE_CACHE_KIB, bulk_load_pragmas

# The safety level cannot change in a transaction. serialized_rollback, as every transactional test here: without it,
# the flush at its end makes the content types again with new ids, and the next test that restores the serialized
# database (the browser tests) fails on them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _pragma(name):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's settings")
def test_seeding_sorts_in_memory_with_a_large_cache_and_gives_the_settings_back():
    before = {name: _pragma(name) for name in ("cache_size", "temp_store", "synchronous", "journal_mode")}
    with bulk_load_pragmas():
        assert _pragma("cache_size") == -SQLITE_CACHE_KIB
        assert _pragma("temp_store") == 2  # MEMORY
        assert _pragma("synchronous") == 0  # OFF
        assert _pragma("journal_mode") in ("memory", "wal")  # a rollback journal is kept in memory
    after = {name: _pragma(name) for name in before}
    assert after == {**before, "synchronous": 2}  # FULL
