"""Page view restrictions, read once per content generation instead of on every request.

Wagtail asks the database which restrictions apply each time a page is served (two queries) and each time a
listing keeps only public pages (``.public()``, one query). Sites have few restrictions, often none; their
pages' paths are kept with the other fragments (``core.performance.page_cache.remember``), and a restriction saved or
deleted renews the generation, so the answers stay exact.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .page_cache import remember


def _paths():
    restricted = list(PageViewRestriction.objects.values_list("page_id", "page__path"))
    ids = [page_id for page_id, _path in restricted]
    # An alias is served with the restrictions of its source page (Page.get_view_restrictions).
    aliases = Page.objects.filter(alias_of_id__in=ids).values_list("path", flat=True) if ids else []
    return {
        "restricted": sorted({path for _id, path in restricted}),
        "checked": frozenset([path for _id, path in restricted] + list(aliases)),
    }


def restriction_paths():
    return remember("view-restrictions", [], _paths)


def may_be_restricted(page):
    """False when no restriction can apply to ``page``: none on it, its ancestors, or what they are aliases of."""
    checked = restriction_paths()["checked"]
    steplen = Page.steplen
    return any(page.path[:end] in checked for end in range(steplen, len(page.path) + 1, steplen))


def private_q(queryset):
    """Wagtail's ``PageQuerySet.private_q`` from the kept paths: the restricted pages and their descendants."""
    q = Q()
    for path in restriction_paths()["restricted"]:
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])
