"""Public forms of the member space (namespace "members"): applying, contacting a member."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import application, contact

app_name = "members"

urlpatterns = [
    path(_("apply/"), application.apply, name="apply"),
    path(format_lazy("{}{}", _("apply/"), _("sent/")), application.apply_sent, name="apply_sent"),
    path(format_lazy("{}<int:page_id>/", _("contact/")), contact.send, name="contact"),
]
