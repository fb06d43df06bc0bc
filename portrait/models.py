"""The annual portrait of members: editions by year, stories, a print view."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class PortraitIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["portrait.PortraitEditionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("portrait index")


class PortraitEditionPage(BasePage):
    parent_page_types = ["portrait.PortraitIndexPage"]
    subpage_types = ["portrait.PortraitStoryPage"]

    class Meta:
        verbose_name = _("portrait edition")


class PortraitStoryPage(BasePage):
    parent_page_types = ["portrait.PortraitEditionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("portrait story")
