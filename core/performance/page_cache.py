"""Anonymous page cache: whole responses kept in the cache for visitors without a session.

What is cached: a GET or HEAD answered 200 for a visitor without a session or pending messages, that sets
no cookie but the CSRF one, says nothing against caching (``Cache-Control`` private, no-cache, no-store)
and varies on no request header but those in ``PAGE_CACHE_VARY_HEADERS``. Signed-in members and editors
always carry a session cookie, so they neither read nor fill the cache.

CSRF: a page with a form is stored with a placeholder where the token was and served with the visitor's
own token (and cookie), never with another visitor's.

Query strings: the key holds the sorted parameters (tracking parameters such as ``utm_source`` dropped),
so a directory search is cached per query, for ``PAGE_CACHE_QUERY_SECONDS`` (shorter than
``PAGE_CACHE_SECONDS``): there are as many of them as visitors' queries.

Side effects of serving a page (a member page's view count) are declared on the response as
``page_cache_on_hit = (name, argument)``, ``name`` registered with ``@on_hit(name)``: the function runs with the
request and the argument on each hit.

Invalidation: every key holds today's date (offers expire and events pass at midnight), and every entry the
generation number it was rendered under. The generation is renewed whenever content that pages show changes
(a page saved, published, unpublished, moved or deleted, a snippet, a setting, an image, a view restriction):
an entry of an older generation is a miss, and is replaced. A change therefore reaches every page that lists
it (branch, directory, home, news index) at once. The generation lives in the same cache, so all processes
see it when the cache is shared (Redis in production), and a hit reads it with the entry in one round trip.
It starts from the clock, not from 1, so that a cache emptied (Redis restarted) never brings back a
generation that processes already used.

Fragments (``remember``) are also kept in each process, under the same generation: a page rendered afresh
reads what every page shows (menu, footer, site, settings) without a round trip to the shared cache.

While the shared cache does not answer (Redis down: ``core.cache.available``), pages and fragments are made afresh
on every request, neither read nor stored; what changed meanwhile is dropped from Redis once it answers again.
"""

import hashlib
import logging
import os
import re
import time
from contextvars import ContextVar
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.cache import cc_delim_re
from wagtail.models import Site

from ..cache import available
from . import private
from .private import CSRF_CHARS as CSRF_ALLOWED_CHARS
from .private import CSRF_LENGTH as CSRF_SECRET_LENGTH

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
CSRF_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_PLACEHOLDER = b"\x00csrf-token\x00"
TRACKING_PARAMETERS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$")
# Request headers a page may vary on without making it uncacheable: the language is in the path, cookies are
# handled above, compression happens outside Django.
HARMLESS_VARY = {"cookie", "accept-language", "accept-encoding"}
STATUS_HEADER = "X-Page-Cache"


_ON_HIT = {}


def on_hit(name):
    """Register ``function(request, argument)`` to run when a page that declared ``name`` is served from the
    cache (see the module)."""

    def register(function):
        _ON_HIT[name] = function
        return function

    return register


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# The generation read once by the middleware, for the fragments of the page it renders.
_request_generation = ContextVar("page_cache_generation", default=None)


def _fresh_generation():
    # Microseconds since the epoch: larger than any generation used before the cache was emptied (a generation
    # grows by one per change), so a process never takes a fragment of the old content for the new.
    return time.time_ns() // 1000


def generation():
    return _request_generation.get() or _cache().get_or_set(GENERATION_KEY, _fresh_generation, timeout=None)


def invalidate():
    """Every cached page becomes stale at once; the rest of the request that changed content reads the new
    generation's fragments too."""
    cache = _cache()
    try:
        renewed = cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted)
        renewed = _fresh_generation()
        cache.set(GENERATION_KEY, renewed, timeout=None)
    if _request_generation.get() is not None:
        _request_generation.set(renewed)


