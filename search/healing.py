"""The search engine heals itself: an index it lost is rebuilt from the documents by the worker.

A restarted or new cluster has no index behind the directory's aliases. Searches then answer from the
database (degraded) and ask for a repair; the readiness check and the worker's own look every
``CHECK_EVERY`` seconds notice it too. The worker (``manage.py run_webhooks`` calls ``heal``) rebuilds
the missing languages from the MemberDocument table, one worker at a time (``EngineRepair`` is the lock);
a web request never rebuilds. ``manage.py rebuild_search_index`` rebuilds every language the same way.
"""

import logging
import os
import socket
import time
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone

from core import health

from .backends import COLLECTIONS, EngineUnavailable, configured_engine
from .models import EngineRepair, MemberDocument

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # a rebuild not renewed for that long was left by a worker that stopped
CHECK_EVERY = 60  # seconds between two looks of a worker at the engine's aliases
REQUEST_EVERY = 10  # seconds: a process asks for a repair at most that often, not once per search
CATCH_UP_MARGIN = timedelta(minutes=1)  # documents written this long before a rebuild began are sent again
ENGINE_BATCH = 500

_asked = {}  # index prefix → when this process last asked for a repair (monotonic)
_next_look = {}  # index prefix → when this worker looks at the aliases again (monotonic)
_quiet_until = {}  # index prefix → no try before then, the engine having failed (monotonic)
QUIET = 30  # seconds a worker leaves an engine that failed alone, even when a repair is asked for


class RepairBusy(Exception):
    """Another worker is rebuilding the indexes."""

    def __init__(self, worker, since):
        self.worker, self.since = worker, since
        super().__init__(f"{worker or 'another worker'} has been rebuilding the search indexes since {since}")


def languages():
    return [code for code, _name in settings.LANGUAGES]


def forget():
    """Forget this process's timers (tests)."""
    _asked.clear()
    _next_look.clear()
    _quiet_until.clear()


def request(engine=None):
    """Ask a worker to rebuild the engine's missing indexes: one cheap write, at most every REQUEST_EVERY seconds
    in a process, that keeps the first request's time. Never raises."""
    engine = engine or configured_engine()
    if engine is None or time.monotonic() < _asked.get(engine.prefix, float("-inf")) + REQUEST_EVERY:
        return
    _asked[engine.prefix] = time.monotonic()
    try:
        with transaction.atomic():
            EngineRepair.objects.get_or_create(pk=engine.prefix)
            EngineRepair.objects.filter(pk=engine.prefix, requested_at__isnull=True).update(requested_at=timezone.now())
    except DatabaseError:
        logger.warning("Could not ask for a search index repair", exc_info=True)


def requested(engine):
    return EngineRepair.objects.filter(pk=engine.prefix, requested_at__isnull=False).exists()


def rebuilding(engine):
    """Whether a worker holds the rebuild (and renewed it lately)."""
    since = timezone.now() - LEASE
    return EngineRepair.objects.filter(pk=engine.prefix, started_at__gte=since).exists()


def worker_name():
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


def claim(engine, worker):
    """Take the rebuild for ``worker`` if no one holds it (or its holder stopped renewing it); else RepairBusy."""
    now = timezone.now()
    EngineRepair.objects.get_or_create(pk=engine.prefix)
    free = Q(started_at__isnull=True) | Q(started_at__lt=now - LEASE)
    if not EngineRepair.objects.filter(free, pk=engine.prefix).update(started_at=now, worker=worker):
        holder = EngineRepair.objects.filter(pk=engine.prefix).values("worker", "started_at").first() or {}
        raise RepairBusy(holder.get("worker", ""), holder.get("started_at"))


def renew(engine, worker):
    """Tell the others this worker is still at it; RepairBusy if another one took the rebuild over meanwhile."""
    if not EngineRepair.objects.filter(pk=engine.prefix, worker=worker).update(started_at=timezone.now()):
        raise RepairBusy("another worker", timezone.now())


def release(engine, worker, error=""):
    """Free the rebuild; done without error, the request it answered is cleared."""
    fields = {"started_at": None, "worker": "", "error": error[:2000]}
    if not error:
        fields.update(requested_at=None, finished_at=timezone.now())
    EngineRepair.objects.filter(pk=engine.prefix, worker=worker).update(**fields)


