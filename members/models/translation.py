from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.invalidation import renews_page_cache


class TranslationReview(models.Model):
    """A person read the machine-translated texts of a page's translation and confirmed them.

    wagtail-localize records a machine translation as such (``StringTranslation.translation_type``); a
    page showing one that nobody reviewed is marked "machine-translated" to visitors and in the API.
    A review turns those texts into reviewed ones (``members.translations.mark_reviewed``) and is
    recorded here: who confirmed which translation, when, and how many texts.
    """

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewed by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed on"), auto_now_add=True)
    texts = models.PositiveIntegerField(_("texts reviewed"), default=0)

    class Meta:
        ordering = ["-reviewed_at"]
        verbose_name = _("translation review")

    def __str__(self):
        return f"{self.translation_key} ({self.locale_id}), {self.reviewed_at:%Y-%m-%d}"


# A review takes the mark off a page visitors may have cached.
renews_page_cache(TranslationReview)