_MISSING = object()
# Raised when what fragments hold changes shape (a deployment then ignores the ones an older version stored).
FRAGMENT_PREFIX = "page-cache:fragment:2"
# This process's copies of fragments, by key (generation included). Bounded: emptied when full, which
# happens only after many changes of content or a great many distinct fragments.
_local = {}
LOCAL_FRAGMENTS = 512


def forget_local():
    """Drop this process's copies (tests that empty the shared cache between them)."""
    _local.clear()


def remember(name, parts, compute):
    """``compute()``, kept until content changes (same generation as the pages), in this process and in the
    shared cache: for what every page shows (menu, footer, site, settings), so that a page rendered afresh
    does not query it again. The value is shared by the requests of a process: treat it as read-only.
    Off with the cache, and while the shared cache does not answer (``core.cache``)."""
    if not settings.PAGE_CACHE_ENABLED or not available(_cache()):
        return compute()
    key = ":".join([FRAGMENT_PREFIX, str(generation()), name, *map(str, parts)])
    value = _local.get(key, _MISSING)
    if value is not _MISSING:
        return value
    cache = _cache()
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    if len(_local) >= LOCAL_FRAGMENTS:
        _local.clear()
    _local[key] = value
    return value


def _query(request):
    pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    return urlencode(sorted((k, v) for k, v in pairs if not TRACKING_PARAMETERS.match(k)))


def cache_key(request):
    query = _query(request)
    # From META: request.headers would copy every header of the request first, on each cache hit.
    varying = [
        request.META.get("HTTP_" + name.upper().replace("-", "_"), "") for name in settings.PAGE_CACHE_VARY_HEADERS
    ]
    # Today's date: what depends on the day (expired job offers, upcoming events) changes at midnight.
    today = timezone.localdate().isoformat()
    raw = "\n".join([today, request.get_host(), request.path, query, *varying])
    return "page-cache:page:" + hashlib.sha256(raw.encode()).hexdigest(), bool(query)


def request_is_cacheable(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    return not any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming:
        return False
    control = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    if control & {"private", "no-cache", "no-store"}:
        return False
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return False
    allowed = HARMLESS_VARY | {name.lower() for name in settings.PAGE_CACHE_VARY_HEADERS}
    vary = {name.strip().lower() for name in cc_delim_re.split(response.get("Vary", "")) if name.strip()}
    return vary <= allowed


_CSRF_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}
_CSRF_BYTES = 256 - 256 % len(CSRF_ALLOWED_CHARS)  # random bytes above are dropped, so no character is likelier


def _csrf_strings(count):
    """``count`` random strings as Django's CSRF protection draws them (``CSRF_SECRET_LENGTH`` characters of
    ``CSRF_ALLOWED_CHARS``, each equally likely), as lists of character indices, from one read of the system's
    random source (Django reads it once per character: 64 reads for a new visitor's token)."""
    wanted, size = count * CSRF_SECRET_LENGTH, len(CSRF_ALLOWED_CHARS)
    picks = []
    while len(picks) < wanted:
        picks += [byte % size for byte in os.urandom(wanted + 8) if byte < _CSRF_BYTES]
    return [picks[n * CSRF_SECRET_LENGTH : (n + 1) * CSRF_SECRET_LENGTH] for n in range(count)]


def csrf_token(request):
    """What ``django.middleware.csrf.get_token`` returns, and the same marks on the request (a cookie-less
    visitor gets a new secret, set as their cookie by the CSRF middleware): the secret's characters shifted
    by a random mask, the mask first. Served with every cached page that has a form, so drawn quickly."""
    mask, new_secret = _csrf_strings(2)
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = "".join(CSRF_ALLOWED_CHARS[n] for n in new_secret)
        request.META["CSRF_COOKIE"] = secret
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    size = len(CSRF_ALLOWED_CHARS)
    cipher = (CSRF_ALLOWED_CHARS[(_CSRF_INDEX[char] + shift) % size] for char, shift in zip(secret, mask, strict=True))
    return "".join(CSRF_ALLOWED_CHARS[n] for n in mask) + "".join(cipher)


