"""The agenda: events in Europe/Luxembourg time, filters, iCal feeds."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage


class AgendaPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["agenda.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")


class EventPage(BasePage):
    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
