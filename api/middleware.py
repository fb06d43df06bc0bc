"""HTTP behaviour of the public API: a per-address rate limit, shared-cache headers, ETag and 304.

Placed before the anonymous page cache (home.page_cache), so that a response served from that cache is counted
against the limit and gets its validators like any other.
"""

from django.conf import settings
from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage

API_PREFIX = "/api/"


def client_address(group, request):
    """The address limits are counted by (``RATELIMIT_IP_META_KEY`` behind a proxy); some servers give none."""
    name = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    return request.META.get(name) or request.META.get("REMOTE_ADDR") or "unknown"


def over_limit(request, group, rate):
    """Count one request of this address in ``group``; over ``rate``, the JSON 429 (with Retry-After) to send."""
    usage = get_usage(
        request, group=group, key=client_address, rate=rate, method=["GET", "HEAD", "POST"], increment=True
    )
    if not (usage and usage["should_limit"]):
        return None
    retry_after = max(1, usage["time_left"])
    response = JsonResponse(
        {"message": _("Too many requests: try again in %(seconds)d seconds.") % {"seconds": retry_after}},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


class ApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        refused = over_limit(request, "api", settings.API_RATE_LIMIT)
        if refused:
            return refused
        response = self.get_response(request)
        if response.status_code in (404, 405) and not response.get("Content-Type", "").startswith("application/"):
            # No such API address: a JSON answer rather than the site's HTML error page.
            message = _("Not found.") if response.status_code == 404 else _("Method not allowed.")
            response = JsonResponse({"message": message}, status=response.status_code)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(request, etag=response["ETag"], response=response)


class ApiLocaleMiddleware(LocaleMiddleware):
    """Django's, except that a 404 of the API stays a 404 (not a redirect to /fr/api/…)."""

    def process_response(self, request, response):
        if request.path.startswith((API_PREFIX, "/embed/")):
            return response
        return super().process_response(request, response)
