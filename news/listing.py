"""The news listing's filters: category, tag and year, read from the query string."""

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.listing import Listing

from . import models  # read at call time: news.models imports this module while it loads


class NewsFilterForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, news):
        """``news``: the index's live public articles, whose tags and years are offered."""
        super().__init__(data)
        news = news.prefetch_related(None).order_by()
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.code, category.label) for category in models.NewsCategory.objects.all()
        ]
        tags = Tag.objects.filter(news_newstag_items__content_object__in=news).distinct().order_by("name")
        self.fields["tag"].choices = [("", _("All tags"))] + [(tag.slug, tag.name) for tag in tags]
        years = [day.year for day in news.order_by().dates("date", "year", order="DESC")]
        self.fields["year"].choices = [("", _("All years"))] + [(year, str(year)) for year in years]


class NewsListing(Listing):
    per_page = 10

    def __init__(self, request, queryset):
        self.news = queryset
        super().__init__(request, queryset)

    def form_class(self, data):
        return NewsFilterForm(data, news=self.news)

    def apply(self, queryset, data):
        if "category" in data:
            queryset = queryset.filter(categories__code=data["category"])
        if "tag" in data:
            queryset = queryset.filter(tags__slug=data["tag"])
        if "year" in data:
            queryset = queryset.filter(date__year=data["year"])
        return queryset
