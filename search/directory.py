"""The directory page's search: lenient parsing of the URL, then the shared service."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .facets import FACET_NAMES, vocabulary
from .models import IndexState
from .query import parse
from .service import alternatives, search_directory

SORT_LABELS = {"relevance": _("Relevance"), "name": _("Name"), "newest": _("Newest")}


def sort_choices(query):
    """The sort menu: its first option, the default, sends nothing, so that a search typed after it is ordered by
    relevance (with or without JavaScript) and a list without a search by name."""
    default = "relevance" if query.text else "name"
    others = [value for value in ("relevance", "name", "newest") if value != default]
    if not query.text:
        others.remove("relevance")  # nothing to be relevant to
    return [("", SORT_LABELS[default])] + [(value, SORT_LABELS[value]) for value in others]


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
    default_sort = "relevance" if query.text else "name"
    return {
        "query": query,
        "result": result,
        "alternatives": alternatives(query, version) if not result.total else None,
        "sort_choices": sort_choices(query),
        "sort_selected": "" if query.sort == default_sort else query.sort,
        "page_links": [(number, query.querystring(page=number if number > 1 else "")) for number in pages],
        "clear_url": query.querystring(**{name: [] for name in FACET_NAMES}, page=""),
        "any_filter": bool(query.filters),
        "filter_count": sum(len(codes) for codes in query.filters.values()),
        "previous_url": query.querystring(page=query.page - 1 if query.page > 2 else ""),
        "next_url": query.querystring(page=query.page + 1),
    }