def rebuild_language(engine, language, bar=None, renew=None):
    """Load every document of ``language`` and their works into fresh indexes, point the aliases at them, then
    send what changed meanwhile (documents written or deleted while they loaded). ``bar(language, total)`` makes a
    progress bar; ``renew()`` is called after each batch."""
    since = timezone.now() - CATCH_UP_MARGIN
    indexes = {}
    queryset = MemberDocument.objects.filter(language=language).order_by("pk")
    progress = bar(language, queryset.count()) if bar else None
    written = set()
    try:
        for collection in COLLECTIONS:
            indexes[collection] = engine.create_index(language, collection)
        batch = []
        for doc in queryset.iterator(chunk_size=ENGINE_BATCH):
            batch.append(doc)
            if len(batch) >= ENGINE_BATCH:
                engine.index_documents(batch, indexes=indexes, refresh=False)
                written.update(doc.page_id for doc in batch)
                if progress:
                    progress.update(len(batch))
                if renew:
                    renew()
                batch = []
        engine.index_documents(batch, indexes=indexes, refresh=True)
        written.update(doc.page_id for doc in batch)
        if progress:
            progress.update(len(batch))
        for collection in list(indexes):
            engine.point_alias(language, indexes[collection], collection)
            del indexes[collection]  # in service: no longer to delete if the next one fails
    except BaseException:
        for index in indexes.values():
            try:
                engine.delete_index(index)  # not left behind, half loaded
            except EngineUnavailable:
                logger.warning("Could not delete the half-loaded search index %s", index)
        raise
    finally:
        if progress:
            progress.close()
    engine.index_documents(list(MemberDocument.objects.filter(language=language, updated_at__gte=since)))
    present = set(MemberDocument.objects.filter(language=language).values_list("pk", flat=True))
    engine.delete_documents(sorted(written - present), [language])


def repair(engine, only=None, bar=None):
    """Rebuild the indexes of the languages ``only`` names (by default those whose alias is missing, checked once
    the rebuild is ours), one worker at a time; returns the languages rebuilt. RepairBusy if another worker is at
    it; EngineUnavailable if the engine fails (the request stays, for the next try)."""
    worker = worker_name()
    claim(engine, worker)
    try:
        todo = list(only) if only is not None else engine.missing_languages(languages())
        for language in todo:
            rebuild_language(engine, language, bar, renew=lambda: renew(engine, worker))
    except BaseException as error:
        release(engine, worker, error=f"{type(error).__name__}: {error}")
        raise
    release(engine, worker)
    return todo


def heal(engine=None):
    """The worker's turn (``run_webhooks`` calls it between two looks at its outbox): every CHECK_EVERY seconds,
    or when someone asked, see which aliases are missing and rebuild them. Never raises; returns the languages
    rebuilt."""
    engine = engine or configured_engine()
    if engine is None:
        return []
    if time.monotonic() < _quiet_until.get(engine.prefix, 0.0):
        return []
    try:
        due = time.monotonic() >= _next_look.get(engine.prefix, 0.0)
        if not due and not requested(engine):
            return []
        _next_look[engine.prefix] = time.monotonic() + CHECK_EVERY
        if not engine.missing_languages(languages()):
            EngineRepair.objects.filter(pk=engine.prefix, requested_at__isnull=False).update(requested_at=None)
            return []
        rebuilt = repair(engine)
    except RepairBusy:
        return []
    except EngineUnavailable as error:
        _quiet_until[engine.prefix] = time.monotonic() + QUIET
        logger.warning("Search index repair postponed for %s s, the engine does not answer: %s", QUIET, error)
        return []
    except Exception:
        logger.exception("Search index repair failed")
        return []
    logger.warning("Search engine: rebuilt the lost index of %s from the documents", ", ".join(rebuilt))
    return rebuilt


@health.register
def readiness():
    """The search part of /readyz: the engine ("ok", "down", or "off" without SEARCH_URL) and its index ("ok",
    "missing", "rebuilding", or "unknown" while the engine is down). A missing index is asked to be rebuilt."""
    engine = configured_engine()
    if engine is None:
        return {"engine": "off", "index": "off"}
    try:
        missing = engine.missing_languages(languages())
    except EngineUnavailable:
        return {"engine": "down", "index": "unknown"}
    if not missing:
        return {"engine": "ok", "index": "ok"}
    request(engine)
    try:
        state = "rebuilding" if rebuilding(engine) else "missing"
    except DatabaseError:
        state = "missing"
    return {"engine": "ok", "index": state}
