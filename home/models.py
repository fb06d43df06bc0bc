from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StreamValue
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from .blocks import DEFAULT_HOME_SECTIONS, BodyBlock, HomeBlock


class BasePage(Page):
    """What every public page shares: a listing summary and a social image."""

    listing_summary = models.CharField(
        _("listing summary"),
        max_length=255,
        blank=True,
        help_text=_("Short text shown where this page is listed; the search description is used when empty."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = Page.promote_panels + [FieldPanel("listing_summary"), FieldPanel("social_image")]
    search_fields = Page.search_fields + [index.SearchField("listing_summary")]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    def get_view_restrictions(self):
        """Wagtail's answer, without asking the database when no restriction can apply (home.restrictions)."""
        from .restrictions import may_be_restricted

        if self.path and not may_be_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(BasePage):
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
        FieldPanel("featured_members"),
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

    def route(self, request, path_components):
        """Wagtail walks the tree one query (and one more for the specific page) per level: a member page four
        levels down took eight. The pages on the path, with their types, are one query by slug; they are used
        when no page on the way has routes of its own (``RoutablePageMixin``), whose views come before child
        pages. Otherwise, and for anything not found, Wagtail's walk decides."""
        if path_components:
            page = self.page_at(path_components)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def page_at(self, path_components):
        from wagtail.contrib.routable_page.models import RoutablePageMixin

        # Candidates by slug (an indexed column), then the chain rebuilt level by level as Wagtail would walk it.
        candidates = Page.objects.filter(
            slug__in=set(path_components),
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
            path__startswith=self.path,
        ).only("id", "path", "depth", "slug", "content_type")
        by_parent = {(page.path[: -Page.steplen], page.depth, page.slug): page for page in candidates}
        parent, chain = self, []
        for level, slug in enumerate(path_components, start=1):
            page = by_parent.get((parent.path, self.depth + level, slug))
            if page is None:
                return None
            chain.append(page)
            parent = page
        if any(issubclass(page.specific_class or Page, RoutablePageMixin) for page in chain[:-1]):
            return None
        return chain[-1].specific

    @property
    def localized(self):
        """The live home page of the active language (``live_homes``), else this one: Wagtail's answer without
        its queries (the active locale, the translation) on every request."""
        try:
            code = get_supported_content_language_variant(get_language())
        except LookupError:
            return super().localized
        return live_homes().get(code, self)

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


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The short text in the footer, one per language."""

    body = RichTextField(_("body"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(locale)s)") % {"locale": self.locale.language_code})


@register_setting(icon="site")
class SocialLinks(BaseGenericSetting):
    """The cluster's own accounts, the same in every language."""

    linkedin = models.URLField(_("LinkedIn"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)

    class Meta:
        verbose_name = _("social links")

    def links(self):
        names = [("linkedin", "LinkedIn"), ("instagram", "Instagram"), ("facebook", "Facebook"), ("youtube", "YouTube")]
        return [(label, getattr(self, field)) for field, label in names if getattr(self, field)]


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """The legal pages every page links to and the image shared when a page has none."""

    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page shared on social networks has no image of its own (1200×630 works best)."),
    )

    panels = [FieldPanel("legal_page"), FieldPanel("privacy_page"), FieldPanel("default_social_image")]

    class Meta:
        verbose_name = _("site settings")


def live_homes():
    """{language code: live home page}, kept with the page cache's fragments."""
    from .page_cache import remember

    def find():
        # No ORDER BY: SQLite would otherwise walk every page by path to avoid a sort of three rows.
        return {h.locale.language_code: h for h in HomePage.objects.live().select_related("locale").order_by()}

    return remember("homes", [], find)
