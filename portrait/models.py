"""The annual portrait of members: editions by year, stories, a print view."""

from collections import Counter

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.listing import Listing
from core.models import BasePage
from members.choosers import MemberPicker
from members.models import MemberPage
from members.text_language import mark_taglines

from .blocks import StoryBodyBlock
from .printing import PRINT_IMAGE, localized_members, print_stories

# Rendition specs, shared by the querysets that prefetch them and the templates that use them.
# (the WebP source and its fallback of a <picture>: prefetching only one would make the other on every view)
EDITION_COVER = ("fill-480x640|format-webp", "fill-480x640|format-jpeg")
STORY_CARD = ("fill-640x400|format-webp", "fill-640x400|format-jpeg")


class StoryKind(models.TextChoices):
    MEMBER = "member", _("Member portrait")
    THEME = "theme", _("Theme")


def _images_with(*specs):
    return get_image_model().objects.prefetch_renditions(*specs)


# --- index -------------------------------------------------------------------------------------


class EditionListing(Listing):
    """The editions, newest first, a page at a time (no filters: one edition a year)."""

    per_page = 12


class PortraitIndexPage(BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["portrait.PortraitEditionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("portrait index")

    def editions(self):
        return (
            PortraitEditionPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-year", "-pk")
            .prefetch_related(Prefetch("cover_image", queryset=_images_with(*EDITION_COVER)))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = EditionListing(request, self.editions())
        context.update(listing.context())
        editions = list(context["page_obj"].object_list)
        counts = story_counts(editions)
        for edition in editions:
            edition.story_count = counts[edition.path]
        context["editions"] = editions
        return context


def story_counts(editions):
    """The number of live public stories of each edition, by edition path, in one query."""
    if not editions:
        return Counter()
    under_any = Q()
    for edition in editions:
        under_any |= Q(path__startswith=edition.path, depth=edition.depth + 1)
    story_paths = PortraitStoryPage.objects.live().public().filter(under_any).values_list("path", flat=True)
    prefix = len(editions[0].path)
    return Counter(path[:prefix] for path in story_paths)


# --- edition -----------------------------------------------------------------------------------


class EditionForm(WagtailAdminPageForm):
    """Checks the year against the other editions of the same index, also when the page is new."""

    def clean(self):
        cleaned_data = super().clean()
        year = cleaned_data.get("year")
        parent = self.parent_page or (self.instance.get_parent() if self.instance.path else None)
        if year and parent is not None:
            clash = self.instance.year_clash(parent, year)
            if clash is not None:
                self.add_error("year", self.instance.year_clash_message(clash))
        return cleaned_data


class StoryFilters(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of story"), required=False, choices=[("", _("All stories")), *StoryKind.choices]
    )


class StoryListing(Listing):
    form_class = StoryFilters
    per_page = 24

    def apply(self, queryset, data):
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        return queryset


class PortraitEditionPage(RoutablePageMixin, BasePage):
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1)],
        help_text=_("The year of the edition; each year has one edition."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The front cover; printed full page, so use an image at least 2,000 pixels wide."),
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    editorial = StreamField(BodyBlock(), verbose_name=_("editorial"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("cover_image")]),
        FieldPanel("intro"),
        FieldPanel("editorial"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("editorial")]
    override_translatable_fields = [SynchronizedField("year"), SynchronizedField("cover_image")]
    base_form_class = EditionForm

    parent_page_types = ["portrait.PortraitIndexPage"]
    subpage_types = ["portrait.PortraitStoryPage"]

    class Meta:
        verbose_name = _("portrait edition")

    def year_clash(self, parent, year):
        """Another edition of ``year`` under ``parent``, if any."""
        siblings = PortraitEditionPage.objects.child_of(parent).filter(year=year)
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        return siblings.first()

    @staticmethod
    def year_clash_message(clash):
        return _("The edition “%(title)s” already covers %(year)s: choose another year or edit that edition.") % {
            "title": clash.title,
            "year": clash.year,
        }

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.path else None
        if self.year and parent is not None:
            clash = self.year_clash(parent, self.year)
            if clash is not None:
                raise ValidationError({"year": self.year_clash_message(clash)})

    def stories(self):
        """Live public stories in tree order with what a card shows."""
        return (
            PortraitStoryPage.objects.child_of(self)
            .live()
            .public()
            .order_by("path")
            .prefetch_related(Prefetch("hero_image", queryset=_images_with(*STORY_CARD)))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = StoryListing(request, self.stories())
        context.update(listing.context())
        context["cover"] = self._image(self.cover_image_id)
        return context

    @staticmethod
    def _image(pk, *specs):
        return _images_with(*specs).filter(pk=pk).first() if pk else None

    @path("print/", name="print")
    def print_view(self, request):
        """The whole edition as one printable document."""
        context = BasePage.get_context(self, request)
        context.update(
            cover=self._image(self.cover_image_id, PRINT_IMAGE),
            stories=print_stories(self, request),
            print_image=PRINT_IMAGE,
        )
        return TemplateResponse(request, "portrait/portrait_edition_print.html", context)


# --- story -------------------------------------------------------------------------------------


class PortraitStoryPage(BasePage):
    kind = models.CharField(_("kind of story"), max_length=10, choices=StoryKind.choices, default=StoryKind.MEMBER)
    subtitle = models.CharField(_("subtitle"), max_length=200, blank=True)
    lead = models.TextField(_("lead"), blank=True, help_text=_("The opening paragraph, shown larger."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Leave empty if the caption says it all."),
    )
    hero_caption = models.CharField(_("caption"), max_length=255, blank=True)
    hero_credit = models.CharField(
        _("credit"), max_length=120, blank=True, help_text=_("For example “Photo: Anne Weber”.")
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("body"), blank=True)
    related_members = ParentalManyToManyField(
        "members.MemberPage",
        verbose_name=_("members in this story"),
        blank=True,
        related_name="portrait_stories",
        help_text=_("Shown as links in every language, to the member's page in the visitor's language."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("subtitle"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        FieldPanel("related_members", widget=MemberPicker),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("hero_image"),
        SynchronizedField("related_members"),
    ]

    parent_page_types = ["portrait.PortraitEditionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("portrait story")

    def siblings(self):
        return PortraitStoryPage.objects.sibling_of(self).live().public()

    def previous_story(self):
        return self.siblings().filter(path__lt=self.path).order_by("-path").first()

    def next_story(self):
        return self.siblings().filter(path__gt=self.path).order_by("path").first()

    def members_for_visitor(self):
        """Live related members, each in this page's language where it has a translation."""
        # Read the ids from the relation (unsaved in previews), then only live public pages.
        ids = [member.pk for member in self.related_members.all()]
        members = list(MemberPage.objects.cards().filter(pk__in=ids)) if ids else []
        return mark_taglines(localized_members({self.pk: members}, self.locale_id).get(self.pk, []))

    def json_ld_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
        }
        if self.subtitle:
            data["alternativeHeadline"] = self.subtitle
        if self.lead:
            data["description"] = self.lead
        if self.first_published_at:
            data["datePublished"] = self.first_published_at
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        edition = self.get_parent().specific
        context.update(
            edition=edition,
            hero=PortraitEditionPage._image(self.hero_image_id),
            story_members=self.members_for_visitor(),
            previous_story=self.previous_story(),
            next_story=self.next_story(),
            story_json_ld=self.json_ld_data(request),
        )
        return context
