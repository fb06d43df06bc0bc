"""Directory JSON API, autocomplete and the site-wide search page."""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Locale, Page

from core.absolute import absolute_url
from members.models import MemberPage
from members.text_language import mark_taglines
from taxonomy.text import MAX_QUERY_LENGTH

from .facets import WORK_FACET_NAMES, WORK_MULTI_VALUED, vocabulary
from .models import IndexState
from .query import InvalidQuery, parse
from .service import directory_page, search_directory, suggest
from .works import search_works, works_vocabulary

logger = logging.getLogger(__name__)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class PublicAPIView(APIView):
    """Read-only, anonymous JSON: no session, no CSRF, no browsable HTML."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    def language(self, request):
        lang = request.GET.get("lang", settings.LANGUAGE_CODE)
        if lang not in LANGUAGE_CODES:
            raise InvalidQuery({"lang": [_("Use one of: %(choices)s.") % {"choices": ", ".join(LANGUAGE_CODES)}]})
        return lang

    def handle_exception(self, exc):
        if isinstance(exc, InvalidQuery):
            lang = self.request.GET.get("lang") if self.request else None
            # The request's language otherwise (the API's middleware chose it from Accept-Language).
            with translation.override(lang if lang in LANGUAGE_CODES else translation.get_language()):
                return Response({"detail": _("Invalid parameters."), "errors": exc.errors}, status=400)
        return super().handle_exception(exc)


def picture_json(request, picture):
    """A card picture with absolute addresses, or None."""
    if not picture or not picture.get("src"):
        return None
    srcset = ", ".join(
        f"{absolute_url(url)} {width}"
        for url, _space, width in (entry.strip().rpartition(" ") for entry in picture.get("srcset", "").split(","))
        if url
    )
    return {
        "src": absolute_url(picture["src"]),
        "srcset": srcset,
        "width": picture.get("width"),
        "height": picture.get("height"),
    }


def member_json(request, item):
    return {
        "id": item.id,
        "name": item.name,
        "url": absolute_url(item.url),
        "tagline": item.tagline,
        "kind": item.kind,
        "location": item.location,
        "available_for_hire": item.available,
        "open_to_collaboration": item.collab,
        "logo": absolute_url(item.logo_url) if item.logo_url else None,
        "picture": picture_json(request, item.picture),
        "skills": item.skills,
        "match": {"reason": str(item.reason), "snippet": str(item.snippet)} if item.snippet else None,
        "matched": [{"words": words, "skills": labels} for words, labels in item.matched],
    }


def results_page(request, lang, query, result, results, **extra):
    """The JSON of one page of a directory search (members or works): counts, links to the pages around it, what
    was understood, ``results`` and the facets; a 404 for a well-formed page number past the last page."""
    if query.page > result.num_pages:
        message = _("There is no page %(page)d: the last page is %(last)d.")
        return Response({"message": message % {"page": query.page, "last": result.num_pages}}, status=404)
    base = absolute_url(request.path)

    def link(page):
        pairs = query.params(page=page if page > 1 else "")
        pairs += [("lang", lang)] + ([("page_size", query.page_size)] if "page_size" in request.GET else [])
        return f"{base}?{urlencode(pairs)}"

    return Response(
        {
            "count": result.total,
            "page": query.page,
            "num_pages": result.num_pages,
            "next": link(query.page + 1) if result.has_next else None,
            "previous": link(query.page - 1) if result.has_previous else None,
            **extra,
            "understood": [
                {"words": words, "labels": labels, "more": more} for words, labels, more in result.understood
            ],
            "corrected": result.corrected,
            "relaxed": result.relaxed,
            "results": results,
            "facets": {
                group.name: [
                    {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected} for v in group.values
                ]
                for group in result.facets
            },
        }
    )


class DirectoryAPIView(PublicAPIView):
    """``GET /api/v1/directory/``: the directory search as JSON (see README, "Directory API")."""

    def get(self, request):
        lang = self.language(request)
        version = IndexState.current()
        with translation.override(lang):
            query, _notices = parse(request.GET, lang, vocabulary(lang, version), strict=True)
            result = search_directory(query, version=version)
            results = [member_json(request, item) for item in result.items]
            return results_page(request, lang, query, result, results, degraded=result.degraded)


def work_json(request, work):
    return {
        "id": work["id"],
        "title": work["title"],
        "url": absolute_url(work["url"]) if work["url"] else None,
        "member": {"name": work["member"], "url": absolute_url(work["member_url"])},
        "year": work["year"],
        "media_type": work["media_type"],
        "alt": work["alt"],
        "picture": picture_json(request, work["picture"]),
        "matched": [{"words": words, "skills": labels} for words, labels in work["matched"]],
    }


class WorksAPIView(PublicAPIView):
    """``GET /api/v1/works/``: the directory's works view as JSON: the members' query and facets over their
    portfolio items, plus media type and year."""

    def get(self, request):
        lang = self.language(request)
        version = IndexState.current()
        with translation.override(lang):
            vocab = works_vocabulary(lang, version)
            query, _notices = parse(request.GET, lang, vocab, strict=True, multi_valued=WORK_MULTI_VALUED)
            query.facet_names = WORK_FACET_NAMES
            result = search_works(query, version=version)
            results = [work_json(request, work) for work in result.items]
            return results_page(request, lang, query, result, results, degraded=result.degraded)


class SuggestAPIView(PublicAPIView):
    """``GET /api/v1/directory/suggest/?q=&lang=``: member names and skills for autocomplete."""

    def get(self, request):
        lang = self.language(request)
        text = request.GET.get("q", "")
        if len(text) > MAX_QUERY_LENGTH:
            raise InvalidQuery(
                {"q": [_("The search text is limited to %(max)d characters.") % {"max": MAX_QUERY_LENGTH}]}
            )
        with translation.override(lang):
            return Response(suggest(lang, text))


def site_search(request):
    """Every live, public page of the current language that matches the words typed."""
    text = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results, degraded = None, False
    if text:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        try:
            matches = pages.search(text, operator="and")
            paginator = Paginator(matches, 20)
            results = paginator.get_page(request.GET.get("page"))
            list(results)
        except Exception:  # the engine is down: fall back to a plain title match
            logger.warning("Site search failed, falling back to titles", exc_info=True)
            degraded = True
            paginator = Paginator(pages.filter(title__icontains=text).order_by("title"), 20)
            results = paginator.get_page(request.GET.get("page"))
    if results is not None:  # member taglines shown untranslated say which language they are in
        mark_taglines([page for page in results.object_list if isinstance(page, MemberPage)])
    directory = directory_page(translation.get_language())
    return render(
        request,
        "search/site_search.html",
        {"search_text": text, "results": results, "degraded": degraded, "directory": directory},
    )
