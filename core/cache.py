"""The shared cache (Redis through django-redis), which costs speed and never the site when Redis is gone.

``RedisCache`` is django-redis's backend behind a circuit breaker. django-redis gives short socket timeouts
(``SOCKET_CONNECT_TIMEOUT``, ``SOCKET_TIMEOUT``); its ``IGNORE_EXCEPTIONS`` does not fit: a failed ``add`` or
``incr`` answers ``None`` (django-ratelimit then fails on the count), the failure is hidden from what must fall
back, and ``LOG_IGNORED_EXCEPTIONS`` logs a traceback on every call. Here, when a call to Redis fails:

- the call is answered without Redis: a miss for reads, nothing stored for writes, or, with
  ``OPTIONS["FALLBACK"] = "locmem"``, the same call on a cache of this process (rate limits are then counted per
  process);
- Redis is skipped for ``RETRY_SECONDS`` (the breaker is open), then tried again by the next call: a Redis that
  is down or does not answer costs one timeout every few seconds, not one per request;
- a warning is logged, at most once per ``WARNING_SECONDS`` in each process, and one when Redis answers again;
- the keys a dropped write was meant to change (a session saved or deleted, the page cache's generation renewed)
  are deleted from Redis as soon as it answers again: a Redis that comes back with its data (a network outage, a
  paused server) never serves a session signed out or a page changed meanwhile.

``available(cache)`` says whether a cache is worth asking now (False while the breaker is open): the page cache
and the kept fragments are bypassed then (``core.performance.page_cache``). The breaker is per process and per
Redis (location and key prefix), shared by the aliases that use it. Sessions (``cached_db``) read and write the
database as before; only their cached copy is missing.
"""

import logging
import threading
from time import monotonic
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import ImproperlyConfigured
from django_redis.cache import RedisCache as DjangoRedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a call to Redis raises when Redis is down, slow, full or restarting (socket errors and timeouts are OSError).
FAILURES = (RedisError, ConnectionInterrupted, OSError)
DROPPED_KEYS = 10_000  # past this many keys written during an outage, every key under the prefix is deleted after it
FALLBACK_ENTRIES = 10_000


def available(cache):
    """Whether ``cache`` is worth asking now: False while its Redis is known to be down (any other cache: True)."""
    check = getattr(cache, "available", None)
    return check is None or check()


def _label(location):
    """Where Redis is, for the log: host and port (or socket path), never the password of the URL."""
    parts = urlsplit(str(location).split(",")[0])
    if parts.scheme == "unix":
        return parts.path
    return f"{parts.hostname}:{parts.port or 6379}"


class _Outage:
    """What this process knows about one Redis: whether it is skipped, until when, and what was not written."""

    def __init__(self, label):
        self.label = label
        self.lock = threading.Lock()
        self.down = False
        self.retry_at = 0.0
        self.warned_at = None  # when the last warning was logged (monotonic clock)
        self.warned = False  # this outage was reported (its end is reported too)
        self.dropped = set()  # (key, version) written while Redis was down
        self.everything_dropped = False  # more than DROPPED_KEYS, or a clear(): everything under the prefix

    def skipping(self):
        return self.down and monotonic() < self.retry_at

    def failed(self, error, retry_seconds, warning_seconds):
        now = monotonic()
        with self.lock:
            self.down, self.retry_at = True, now + retry_seconds
            warn = self.warned_at is None or now - self.warned_at >= warning_seconds
            if warn:
                self.warned_at, self.warned = now, True
        if warn:
            logger.warning(
                "Redis at %s does not answer (%s): pages and fragments are not cached, sessions are read from the "
                "database, rate limits are counted in each process; next try in %g s.",
                self.label,
                error,
                retry_seconds,
            )

    def drop(self, keys, version):
        with self.lock:
            if self.everything_dropped:
                return
            self.dropped.update((key, version) for key in keys)
            if len(self.dropped) > DROPPED_KEYS:
                self.dropped.clear()
                self.everything_dropped = True

    def drop_everything(self):
        with self.lock:
            self.dropped.clear()
            self.everything_dropped = True

    def take_dropped(self):
        with self.lock:
            dropped, everything = self.dropped, self.everything_dropped
            self.dropped, self.everything_dropped = set(), False
        return dropped, everything

    def recovered(self, dropped_count):
        with self.lock:
            if not self.down:
                return
            self.down, warned, self.warned = False, self.warned, False
        if warned:
            logger.warning(
                "Redis at %s answers again: the cache is used again (%s written during the outage deleted).",
                self.label,
                "every key" if dropped_count is None else f"{dropped_count} key(s)",
            )


