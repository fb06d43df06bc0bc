"""Alerts (namespace "alerts"): subscribing, the links in e-mails, the Atom feed of a directory search, and the
member's alerts in My space."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import views
from .feeds import DirectorySearchFeed

app_name = "alerts"


def alerts_path(segment=""):
    return format_lazy("{}{}", _("alerts/"), segment)


urlpatterns = [
    path(alerts_path(_("subscribe/")), views.subscribe, name="subscribe"),
    path(alerts_path(format_lazy("{}{}", _("subscribe/"), _("sent/"))), views.sent, name="sent"),
    path(alerts_path(format_lazy("{}<str:token>/", _("confirm/"))), views.confirm, name="confirm"),
    path(alerts_path(format_lazy("{}<str:token>/", _("manage/"))), views.manage, name="manage"),
    path(alerts_path(format_lazy("{}<str:token>/", _("unsubscribe/"))), views.unsubscribe, name="unsubscribe"),
    path(alerts_path("atom/"), DirectorySearchFeed(), name="directory_feed"),
    path(format_lazy("{}{}", _("my-space/"), _("alerts/")), views.mine, name="mine"),
]
