"""Editors confirm a machine translation in the admin: they read its machine-translated texts beside the
source's and tick "reviewed"; the "machine-translated" mark leaves the page (``members.translations``)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods
from wagtail_localize.strings import StringValue

from .models import MemberPage
from .translations import mark_reviewed


@require_http_methods(["GET", "POST"])
def review_machine_translation(request, page_id):
    page = get_object_or_404(MemberPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        if request.POST.get("reviewed") != "on":
            messages.error(request, _("Tick “I have read these texts” to confirm the review."))
        else:
            count = mark_reviewed(page, request.user)
            messages.success(
                request,
                ngettext(
                    "%(count)d machine-translated text is marked as reviewed; the page no longer shows the mark.",
                    "%(count)d machine-translated texts are marked as reviewed; the page no longer shows the mark.",
                    count,
                )
                % {"count": count},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    texts = [
        {
            "source": StringValue(text.translation_of.data).render_text(),
            "translation": StringValue(text.data).render_text(),
        }
        for text in page.unreviewed_machine_texts().select_related("translation_of").order_by("pk")
    ]
    return TemplateResponse(
        request,
        "members/admin/review_translation.html",
        {"page": page, "texts": texts, "header_title": _("Review the machine translation")},
    )
