from typing import NamedTuple

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
            none = PageViewRestriction.objects.none()
            none._result_cache = []  # read as evaluated: iterating it (on every page served) compiles no query
            return none
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
        levels down took eight. Here the pages that have children are kept with the page cache's fragments
        (``route_skeleton``), so the way down is walked in memory and the page itself is one query of its own
        type (``page_at``). That is used when no page on the way has routes of its own (``RoutablePageMixin``),
        whose views come before child pages. Otherwise, and for anything not found, Wagtail's walk decides."""
        if path_components:
            page = self.page_at(path_components)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def page_at(self, path_components):
        """The specific page at ``path_components`` below this one, or None when Wagtail's walk must decide."""
        from wagtail.contrib.routable_page.models import RoutablePageMixin

        skeleton = route_skeleton()
        parent_path, parent_class = self.path, type(self)
        for slug in path_components[:-1]:
            node = skeleton.get((parent_path, slug))
            if node is None:
                return None
            parent_path, parent_class = node.path, node.page_class
            if parent_class is None or issubclass(parent_class, RoutablePageMixin):
                return None
        depth, slug = len(parent_path) // Page.steplen + 1, path_components[-1]
        node = skeleton.get((parent_path, slug))
        if node is not None and node.page_class is not None:
            # A page with children: its type is known, one query by id.
            return node.page_class.objects.filter(pk=node.pk).first()
        allowed = parent_class.allowed_subpage_models() if parent_class else []
        at = {"path__startswith": parent_path, "depth": depth, "slug": slug}
        if len(allowed) != 1:
            page = Page.objects.filter(**at).first()
            return page.specific if page is not None else None
        # The only type the parent may hold: one query. A page of another type (made before a rule changed) is
        # not found here and left to Wagtail's walk.
        (model,) = allowed
        if hasattr(model, "route_at"):  # a type that loads more with it (a member page: its language versions)
            return model.route_at(at)
        return model.objects.filter(**at).first()

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


class RouteNode(NamedTuple):
    pk: int
    path: str
    page_class: type | None  # None: a type no longer installed


def route_skeleton():
    """{(parent's tree path, slug): RouteNode} of every page that has children (a few hundred at most, however
    many members), kept with the page cache's fragments: any page saved, moved or deleted renews them."""
    from django.contrib.contenttypes.models import ContentType

    from .page_cache import remember

    def build():
        nodes = Page.objects.filter(numchild__gt=0).order_by().values_list("pk", "path", "slug", "content_type_id")
        return {
            (path[: -Page.steplen], slug): RouteNode(pk, path, ContentType.objects.get_for_id(type_id).model_class())
            for pk, path, slug, type_id in nodes
        }

    return remember("route-skeleton", [], build)


def live_homes():
    """{language code: live home page}, kept with the page cache's fragments."""
    from .page_cache import remember

    def find():
        # No ORDER BY: SQLite would otherwise walk every page by path to avoid a sort of three rows.
        return {h.locale.language_code: h for h in HomePage.objects.live().select_related("locale").order_by()}

    return remember("homes", [], find)