_outages = {}
_outages_lock = threading.Lock()


def _outage_for(location, key_prefix):
    with _outages_lock:
        return _outages.setdefault((str(location), key_prefix), _Outage(_label(location)))


class RedisCache(BaseCache):
    """django-redis's ``RedisCache`` behind a circuit breaker (see the module). Its options are django-redis's
    plus ``RETRY_SECONDS`` (how long Redis is skipped after a failure, default 5), ``WARNING_SECONDS`` (at most
    one warning per this many seconds, default 30) and ``FALLBACK`` (``"locmem"``: calls go to a cache of this
    process while Redis is skipped; none by default)."""

    def __init__(self, server, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        self.warning_seconds = float(options.pop("WARNING_SECONDS", 30))
        fallback = options.pop("FALLBACK", None)
        if fallback not in (None, "locmem"):
            raise ImproperlyConfigured(f'A Redis cache\'s FALLBACK is "locmem" or nothing, not {fallback!r}')
        options["IGNORE_EXCEPTIONS"] = False  # failures are handled here
        self._redis = DjangoRedisCache(server, {**params, "OPTIONS": options})
        self._fallback = None
        if fallback:
            self._fallback = LocMemCache(
                f"redis-fallback:{server}:{self.key_prefix}",
                {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": FALLBACK_ENTRIES}},
            )
        self._outage = _outage_for(server, self.key_prefix)

    def available(self):
        return not self._outage.skipping()

    def _call(self, name, *args, written=None, version=None, degraded=None, **kwargs):
        """``name(*args, **kwargs)`` on Redis, or without it (see the module): on the fallback cache if there is
        one, else ``degraded()`` (or None), the keys ``written`` remembered as not written."""
        outage = self._outage
        if not outage.skipping():
            try:
                if outage.down:
                    self._recover()
                return getattr(self._redis, name)(*args, version=version, **kwargs)
            except FAILURES as error:
                outage.failed(error, self.retry_seconds, self.warning_seconds)
        if self._fallback is not None:
            return getattr(self._fallback, name)(*args, version=version, **kwargs)
        if written is not None:
            outage.drop(written, version)
        return degraded() if degraded else None

    def _recover(self):
        """Redis is tried again after an outage: first delete what was written meanwhile (kept if that fails)."""
        dropped, everything = self._outage.take_dropped()
        try:
            if everything:
                self._redis.delete_pattern("*", itersize=1000)
            by_version = {}
            for key, version in dropped:
                by_version.setdefault(version, []).append(key)
            for version, keys in by_version.items():
                self._redis.delete_many(keys, version=version)
        except FAILURES:
            if everything:
                self._outage.drop_everything()
            for key, version in dropped:
                self._outage.drop([key], version)
            raise
        self._outage.recovered(None if everything else len(dropped))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version=version, written=[key], degraded=lambda: False)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version, degraded=lambda: default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version=version, written=[key])

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, version=version, degraded=lambda: False)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version, written=[key], degraded=lambda: False)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version, degraded=dict)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, version=version, written=list(data), degraded=lambda: list(data))

    def delete_many(self, keys, version=None):
        keys = list(keys)
        return self._call("delete_many", keys, version=version, written=keys)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version, degraded=lambda: False)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version, written=[key], degraded=lambda: self._missing(key))

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, version=version, written=[key], degraded=lambda: self._missing(key))

    @staticmethod
    def _missing(key):
        raise ValueError(f"Key '{key}' not found (Redis does not answer)")

    def clear(self):
        if self._fallback is not None:
            self._fallback.clear()
        if self._outage.skipping():
            self._outage.drop_everything()
            return None
        try:
            return self._redis.clear()
        except FAILURES as error:
            self._outage.failed(error, self.retry_seconds, self.warning_seconds)
            self._outage.drop_everything()
            return None

    def delete_pattern(self, pattern, version=None, **kwargs):
        """django-redis's ``delete_pattern`` (the benchmark empties the page cache with it)."""
        if self._outage.skipping():
            self._outage.drop_everything()
            return 0
        try:
            return self._redis.delete_pattern(pattern, version=version, **kwargs)
        except FAILURES as error:
            self._outage.failed(error, self.retry_seconds, self.warning_seconds)
            self._outage.drop_everything()
            return 0

    def close(self, **kwargs):
        try:
            self._redis.close(**kwargs)
        except FAILURES:
            logger.debug("Closing the connection to Redis failed.", exc_info=True)
