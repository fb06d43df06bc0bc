import sys

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers
from wagtail import hooks

from . import health as readiness_checks
from .absolute import absolute_url
from .sitemaps import SITEMAPS_HOOK, PageSitemap


@vary_on_headers("Accept-Language", "Cookie")
def root_redirect(request):
    """``/`` → ``/fr/``, ``/en/`` or ``/de/`` by the browser's languages (French by default)."""
    language = get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return HttpResponseRedirect(f"/{language}/")


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404).render()


def csrf_failure(request, reason=""):
    """A form sent without a valid security token (page open too long, cookies blocked, another site).

    Tells the visitor, in its language, what happened and what to do, instead of Django's
    technical English page (``CSRF_FAILURE_VIEW``)."""
    response = TemplateResponse(request, "403_csrf.html", {"no_cookie": reason == REASON_NO_CSRF_COOKIE}, status=403)
    return response.render()


def server_error(request):
    # Rendered without context processors or database access: the error may come from there.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return HttpResponseServerError(render_to_string("500.html", {"request_path": request.path}))


DATABASE_RETRY_SECONDS = 30


def database_unavailable(request):
    """The database does not answer (down, restarting, out of connections): a 503 with ``Retry-After`` in the
    visitor's language, a short page or, for the API, JSON, instead of the error page. Django still logs the
    error with its traceback."""
    language = get_language_from_request(request, check_path=True)
    with translation.override(language):
        if request.path.startswith("/api/"):
            message = _("The service is briefly unavailable: try again in %(seconds)d seconds.")
            response = JsonResponse({"message": message % {"seconds": DATABASE_RETRY_SECONDS}}, status=503)
        else:
            response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def sitemap(request):
    """The pages, and what the apps above add (``SITEMAPS_HOOK``: a member's portfolio items)."""
    sitemaps = {"pages": PageSitemap(request)}
    for register in hooks.get_hooks(SITEMAPS_HOOK):
        sitemaps.update(register(request))
    return django_sitemap(request, sitemaps=sitemaps)


def health(request):
    """Liveness, for load balancers and the benchmark's reference: answers without the database or templates."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readiness(request):
    """Readiness as JSON: ``{"status", "database", "cache", "engine", "index"}`` (core.health). HTTP 200 while the
    site can serve (the database answers), even without the cache or the search engine; 503 when it cannot."""
    report = readiness_checks.report()
    return JsonResponse(report, status=503 if report["status"] == "down" else 200)


def robots_txt(request):
    """Crawlers may read every public page; not the admin, the API or search result pages."""
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", "Disallow: /documents/"]
    search_path = reverse("site_search")
    lines += [f"Disallow: {translate_url(search_path, code)}" for code, _name in settings.LANGUAGES]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
