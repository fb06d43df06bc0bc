"""HTTP behaviour of the public API: its language, a per-address rate limit, JSON errors, shared-cache headers,
ETag and 304.

``ApiMiddleware`` (language, rate limit, body size, JSON errors, 304) is placed before the anonymous page cache
(core.performance.page_cache), so that an answer served from that cache is counted against the limit and can be a
304 like any other, and so that an error raised anywhere inside is answered in JSON; ``ApiResponseMiddleware``
(``Cache-Control``, ``ETag``) after it, so that the cache keeps an answer with its headers (its ETag is not
computed again on every hit).
"""

import hashlib
import threading
import time
import weakref
import zlib
from time import monotonic

from django.conf import settings
from django.core.cache import caches
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.translation import gettext as _

from core.performance.private import split_rate

from .errors import json_error, requested_language

API_PREFIX = "/api/"
COUNTED_METHODS = ("GET", "HEAD", "POST")


def client_address(group, request):
    """The address limits are counted by (``RATELIMIT_IP_META_KEY`` behind a proxy); some servers give none."""
    name = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    return request.META.get(name) or request.META.get("REMOTE_ADDR") or "unknown"


# INCRBY, and the window's lifetime set when it is made: one command, atomic (the window never outlives ``seconds``).
_COUNT_SCRIPT = """
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
if count == tonumber(ARGV[2]) then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""
_COUNTERS = weakref.WeakKeyDictionary()  # a registered script per Redis client


def _count(key, seconds, amount=1):
    """``amount`` more requests in the window ``key`` (kept ``seconds``): how many it now holds. With Redis, the
    window is made if missing and counted in one command (django-ratelimit takes two round trips: add, then incr)."""
    cache = caches[settings.RATELIMIT_USE_CACHE]
    client = getattr(cache, "client", None)
    if hasattr(client, "get_client") and hasattr(client, "make_key"):  # django-redis
        redis = client.get_client(write=True)
        script = _COUNTERS.get(redis)
        if script is None:
            script = _COUNTERS[redis] = redis.register_script(_COUNT_SCRIPT)
        return script(keys=[client.make_key(key)], args=[seconds, amount])
    if cache.add(key, amount, seconds):
        return amount
    try:
        return cache.incr(key, amount)
    except ValueError:  # expired between the two calls
        cache.add(key, amount, seconds)
        return amount


# The windows this process counts in: {key: [total in the shared cache when last sent, counted here since,
# when that was sent, when the window ends]} (monotonic clock).
_windows = {}
_windows_lock = threading.Lock()
BATCH_SHARE = 50  # a process sends its counts to the shared cache by batches of up to 1/50 of the limit…
BATCH_SECONDS = 1.0  # …or after a second
KEPT_WINDOWS = 1000  # past that many, the windows that have ended are dropped


def forget_local_counts():
    """Drop this process's counts (tests that empty the shared cache between them)."""
    with _windows_lock:
        _windows.clear()


def _counted(key, seconds, limit):
    """One more request in the window ``key``: how many it holds, as far as this process knows.

    Every API request is counted, including those served from the page cache; a round trip to the shared cache
    for each would cost as much as serving the answer. So a process sends its counts by batches of up to a 50th
    of the limit (none under 100), or after a second, and at every request once the window is within a batch of
    its limit: an address gets at most a batch more per other server process, and a client that sends many
    requests costs a round trip every few of them."""
    batch, now = limit // BATCH_SHARE, monotonic()
    with _windows_lock:
        window = _windows.get(key)
        if window is None:
            if len(_windows) >= KEPT_WINDOWS:
                for ended in [k for k, w in _windows.items() if w[3] <= now]:
                    del _windows[ended]
            window = _windows[key] = [0, 0, now, now + seconds]
        window[1] += 1
        known = window[0] + window[1]
        if window[1] < batch and known + batch <= limit and now - window[2] < BATCH_SECONDS:
            return known
        unsent, window[1], window[2] = window[1], 0, now
    total = _count(key, seconds + 5, unsent)
    with _windows_lock:
        window[0] = max(window[0], total)
        return total + window[1]


def over_limit(request, group, rate):
    """Count one request of this address in ``group``; over ``rate`` (django-ratelimit's syntax: ``300/m``,
    ``20/5m``), the JSON 429 (with Retry-After) to send. Fixed windows, shifted per address as django-ratelimit
    shifts them, so that not every client's window starts at the same second."""
    if not getattr(settings, "RATELIMIT_ENABLE", True) or request.method not in COUNTED_METHODS:
        return None  # OPTIONS, PUT… are neither counted nor refused (as django-ratelimit was called)
    limit, period = split_rate(rate)
    address = client_address(group, request)
    now = time.time()
    start = now - (now % period) + (zlib.crc32(address.encode()) % period)
    if start > now:
        start -= period
    digest = hashlib.sha256(f"{group}\n{address}".encode()).hexdigest()[:32]
    if _counted(f"api-rate:{digest}:{int(start)}", period, limit) <= limit:
        return None
    retry_after = max(1, int(start + period - now))
    return json_error(
        429,
        _("Too many requests: try again in %(seconds)d seconds.") % {"seconds": retry_after},
        {"Retry-After": str(retry_after), "Cache-Control": "no-store"},
    )


def body_too_large(request):
    """A body the API would refuse to read (``DATA_UPLOAD_MAX_MEMORY_SIZE``, as Django refuses ``request.body``)."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False  # Django reads no body then
    return limit is not None and length > limit


def as_json_error(response):
    """An error answered by Django (its HTML 400, 404, 500 pages) as the API's JSON, with its headers; every 429
    says when to come back (at the latest when the rate limit's window ends)."""
    if response.status_code == 429 and not response.has_header("Retry-After"):
        response["Retry-After"] = str(split_rate(settings.API_RATE_LIMIT)[1])
    if response.get("Content-Type", "").startswith("application/"):
        patch_vary_headers(response, ["Accept-Language"])  # its message is in the request's language
        return response
    kept = {name: response[name] for name in ("Allow", "Retry-After") if response.has_header(name)}
    return json_error(response.status_code, headers={**kept, "Cache-Control": "no-store"})


class ApiMiddleware:
    """The answer's language; rate limit; 413 for a body too large to read; every error in JSON; and 304 Not
    Modified for a client that has the answer already."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        with translation.override(requested_language(request)):
            response = self.answer(request)
            if response.status_code >= 400:
                response = as_json_error(response)
        return response

    def answer(self, request):
        refused = over_limit(request, "api", settings.API_RATE_LIMIT)
        if refused:
            return refused
        if request.method == "POST" and body_too_large(request):
            return json_error(413, headers={"Cache-Control": "no-store"})
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or not response.has_header("ETag"):
            return response
        return get_conditional_response(request, etag=response["ETag"], response=response)


class ApiResponseMiddleware:
    """The headers of a successful GET of the API: ``Cache-Control`` (for shared caches) and ``ETag``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            return response
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        if not response.has_header("ETag"):
            set_response_etag(response)
        return response


class ApiLocaleMiddleware(LocaleMiddleware):
    """Django's, except for the API: its language is the one ``ApiMiddleware`` chose (a ``lang`` or ``locale``
    parameter first), and its 404 stays a 404 (not a redirect to /fr/api/…)."""

    def process_request(self, request):
        if not request.path.startswith(API_PREFIX):
            return super().process_request(request)
        request.LANGUAGE_CODE = translation.get_language()
        return None

    def process_response(self, request, response):
        if request.path.startswith((API_PREFIX, "/embed/")):
            return response
        return super().process_response(request, response)
