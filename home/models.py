"""The top of the site: the home page of each language, composed from the sections, and text pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.models import BasePage
from core.performance.routing import SkeletonRoutingMixin
from members.choosers import MemberPicker
from members.models.pages import directory_url, showcase_works

from .blocks import DEFAULT_HOME_SECTIONS, HomeBlock

FEATURED_WORKS = 8  # works in the showcase the home page opens with


class HomePage(SkeletonRoutingMixin, BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    featured_members = ParentalManyToManyField(
        "members.MemberPage",
        verbose_name=_("featured members"),
        blank=True,
        related_name="+",
        help_text=_("Shown on the home page in every language; when empty, recent members with a logo are shown."),
    )

    body = StreamField(
        HomeBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_(
            "The home page's sections in order. Leave empty for the default: hero, branches, featured members, "
            "news, events, jobs, figures and the call to join."
        ),
    )
    membership_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("membership page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where “Become a member” links lead when a section names no other page."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("featured_members", widget=MemberPicker),
        FieldPanel("membership_page"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [SynchronizedField("membership_page"), SynchronizedField("featured_members")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "members.DirectoryPage",
        "news.NewsIndexPage",
        "agenda.AgendaPage",
        "jobs.JobIndexPage",
        "jobs.CollaborationIndexPage",
        "portrait.PortraitIndexPage",
        "figures.StatisticsPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def featured_works(self, limit=FEATURED_WORKS):
        """The showcase the page opens with: works of the featured members first, then of the latest members."""
        through = type(self).featured_members.through
        keys = through.objects.filter(homepage__translation_key=self.translation_key).values_list(
            "memberpage__translation_key", flat=True
        )
        return showcase_works(self.locale_id, limit=limit, first_keys=keys)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_works"] = works = self.featured_works()
        # The directory's works view: a member page sits two levels below the directory (its branch between).
        context["works_url"] = f"{directory_url(works[0]['member_url'])}?view=works" if works else ""
        return context

    @property
    def has_hero(self):
        return not self.body or any(block.block_type == "hero" for block in self.body)

    def sections(self):
        """The composed sections, or every section with automatic content when none is composed."""
        if self.body:
            return self.body
        stream_block = self.body.stream_block
        return StreamValue(
            stream_block,
            [(name, stream_block.child_blocks[name].get_default(), name) for name in DEFAULT_HOME_SECTIONS],
        )


class StandardPage(BasePage):
    """About, membership, legal notice, privacy: text pages editors compose."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def is_membership_page(self):
        """Whether a home page names this page (in any language version) as its membership page."""
        return HomePage.objects.filter(membership_page__translation_key=self.translation_key).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["apply_here"] = self.is_membership_page()  # the page that explains membership links to the form
        return context
