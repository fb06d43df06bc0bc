"""The directory page's search: lenient parsing of the URL, then the shared service."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .facets import WORK_FACET_NAMES, WORK_MULTI_VALUED, vocabulary
from .models import IndexState
from .query import parse
from .service import alternatives, search_directory
from .works import search_works, work_alternatives, works_vocabulary

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
    """The directory's members, or with ``view=works`` its works (``search.works``), for the page's template."""
    language = page.locale.language_code or get_language()
    version = IndexState.current()
    works = request.GET.get("view") == "works"
    if works:
        query, notices = parse(
            request.GET, language, works_vocabulary(language, version), multi_valued=WORK_MULTI_VALUED
        )
        query.facet_names, query.view, search, ways_forward = WORK_FACET_NAMES, "works", search_works, work_alternatives
    else:
        query, notices = parse(request.GET, language, vocabulary(language, version))
        search, ways_forward = search_directory, alternatives
    result = search(query, notices, version=version)
    if query.page > result.num_pages:
        # An old link past the end: show the last page rather than nothing.
        query.page = result.num_pages
        result = search(query, notices, version=version)
    pages = range(max(1, query.page - 2), min(result.num_pages, query.page + 2) + 1)
    default_sort = "relevance" if query.text else "name"
    return {
        "query": query,
        "result": result,
        "alternatives": ways_forward(query, version) if not result.total else None,
        "sort_choices": sort_choices(query),
        "sort_selected": "" if query.sort == default_sort else query.sort,
        "page_links": [(number, query.querystring(page=number if number > 1 else "")) for number in pages],
        "clear_url": query.querystring(**{name: [] for name in query.facet_names}, page=""),
        "works_view": works,
        # The Members | Works switch: the same search and filters (a work's own facets only with works).
        "members_url": query.querystring(
            view="", year=[], media=[] if works else list(query.selected("media")), page=""
        ),
        "works_url": query.querystring(view="works", page=""),
        "any_filter": bool(query.filters),
        "filter_count": sum(len(codes) for codes in query.filters.values()),
        "previous_url": query.querystring(page=query.page - 1 if query.page > 2 else ""),
        "next_url": query.querystring(page=query.page + 1),
    }
