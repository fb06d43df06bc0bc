"""A new SQLite database made from a snapshot of what the migrations make, instead of running all of them.

A new database needs about 270 migrations (Django's, Wagtail's, wagtail-localize's and ours). Running them
costs 15 to 20 s of CPU, nearly all of it in Django rebuilding its in-memory model states after each
operation, and one disk sync per migration; what they leave behind (tables, indexes, the rows of the data
migrations: root page, default site, locale, collections, groups, permissions, content types, the taxonomy)
loads from its SQL text in a tenth of a second. ``make run`` and ``make seed`` start from it.

The snapshot (``snapshots/sqlite.sql``) says what it was made from: every migration file (by content), the
versions of the frameworks whose SQL it is, and the settings the migrations read. It is used only for an
SQLite database without a single table and only when each migration it holds is still on disk unchanged,
with the same frameworks and settings; the migrations added since then are run after it the usual way
(``migrate``). Anything else (another database, a changed migration, other settings) runs every migration.
``manage.py schema_snapshot`` writes it again from a real ``migrate``; a test checks that loading it gives
the very database ``migrate`` gives (schema, rows, sequences), so it can never change the schema.
"""

import hashlib
import json
import logging
import sqlite3
import sys
from pathlib import Path

import django
import modelsearch
import wagtail
import wagtail_localize
from django.conf import settings
from django.core.management import call_command
from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from tqdm import tqdm

logger = logging.getLogger(__name__)
SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "sqlite.sql"
HEADER = "-- snapshot of: "
# What the migrations' SQL and data depend on besides their own files.
FRAMEWORKS = {"django": django, "wagtail": wagtail, "wagtail_localize": wagtail_localize, "modelsearch": modelsearch}
SETTINGS_READ = (
    "AUTH_USER_MODEL",
    "LANGUAGE_CODE",
    "WAGTAIL_CONTENT_LANGUAGES",
    "USE_TZ",
    "WAGTAILIMAGES_IMAGE_MODEL",
    "WAGTAILDOCS_DOCUMENT_MODEL",
    "TAXONOMY_LOADED_BY_MIGRATION",
    "INSTALLED_APPS",
)
# The tables an FTS5 virtual table makes for itself (``CREATE VIRTUAL TABLE`` makes them again).
FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def migration_files():
    """{"app.name": hash of the file} of every migration on disk."""
    loader = MigrationLoader(None, ignore_no_migrations=True, load=False)
    loader.load_disk()
    files = {}
    for (app_label, name), migration in loader.disk_migrations.items():
        path = Path(sys.modules[type(migration).__module__].__file__)
        files[f"{app_label}.{name}"] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return dict(sorted(files.items()))


def context():
    """What the snapshot depends on besides the migration files: framework versions and settings."""
    return {
        "frameworks": {name: module.__version__ for name, module in FRAMEWORKS.items()},
        "settings": {name: _jsonable(getattr(settings, name, None)) for name in SETTINGS_READ},
    }


def _jsonable(value):
    return json.loads(json.dumps(value, default=str))


def dump(database_path):
    """The SQL text that makes the SQLite database at ``database_path`` again: its tables, indexes, triggers
    and views in the order they were made, their rows, and the autoincrement counters."""
    db = sqlite3.connect(database_path)
    try:
        objects = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        ).fetchall()
        virtual = [name for kind, name, sql in objects if kind == "table" and sql.startswith("CREATE VIRTUAL")]
        shadows = {name + suffix for name in virtual for suffix in FTS_SHADOWS}
        lines = []
        tables = []
        for kind, name, sql in objects:
            if name in shadows:
                continue
            lines.append(f"{sql};")
            if kind == "table" and name not in virtual:
                tables.append(name)
        for table in tables:
            lines.extend(_rows(db, table))
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            lines.append("DELETE FROM sqlite_sequence;")
            lines.extend(_rows(db, "sqlite_sequence", order="name"))
    finally:
        db.close()
    return "\n".join(lines) + "\n"


def _rows(db, table, order="rowid"):
    quoted = _quote(table)
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({quoted})")]
    values = " || ',' || ".join(f"quote({_quote(column)})" for column in columns)
    for (row,) in db.execute(f"SELECT {values} FROM {quoted} ORDER BY {order}"):  # noqa: S608 (names from sqlite_master)
        yield f"INSERT INTO {quoted} VALUES({row});"


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def write(database_path, path=None):
    """Write the snapshot of the database at ``database_path``, just migrated, with what it was made from."""
    path = path or SNAPSHOT
    about = {**context(), "migrations": migration_files()}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + json.dumps(about, sort_keys=True) + "\n" + dump(database_path))


def read(path=None):
    """(what the snapshot was made from, its SQL), or (None, "") without a snapshot."""
    path = path or SNAPSHOT
    if not path.exists():
        return None, ""
    header, _newline, sql = path.read_text().partition("\n")
    if not header.startswith(HEADER):
        return None, ""
    return json.loads(header.removeprefix(HEADER)), sql


def usable(about, on_disk=None):
    """Whether a snapshot made from ``about`` gives what the migrations would: same frameworks and settings,
    each of its migrations on disk unchanged (migrations added since are run after it)."""
    if about is None:
        return False
    on_disk = migration_files() if on_disk is None else on_disk
    mine = about.get("migrations", {})
    return (
        {key: about.get(key) for key in ("frameworks", "settings")} == context()
        and bool(mine)
        and all(on_disk.get(name) == digest for name, digest in mine.items())
    )


def is_empty(using="default"):
    """Whether the database has no table at all (a new one)."""
    connection = connections[using]
    return not connection.introspection.table_names()


def load(using="default", path=None):
    """Make a new SQLite database from the snapshot: the number of migrations it holds, or 0 when it cannot
    be used (another database, a database with tables, a snapshot of other migrations or settings)."""
    connection = connections[using]
    if connection.vendor != "sqlite" or not is_empty(using):
        return 0
    about, sql = read(path)
    if not usable(about):
        return 0
    connection.ensure_connection()
    raw = connection.connection
    # Rows go in table by table: foreign keys are checked by the migrations that made them, not here.
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        # One transaction: a failure leaves the database empty, and ``migrate`` then runs every migration.
        raw.executescript(f"BEGIN;\n{sql}COMMIT;")
    except sqlite3.Error:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        logger.warning("The schema snapshot did not load: running every migration", exc_info=True)
        return 0
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
    return len(about["migrations"])


class _Migrate(MigrateCommand):
    """``manage.py migrate`` with a progress bar instead of a line per migration."""

    bar = None

    def migration_progress_callback(self, action, migration=None, fake=False):
        if action == "apply_success" and self.bar is not None:
            self.bar.update(1)


def migrate(using="default", progress=True):
    """Bring the database up to date: a new SQLite database from the snapshot, then the migrations it does not
    hold (all of them for another database), with a progress bar. Returns (migrations loaded from the
    snapshot, migrations run)."""
    loaded = load(using)
    executor = MigrationExecutor(connections[using])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    command = _Migrate()
    with tqdm(total=len(plan), desc="Migrations", unit="migration", disable=not progress or not plan) as bar:
        command.bar = bar
        call_command(command, database=using, interactive=False, verbosity=0, skip_checks=True)
    return loaded, len(plan)
