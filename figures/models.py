"""Sector statistics: figures with value, unit, year and source; charts and open data."""

import csv
import io
import json
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import urljoin

from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from members.models import DirectoryPage
from search.models import IndexState
from search.query import DirectoryQuery
from search.service import run
from taxonomy.models import Branch

from . import charts
from .formatting import format_value, plain_number, with_approx


class Unit(models.TextChoices):
    COMPANIES = "companies", _("companies")
    JOBS = "jobs", _("jobs")
    EUROS = "euros", _("euros")
    PERCENT = "percent", _("percent")
    PEOPLE = "people", _("people")
    MEMBERS = "members", _("members")
    OTHER = "other", _("other")


# Units written as a word after the number ("2 300 companies"); euros and percent carry a symbol.
WORD_UNITS = {Unit.COMPANIES, Unit.JOBS, Unit.PEOPLE, Unit.MEMBERS}

# The indicator code of the live figures computed from the directory.
LIVE_MEMBERS = "directory-members"
LIVE_BRANCH = "directory-members-by-branch"

DOWNLOAD_COLUMNS = [
    "indicator",
    "label",
    "value",
    "unit",
    "year",
    "date",
    "approximate",
    "source",
    "source_url",
    "branch",
    "note",
]


@dataclass
class FigureView:
    """One figure as templates, charts, downloads and the home page teaser read it."""

    indicator: str
    label: str
    raw_value: object
    unit: str
    year: int | None
    approximate: bool = False
    source_name: str = ""
    source_url: str = ""
    note: str = ""
    language: str = "fr"
    date: object = None  # a date for live figures (counted today), else None
    branch: str = ""
    live: bool = False
    url: str = ""

    @property
    def value(self):
        """The formatted number, with its symbol for euros and percent ("2 300", "1 Md EUR", "13 %")."""
        return format_value(self.raw_value, self.unit, self.language)

    @property
    def value_text(self):
        """The formatted value with "≈" when approximate, for text without markup."""
        return with_approx(self.value, self.approximate)

    @property
    def unit_label(self):
        """The unit word to show after the value ("companies"), or "" when the value carries its unit."""
        if self.unit not in WORD_UNITS:
            return ""
        with translation.override(self.language):
            return str(Unit(self.unit).label)

    def as_data(self):
        return OrderedDict(
            indicator=self.indicator,
            label=self.label,
            value=plain_number(self.raw_value),
            unit=self.unit,
            year=self.year,
            date=self.date.isoformat() if self.date else None,
            approximate=self.approximate,
            source=self.source_name,
            source_url=self.source_url,
            branch=self.branch,
            note=self.note,
        )


