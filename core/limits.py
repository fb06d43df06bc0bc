"""Rate limits of the member space, counted in the cache with django-ratelimit.

The rates are in ``settings.PORTAL_RATES``. ``hit`` counts one attempt and says whether
the limit is now exceeded; ``reached`` only looks (the limit is reached once the count
equals it, so that the next attempt is refused before anything is done). Both answer the
number of seconds until the limit's window ends when it is exceeded, else 0: a view that is
over a limit answers 429 with ``Retry-After`` (``too_many``) and a message in the visitor's
language, and keeps what was typed.

A count is per client address (``key="ip"``), per any other string (an account, a member),
or, with ``per_address``, per pair of the client's address and that string.
"""

from django.conf import settings
from django_ratelimit.core import get_usage

UNKNOWN_WAIT = 60  # seconds, when the cache cannot say (it is down: the limit fails closed)


def _usage(request, name, key, increment, per_address):
    group = f"portal:{name}"
    if per_address:
        group, key = f"{group}:{key}", "ip"
    return get_usage(
        request,
        group=group,
        key=key if key == "ip" else (lambda group, request: key),
        rate=settings.PORTAL_RATES[name],
        increment=increment,
    )


def _wait(usage):
    return usage["time_left"] if usage["time_left"] > 0 else UNKNOWN_WAIT


def reached(request, name, key="ip", per_address=False):
    """Seconds to wait if the limit ``name`` is reached for ``key`` (the next attempt would exceed it), else 0."""
    usage = _usage(request, name, key, increment=False, per_address=per_address)
    return _wait(usage) if usage is not None and usage["count"] >= usage["limit"] else 0


def hit(request, name, key="ip", per_address=False):
    """Counts one attempt; seconds to wait if the limit ``name`` is now exceeded for ``key``, else 0."""
    usage = _usage(request, name, key, increment=True, per_address=per_address)
    return _wait(usage) if usage is not None and usage["should_limit"] else 0


def too_many(response, wait):
    """``response`` as the answer of a request over a limit: 429, with the seconds to wait in ``Retry-After``."""
    response.status_code = 429
    response["Retry-After"] = str(max(1, int(wait)))
    return response
