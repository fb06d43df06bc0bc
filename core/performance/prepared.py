"""Querysets compiled to SQL once and run again with other values, for the few queries every page rendered
afresh runs (a member page and its language versions)."""

import weakref
from typing import NamedTuple

from django.db import connections, router

from .private import CompiledQuery

EXACT, STARTSWITH = "exact", "startswith"


class PreparedQuery:
    """``PreparedQuery(build, name=(lookup, type), …)(name=value, …)``: the objects of ``build(name=value, …)``.

    Django compiles a queryset to SQL each time it is evaluated. For a page type (about 90 columns over two
    tables) that takes about a millisecond, twenty times what the database takes to answer. Here the SQL is
    compiled once per database connection, with a marker value for each name, and each call runs it with the
    values in the markers' places. Each name is used by ``build`` in one lookup, ``exact`` or ``startswith``,
    on a field of the given type (``int`` or ``str``).

    Values the queryset always has (a list of filter specs) are named in ``fixed``: a compiled parameter equal
    to one of them is kept as it is. When the other compiled parameters are not exactly the markers (a lookup
    that transforms its value otherwise, a name not used), the queryset is evaluated as usual on every call.
    Rows become objects as Django's ``ModelIterable`` makes them, with the database's converters and
    ``select_related`` objects; ``prefetch_related`` and annotations are not supported: build querysets
    without them.
    """

    def __init__(self, build, fixed=(), **lookups):
        self.build, self.lookups, self.fixed, self._model = build, lookups, frozenset(fixed), None
        self._compiled = weakref.WeakKeyDictionary()  # by connection (one per thread and database)
        self.markers = {
            # A string marker has LIKE's special characters and both cases: a lookup that escapes or changes its
            # value (iexact, icontains…) gives another parameter than the marker, and is not prepared.
            name: (987_650_001 + index if kind is int else f"\x00{name}_%Aa\x00")
            for index, (name, (_lookup, kind)) in enumerate(lookups.items())
        }

    def _compile(self, db):
        connection = connections[db]
        like = connection.ops.prep_for_like_query
        compiled = CompiledQuery(self.build(**self.markers), db)
        places = []
        for param in compiled.params:
            for name, marker in self.markers.items():
                lookup = self.lookups[name][0]
                if (lookup == EXACT and param == marker) or (lookup == STARTSWITH and param == like(marker) + "%"):
                    places.append(name)
                    break
            else:
                if not isinstance(param, str) or param not in self.fixed:
                    return None
                places.append(_Fixed(param))
        if {place for place in places if isinstance(place, str)} != set(self.markers):
            return None
        compiled.places = places
        return compiled

    def __call__(self, **values):
        if self._model is None:
            self._model = self.build(**self.markers).model
        db = router.db_for_read(self._model)
        connection = connections[db]
        if connection not in self._compiled:
            self._compiled[connection] = self._compile(db)
        compiled = self._compiled[connection]
        if compiled is None:
            return list(self.build(**values))
        like = connection.ops.prep_for_like_query
        params = [
            place.value
            if isinstance(place, _Fixed)
            else like(values[place]) + "%"
            if self.lookups[place][0] == STARTSWITH
            else self.lookups[place][1](values[place])
            for place in compiled.places
        ]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        return compiled.objects(db, rows)


class _Fixed(NamedTuple):
    value: str
