"""News: an index with categories and tags, articles linked to members, feeds per language."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class NewsIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")


class NewsPage(BasePage):
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
