"""Routing without walking the tree: the pages that have children are kept with the page cache's fragments.

Wagtail walks the tree one query (and one more for the specific page) per level: a member page four levels
down took eight. ``SkeletonRoutingMixin`` (on the site's root page type) walks the kept skeleton in memory
and fetches the page itself in one query of its own type. A page type that loads more with it (a member page:
its language versions) offers ``route_at(lookup)``.
"""

from typing import NamedTuple

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .page_cache import remember
from .prepared import EXACT, PreparedQuery


class RouteNode(NamedTuple):
    pk: int
    path: str
    page_class: type | None  # None: a type no longer installed


def route_skeleton():
    """{(parent's tree path, slug): RouteNode} of every page that has children (a few hundred at most, however
    many members), kept with the page cache's fragments: any page saved, moved or deleted renews them."""

    def build():
        nodes = Page.objects.filter(numchild__gt=0).order_by().values_list("pk", "path", "slug", "content_type_id")
        return {
            (path[: -Page.steplen], slug): RouteNode(pk, path, ContentType.objects.get_for_id(type_id).model_class())
            for pk, path, slug, type_id in nodes
        }

    return remember("route-skeleton", [], build)


_by_id = {}


def by_id(page_class):
    """A prepared query of the page of ``page_class`` with an id (``pk=``): the directory, a branch page… are
    routed to on every request rendered afresh, and compiling their query (two tables, dozens of columns) costs
    more than running it."""
    found = _by_id.get(page_class)
    if found is None:
        found = _by_id[page_class] = PreparedQuery(
            lambda pk: page_class.objects.filter(pk=pk).order_by()[:1], pk=(EXACT, int)
        )
    return found


class SkeletonRoutingMixin:
    """For the root page of each language's tree: routes by the kept skeleton (see the module)."""

    def route(self, request, path_components):
        """The skeleton is used when no page on the way has routes of its own (``RoutablePageMixin``), whose
        views come before child pages. Otherwise, and for anything not found, Wagtail's walk decides."""
        if path_components:
            page = self.page_at(path_components)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def page_at(self, path_components):
        """The specific page at ``path_components`` below this one, or None when Wagtail's walk must decide."""
        skeleton = route_skeleton()
        parent_path, parent_class = self.path, type(self)
        for slug in path_components[:-1]:
            node = skeleton.get((parent_path, slug))
            if node is None:
                return None
            parent_path, parent_class = node.path, node.page_class
            if parent_class is None or issubclass(parent_class, RoutablePageMixin):
                return None
        depth, slug = len(parent_path) // Page.steplen + 1, path_components[-1]
        node = skeleton.get((parent_path, slug))
        if node is not None and node.page_class is not None:
            # A page with children: its type is known, one query by id, compiled once per type.
            return next(iter(by_id(node.page_class)(pk=node.pk)), None)
        allowed = parent_class.allowed_subpage_models() if parent_class else []
        at = {"path__startswith": parent_path, "depth": depth, "slug": slug}
        if len(allowed) != 1:
            page = Page.objects.filter(**at).first()
            return page.specific if page is not None else None
        # The only type the parent may hold: one query. A page of another type (made before a rule changed) is
        # not found here and left to Wagtail's walk.
        (model,) = allowed
        if hasattr(model, "route_at"):  # a type that loads more with it (a member page: its language versions)
            return model.route_at(at)
        return model.objects.filter(**at).first()

    @property
    def localized(self):
        """The live root page of the active language (``live_homes``), else this one: Wagtail's answer without
        its queries (the active locale, the translation) on every request."""
        try:
            code = get_supported_content_language_variant(get_language())
        except LookupError:
            return super().localized
        return live_homes().get(code, self)


def live_homes():
    """{language code: the live root page of that language's tree} (the home pages), kept with the fragments."""

    def find():
        # The root pages are of the page type that routes by the skeleton (the home page): one query.
        (model,) = [model for model in apps.get_models() if issubclass(model, SkeletonRoutingMixin)] or [Page]
        # No ORDER BY: SQLite would otherwise walk every page by path to avoid a sort of three rows.
        roots = model.objects.live().filter(depth=2).select_related("locale").order_by()
        return {page.locale.language_code: page for page in roots}

    return remember("homes", [], find)
