"""Rows written in one ``executemany``, as ``bulk_create`` would write them, for bulk loads."""

import functools
import uuid

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.backends.base.operations import BaseDatabaseOperations as BASE_OPS
from django.db.models.constants import OnConflict
from django.utils import timezone

# Fields whose ``get_db_prep_save`` gives back a value of these exact types unchanged (and None as None), when the
# field's class is exactly this one (a subclass may prepare its values otherwise: it goes through its own).
TEXT_FIELDS = (models.CharField, models.TextField, models.SlugField, models.URLField, models.EmailField)
INTEGER_FIELDS = (
    models.AutoField,
    models.BigAutoField,
    models.SmallAutoField,
    models.IntegerField,
    models.BigIntegerField,
    models.SmallIntegerField,
    models.PositiveIntegerField,
    models.PositiveBigIntegerField,
    models.PositiveSmallIntegerField,
)
PLAIN = {
    **dict.fromkeys(TEXT_FIELDS, str),
    **dict.fromkeys(INTEGER_FIELDS, int),
    models.BooleanField: bool,
}


def adapter(field, connection):
    """A function giving what ``field.get_db_prep_save(value, connection)`` gives, without its calls for the
    common values: None, and for a text, integer, boolean or UUID field (or a foreign key to one) a value of
    its own type. Any other value goes through ``get_db_prep_save``."""
    prepare = functools.partial(field.get_db_prep_save, connection=connection)
    target = field
    if type(field) in (models.ForeignKey, models.OneToOneField) or (
        isinstance(field, models.ForeignKey)
        and type(field).get_db_prep_save is models.ForeignKey.get_db_prep_save
        and type(field).get_db_prep_value is models.ForeignKey.get_db_prep_value
    ):
        target = field.target_field
    if type(target) is models.UUIDField:
        native = connection.features.has_native_uuid_field

        def prepared(value):
            if type(value) is uuid.UUID:
                return value if native else value.hex
            return None if value is None else prepare(value)

        return prepared
    plain = PLAIN.get(type(target))
    if plain is int and type(connection.ops).adapt_integerfield_value is not BASE_OPS.adapt_integerfield_value:
        plain = None  # PostgreSQL with psycopg 3 wraps integers in its own types
    if plain is None:
        return prepare
    if target is not field and plain is str:
        # A foreign key to a text field stores an empty text as None on some databases: its own way.
        def prepared(value):
            if value is None or (type(value) is str and value != ""):
                return value
            return prepare(value)

        return prepared

    def prepared(value):
        if value is None or type(value) is plain:
            return value
        return prepare(value)

    return prepared


def _attribute(attname):
    return lambda obj: getattr(obj, attname)


def _getter(field):
    """``field.pre_save(obj, True)``: the value read from the object, unless the field computes it on saving."""
    if type(field).pre_save is models.Field.pre_save:
        return _attribute(field.attname)
    return lambda obj: field.pre_save(obj, True)


def _statement(connection, model, fields, on_conflict):
    quote = connection.ops.quote_name
    return "{} {} ({}) VALUES ({}) {}".format(
        connection.ops.insert_statement(on_conflict=on_conflict),
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
        connection.ops.on_conflict_suffix_sql(fields, on_conflict, None, None),
    )


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
    on_conflict = OnConflict.IGNORE if ignore_conflicts and connection.features.supports_ignore_conflicts else None
    columns = [(adapter(f, connection), _attribute(f.attname) if raw else _getter(f)) for f in fields]
    rows = [[prepare(read(obj)) for prepare, read in columns] for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(_statement(connection, model, fields, on_conflict), rows)


def insert_values(model, rows, ignore_conflicts=False):
    """``insert_rows`` for rows given as ``{attname: value}`` instead of objects (no model instance made for
    each, the larger part of writing a short row): a field left out gets its default, a date field with
    ``auto_now`` or ``auto_now_add`` the time of the call. The automatic id is the database's. Values are
    prepared by their fields, as ``insert_rows`` does; a related object is given by its id (``*_id``)."""
    if not rows:
        return
    connection = connections[DEFAULT_DB_ALIAS]
    meta = model._meta
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field]
    now = timezone.now()
    given = set().union(*(row.keys() for row in rows))
    unknown = given - {f.attname for f in fields}
    if unknown:
        raise ValueError(f"{model.__name__} has no column {', '.join(sorted(unknown))}")
    columns = []  # (attname, adapter, prepared default or None, default function or None)
    for f in fields:
        prepare = adapter(f, connection)
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            # As saving does: the time of the write, whatever the row says.
            columns.append((None, prepare, prepare(now), None))
        elif f.has_default() and callable(f.default):
            columns.append((f.attname, prepare, None, f.get_default))
        else:
            columns.append((f.attname, prepare, prepare(f.get_default()), None))
    values = []
    for row in rows:
        line = []
        for attname, prepare, default, make in columns:
            if attname is not None and attname in row:
                line.append(prepare(row[attname]))
            elif make is None:
                line.append(default)
            else:
                line.append(prepare(make()))
        values.append(line)
    on_conflict = OnConflict.IGNORE if ignore_conflicts and connection.features.supports_ignore_conflicts else None
    with connection.cursor() as cursor:
        cursor.executemany(_statement(connection, model, fields, on_conflict), values)