class StatisticsPage(RoutablePageMixin, BasePage):
    """Key figures of the creative sector with their sources, charts and downloads."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    methodology = RichTextField(
        _("methodology and sources"),
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text=_("How the figures were collected, what they include and where they come from."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("figures", heading=_("Figures"), label=_("Figure")),
        FieldPanel("methodology"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("methodology")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statistics page")

    # ----- reading the figures -------------------------------------------------------------

    @property
    def language(self):
        return self.locale.language_code

    def figure_views(self):
        """The editors' figures in their order (one query)."""
        if getattr(self, "_figure_views", None) is None:
            self._figure_views = [figure.view(self.language) for figure in self.figures.all()]
        return self._figure_views

    def live_figures(self):
        """Members counted now in the directory of this language: (total figure, one figure per branch)."""
        if getattr(self, "_live_figures", None) is None:
            self._live_figures = directory_figures(self.language)
        return self._live_figures

    def all_figures(self):
        """Every figure a download carries: the editors' figures, the live total, then the branches."""
        total, branches = self.live_figures()
        return [*self.figure_views(), total, *branches]

    def series(self):
        """Indicators with values for more than one year: [(indicator, [figures by year])]."""
        groups = OrderedDict()
        for figure in self.figure_views():
            groups.setdefault(figure.indicator, []).append(figure)
        result = []
        for indicator, figures in groups.items():
            by_year = {figure.year: figure for figure in figures if figure.year}
            if len(by_year) > 1:
                result.append((indicator, [by_year[year] for year in sorted(by_year)]))
        return result

    def sources(self):
        """The distinct sources named by the figures, in order of first use."""
        seen = OrderedDict()
        for figure in self.figure_views():
            if figure.source_name and figure.source_name not in seen:
                seen[figure.source_name] = figure.source_url
        return list(seen.items())

    # ----- views ---------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        total, branches = self.live_figures()
        with translation.override(self.language):
            branch_chart = charts.bar_chart(
                "chart-branches",
                title=_("Members of the cluster by branch"),
                label_heading=_("Branch"),
                value_heading=_("Members"),
                bars=[(figure.label, figure.raw_value, figure.value) for figure in branches],
                total=(_("Total number of members"), total.value),
            )
            series_charts = [
                (figures[0], charts.series_chart(f"chart-{indicator}", figures)) for indicator, figures in self.series()
            ]
        context.update(
            figures=self.figure_views(),
            live_total=total,
            branch_figures=branches,
            branch_chart=branch_chart,
            series_charts=series_charts,
            sources=self.sources(),
            today=timezone.localdate(),
            downloads=self.downloads(),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("csv/", name="figures_csv")
    def figures_csv(self, request):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=DOWNLOAD_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for figure in self.all_figures():
            row = figure.as_data()
            row["approximate"] = "true" if row["approximate"] else "false"
            writer.writerow({key: "" if value is None else value for key, value in row.items()})
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        return self._attachment(response, "csv")

    @path("json/", name="figures_json")
    def figures_json(self, request):
        total, branches = self.live_figures()
        data = {
            "language": self.language,
            "title": self.title,
            "url": self.full_url,
            "generated": timezone.localdate().isoformat(),
            "figures": [figure.as_data() for figure in [*self.figure_views(), total]],
            "members_by_branch": [
                {"branch": figure.branch, "label": figure.label, "members": figure.raw_value} for figure in branches
            ],
            "members_total": total.raw_value,
        }
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        return self._attachment(response, "json")

    def _attachment(self, response, extension):
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-{self.language}.{extension}"'
        response["Content-Language"] = self.language
        return response

    def download_url(self, extension):
        """``…/figures.csv`` when the site routes that address (see ``figures.views``), else ``…/csv/``."""
        base = self.url or ""
        try:
            reverse("figures_download", args=["", extension])
        except NoReverseMatch:
            return base + self.reverse_subpage(f"figures_{extension}")
        return f"{base}figures.{extension}"

    def downloads(self):
        """[(format label, URL, media type)] of the open-data files in this page's language."""
        return [
            ("CSV", self.download_url("csv"), "text/csv"),
            ("JSON", self.download_url("json"), "application/json"),
        ]

    def json_ld(self):
        """schema.org Dataset: what the figures are, in which language, and where to download them."""
        base = self.full_url or ""
        return {
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": self.title,
            "description": self.search_description or self.listing_summary or self.title,
            "inLanguage": self.language,
            "url": base,
            "dateModified": (self.last_published_at or timezone.now()).date().isoformat(),
            "isAccessibleForFree": True,
            "distribution": [
                {
                    "@type": "DataDownload",
                    "encodingFormat": media_type,
                    "contentUrl": urljoin(base, url),
                }
                for _format, url, media_type in self.downloads()
            ],
        }

    # ----- interface for the home page -----------------------------------------------------

    @classmethod
    def for_locale(cls, locale):
        """The live, public statistics page in ``locale`` (a Locale or a language code), or None."""
        pages = cls.objects.live().public()
        if isinstance(locale, Locale):
            pages = pages.filter(locale=locale)
        else:
            pages = pages.filter(locale__language_code=str(locale)[:2])
        return pages.select_related("locale").first()

    @classmethod
    def teaser(cls, locale, limit=3):
        """The first ``limit`` figures of the page in ``locale``, or [] without a live page.

        Each item has ``label``, ``value`` (formatted, with its symbol for euros and percent),
        ``value_text`` (with "≈" when approximate), ``approximate``, ``unit_label`` (a word to show
        after the value, "" when the value carries its unit), ``year`` and ``url``.
        """
        page = cls.for_locale(locale)
        if page is None:
            return []
        language = page.locale.language_code
        url = page.url
        return [figure.view(language, url=url) for figure in page.figures.all()[:limit]]


class Figure(TranslatableMixin, Orderable):
    """One figure of the sector: "about 2,300 companies in 2015, source: ..."."""

    page = ParentalKey(StatisticsPage, on_delete=models.CASCADE, related_name="figures")
    label = models.CharField(_("label"), max_length=200, help_text=_("What is counted, e.g. “Creative companies”."))
    indicator = models.SlugField(
        _("indicator code"),
        max_length=60,
        help_text=_(
            "The same code for the same measure in different years (e.g. “companies”, “jobs”, “turnover”): "
            "figures with one code and several years are drawn as a chart."
        ),
    )
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=3)
    unit = models.CharField(_("unit"), max_length=12, choices=Unit.choices, default=Unit.OTHER)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)], help_text=_("The year measured.")
    )
    approximate = models.BooleanField(_("approximate"), default=False, help_text=_("Shown as “about …”."))
    source_name = models.CharField(_("source"), max_length=255, blank=True)
    source_url = models.URLField(_("source address"), blank=True)
    note = models.CharField(_("note"), max_length=400, blank=True, help_text=_("Shown under the figure."))

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("approximate")]),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
        FieldPanel("note"),
    ]

    # Labels and sources are translated; the numbers are the same facts in every language.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("source_name"),
        TranslatableField("note"),
        SynchronizedField("indicator"),
        SynchronizedField("value"),
        SynchronizedField("unit"),
        SynchronizedField("year"),
        SynchronizedField("approximate"),
        SynchronizedField("source_url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self):
        return f"{self.label} ({self.year})"

    def view(self, language, url=""):
        return FigureView(
            url=url,
            indicator=self.indicator,
            label=self.label,
            raw_value=self.value,
            unit=self.unit,
            year=self.year,
            approximate=self.approximate,
            source_name=self.source_name,
            source_url=self.source_url,
            note=self.note,
            language=language,
        )


def directory_figures(language):
    """The live total and per-branch member counts of the directory in ``language``.

    Read from the directory search (its empty query's branch facet), so the numbers are those a
    visitor gets by ticking a branch, computed in a fixed number of queries whatever the number
    of members. A member in two branches counts in both; the total counts each member once.
    """
    hits, _backend, _degraded = run(DirectoryQuery(language, page_size=1), IndexState.current())
    counts = hits.counts.get("branch", {})
    today = timezone.localdate()
    directory = DirectoryPage.objects.live().public().filter(locale__language_code=language).first()
    directory_url = directory.full_url if directory else ""
    with translation.override(language):
        source = str(_("Directory of the cluster"))
        total = FigureView(
            indicator=LIVE_MEMBERS,
            label=str(_("Members of the cluster")),
            raw_value=hits.total,
            unit=Unit.MEMBERS,
            year=today.year,
            date=today,
            source_name=source,
            source_url=directory_url,
            language=language,
            live=True,
        )
        branches = [
            FigureView(
                indicator=LIVE_BRANCH,
                label=branch.label,
                raw_value=counts.get(branch.code, 0),
                unit=Unit.MEMBERS,
                year=today.year,
                date=today,
                source_name=source,
                source_url=directory_url,
                branch=branch.code,
                language=language,
                live=True,
            )
            for branch in Branch.objects.order_by("sort_order", "code")
        ]
    return total, branches
