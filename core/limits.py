"""Rate limits of the member space, counted in the cache with django-ratelimit.

The rates are in ``settings.PORTAL_RATES``. ``hit`` counts one attempt and says whether
the limit is now exceeded; ``reached`` only looks (the limit is reached once the count
equals it, so that the next attempt is refused before anything is done). A view that is
over a limit answers 429 with a message in the visitor's language and keeps what was typed.
"""

from django.conf import settings
from django_ratelimit.core import get_usage


def _usage(request, name, key, increment):
    return get_usage(
        request,
        group=f"portal:{name}",
        key=key if key == "ip" else (lambda group, request: key),
        rate=settings.PORTAL_RATES[name],
        increment=increment,
    )


def reached(request, name, key="ip"):
    usage = _usage(request, name, key, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def hit(request, name, key="ip"):
    usage = _usage(request, name, key, increment=True)
    return usage is not None and usage["should_limit"]
