"""The directory page's search: lenient parsing of the URL, then the shared service."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .facets import FACET_NAMES, vocabulary
from .models import IndexState
from .query import parse
from .service import search_directory

SORT_CHOICES = (("relevance", _("Relevance")), ("name", _("Name")), ("newest", _("Newest")))


def directory_context(request, page):
    language = page.locale.language_code or get_language()
    version = IndexState.current()
    query, notices = parse(request.GET, language, vocabulary(language, version))
    result = search_directory(query, notices, version=version)
    if query.page > result.num_pages:
        # An old link past the end: show the last page rather than nothing.
        query.page = result.num_pages
        result = search_directory(query, notices, version=version)
    pages = range(max(1, query.page - 2), min(result.num_pages, query.page + 2) + 1)
    return {
        "query": query,
        "result": result,
        "sort_choices": SORT_CHOICES,
        "page_links": [(number, query.querystring(page=number if number > 1 else "")) for number in pages],
        "clear_url": query.querystring(**{name: [] for name in FACET_NAMES}, page=""),
        "any_filter": bool(query.filters),
        "previous_url": query.querystring(page=query.page - 1 if query.page > 2 else ""),
        "next_url": query.querystring(page=query.page + 1),
    }