def remember_site(request):
    """Wagtail's site for the request (``Site.find_for_request``, which reads it on every request), kept with
    the fragments, its root page with it; and the sites' root paths."""
    if private.request_site_is_set(request):
        return

    def find():
        site = private.find_site(request)
        if site is not None:
            site.root_page = site.root_page.specific  # kept with the site, ready to route
        return site

    hostname, _port = split_domain_port(private.request_host(request))
    site = remember("site", [hostname, request.get_port()], find)
    # Where each site's pages start, for page URLs: Wagtail reads it from the cache once per request.
    private.set_request_site(request, site, remember("site-root-paths", [], Site.get_site_root_paths))


class PageCacheMiddleware:
    """Serves and fills the anonymous page cache; placed after the CSRF middleware, which then sets the
    visitor's CSRF cookie on pages served from the cache. It also gives the request its Wagtail site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.uncached(request)
        key, has_query = cache_key(request)
        cache = _cache()
        found = cache.get_many([GENERATION_KEY, key]) if available(cache) else {}  # one round trip
        if not available(cache):  # the shared cache does not answer (or just stopped): the page made afresh
            remember_site(request)
            return self.get_response(request)
        gen = found.get(GENERATION_KEY) or generation()
        entry = found.get(key)
        if entry is not None and entry.get("generation") == gen:
            return self.from_entry(request, entry)
        token = _request_generation.set(gen)
        try:
            remember_site(request)
            response = self.get_response(request)
        finally:
            _request_generation.reset(token)
        if request.method == "GET" and response_is_cacheable(response):
            timeout = settings.PAGE_CACHE_QUERY_SECONDS if has_query else settings.PAGE_CACHE_SECONDS
            entry = {**self.to_entry(response), "generation": gen}
            # Stored once the answer is sent (the server then closes the response, as Django's test client
            # does): the visitor does not wait for that round trip to the cache.
            private.after_response(response, lambda: self.store(key, entry, timeout))
            response[STATUS_HEADER] = "miss"
        return response

    def uncached(self, request):
        """A request the cache does not serve (a POST, a signed-in visitor): the generation read once for the
        fragments it reads (its site, the menu…), not once per fragment."""
        cache = _cache()
        gen = generation() if settings.PAGE_CACHE_ENABLED and available(cache) else None
        token = _request_generation.set(gen)
        try:
            remember_site(request)
            return self.get_response(request)
        finally:
            _request_generation.reset(token)

    @staticmethod
    def store(key, entry, timeout):
        try:
            _cache().set(key, entry, timeout)
        except Exception:  # Django ignores what a response's closing raises: logged here
            logger.exception("A page could not be stored in the page cache.")

    @staticmethod
    def to_entry(response):
        content = response.content
        has_csrf = b"csrfmiddlewaretoken" in content
        if has_csrf:
            content = CSRF_FIELD.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", content)
        headers = [
            (k, v) for k, v in response.headers.items() if k.lower() not in ("set-cookie", STATUS_HEADER.lower())
        ]
        return {
            "headers": headers,
            "content": content,
            "csrf": has_csrf,
            "on_hit": getattr(response, "page_cache_on_hit", None),
        }

    @staticmethod
    def from_entry(request, entry):
        content = entry["content"]
        if entry["csrf"]:
            content = content.replace(CSRF_PLACEHOLDER, csrf_token(request).encode())
        response = HttpResponse(b"" if request.method == "HEAD" else content)
        for name, value in entry["headers"]:
            response[name] = value
        response["Content-Length"] = str(len(content))
        response[STATUS_HEADER] = "hit"
        if entry["on_hit"]:
            name, argument = entry["on_hit"]
            function = _ON_HIT.get(name)
            if function is not None:  # an entry stored by an older release may name one no longer registered
                function(request, argument)
        return response
