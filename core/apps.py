from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The base layer: what every app builds on. It imports no app above it."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        # In ready(): the patched classes' modules import models, which cannot be imported before the registry is.
        from .performance import private, restrictions

        private.install_patches(restrictions.private_q)
