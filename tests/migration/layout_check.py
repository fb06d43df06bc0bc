"""Prove that a database built with the old app layout survives ``manage.py migrate`` with the new one.

The refactor moves models between apps without touching their tables (``db_table`` is kept) and renames
the content types of the moved models. Nothing may be lost: every row of every table must still be there,
unchanged, and everything that points to a content type must still point to an installed model.

Subcommands (run from the project root, with the settings and DATABASE_URL of the database to check)::

    # 1. Before migrating: record every table (row count, per-row digests, a table hash), with raw SQL only,
    #    so the same script reads the old layout and the new one alike.
    DATABASE_URL=sqlite:////tmp/copy.sqlite3 python tests/migration/layout_check.py snapshot before.json

    # 2. Migrate with the new code, then compare (exit status 1 on any difference).
    DATABASE_URL=sqlite:////tmp/copy.sqlite3 python manage.py migrate
    DATABASE_URL=sqlite:////tmp/copy.sqlite3 python tests/migration/layout_check.py verify before.json

    # All of it, on a copy of the pristine old-layout databases (SQLite, and PostgreSQL when it answers):
    python tests/migration/layout_check.py roundtrip [--keep] [--skip-sqlite] [--skip-postgres]

    # The machinery itself, with the old code (the database against itself, no moves):
    python tests/migration/layout_check.py --project /work/wt-old roundtrip --no-moves

Options: ``--settings`` (default: $DJANGO_SETTINGS_MODULE or portal.settings.dev) and ``--project`` (the code
to import: by default the current directory when it holds manage.py, else the project this file is in).
``snapshot --no-moves`` records the tables without mapping moved content types (to check a database against
itself, with the old code).

What ``verify`` compares and checks
-----------------------------------
* Every table of the snapshot still exists (``RENAMED_TABLES`` says where one went), with the same columns
  (new columns are allowed and ignored), the same row count and the same table hash. A row is identified by
  its primary key and hashed over all of its columns; a column that points to a content type is recorded as
  ``app_label.model`` and one that points to a permission as ``app_label.model.codename``, both after
  applying ``MOVED`` (old label -> new label), so that a relabelled content type hashes the same.
  ``django_content_type`` and ``auth_permission`` may gain rows (new models); their old rows must stay.
* Moved models: the old content type row was relabelled in place (same id), no row of the old label is
  left, the new label is an installed model and that model still reads the table the data is in.
* Every content type referenced by data resolves to an installed model (``auth_permission`` alone: warning).
* Every page's specific content type resolves and its row exists in the specific table; every revision's
  content type and base content type resolve and its object exists; every wagtail-localize translation
  source's specific content type resolves and its object exists in its locale; every translatable object's
  content type resolves.
* Every table and column the current code's models expect exists.

``roundtrip`` additionally compares the schema of the migrated database with a database migrated from
scratch with the current code (tables, columns, types, nullability, constraints and indexes, names aside)
and runs ``makemigrations --check``.

The pristine databases are built with the old code by ``build_old_layout.sh`` (next to this file: a git
worktree of the commit before the refactor, ``migrate``, ``seed_demo`` and ``old_layout_extras.py``), by default
$OLD_LAYOUT_DIR/old.pristine.sqlite3 and $OLD_LAYOUT_DIR/old.pgdump (``pg_dump -Fc``), OLD_LAYOUT_DIR being
/tmp/oldlayout unless set.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import decimal
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

# Content types of models that moved app: "old_app.model" -> "new_app.model" (model names in lower case).
MOVED = {
    "members.branch": "taxonomy.branch",
    "members.skill": "taxonomy.skill",
    "members.spokenlanguage": "taxonomy.spokenlanguage",
    "home.footertext": "core.footertext",
    "home.sociallinks": "core.sociallinks",
    "home.sitesettings": "core.sitesettings",
}

# Tables that were renamed by the refactor: "old_table" -> "new_table" (none: db_table is kept).
RENAMED_TABLES: dict[str, str] = {}

# Not data: the migration history (it is meant to change) and sessions.
SKIPPED_TABLES = {"django_migrations", "django_session"}

# Tables that may gain rows on migrate (content types and permissions of new models); old rows must stay.
GROWING_TABLES = {"django_content_type", "auth_permission"}

HERE = Path(__file__).resolve()
SCRIPT_PROJECT = HERE.parents[2]
DEFAULT_SETTINGS = "portal.settings.dev"
OLD_LAYOUT_DIR = Path(os.environ.get("OLD_LAYOUT_DIR") or Path(tempfile.gettempdir()) / "oldlayout")
DEFAULT_SQLITE = OLD_LAYOUT_DIR / "old.pristine.sqlite3"
DEFAULT_PGDUMP = OLD_LAYOUT_DIR / "old.pgdump"
DEFAULT_PG_SERVER = "postgres://postgres@127.0.0.1:5432"

SNAPSHOT_FORMAT = 1
DIGEST_CHARS = 16
NULL = "\x00null"
MISSING = "\x00missing"
FTS5_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


# --------------------------------------------------------------------------------------------------
# Django


def setup_django(project, settings):
    """Import the code of ``project`` with ``settings`` and connect (DATABASE_URL is read by the settings)."""
    sys.path.insert(0, str(project))
    os.environ["DJANGO_SETTINGS_MODULE"] = settings
    import django

    django.setup()


def default_project():
    cwd = Path.cwd()
    return cwd if (cwd / "manage.py").exists() else SCRIPT_PROJECT


def quote(name):
    from django.db import connection

    return connection.ops.quote_name(name)


def select(cursor, table, columns, where=""):
    """Run ``SELECT columns FROM table`` (names come from introspection, values are never interpolated)."""
    names = ", ".join(column if column == "rowid" else quote(column) for column in columns)
    cursor.execute(f"SELECT {names} FROM {quote(table)} {where}")  # noqa: S608


def fetch_all(cursor, sql, params=()):
    cursor.execute(sql, params)
    return cursor.fetchall()


# --------------------------------------------------------------------------------------------------
# Values and digests


def norm(value):
    """A stable text form of a database value (the same for the same data, whatever the code reading it)."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | decimal.Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, memoryview | bytes | bytearray):
        return "bytes:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, str):
        if value[:1] in ("{", "["):  # JSON stored as text: compare the data, not its spacing or key order
            try:
                return json.dumps(json.loads(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            except ValueError:
                pass
        return value
    return repr(value)


def digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def table_hash(rows):
    return digest("\n".join(f"{key}={row}" for key, row in sorted(rows.items())))


# --------------------------------------------------------------------------------------------------
# Snapshot


def project_tables(cursor):
    """Every table that holds data, views, SQLite internals, FTS5 shadow tables and cache tables aside."""
    from django.conf import settings
    from django.db import connection

    names = set(connection.introspection.table_names(cursor))
    skipped = set(SKIPPED_TABLES)
    skipped |= {cache["LOCATION"] for cache in settings.CACHES.values() if cache["BACKEND"].endswith("DatabaseCache")}
    virtual = set()
    if connection.vendor == "sqlite":
        skipped |= {name for name in names if name.startswith("sqlite_")}
        rows = fetch_all(cursor, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%%'")
        virtual = {name for (name,) in rows}
        skipped |= {name + suffix for name in virtual for suffix in FTS5_SHADOW_SUFFIXES}
    return sorted(names - skipped), virtual


def content_types(cursor):
    """Raw content types: id -> "app_label.model"."""
    select(cursor, "django_content_type", ["id", "app_label", "model"])
    return {ct_id: f"{app}.{model}" for ct_id, app, model in cursor.fetchall()}


def permissions(cursor, cts):
    """Raw permissions: id -> "app_label.model.codename"."""
    select(cursor, "auth_permission", ["id", "content_type_id", "codename"])
    rows = cursor.fetchall()
    return {perm_id: f"{cts.get(ct_id, missing_ct(ct_id))}.{codename}" for perm_id, ct_id, codename in rows}


def missing_ct(ct_id):
    """The label recorded for an id that is not in django_content_type."""
    return f"?missing content type {ct_id}"


def relabel(label, moved):
    """Map "app.model" (or "app.model.codename") through ``moved``."""
    if label.startswith("?"):  # a dangling id, kept as it is
        return label
    app, model, *rest = label.split(".", 2)
    return ".".join([moved.get(f"{app}.{model}", f"{app}.{model}"), *rest])


def describe_table(cursor, table, virtual):
    """Columns, key columns, and which columns point to content types and permissions."""
    from django.db import connection

    introspection = connection.introspection
    cursor.execute(f"SELECT * FROM {quote(table)} WHERE 1 = 0")  # noqa: S608
    columns = [col[0] for col in cursor.description]
    if table in virtual:
        return ["rowid", *columns], ["rowid"], set(), set()
    key = introspection.get_primary_key_columns(cursor, table) or []
    relations = introspection.get_relations(cursor, table)
    ct_columns = {col for col, (_ref, target) in relations.items() if target == "django_content_type"}
    ct_columns |= {col for col in columns if col.endswith("content_type_id") or col == "contenttype_id"}
    perm_columns = {col for col, (_ref, target) in relations.items() if target == "auth_permission"}
    return columns, key, ct_columns, perm_columns


def take_snapshot(moved, columns_of=None, progress=None):
    """Read the whole database with raw SQL.

    ``columns_of(table)`` may give the columns to hash for a table (verify: the columns of the earlier
    snapshot, so that a column added by the new code does not count as a change).
    """
    from django.db import connection

    snap = {
        "format": SNAPSHOT_FORMAT,
        "taken_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": {"vendor": connection.vendor, "name": str(connection.settings_dict["NAME"])},
        "moved": moved,
        "renamed_tables": RENAMED_TABLES,
        "content_types": {},
        "ct_refs": {},
        "tables": {},
    }
    with connection.cursor() as cursor:
        tables, virtual = project_tables(cursor)
        cts = content_types(cursor) if "django_content_type" in tables else {}
        perms = permissions(cursor, cts) if "auth_permission" in tables else {}
        snap["content_types"] = {str(ct_id): label for ct_id, label in sorted(cts.items())}
        for table in tables:
            if progress:
                progress(table)
            columns, key, ct_columns, perm_columns = describe_table(cursor, table, virtual)
            wanted = (columns_of(table) if columns_of else None) or columns
            present = [col for col in wanted if col in columns]
            refs = collections.defaultdict(set)
            rows = {}
            duplicates = collections.Counter()
            select(cursor, table, present)
            while batch := cursor.fetchmany(2000):
                for values in batch:
                    row = dict(zip(present, values, strict=True))
                    for col in ct_columns & row.keys():
                        if row[col] is not None:
                            label = cts.get(row[col], missing_ct(row[col]))
                            refs[col].add(label)
                            row[col] = "ct:" + relabel(label, moved)
                    for col in perm_columns & row.keys():
                        if row[col] is not None:
                            label = perms.get(row[col], f"?missing permission {row[col]}")
                            refs[col].add(label.rsplit(".", 1)[0])
                            row[col] = "perm:" + relabel(label, moved)
                    if table == "django_content_type":
                        app, model = relabel(f"{row['app_label']}.{row['model']}", moved).split(".")
                        row["app_label"], row["model"] = app, model
                    text = "\x1e".join(f"{col}\x1f{norm(row.get(col, MISSING))}" for col in sorted(wanted))
                    row_digest = digest(text)[:DIGEST_CHARS]
                    if key and all(col in row for col in key):
                        row_key = "|".join(norm(row[col]) for col in key)
                    else:
                        row_key = "row:" + row_digest
                    duplicates[row_key] += 1
                    if duplicates[row_key] > 1:
                        row_key = f"{row_key}#{duplicates[row_key]}"
                    rows[row_key] = row_digest
            snap["tables"][table] = {
                "columns": wanted,
                "missing_columns": [col for col in wanted if col not in columns],
                "new_columns": [col for col in columns if col not in wanted],
                "key": key,
                "count": len(rows),
                "hash": table_hash(rows),
                "rows": rows,
            }
            for col, labels in refs.items():
                snap["ct_refs"][f"{table}.{col}"] = sorted(labels)
    return snap


def cmd_snapshot(args):
    moved = {} if args.no_moves else MOVED
    snap = take_snapshot(moved)
    Path(args.out).write_text(json.dumps(snap, indent=1, sort_keys=True, ensure_ascii=False))
    rows = sum(table["count"] for table in snap["tables"].values())
    db = snap["database"]
    print(f"Snapshot of {db['vendor']} {db['name']}: {len(snap['tables'])} tables, {rows} rows -> {args.out}")
    return 0


# --------------------------------------------------------------------------------------------------
# Verify


class Report:
    def __init__(self):
        self.failures = 0
        self.warnings = 0

    def section(self, title):
        print(f"\n== {title}")

    def ok(self, text):
        print(f"  OK    {text}")

    def fail(self, text):
        self.failures += 1
        print(f"  FAIL  {text}")

    def warn(self, text):
        self.warnings += 1
        print(f"  WARN  {text}")

    def info(self, text):
        print(f"        {text}")


def resolve(label):
    """The installed model for "app_label.model", or None."""
    from django.apps import apps

    app, _dot, model = label.partition(".")
    try:
        return apps.get_model(app, model)
    except (LookupError, ValueError):
        return None


def sample(keys, limit=5):
    keys = sorted(keys)
    more = f" (+{len(keys) - limit} more)" if len(keys) > limit else ""
    return ", ".join(keys[:limit]) + more


def compare_tables(before, after, report):
    report.section("Tables (rows hashed over the columns of the snapshot; content types relabelled by MOVED)")
    renamed = before.get("renamed_tables", {})
    print(f"  {'table':<52} {'before':>8} {'after':>8}  result")
    seen = set()
    for name, old in sorted(before["tables"].items()):
        new_name = renamed.get(name, name)
        seen.add(new_name)
        label = name if new_name == name else f"{name} -> {new_name}"
        new = after["tables"].get(new_name)
        if new is None:
            report.fail(f"{label:<52} {old['count']:>8} {'-':>8}  table is gone")
            continue
        counts = f"{label:<52} {old['count']:>8} {new['count']:>8}"
        notes = []
        if new["new_columns"]:
            notes.append(f"new columns: {', '.join(new['new_columns'])}")
        if new["missing_columns"]:
            report.fail(f"{counts}  columns dropped: {', '.join(new['missing_columns'])}")
            continue
        old_rows, new_rows = old["rows"], new["rows"]
        gone = old_rows.keys() - new_rows.keys()
        added = new_rows.keys() - old_rows.keys()
        changed = {key for key in old_rows.keys() & new_rows.keys() if old_rows[key] != new_rows[key]}
        if old["hash"] == new["hash"]:
            report.ok(f"{counts}  {'; '.join(notes)}".rstrip())
        elif name in GROWING_TABLES and not gone and not changed:
            report.ok(f"{counts}  +{len(added)} new rows (allowed here) {'; '.join(notes)}".rstrip())
        else:
            parts = []
            if gone:
                parts.append(f"{len(gone)} rows gone [{sample(gone)}]")
            if changed:
                parts.append(f"{len(changed)} rows changed [{sample(changed)}]")
            if added:
                parts.append(f"{len(added)} rows added [{sample(added)}]")
            report.fail(f"{counts}  DIFF: {'; '.join(parts + notes)}")
    for name in sorted(after["tables"].keys() - seen):
        report.info(f"{name:<52} {'-':>8} {after['tables'][name]['count']:>8}  new table")


def check_moved(before, after, report):
    from django.apps import apps

    moved = before["moved"]
    report.section("Content types of moved models")
    if not moved:
        report.info("the snapshot was taken with no moves (--no-moves): nothing to check")
        return
    if moved != MOVED:
        report.warn("MOVED has changed since the snapshot was taken: the snapshot's mapping is used")
    before_ids = {label: int(ct_id) for ct_id, label in before["content_types"].items()}
    after_ids = {label: int(ct_id) for ct_id, label in after["content_types"].items()}
    for old_label, new_label in sorted(moved.items()):
        head = f"{old_label} -> {new_label}:"
        model = resolve(new_label)
        if old_label in after_ids:
            report.fail(f"{head} a content type of the old label is still there (id {after_ids[old_label]})")
        if new_label not in after_ids:
            report.fail(f"{head} no content type of the new label")
        elif old_label not in before_ids:
            report.info(f"{head} the old database had no content type for it (id now {after_ids[new_label]})")
        elif before_ids[old_label] != after_ids[new_label]:
            report.fail(
                f"{head} content type recreated (id {before_ids[old_label]} -> {after_ids[new_label]}), "
                "not relabelled: what pointed to the old id now points to a stale or missing row"
            )
        else:
            report.ok(f"{head} relabelled in place (id {after_ids[new_label]})")
        if model is None:
            report.fail(f"{head} {new_label} is not an installed model")
            continue
        table = model._meta.db_table
        old_tables = {before.get("renamed_tables", {}).get(name, name) for name in before["tables"]}
        if table not in old_tables:
            report.fail(f"{head} the model reads table {table}, which the old database did not have")
        elif table in after["tables"]:
            report.ok(f"{head} {model._meta.label} reads {table} ({after['tables'][table]['count']} rows)")
    # Models that look moved but are not in MOVED: an old label that no longer resolves, same model name elsewhere.
    names = collections.defaultdict(list)
    for model in apps.get_models():
        names[model._meta.model_name].append(model._meta.label_lower)
    for label in sorted(after_ids):
        if resolve(label) is None and label not in moved and label not in moved.values():
            elsewhere = names.get(label.split(".")[1], [])
            if elsewhere:
                report.warn(f"{label} does not resolve but {', '.join(elsewhere)} exists: missing from MOVED?")


def check_references(after, report):
    report.section("Content types referenced by data")
    unresolved = 0
    for column, labels in sorted(after["ct_refs"].items()):
        table = column.split(".")[0]
        bad = [label for label in labels if resolve(label) is None]
        if not bad:
            continue
        unresolved += 1
        text = f"{column} points to content types of no installed model: {', '.join(bad)}"
        if table == "auth_permission":
            report.warn(text)
        else:
            report.fail(text)
    if not unresolved:
        report.ok(f"{len(after['ct_refs'])} columns, every content type they use resolves:")
        for column, labels in sorted(after["ct_refs"].items()):
            report.info(f"  {column} ({len(labels)} content types)")
    referenced = {label for labels in after["ct_refs"].values() for label in labels}
    stale = sorted(label for label in after["content_types"].values() if resolve(label) is None)
    unused = [label for label in stale if label not in referenced]
    if unused:
        report.warn(
            f"stale content types, referenced by nothing but permissions: {', '.join(unused)} "
            "(remove_stale_contenttypes would delete them, with whatever points to them)"
        )


def check_wagtail(after, report):
    """Pages, revisions and translation sources resolve to installed models and their rows exist."""
    from django.db import connection

    tables = after["tables"]
    ct_id = {label: int(ct_id) for ct_id, label in after["content_types"].items()}
    with connection.cursor() as cursor:
        report.section("Pages: specific content type and specific row")
        if "wagtailcore_page" in tables:
            rows = fetch_all(
                cursor,
                f"SELECT {quote('content_type_id')}, COUNT(*) FROM {quote('wagtailcore_page')} "  # noqa: S608
                f"GROUP BY {quote('content_type_id')}",
            )
            labels = {ct: label for label, ct in ct_id.items()}
            for ct, count in sorted(rows, key=lambda row: labels.get(row[0], "")):
                label = labels.get(ct, missing_ct(ct))
                model = resolve(label)
                if model is None:
                    report.fail(f"{count} pages of {label}: not an installed model")
                    continue
                missing = _pages_without_specific_row(cursor, model, ct)
                if missing:
                    report.fail(f"{count} pages of {label}: {missing} have no row in {model._meta.db_table}")
                else:
                    report.ok(f"{count:>4} pages of {label} -> {model._meta.label} ({model._meta.db_table})")
        report.section("Revisions: content type, base content type and object")
        if "wagtailcore_revision" in tables:
            _check_revisions(cursor, ct_id, report)
        report.section("wagtail-localize: translation sources and translatable objects")
        if "wagtail_localize_translationsource" in tables:
            _check_translation_sources(cursor, ct_id, report)
        for column in ("wagtail_localize_translatableobject.content_type_id",):
            labels = after["ct_refs"].get(column, [])
            bad = [label for label in labels if resolve(label) is None]
            if bad:
                report.fail(f"{column}: {', '.join(bad)} do not resolve")
            elif labels:
                report.ok(f"translatable objects: {len(labels)} content types, all resolve")


def _pages_without_specific_row(cursor, model, ct):
    table, pk = model._meta.db_table, model._meta.pk.column
    if table == "wagtailcore_page":
        return 0
    sql = (
        f"SELECT COUNT(*) FROM {quote('wagtailcore_page')} p WHERE p.{quote('content_type_id')} = %s "  # noqa: S608
        f"AND NOT EXISTS (SELECT 1 FROM {quote(table)} s WHERE s.{quote(pk)} = p.{quote('id')})"
    )
    return fetch_all(cursor, sql, [ct])[0][0]


def _object_keys(cursor, model):
    """The primary keys of a model's table, in the text form Wagtail stores in object_id."""
    select(cursor, model._meta.db_table, [model._meta.pk.column])
    if model._meta.pk.get_internal_type() == "UUIDField":
        return {str(uuid.UUID(str(value))) for (value,) in cursor.fetchall()}
    return {str(value) for (value,) in cursor.fetchall()}


def _check_revisions(cursor, ct_id, report):
    labels = {ct: label for label, ct in ct_id.items()}
    rows = fetch_all(
        cursor,
        f"SELECT {quote('content_type_id')}, {quote('base_content_type_id')}, {quote('object_id')} "  # noqa: S608
        f"FROM {quote('wagtailcore_revision')}",
    )
    groups = collections.defaultdict(list)
    for ct, base_ct, object_id in rows:
        groups[(labels.get(ct, missing_ct(ct)), labels.get(base_ct, missing_ct(base_ct)))].append(object_id)
    for (label, base_label), object_ids in sorted(groups.items()):
        model, base = resolve(label), resolve(base_label)
        head = f"{len(object_ids):>4} revisions of {label} (base {base_label})"
        if model is None or base is None:
            report.fail(f"{head}: {label if model is None else base_label} is not an installed model")
            continue
        keys = _object_keys(cursor, base)
        orphans = {str(object_id) for object_id in object_ids} - keys
        if orphans:
            report.fail(f"{head}: objects missing from {base._meta.db_table}: {sample(orphans)}")
        else:
            report.ok(f"{head} -> {model._meta.label}, every object exists")


def _check_translation_sources(cursor, ct_id, report):
    from django.core.exceptions import FieldDoesNotExist

    labels = {ct: label for label, ct in ct_id.items()}
    rows = fetch_all(
        cursor,
        f"SELECT {quote('specific_content_type_id')}, {quote('object_id')}, {quote('locale_id')} "  # noqa: S608
        f"FROM {quote('wagtail_localize_translationsource')}",
    )
    groups = collections.defaultdict(list)
    for ct, translation_key, locale in rows:
        groups[labels.get(ct, missing_ct(ct))].append((norm(_as_uuid(translation_key)), locale))
    for label, sources in sorted(groups.items()):
        model = resolve(label)
        head = f"{len(sources):>4} translation sources of {label}"
        if model is None:
            report.fail(f"{head}: not an installed model")
            continue
        try:
            owner = model._meta.get_field("translation_key").model._meta
        except FieldDoesNotExist:
            report.fail(f"{head}: {model._meta.label} has no translation_key")
            continue
        select(cursor, owner.db_table, ["translation_key", "locale_id"])
        existing = {(norm(_as_uuid(key)), locale) for key, locale in cursor.fetchall()}
        orphans = [source for source in sources if source not in existing]
        if orphans:
            report.fail(f"{head}: {len(orphans)} have no object in {owner.db_table} in their locale")
        else:
            report.ok(f"{head} -> {model._meta.label}, every source object exists")


def _as_uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def check_models_have_tables(report):
    """Every table and column the current code's models expect is in the database."""
    from django.apps import apps
    from django.db import connection

    report.section("Tables and columns of the current code's models")
    missing = []
    checked = 0
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for model in apps.get_models(include_auto_created=True):
            meta = model._meta
            if not meta.managed or meta.proxy:
                continue
            checked += 1
            if meta.db_table not in tables:
                missing.append(f"{meta.label}: table {meta.db_table}")
                continue
            cursor.execute(f"SELECT * FROM {quote(meta.db_table)} WHERE 1 = 0")  # noqa: S608
            columns = {col[0] for col in cursor.description}
            if connection.vendor == "sqlite":
                columns.add("rowid")  # implicit in every SQLite table (Wagtail's FTS5 index entries use it)
            missing += [
                f"{meta.label}: column {meta.db_table}.{field.column}"
                for field in meta.local_concrete_fields
                if field.column not in columns
            ]
    for text in missing:
        report.fail(text)
    if not missing:
        report.ok(f"{checked} models: every table and column exists")


def cmd_verify(args):
    before = json.loads(Path(args.before).read_text())
    if before.get("format") != SNAPSHOT_FORMAT:
        print(f"{args.before}: not a snapshot of this script (format {before.get('format')})", file=sys.stderr)
        return 2
    renamed = before.get("renamed_tables", {})

    def columns_of(table):
        old = {renamed.get(name, name): name for name in before["tables"]}.get(table)
        return before["tables"][old]["columns"] if old else None

    after = take_snapshot(before["moved"], columns_of=columns_of)
    db = after["database"]
    print(f"Verify {db['vendor']} {db['name']} against {args.before} (taken {before['taken_at']})")
    report = Report()
    compare_tables(before, after, report)
    check_moved(before, after, report)
    check_references(after, report)
    check_wagtail(after, report)
    check_models_have_tables(report)
    print()
    if report.failures:
        print(f"RESULT: DIFF, {report.failures} failure(s), {report.warnings} warning(s)")
        return 1
    print(f"RESULT: OK, {len(before['tables'])} tables unchanged, {report.warnings} warning(s)")
    return 0


# --------------------------------------------------------------------------------------------------
# Schema (for roundtrip: a migrated database against one migrated from scratch)


def cmd_schema(args):
    """Write the schema of the database (tables, columns, constraints, names aside) as JSON."""
    from django.db import connection

    schema = {}
    with connection.cursor() as cursor:
        tables, virtual = project_tables(cursor)
        for table in tables:
            if table in virtual:
                continue
            columns = {
                info.name: [
                    str(info.type_code),
                    bool(info.null_ok),
                    None if info.default is None else str(info.default),
                    bool(getattr(info, "is_autofield", False)),
                ]
                for info in connection.introspection.get_table_description(cursor, table)
            }
            constraints = sorted(
                json.dumps(
                    [
                        spec.get("columns") or [],
                        bool(spec.get("primary_key")),
                        bool(spec.get("unique")),
                        spec.get("foreign_key") or [],
                        bool(spec.get("check")),
                        bool(spec.get("index")),
                        str(spec.get("type") or ""),
                        spec.get("orders") or [],
                    ]
                )
                for spec in connection.introspection.get_constraints(cursor, table).values()
            )
            schema[table] = {"columns": columns, "constraints": constraints}
    Path(args.out).write_text(json.dumps(schema, indent=1, sort_keys=True))
    return 0


def compare_schemas(migrated, fresh, report):
    report.section("Schema: migrated old database against a database migrated from scratch")
    failures = report.failures
    for table in sorted(fresh.keys() | migrated.keys()):
        if table not in migrated:
            report.fail(f"{table}: missing from the migrated database")
            continue
        if table not in fresh:
            report.warn(f"{table}: only in the migrated database (left over from the old layout?)")
            continue
        old, new = migrated[table], fresh[table]
        for column in sorted(old["columns"].keys() | new["columns"].keys()):
            if old["columns"].get(column) != new["columns"].get(column):
                report.fail(
                    f"{table}.{column}: migrated {old['columns'].get(column)} / fresh {new['columns'].get(column)}"
                )
        lacking = collections.Counter(new["constraints"]) - collections.Counter(old["constraints"])
        extra = collections.Counter(old["constraints"]) - collections.Counter(new["constraints"])
        for spec in sorted(lacking.elements()):
            report.fail(f"{table}: constraint/index of a fresh database missing after migrate: {spec}")
        for spec in sorted(extra.elements()):
            report.fail(f"{table}: constraint/index only in the migrated database: {spec}")
    if report.failures == failures:
        report.ok(f"{len(fresh)} tables: same columns, types, nullability, defaults, constraints and indexes")


# --------------------------------------------------------------------------------------------------
# Roundtrip


def run(command, env, cwd, capture=False):
    """Run a command, echoing it; return (exit status, output when captured)."""
    print(f"$ {' '.join(str(part) for part in command)}", flush=True)
    result = subprocess.run(  # noqa: S603 - fixed commands built by this script
        [str(part) for part in command], env=env, cwd=cwd, text=True, capture_output=capture, check=False
    )
    if capture and result.returncode:
        print(result.stdout + result.stderr)
    return result.returncode, (result.stdout if capture else "")


def tool(name):
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} not found on PATH")
    return path


def hermetic_env(args, database_url, media):
    env = dict(os.environ)
    for name in ("REDIS_URL", "SEARCH_URL"):  # locmem cache and database search: nothing else needed
        env.pop(name, None)
    env.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE=args.settings, MEDIA_ROOT=str(media))
    return env


def roundtrip_one(args, label, database_url, fresh_url, workdir):
    """Snapshot, migrate with the current code, verify, compare the schema with a fresh database."""
    project = Path(args.project)
    python = sys.executable
    me = [python, HERE, "--project", project, "--settings", args.settings]
    env = hermetic_env(args, database_url, workdir / "media")
    before = workdir / f"{label}-before.json"
    print(f"\n######## {label}: {database_url}")
    steps = {}
    steps["snapshot"] = run([*me, "snapshot", *(["--no-moves"] if args.no_moves else []), before], env, project)[0]
    if steps["snapshot"]:
        return steps
    steps["migrate"] = run([python, "manage.py", "migrate", "--noinput"], env, project)[0]
    if steps["migrate"]:
        return steps
    steps["verify"] = run([*me, "verify", before], env, project)[0]
    fresh_env = hermetic_env(args, fresh_url, workdir / "media")
    steps["fresh migrate"] = run([python, "manage.py", "migrate", "--noinput"], fresh_env, project, capture=True)[0]
    if not steps["fresh migrate"]:
        migrated_schema, fresh_schema = workdir / f"{label}-schema.json", workdir / f"{label}-fresh-schema.json"
        dumped = (
            run([*me, "schema", migrated_schema], env, project)[0]
            or run([*me, "schema", fresh_schema], fresh_env, project)[0]
        )
        if dumped:
            steps["schema"] = dumped
        else:
            report = Report()
            compare_schemas(json.loads(migrated_schema.read_text()), json.loads(fresh_schema.read_text()), report)
            steps["schema"] = 1 if report.failures else 0
    steps["makemigrations --check"] = run(
        [python, "manage.py", "makemigrations", "--check", "--dry-run"], env, project
    )[0]
    return steps


def pg_reachable(server):
    from urllib.parse import urlsplit

    if shutil.which("pg_isready") is None:
        return False
    parts = urlsplit(server)
    command = [tool("pg_isready"), "-q", "-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    return subprocess.run(command, check=False).returncode == 0  # noqa: S603


def cmd_roundtrip(args):
    from urllib.parse import urlsplit

    results = {}
    workdir = Path(tempfile.mkdtemp(prefix="layout-check-"))
    print(f"Working directory: {workdir}")
    if not args.skip_sqlite:
        if not Path(args.sqlite).exists():
            print(f"{args.sqlite} is missing: build it with the old code first (see the docstring)", file=sys.stderr)
            return 2
        copy = workdir / "old.sqlite3"
        shutil.copyfile(args.sqlite, copy)
        results["sqlite"] = roundtrip_one(
            args, "sqlite", f"sqlite:///{copy}", f"sqlite:///{workdir / 'fresh.sqlite3'}", workdir
        )
    if args.skip_postgres:
        pass
    elif not Path(args.pgdump).exists():
        print(f"\n{args.pgdump} is missing: PostgreSQL skipped")
        results["postgresql"] = {"dump present": 1}
    elif not pg_reachable(args.pg_server):
        print(f"\nPostgreSQL at {args.pg_server} does not answer: skipped")
    else:
        parts = urlsplit(args.pg_server)
        conn = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432), "-U", parts.username or "postgres"]
        pg_env = dict(os.environ, PGPASSWORD=parts.password or os.environ.get("PGPASSWORD", ""))
        suffix = f"{os.getpid()}"
        old_db, fresh_db = f"layout_check_old_{suffix}", f"layout_check_fresh_{suffix}"
        server = args.pg_server.rstrip("/")
        try:
            for name in (old_db, fresh_db):
                run([tool("createdb"), *conn, name], pg_env, workdir)
            status, _out = run(
                [tool("pg_restore"), *conn, "--no-owner", "--no-acl", "--exit-on-error", "-d", old_db, args.pgdump],
                pg_env,
                workdir,
            )
            if status:
                results["postgresql"] = {"pg_restore": status}
            else:
                results["postgresql"] = roundtrip_one(
                    args, "postgresql", f"{server}/{old_db}", f"{server}/{fresh_db}", workdir
                )
        finally:
            if args.keep:
                print(f"Kept PostgreSQL databases {old_db} and {fresh_db}")
            else:
                for name in (old_db, fresh_db):
                    run([tool("dropdb"), *conn, "--if-exists", name], pg_env, workdir)
    if args.keep:
        print(f"Kept {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    print("\n######## Summary")
    failed = False
    for backend, steps in results.items():
        for step, status in steps.items():
            failed |= bool(status)
            print(f"  {backend:<11} {step:<24} {'OK' if status == 0 else 'FAIL'}")
    if not results:
        print("  nothing was checked")
        return 2
    print("RESULT:", "FAIL" if failed else "OK")
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="See the module docstring.")
    parser.add_argument(
        "--settings",
        default=os.environ.get("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS),
        help="Django settings module (default: $DJANGO_SETTINGS_MODULE or %(default)s)",
    )
    parser.add_argument("--project", type=Path, default=None, help="the code to import (default: see docstring)")
    commands = parser.add_subparsers(dest="command", required=True)

    snapshot = commands.add_parser("snapshot", help="record every table of the database (raw SQL)")
    snapshot.add_argument("out", help="JSON file to write")
    snapshot.add_argument("--no-moves", action="store_true", help="do not relabel moved content types")
    snapshot.set_defaults(handler=cmd_snapshot, django=True)

    verify = commands.add_parser("verify", help="compare the database with a snapshot; exit 1 on any difference")
    verify.add_argument("before", help="JSON file written by snapshot")
    verify.set_defaults(handler=cmd_verify, django=True)

    schema = commands.add_parser("schema", help="write the database's schema as JSON (used by roundtrip)")
    schema.add_argument("out", help="JSON file to write")
    schema.set_defaults(handler=cmd_schema, django=True)

    roundtrip = commands.add_parser("roundtrip", help="snapshot, migrate and verify copies of the pristine databases")
    roundtrip.add_argument("--sqlite", default=DEFAULT_SQLITE, type=Path, help="pristine SQLite (%(default)s)")
    roundtrip.add_argument("--pgdump", default=DEFAULT_PGDUMP, type=Path, help="pg_dump -Fc of it (%(default)s)")
    roundtrip.add_argument("--pg-server", default=DEFAULT_PG_SERVER, help="PostgreSQL server URL (%(default)s)")
    roundtrip.add_argument("--skip-sqlite", action="store_true")
    roundtrip.add_argument("--skip-postgres", action="store_true")
    roundtrip.add_argument("--keep", action="store_true", help="keep the copies, snapshots and databases")
    roundtrip.add_argument(
        "--no-moves", action="store_true", help="snapshot without MOVED (to try the machinery with the old code)"
    )
    roundtrip.set_defaults(handler=cmd_roundtrip, django=False)

    args = parser.parse_args(argv)
    args.project = (args.project or default_project()).resolve()
    if args.django:
        setup_django(args.project, args.settings)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
