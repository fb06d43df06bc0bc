"""Listings with filters and pages: news, agenda, jobs, collaboration requests.

A listing page builds one ``Listing`` from the request: a Django form reads the
query string (unknown or malformed values are dropped with a notice, never a 500),
``apply`` narrows the queryset, and ``page`` paginates it (a page number out of
range shows the nearest page). Templates get the filter form, the page of items,
the notices and the query string of the filters alone (for feed links that
follow the filters).
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _


class Listing:
    form_class = forms.Form  # a form of optional fields, one per filter
    per_page = 12

    def __init__(self, request, queryset):
        self.request = request
        self.form = self.form_class(request.GET or None)
        self.notices = []
        self.data = self._read_form()
        self.queryset = self.apply(queryset, self.data)

    def _read_form(self):
        if not self.form.is_bound:
            return {}
        if self.form.is_valid():
            return {name: value for name, value in self.form.cleaned_data.items() if value not in (None, "", [])}
        # Keep the valid fields, drop the others and say so: a stale or hand-edited link still shows a listing.
        data = {}
        for name in self.form.fields:
            if name in self.form.errors:
                self.notices.append(_("Ignored an unknown value for “%(field)s”.") % {"field": self.form[name].label})
            elif name in getattr(self.form, "cleaned_data", {}):
                value = self.form.cleaned_data[name]
                if value not in (None, "", []):
                    data[name] = value
        return data

    def apply(self, queryset, data):
        """Narrow ``queryset`` by the cleaned filter values in ``data``. Subclasses override."""
        return queryset

    @property
    def is_filtered(self):
        return bool(self.data)

    def page(self):
        paginator = Paginator(self.queryset, self.per_page)
        return paginator.get_page(self.request.GET.get("page"))

    def filter_query(self):
        """The query string of the valid filters alone (no page number), e.g. for a feed URL."""
        pairs = []
        for name in self.form.fields:
            if name not in self.data:
                continue
            value = self.data[name]
            values = value if isinstance(value, (list, tuple)) else [value]
            for item in values:
                pairs.append((name, getattr(item, "pk", item) if not isinstance(item, bool) else "on"))
        return urlencode(pairs)

    def context(self):
        return {
            "filter_form": self.form,
            "page_obj": self.page(),
            "listing_notices": self.notices,
            "is_filtered": self.is_filtered,
            "filter_query": self.filter_query(),
        }
