"""Rate limits of the member space, counted in the cache with django-ratelimit.

The rates are in ``settings.PORTAL_RATES``. ``hit`` counts one attempt and says whether
the limit is now exceeded; ``reached`` only looks. A view that is over a limit answers
429 with a message in the visitor's language and keeps what was typed.
"""

from django.conf import settings
from django_ratelimit.core import is_ratelimited


def _key(value):
    return lambda group, request: value


def reached(request, name, key="ip"):
    return is_ratelimited(
        request, group=f"portal:{name}", key=key if key == "ip" else _key(key), rate=settings.PORTAL_RATES[name]
    )


def hit(request, name, key="ip"):
    return is_ratelimited(
        request,
        group=f"portal:{name}",
        key=key if key == "ip" else _key(key),
        rate=settings.PORTAL_RATES[name],
        increment=True,
    )
