"""Matchmaking's public pages, under /fr/mise-en-relation/, /en/matchmaking/, /de/matchmaking/."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "matchmaking"


def brief_path(segment=""):
    return format_lazy("{}<uuid:token>/{}", _("matchmaking/"), segment)


urlpatterns = [
    path(_("matchmaking/"), views.brief, name="brief"),
    path(format_lazy("{}{}", _("matchmaking/"), _("sent/")), views.sent, name="sent"),
    path(brief_path(), views.shortlist_view, name="shortlist"),
    path(brief_path(_("confirm/")), views.confirm, name="confirm"),
    path(brief_path(_("outcome/")), views.outcome, name="outcome"),
]
