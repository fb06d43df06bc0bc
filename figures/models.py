"""Sector statistics: figures with value, unit, year and source; charts and open data."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class StatisticsPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statistics page")
