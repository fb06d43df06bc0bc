from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .translations import untranslated_count, untranslated_message


@hooks.register("before_edit_page", order=-10)
def refuse_publishing_incomplete_translations(request, page):
    """A translation goes live only when every text is translated.

    wagtail-localize's translation editor publishes whatever is there, falling back to
    the source language for missing texts; visitors would then read French on the
    English site. Runs before wagtail-localize's own hook, which serves that editor.
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    missing = untranslated_count(page)
    if missing:
        messages.error(request, untranslated_message(missing))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
