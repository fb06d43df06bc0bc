"""News: an index with categories and tags, articles linked to members, feeds per language."""

from django import forms
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from core.blocks import BodyBlock
from core.models import BasePage, LocalizedLabelMixin
from members.choosers import MemberPicker
from members.models import MemberPage

from .feeds import NewsAtomFeed, NewsRssFeed
from .listing import NewsListing

# A <picture>: the WebP source and its JPEG fallback, both prefetched.
TEASER_IMAGE = ("fill-320x200|format-webp", "fill-320x200|format-jpeg")
LATEST_LIMIT = 3


@register_snippet
class NewsCategory(LocalizedLabelMixin):
    """A language-independent news category (cluster news, calls...): a fact, the same in every language."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Used in addresses (?category=…); letters, digits and hyphens. Do not change once in use."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("label_fr"), FieldPanel("label_en"), FieldPanel("label_de")]),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("label_fr"), index.SearchField("label_en"), index.SearchField("label_de")]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class NewsTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


def _locale_of(locale):
    if isinstance(locale, Locale):
        return locale
    return Locale.objects.get(language_code=locale)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The list of articles of one language, with filters and RSS/Atom feeds.

    ``RoutablePageMixin`` comes first so that its ``route`` answers the feed addresses.
    """

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def news(self):
        """Live public articles below this index, newest first, with what a teaser shows."""
        return NewsPage.objects.teasers().child_of(self)

    def listing(self, request):
        return NewsListing(request, self.news())

    def feed_urls(self):
        return {
            "rss": self.url + self.reverse_subpage("feed_rss"),
            "atom": self.url + self.reverse_subpage("feed_atom"),
        }

    @path("")
    def index_route(self, request):
        listing = self.listing(request)
        context = listing.context()
        return self.render(request, context_overrides=context)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return NewsAtomFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_urls()
        return context


class NewsPageQuerySet(PageQuerySet):
    def teasers(self):
        """Live public articles, newest first, with categories and teaser renditions in a fixed number of queries."""
        image_model = get_image_model()
        return (
            self.live()
            .public()
            .order_by("-date", "-pk")
            .prefetch_related(
                "categories",
                Prefetch("featured_image", queryset=image_model.objects.prefetch_renditions(*TEASER_IMAGE)),
            )
        )


class PerLanguageField(BaseTranslatableField):
    """Neither translated nor synchronised: each language keeps its own value (the tags)."""

    def __repr__(self):
        return f"<PerLanguageField {self.field_name}>"


class NewsPage(BasePage):
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown on the article and used to sort the news; the same in every language."),
        db_index=True,
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the article and in lists; landscape, at least 1200 pixels wide."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the featured image shows, for people who cannot see it. "
            "When empty, the image's own description is used."
        ),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown under the title and in lists and feeds."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    categories = ParentalManyToManyField(
        NewsCategory,
        verbose_name=_("categories"),
        related_name="news_pages",
        blank=True,
        help_text=_("The same in every language; visitors filter the news by category."),
    )
    tags = ClusterTaggableManager(
        through=NewsTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_("Free keywords in this article's language, separated by commas."),
    )
    related_members = ParentalManyToManyField(
        "members.MemberPage",
        verbose_name=_("members in this article"),
        related_name="news_pages",
        blank=True,
        help_text=_(
            "Members the article is about; each member's page lists it under “In the news”. "
            "Visitors see each member in their language when it is translated."
        ),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("featured_image"), FieldPanel("image_alt")], heading=_("Featured image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("related_members", widget=MemberPicker),
            ],
            heading=_("Categories, tags and members"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields(
            "categories",
            [index.SearchField("label_fr"), index.SearchField("label_en"), index.SearchField("label_de")],
        ),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("featured_image"),
        SynchronizedField("categories"),
        SynchronizedField("related_members"),
        # wagtail-localize would copy the tags (a child relation) from the source; they are per language.
        PerLanguageField("tagged_items"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    # --- interface for other apps ------------------------------------------------------------

    @classmethod
    def latest(cls, locale, limit=LATEST_LIMIT):
        """The newest live public articles of ``locale`` (a Locale or a language code), featured image prefetched."""
        image_model = get_image_model()
        return list(
            cls.objects.live()
            .public()
            .filter(locale=_locale_of(locale))
            .order_by("-date", "-pk")
            .select_related("locale")
            .prefetch_related(
                "categories",
                Prefetch("featured_image", queryset=image_model.objects.prefetch_renditions()),
            )[:limit]
        )

    # --- display -----------------------------------------------------------------------------

    @property
    def summary(self):
        return super().summary or self.intro

    @property
    def featured_image_alt(self):
        if self.image_alt:
            return self.image_alt
        return self.featured_image.default_alt_text if self.featured_image_id else ""

    @cached_property
    def index_page(self):
        return NewsIndexPage.objects.parent_of(self).first()

    def member_links(self):
        """The related members, each in this article's language when translated, else as chosen (one query)."""
        chosen = {member.pk: member.translation_key for member in self.related_members.all()}
        if not chosen:
            return []
        candidates = (
            MemberPage.objects.live()
            .public()
            .filter(translation_key__in=set(chosen.values()))
            .filter(Q(locale_id=self.locale_id) | Q(pk__in=chosen))
            .select_related("locale")
        )
        by_key = {}
        for member in candidates:
            current = by_key.get(member.translation_key)
            if current is None or member.locale_id == self.locale_id:
                by_key[member.translation_key] = member
        return sorted(by_key.values(), key=lambda m: m.title.casefold())

    def json_ld(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "publisher": {"@type": "Organization", "name": "Luxembourg Creative Industries Cluster"},
        }
        if self.summary:
            data["description"] = self.summary
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.index_page
        context.update(
            index_page=index_page,
            feeds=index_page.feed_urls() if index_page else None,
            article_categories=list(self.categories.all()),
            article_tags=list(self.tags.all()),
            members=self.member_links(),
            featured=(
                get_image_model().objects.prefetch_renditions().filter(pk=self.featured_image_id).first()
                if self.featured_image_id
                else None
            ),
            article_json_ld=self.json_ld(request),
        )
        return context
