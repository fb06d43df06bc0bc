from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import BodyBlock


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


class HomePage(BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    featured_members = ParentalManyToManyField(
        "members.MemberPage",
        verbose_name=_("featured members"),
        blank=True,
        related_name="+",
        help_text=_("Shown on the home page in every language; when empty, recent members with a logo are shown."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("featured_members")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

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

    def get_context(self, request, *args, **kwargs):
        from members.models import DirectoryPage, MemberPage

        context = super().get_context(request, *args, **kwargs)
        directory = DirectoryPage.objects.live().child_of(self).first()
        context["directory"] = directory
        context["branch_pages"] = directory.branch_pages() if directory else []
        context["featured"] = MemberPage.objects.featured_for(self, limit=6)
        return context


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
