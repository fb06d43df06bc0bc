"""What every page shares (``BasePage``), the settings and snippets every page shows (footer, social links,
legal pages), and the routing every page is found by. No model here knows a section above it."""

from django.db import models
from django.db.models.signals import post_migrate
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from . import absolute
from .invalidation import renews_page_cache
from .performance import private
from .performance.restrictions import may_be_restricted


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

    # The GET parameters that the language switcher carries to this page's translations (a search and its
    # filters, whose values mean the same in every language). None by default: a parameter not named here
    # never reaches a link, so one visitor's query string cannot end up in a page another visitor is served.
    kept_on_language_switch = ()

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    def get_url_parts(self, request=None):
        """Wagtail's, rooted at BASE_URL rather than the Site record's hostname (core.absolute): ``full_url``,
        ``get_full_url`` and the API's ``html_url`` give the address the site is served at."""
        return absolute.with_base_url(super().get_url_parts(request=request))

    def get_view_restrictions(self):
        """Wagtail's answer, without asking the database when no restriction can apply (core.performance.restrictions)."""
        if self.path and not may_be_restricted(self):
            return private.evaluated_empty(PageViewRestriction.objects.none())
        return super().get_view_restrictions()


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The short text in the footer, one per language."""

    body = RichTextField(_("body"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        db_table = "home_footertext"  # made by the home app, before core existed
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
        db_table = "home_sociallinks"  # made by the home app, before core existed
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
        db_table = "home_sitesettings"  # made by the home app, before core existed
        verbose_name = _("site settings")


class LocalizedLabelMixin(models.Model):
    """A language-independent thing with its name in each site language.

    Facets count these by id, which is the same in every locale, so a member
    in French and its English translation count once each in their locale.
    """

    label_fr = models.CharField(_("label (French)"), max_length=120)
    label_en = models.CharField(_("label (English)"), max_length=120)
    label_de = models.CharField(_("label (German)"), max_length=120)

    class Meta:
        abstract = True

    @property
    def label(self):
        lang = (get_language() or "fr")[:2]
        return getattr(self, f"label_{lang}", None) or self.label_fr

    def __str__(self):
        return self.label


renews_page_cache(LocalizedLabelMixin)  # vocabularies: their labels are shown on pages


def privacy_page(request):
    """The privacy notice in the visitor's language, if the site settings name one."""
    page = SiteSettings.load(request_or_site=request).privacy_page
    if page is None:
        return None
    return page.get_translations(inclusive=True).live().filter(locale__language_code=get_language()[:2]).first() or page


# After every migrate (each deployment runs it), the default Site's address follows BASE_URL (core.absolute).
post_migrate.connect(absolute.sync_site, dispatch_uid="core_sync_site_with_base_url")
