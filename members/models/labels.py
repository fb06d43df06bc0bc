from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class LocalizedLabelMixin(models.Model):
    """A language-independent thing with its name in each site language.

    Facets count these by id, which is the same in every locale, so a member
    in French and its English translation count once each in their locale.
    """

    label_fr = models.CharField(_("label (French)"), max_length=120)
    label_en = models.CharField(_("label (English)"), max_length=120)
    label_de = models.CharField(_("label (German)"), max_length=120)

    class Meta:
        abstract = True

    @property
    def label(self):
        lang = (get_language() or "fr")[:2]
        return getattr(self, f"label_{lang}", None) or self.label_fr

    def __str__(self):
        return self.label
