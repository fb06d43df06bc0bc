from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpaceConfig(AppConfig):
    """My space: what a creative does on the public site once signed in (and the public forms that lead there:
    applying, contacting a member). It shows things from every section, so it sits at the top."""

    name = "space"
    verbose_name = _("My space")
