from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from . import image_tags, restrictions, signals  # noqa: F401

        restrictions.install()
        image_tags.install()
