"""Atom feed of a directory search: its newest matches, through the search service, in the request's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.absolute import absolute_url
from search.facets import vocabulary
from search.models import IndexState, MemberDocument
from search.query import parse
from search.service import directory_url, search_directory

from .kinds import describe
from .models import Kind, Subscription

FEED_LIMIT = 30


class DirectorySearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        language = (get_language() or "fr")[:2]
        version = IndexState.current()
        query, _notices = parse(request.GET, language, vocabulary(language, version))
        query.sort, query.page, query.page_size = "newest", 1, FEED_LIMIT
        pairs = [pair for pair in query.params(sort="", page="", view="") if pair[0] not in ("view", "page", "sort")]
        result = search_directory(query, version=version)
        dates = dict(
            MemberDocument.objects.filter(pk__in=[item.id for item in result.items]).values_list(
                "page_id", "published_at"
            )
        )
        for item in result.items:
            item.published_at = dates.get(item.id)
        return {
            "language": language,
            "result": result,
            "filters": [list(pair) for pair in pairs],
            "querystring": query.querystring(sort="", page="", view=""),
            "path": request.get_full_path(),
        }

    def title(self, obj):
        text = describe(Subscription(kind=Kind.DIRECTORY, filters=obj["filters"]), obj["language"])
        return _("%(search)s · Creative Industries Cluster") % {"search": text}

    def link(self, obj):
        base = directory_url(obj["language"])
        return absolute_url(base + obj["querystring"]) if base else absolute_url(f"/{obj['language']}/")

    def feed_url(self, obj):
        return absolute_url(obj["path"])

    def subtitle(self, obj):
        return _("The newest members of Luxembourg's creative industries matching this search.")

    def items(self, obj):
        # A search that matched nobody shows the closest members on the page; a feed lists matches only.
        return [] if obj["result"].relaxed else obj["result"].items

    def item_title(self, item):
        return item.name

    def item_description(self, item):
        return " · ".join(part for part in [item.tagline, item.kind_label, item.location] if part)

    def item_link(self, item):
        return absolute_url(item.url)

    def item_guid(self, item):
        return absolute_url(item.url)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_categories(self, item):
        return item.skills
