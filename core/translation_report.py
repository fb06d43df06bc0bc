"""The admin's "Translations to do" report: per language, the pages (members among them) whose translation
is missing, has texts left to translate, or is out of date, each with a link to do it.

What wagtail-localize knows is read as it is: a page registered with it (a ``TranslationSource``) has a
``Translation`` per language, complete when every segment has a translated string; its source is out of
date when the source page was published after the source was last synchronised (``last_updated_at``):
its translations lag until an editor syncs them ("Sync translated pages") and translates what changed.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

MISSING, TEXTS, OUT_OF_DATE = "missing", "texts", "out_of_date"
# A source synchronised within this time of its page's publication was synchronised by that publication.
SAME_TIME = timedelta(seconds=5)


@dataclass
class Row:
    page_id: int  # the source page
    title: str
    page_type: str
    locale: Locale
    problem: str  # MISSING, TEXTS or OUT_OF_DATE
    detail: str
    url: str
    action: str

    @property
    def language(self):
        return self.locale.get_display_name()


def _counted(translations):
    """``translations`` with their segments (``total``) and translated segments (``done``) counted in SQL."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id")).order_by().values("source_id")
    translated = segments.filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )
    count = Count("pk")
    return translations.annotate(
        total=Coalesce(Subquery(segments.annotate(n=count).values("n")), 0, output_field=IntegerField()),
        done=Coalesce(Subquery(translated.annotate(n=count).values("n")), 0, output_field=IntegerField()),
    )


def translation_rows(locale=None, translation_keys=None):
    """Every missing or lagging translation of a page registered with wagtail-localize, by language and title."""
    locales = list(Locale.objects.order_by("pk"))
    sources = TranslationSource.objects.filter(
        object__content_type=ContentType.objects.get_for_model(Page)
    ).select_related("specific_content_type")
    if translation_keys is not None:
        sources = sources.filter(object_id__in=list(translation_keys))
    sources = list(sources)
    keys = [source.object_id for source in sources]
    pages = {}
    for page in Page.objects.filter(translation_key__in=keys).only(
        "id", "title", "translation_key", "locale_id", "last_published_at", "live"
    ):
        pages[(page.translation_key, page.locale_id)] = page
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in _counted(Translation.objects.filter(source__in=sources, enabled=True))
    }
    rows = []
    for source in sources:
        page = pages.get((source.object_id, source.locale_id))
        if page is None:
            continue  # the source page is gone
        page_type = source.specific_content_type.model_class()._meta.verbose_name
        changed = page.last_published_at and page.last_published_at > source.last_updated_at + SAME_TIME
        for target in locales:
            if target.pk == source.locale_id or (locale is not None and target.pk != locale.pk):
                continue
            common = {"page_id": page.pk, "title": page.title, "page_type": page_type, "locale": target}
            translation = translations.get((source.pk, target.pk))
            target_page = pages.get((source.object_id, target.pk))
            if translation is None or target_page is None:
                if target_page is None:
                    rows.append(
                        Row(
                            **common,
                            problem=MISSING,
                            detail=_("Not translated"),
                            url=reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                            action=_("Translate this page"),
                        )
                    )
                continue
            if changed:
                rows.append(
                    Row(
                        **common,
                        problem=OUT_OF_DATE,
                        detail=_("Out of date: the source changed since the last sync"),
                        url=reverse("wagtail_localize:update_translations", args=[source.pk]),
                        action=_("Sync translated pages"),
                    )
                )
            if translation.done < translation.total:
                left = translation.total - translation.done
                rows.append(
                    Row(
                        **common,
                        problem=TEXTS,
                        detail=ngettext("%(count)d text to translate", "%(count)d texts to translate", left)
                        % {"count": left},
                        url=reverse("wagtailadmin_pages:edit", args=[target_page.pk]),
                        action=_("Translate"),
                    )
                )
    rows.sort(key=lambda row: (row.locale.pk, row.title.lower(), row.page_id, row.problem))
    return rows


class TranslationReportView(ReportView):
    page_title = _("Translations to do")
    header_icon = "wagtail-localize-language"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    paginate_by = 100
    columns = [
        TitleColumn(
            "title", label=_("Page"), get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page_id])
        ),
        Column("page_type", label=_("Type")),
        Column("language", label=_("Language")),
        Column("detail", label=_("What is left")),
        TitleColumn("action", label=_("Do it"), get_url=lambda row: row.url),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        code = self.request.GET.get("locale", "")
        locale = Locale.objects.filter(language_code=code).first() if code else None
        return translation_rows(locale)
