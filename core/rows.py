"""Rows written in one ``executemany``, as ``bulk_create`` would write them, for bulk loads."""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.constants import OnConflict


def insert_rows(model, objects, raw=False, ignore_conflicts=False):
    """Insert ``objects`` of ``model`` in one ``executemany``: the rows ``bulk_create`` writes (each value
    prepared by its field the same way), without compiling a statement per few dozen rows, and
    without reading back the ids. With ``raw``, the rows of ``model``'s own table only, for objects
    whose parent rows exist already: what ``save_base(raw=True)`` writes, without the save signals.
    With ``ignore_conflicts``, as ``bulk_create(ignore_conflicts=True)``: a row that would break a
    unique constraint is skipped."""
    if not objects:
        return
    # The connection itself, not ``django.db.connection``: each field reads it several times per value, and
    # every read through that proxy looks the connection up again (a sixth of writing members, measured).
    connection = connections[DEFAULT_DB_ALIAS]
    meta = model._meta
    fields = [f for f in meta.local_concrete_fields if raw or f is not meta.auto_field]
    if not raw:
        for obj in objects:
            obj._prepare_related_fields_for_save(operation_name="insert_rows")
    quote = connection.ops.quote_name
    on_conflict = OnConflict.IGNORE if ignore_conflicts and connection.features.supports_ignore_conflicts else None
    sql = "{} {} ({}) VALUES ({}) {}".format(
        connection.ops.insert_statement(on_conflict=on_conflict),
        quote(meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
        connection.ops.on_conflict_suffix_sql(fields, on_conflict, None, None),
    )
    rows = [
        [
            f.get_db_prep_save(getattr(obj, f.attname) if raw else f.pre_save(obj, True), connection=connection)
            for f in fields
        ]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
