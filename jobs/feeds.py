"""RSS feed of a job index's open offers, in the index's language, following the listing's filters."""

from django.contrib.syndication.views import Feed
from django.utils.html import escape, format_html
from django.utils.translation import gettext as _

from core.absolute import absolute_url

from . import models  # read at call time: jobs.models imports this module while it loads

FEED_LIMIT = 50


class JobFeed(Feed):
    def __init__(self, index):
        super().__init__()
        self.index = index
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(title)s · Creative Industries Cluster") % {"title": self.index.title}

    def link(self):
        return absolute_url(self.index, self.request)

    def feed_url(self):
        return absolute_url(self.request.get_full_path())

    def description(self):
        return _("Open job offers from Luxembourg's creative industries.")

    def items(self):
        listing = self.index.listing(self.request)
        return models.resolve_parties(listing.queryset[:FEED_LIMIT], "employer_member", "employer_name")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # RSS readers render a description as HTML: the texts (a member's name among them) are escaped.
        facts = [item.party.name, item.get_contract_type_display(), item.location or item.get_remote_display()]
        text = escape(" · ".join(str(fact) for fact in facts if fact))
        return format_html("{}<br>{}", item.summary, text) if item.summary else text

    def item_link(self, item):
        return absolute_url(item, self.request)

    def item_guid(self, item):
        return absolute_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.party.name

    def item_categories(self, item):
        categories = [item.get_contract_type_display()]
        if item.branch:
            categories.append(item.branch.label)
        return categories
