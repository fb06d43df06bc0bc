from django.conf import settings
from django.http import HttpResponseRedirect, HttpResponseServerError
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import get_language_from_request
from django.views.decorators.vary import vary_on_headers


@vary_on_headers("Accept-Language", "Cookie")
def root_redirect(request):
    """``/`` → ``/fr/``, ``/en/`` or ``/de/`` by the browser's languages (French by default)."""
    language = get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return HttpResponseRedirect(f"/{language}/")


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404).render()


def server_error(request):
    # Rendered without context processors or database access: the error may come from there.
    return HttpResponseServerError(render_to_string("500.html", {"request_path": request.path}))
