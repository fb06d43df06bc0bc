from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .machine_translation import machine_translate
from .translation_report import TranslationReportView
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


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


@hooks.register("register_admin_urls", order=-10)
def register_guarded_machine_translate_url():
    """Served before wagtail-localize's URL of the same path: a failing machine translation service gives
    the editor a message and the translation editor back, not a server error (core.machine_translation)."""
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate,
            name="machine_translate_guarded",
        )
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        gettext_lazy("Translations to do"),
        reverse("translation_report"),
        icon_name="wagtail-localize-language",
        order=750,
    )
