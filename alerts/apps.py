from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Saved searches and alerts: a visitor or member follows a directory search, job offers, calls or the agenda
    and gets one e-mail digest a day of what is new; an Atom feed of any directory search."""

    name = "alerts"
    verbose_name = _("Alerts")
