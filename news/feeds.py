"""RSS and Atom feeds of one news index: its language's latest articles (the listing's filters apply)."""

import uuid
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.absolute import absolute_url

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        # The feed speaks the index page's language whatever the request says.
        with translation.override(self.language):
            response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=900"
        return response

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.listing = self.index_page.listing(request)
        return self.index_page

    def title(self, obj):
        return _("%(title)s · Creative Industries Cluster") % {"title": obj.title}

    def description(self, obj):
        return _("The latest news of Luxembourg's creative industries cluster.")

    def link(self, obj):
        return absolute_url(obj, self.request)

    def feed_url(self, obj):
        return absolute_url(self.request.get_full_path())

    def feed_guid(self, obj):
        return self.link(obj)

    def items(self, obj):
        return list(self.listing.queryset.select_related("locale")[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.summary)  # plain text; feed readers render a description as HTML

    def item_link(self, item):
        return absolute_url(item, self.request)

    def item_guid(self, item):
        # Stable across slug changes, different in each language.
        return uuid.uuid5(item.translation_key, item.locale.language_code).urn

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return max(filter(None, [item.last_published_at, self.item_pubdate(item)]))

    def item_categories(self, item):
        return [category.label for category in item.categories.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
