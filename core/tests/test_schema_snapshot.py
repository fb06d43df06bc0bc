"""A new SQLite database made from the schema snapshot is the very database ``migrate`` makes."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from core import schema_snapshot

ROOT = Path(settings.BASE_DIR)


def run(database, code):
    """Run ``code`` with the settings ``make run`` uses, on the SQLite database at ``database``."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    env.pop("SEARCH_URL", None)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    assert result.returncode == 0, result.stderr
    return result.stdout


SETUP = "import django; django.setup(); "
APPLIED = re.compile(r"^(INSERT INTO \"django_migrations\" VALUES\(.*),'[-0-9: .]+'\);$", re.MULTILINE)
UUID = re.compile(r"'[0-9a-f]{32}'")


def comparable(sql):
    """``sql`` without what differs between two runs of the same migrations: when each was applied, and the
    random translation keys of Wagtail's first two pages."""
    return UUID.sub("'<uuid>'", APPLIED.sub(r"\1,'<applied>');", sql))


def test_the_snapshot_gives_the_database_migrate_gives(tmp_path):
    migrated, loaded = tmp_path / "migrated.sqlite3", tmp_path / "loaded.sqlite3"
    run(migrated, SETUP + "from django.core.management import call_command; call_command('migrate', verbosity=0)")
    out = run(loaded, SETUP + "from core import schema_snapshot; print(schema_snapshot.migrate(progress=False))")

    about, sql = schema_snapshot.read()
    expected = schema_snapshot.dump(migrated)
    assert comparable(sql) == comparable(expected), (
        "core/snapshots/sqlite.sql is out of date: run `manage.py schema_snapshot`"
    )
    assert out.strip() == f"({len(about['migrations'])}, 0)"  # every migration from the snapshot, none run
    assert comparable(schema_snapshot.dump(loaded)) == comparable(expected)  # tables, indexes, rows, sequences
    # The full-text search table works as one made by its migration.
    db = sqlite3.connect(loaded)
    db.execute(
        "INSERT INTO wagtailsearch_indexentry_fts(rowid, title, body, autocomplete) VALUES (1, 'atelier', '', '')"
    )
    assert db.execute(
        "SELECT rowid FROM wagtailsearch_indexentry_fts WHERE wagtailsearch_indexentry_fts MATCH 'atelier'"
    ).fetchall() == [(1,)]
    db.close()


def test_migrations_added_after_the_snapshot_are_run_after_it(tmp_path, monkeypatch):
    about, sql = schema_snapshot.read()
    # A snapshot that lacks the last migration of an app: it is loaded, and that migration runs.
    last = max(name for name in about["migrations"] if name.startswith("news."))
    app, name = last.split(".")
    older = tmp_path / "older.sql"
    fewer = {**about, "migrations": {k: v for k, v in about["migrations"].items() if k != last}}
    lines = [
        line
        for line in sql.splitlines()
        if not (line.startswith('INSERT INTO "django_migrations"') and f"'{app}','{name}'" in line)
    ]
    older.write_text(schema_snapshot.HEADER + json.dumps(fewer) + "\n" + "\n".join(lines) + "\n")
    database = tmp_path / "new.sqlite3"
    out = run(
        database,
        SETUP + f"from pathlib import Path; from core import schema_snapshot; "
        f"schema_snapshot.SNAPSHOT = Path({str(older)!r}); print(schema_snapshot.migrate(progress=False))",
    )
    assert out.strip() == f"({len(fewer['migrations'])}, 1)"
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM django_migrations WHERE app = ? AND name = ?", (app, name)).fetchone() == (
        1,
    )
    schema = set(db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    db.close()
    db = sqlite3.connect(":memory:")
    db.executescript(sql)
    assert schema == set(db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    db.close()


def test_a_changed_migration_or_other_settings_make_the_snapshot_unusable(settings):
    about, _sql = schema_snapshot.read()
    on_disk = schema_snapshot.migration_files()
    settings.TAXONOMY_LOADED_BY_MIGRATION = True  # as outside tests, where the snapshot was made
    assert schema_snapshot.usable(about, on_disk)
    changed = {**on_disk, "news.0001_initial": "0" * 16}
    assert not schema_snapshot.usable(about, changed)
    removed = {k: v for k, v in on_disk.items() if k != "news.0001_initial"}
    assert not schema_snapshot.usable(about, removed)
    assert schema_snapshot.usable(about, {**on_disk, "news.9999_later": "1" * 16})  # a new one runs after it
    settings.LANGUAGE_CODE = "de"
    assert not schema_snapshot.usable(about, on_disk)


@pytest.mark.django_db
def test_a_database_with_tables_is_migrated_as_usual():
    assert schema_snapshot.load() == 0  # the test database has its tables: nothing loaded over them
