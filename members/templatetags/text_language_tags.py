"""The visible note beside a member's text shown in the language it was written in (see members.text_language)."""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

WRITTEN_IN = {"fr": _("Text in French"), "en": _("Text in English"), "de": _("Text in German")}


@register.filter
def written_in(language):
    """ "Text in German" (in the visitor's language) for ``language`` "de"; "" for a language without a note."""
    return WRITTEN_IN.get(language, "")
