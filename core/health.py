"""What the readiness check (``/readyz``) reports: the database and the cache, and what the apps above add.

Core knows no app above it: an app adds its part with ``register(check)``, where ``check()`` returns a
dict of ``{name: state}`` (the search app adds the engine and its index). The site can serve while the
database answers: without the cache or the search engine it is slower, never down.
"""

import logging
import uuid

from django.core.cache import caches
from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)

LOCAL_CACHES = ("LocMemCache", "DummyCache")  # each process its own (or none): nothing shared to lose
_checks = []


def register(check):
    """Add ``check`` (a function returning ``{name: state}``) to the readiness report."""
    if check not in _checks:
        _checks.append(check)
    return check


def database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.warning("Readiness: the database does not answer", exc_info=True)
        return "down"
    return "ok"


def cache_state():
    """ "local" for a per-process cache, else whether a value written is read back."""
    cache = caches["default"]
    if type(cache).__name__ in LOCAL_CACHES:
        return "local"
    key, value = "readiness-probe", uuid.uuid4().hex
    try:
        cache.set(key, value, 10)
        answer = cache.get(key)
    except Exception:  # any client's connection error: the report says so instead of failing
        logger.warning("Readiness: the cache does not answer", exc_info=True)
        return "down"
    return "ok" if answer == value else "down"


def report():
    """``{"status", "database", "cache", ...}``; status is "ok", "degraded" (serving, something is off) or "down"
    (the database does not answer: the site cannot serve)."""
    states = {"database": database_state(), "cache": cache_state()}
    for check in _checks:
        try:
            states.update(check())
        except Exception:  # a check that fails must not take the report with it
            logger.exception("Readiness check %s failed", getattr(check, "__name__", check))
    healthy = ("ok", "local", "off")
    if states["database"] != "ok":
        status = "down"
    elif all(state in healthy for state in states.values()):
        status = "ok"
    else:
        status = "degraded"
    return {"status": status, **states}
