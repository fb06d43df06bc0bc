from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortraitConfig(AppConfig):
    name = "portrait"
    verbose_name = _("Annual portrait")
