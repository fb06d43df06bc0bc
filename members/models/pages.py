"""The directory: DirectoryPage → BranchPage → MemberPage with its portfolio."""

import functools
import logging
import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import StringTranslation

from core.absolute import absolute_url
from core.models import BasePage
from core.performance.page_cache import remember
from core.performance.prepared import EXACT, STARTSWITH, PreparedQuery
from taxonomy.models import Branch, Skill, SpokenLanguage

from .. import stats
from ..forms import ContactForm
from ..hooks import BRANCH_COUNTS, DIRECTORY_CONTEXT, member_page_context, render_member_page_sections, the_one
from ..similar import similar_members
from ..text_language import TextLanguages, mark_taglines, untranslated_page
from .choices import Canton, Country, Kind, MediaType, MembershipStatus, TeamSize
from .space import MonthlyStat

logger = logging.getLogger(__name__)
CARD_LOGO = "fill-96x96"
CARD_LOGO_RENDITIONS = [f"{CARD_LOGO}|format-webp", f"{CARD_LOGO}|format-png"]
# The picture of a listing card (the member's cover, else its first portfolio image): 16:10, at 1x and 2x.
CARD_PICTURE = "fill-{480x300,960x600}"
CARD_PICTURE_RENDITIONS = Filter.expand_spec([CARD_PICTURE, "format-webp"])
# A portfolio item's own address below its member page: /fr/membres/design/studio/realisations/12/.
WORK_SEGMENTS = {"fr": "realisations", "en": "works", "de": "arbeiten"}
WORK_ID = re.compile(r"^[0-9]{1,12}$")


def work_segment(language):
    return WORK_SEGMENTS.get(language, WORK_SEGMENTS["en"])


def with_pictures(members):
    """Set ``member.logo`` and ``member.card_picture`` (the cover, else the first portfolio image, as ``picture``
    gives it: {} without either) on listed member pages from ``MemberPageQuerySet.picture_cards``, with the renditions a card shows:
    two queries whatever the number of members. Returns the members as a list."""
    members = list(members)
    _first_images(members)
    wanted = {member.logo_id for member in members} | {member.card_image_id for member in members}
    wanted.discard(None)
    images = (
        get_image_model().objects.prefetch_renditions(*CARD_LOGO_RENDITIONS, *CARD_PICTURE_RENDITIONS).in_bulk(wanted)
        if wanted
        else {}
    )
    for member in members:
        if member.logo_id:
            member.logo = images.get(member.logo_id)
        member.card_picture = picture(images.get(member.card_image_id))
    return members


def _first_images(members):
    """Set ``card_image_id`` (the cover, else the first portfolio image) on members read without it: one query."""
    missing = [member for member in members if not hasattr(member, "card_image_id")]
    firsts = {}
    if missing:
        rows = (
            PortfolioItem.objects.filter(page_id__in=[member.pk for member in missing], image__isnull=False)
            .order_by("page_id", "sort_order", "pk")
            .values_list("page_id", "image_id")
        )
        for page_id, image_id in rows:
            firsts.setdefault(page_id, image_id)
    for member in missing:
        member.card_image_id = member.cover_image_id or firsts.get(member.pk)


def picture(image, specs=None):
    """{"src", "srcset", "width", "height"} of ``image`` at the card sizes (``CARD_PICTURE_RENDITIONS``, prefetched
    or made), or {} when it has none or its file cannot be read."""
    if image is None:
        return {}
    specs = specs or CARD_PICTURE_RENDITIONS
    try:
        renditions = image.get_renditions(*specs)
    except Exception:  # a missing or unreadable file must not break a listing
        logger.warning("No rendition of image %s", image.pk, exc_info=True)
        return {}
    small, *larger = (renditions[spec] for spec in specs)
    widths = {}  # a small original gives the same width twice: each width once (a srcset may not repeat one)
    for rendition in (small, *larger):
        widths.setdefault(rendition.width, rendition.url)
    return {
        "src": small.url,
        "srcset": ", ".join(f"{url} {width}w" for width, url in widths.items()),
        "width": small.width,
        "height": small.height,
    }


def showcase_works(locale_id, limit=8, first_keys=()):
    """Recent works for a showcase: the first picture of each of the latest members of a language (the members
    whose translation keys are ``first_keys``, a list or a subquery, first), each as a dict a work tile shows; two
    queries (the items with their members and images, then the renditions)."""
    members = MemberPage.objects.live().public().filter(locale_id=locale_id).order_by().values("pk")
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_PICTURE_RENDITIONS)
    items = (
        PortfolioItem.objects.filter(page_id__in=members, image__isnull=False)
        .select_related("page", "page__locale", "image")
        .prefetch_related(Prefetch("image__renditions", queryset=renditions))
        .annotate(
            chosen=models.Case(
                models.When(page__translation_key__in=first_keys, then=0),
                default=1,
                output_field=models.IntegerField(),
            )
        )
        .order_by("chosen", "-page__first_published_at", "-page_id", "sort_order", "pk")
    )
    works, seen = [], set()
    for item in items[: limit * 6]:
        if item.page_id in seen:
            continue
        seen.add(item.page_id)
        work = work_tile(item, item.page)
        if work["picture"]:
            works.append(work)
        if len(works) == limit:
            break
    return works


def directory_url(member_url):
    """The address of the directory a member page at ``member_url`` is listed in: a member page sits under a
    branch page, under the directory (``parent_page_types``)."""
    return member_url.rstrip("/").rsplit("/", 2)[0] + "/"


def work_tile(item, member, url=None):
    """What a work tile shows of a portfolio item: its title, member, year, picture and address."""
    base = url if url is not None else member.get_url()
    return {
        "id": item.pk,
        "title": item.title,
        "member": member.title,
        "member_url": base or "",
        "year": item.year,
        "media_type": item.media_type,
        "alt": item.alt_text,
        "url": f"{base}{work_segment(member.locale.language_code)}/{item.pk}/" if base else "",
        "picture": picture(item.image) if item.image_id else {},
    }


class DirectoryPage(BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.BranchPage"]
    max_count_per_parent = 1
    # A search switched to another language stays the same search: the text and the facets (codes, the same in
    # every language) and the order, but not the page number (the number of pages may differ).
    kept_on_language_switch = (
        "q",
        "branch",
        "kind",
        "canton",
        "language",
        "skill",
        "available",
        "collab",
        "media",
        "year",
        "view",
        "sort",
    )

    class Meta:
        verbose_name = _("directory page")

    def branch_pages(self, counts=None):
        """The branch pages below this directory, each with its number of members (primary or secondary).

        The counts come from the directory search (the branch facet of an empty query), so they
        are the numbers a visitor gets by ticking the branch, and cost no COUNT over the members.
        """
        pages = list(self.get_children().live().type(BranchPage).specific())
        if counts is None:
            counts = the_one(BRANCH_COUNTS)(self.locale.language_code)
        codes = dict(Branch.objects.values_list("pk", "code"))
        for page in pages:
            page.member_count = counts.get(codes.get(page.branch_id), 0)
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(the_one(DIRECTORY_CONTEXT)(request, self))
        if not context["query"].text and not context["any_filter"] and not context.get("works_view"):
            # The unfiltered results already carry every branch's count.
            counts = {value.value: value.count for value in context["result"].facet("branch").values}
            context["branch_pages"] = self.branch_pages(counts)
        return context

    def get_template(self, request, *args, **kwargs):
        # The directory script asks for the results alone when a visitor ticks a facet.
        if request.headers.get("X-Directory-Partial"):
            return "members/includes/directory_live.html"
        return super().get_template(request, *args, **kwargs)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_vary_headers(response, ["X-Directory-Partial"])
        return response


class BranchPage(BasePage):
    branch = models.ForeignKey(Branch, verbose_name=_("branch"), on_delete=models.PROTECT, related_name="pages")
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("branch"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["members.DirectoryPage"]
    subpage_types = ["members.MemberPage"]

    override_translatable_fields = [SynchronizedField("branch")]

    class Meta:
        verbose_name = _("branch page")

    def members(self):
        return (
            MemberPage.objects.picture_cards()
            .filter(locale_id=self.locale_id, branches=self.branch_id)
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.members(), settings.MEMBERS_PER_PAGE)
        # get_page turns a malformed or out-of-range number into a valid page.
        context["members_page"] = members_page = paginator.get_page(request.GET.get("page"))
        members_page.object_list = mark_taglines(with_pictures(members_page.object_list))
        return context


class MemberPageQuerySet(PageQuerySet):
    def picture_cards(self):
        """Live public members with the id of their card picture (``card_image_id``: the cover, else the first
        portfolio image); ``with_pictures`` loads the pictures and logos of a page of them in two queries."""
        first_image = (
            PortfolioItem.objects.filter(page_id=OuterRef("pk"), image__isnull=False)
            .order_by("sort_order", "pk")
            .values("image_id")[:1]
        )
        return (
            self.live()
            .public()
            .select_related("locale")
            .annotate(
                card_image_id=Coalesce("cover_image_id", Subquery(first_image), output_field=models.IntegerField())
            )
        )

    def cards(self):
        """Live public members with what a listing card shows, in a fixed number of queries."""
        image_model = get_image_model()
        return (
            self.live()
            .public()
            .select_related("locale")
            .prefetch_related(
                Prefetch(
                    "logo",
                    queryset=image_model.objects.prefetch_renditions(*CARD_LOGO_RENDITIONS),
                ),
            )
        )

    def featured_for(self, home, limit):
        """The home page's curated members in the home page's language, else recent ones with a logo."""
        # Curated on any language version of the home page, shown in this one.
        through = type(home).featured_members.through
        keys = list(
            through.objects.filter(homepage__translation_key=home.translation_key).values_list(
                "memberpage__translation_key", flat=True
            )
        )
        members = self.picture_cards().filter(locale_id=home.locale_id)
        if keys:
            return with_pictures(members.filter(translation_key__in=keys)[:limit])
        return with_pictures(members.filter(logo__isnull=False).order_by("-first_published_at", "-pk")[:limit])


class MemberTag(TaggedItemBase):
    content_object = ParentalKey("members.MemberPage", on_delete=models.CASCADE, related_name="tagged_items")


# The renditions member_page.html shows ({% picture %} of the cover, the logo and portfolio images), loaded with
# the images. One the template asks for and this list lacks is still found (one query more per image).
PAGE_RENDITIONS = [
    *Filter.expand_spec(["format-{webp,jpeg}", "fill-{640x240,1280x400,1920x600}"]),
    *Filter.expand_spec(["fill-160x160", "format-{webp,png}"]),
    *Filter.expand_spec(["format-{webp,jpeg}", "width-{400,800,1200}"]),
]


class MemberPage(BasePage):
    """A creative business, freelancer or institution and its portfolio."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMPANY)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    bio = RichTextField(_("presentation"), features=["bold", "italic", "link", "ul", "ol"], blank=True)
    branches = ParentalManyToManyField(
        Branch,
        verbose_name=_("branches"),
        related_name="members",
        blank=True,
        help_text=_("The branch this page sits under is always included; add the member's other branches."),
    )
    skills = ParentalManyToManyField(Skill, verbose_name=_("skills and services"), related_name="members", blank=True)
    tags = ClusterTaggableManager(through=MemberTag, verbose_name=_("other keywords"), blank=True)
    languages = ParentalManyToManyField(
        SpokenLanguage, verbose_name=_("languages spoken"), related_name="members", blank=True
    )
    canton = models.CharField(_("canton"), max_length=30, choices=Canton.choices, blank=True)
    commune = models.CharField(_("commune or town"), max_length=80, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.LUXEMBOURG)
    year_founded = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    team_size = models.CharField(_("team size"), max_length=6, choices=TeamSize.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Never shown on the site: visitors write through the contact form."),
    )
    available_for_hire = models.BooleanField(_("available for hire"), default=False)
    open_to_collaboration = models.BooleanField(_("open to collaboration"), default=False)
    looking_for_clients = models.BooleanField(_("looking for clients"), default=False)
    looking_for_partners = models.BooleanField(_("looking for partners"), default=False)
    looking_for_talent = models.BooleanField(_("looking for talent"), default=False)
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("owners"), related_name="member_pages", blank=True
    )
    membership_status = models.CharField(
        _("membership status"), max_length=12, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    # Set when this version is published with machine-translated texts nobody reviewed, cleared by a review
    # (members.translations): visitors and the API see the mark without a query.
    machine_translated = models.BooleanField(_("machine-translated, not reviewed"), default=False, editable=False)

    objects = PageManager.from_queryset(MemberPageQuerySet)()

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("tagline"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("logo"), FieldPanel("cover_image")])],
            heading=_("Images"),
        ),
        MultiFieldPanel(
            [FieldPanel("branches"), FieldPanel("skills"), FieldPanel("tags"), FieldPanel("languages")],
            heading=_("Branches and skills"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("canton"), FieldPanel("commune"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("year_founded"), FieldPanel("team_size")]),
            ],
            heading=_("Location and company"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("available_for_hire"),
                FieldPanel("open_to_collaboration"),
                FieldPanel("looking_for_clients"),
                FieldPanel("looking_for_partners"),
                FieldPanel("looking_for_talent"),
            ],
            heading=_("Availability"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), InlinePanel("social_links", label=_("Social links")), FieldPanel("contact_email")],
            heading=_("Links and contact"),
        ),
        InlinePanel("portfolio_items", label=_("Portfolio")),
    ]
    settings_panels = BasePage.settings_panels + [FieldPanel("membership_status"), FieldPanel("owners")]

    search_fields = BasePage.search_fields + [
        index.SearchField("tagline"),
        index.SearchField("bio"),
        index.AutocompleteField("title"),
        index.RelatedFields(
            "skills", [index.SearchField("label_fr"), index.SearchField("label_en"), index.SearchField("label_de")]
        ),
        index.RelatedFields(
            "portfolio_items", [index.SearchField("title"), index.SearchField("caption"), index.SearchField("credits")]
        ),
        index.FilterField("kind"),
        index.FilterField("canton"),
        index.FilterField("available_for_hire"),
        index.FilterField("open_to_collaboration"),
    ]

    # Prose is translated; the facts the directory filters on are the same in every language.
    override_translatable_fields = [
        TranslatableField("tagline"),
        TranslatableField("bio"),
        TranslatableField("portfolio_items"),
        SynchronizedField("kind"),
        SynchronizedField("logo"),
        SynchronizedField("cover_image"),
        SynchronizedField("branches"),
        SynchronizedField("skills"),
        SynchronizedField("languages"),
        SynchronizedField("canton"),
        SynchronizedField("commune"),
        SynchronizedField("country"),
        SynchronizedField("year_founded"),
        SynchronizedField("team_size"),
        SynchronizedField("website"),
        SynchronizedField("available_for_hire"),
        SynchronizedField("open_to_collaboration"),
    ]

    parent_page_types = ["members.BranchPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("member page")

    def unreviewed_machine_texts(self):
        """This version's machine-translated texts (wagtail-localize's) that nobody has reviewed yet."""
        return StringTranslation.objects.filter(
            locale_id=self.locale_id,
            context__object_id=self.translation_key,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        )

    def serializable_data(self):
        """With ``machine_items``, when set: the keys of the portfolio items whose texts in this version are a
        member's machine draft sent unread (My space). Kept in the revisions, not in a column: publishing marks
        their texts as machine translations (members.moderation)."""
        data = super().serializable_data()
        if hasattr(self, "machine_items"):
            data["machine_items"] = sorted(self.machine_items)
        return data

    def has_unreviewed_machine_texts(self):
        """Whether this version has machine-translated texts nobody reviewed (``machine_translated`` keeps it
        for the published page)."""
        return bool(self.pk) and MemberPage.unreviewed_machine_texts(self).exists()

    @property
    def primary_branch_page(self):
        return self.get_parent().specific

    def ensure_primary_branch(self):
        """Add the branch this page sits under to ``branches`` (so facets count it); True if it was missing."""
        parent = self.get_parent()
        branch = getattr(parent.specific, "branch", None) if parent else None
        if branch is None or branch.pk in {b.pk for b in self.branches.all()}:
            return False
        self.branches.add(branch)
        return True

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if self.ensure_primary_branch():
            self.branches.commit()
        return result

    def location_label(self):
        """The commune and the canton (the country outside Luxembourg); a canton named like its commune
        (Clervaux, Clervaux) once."""
        region = self.get_country_display() if self.country != Country.LUXEMBOURG else self.get_canton_display()
        parts = [self.commune]
        if region and str(region).casefold() != (self.commune or "").strip().casefold():
            parts.append(region)
        return ", ".join(filter(None, parts))

    def description_fallback(self):
        """The page's description when its tagline and presentation are in another language or empty
        (``core.descriptions``): who the member is, in the page's language."""
        facts = [
            str(self.get_kind_display()),
            ", ".join(branch.label for branch in self.relations()["member_branches"]),
            self.location_label(),
        ]
        return _("%(name)s (%(facts)s), member of the Creative Industries Cluster.") % {
            "name": self.title,
            "facts": " · ".join(fact for fact in facts if fact),
        }

    def looking_for(self):
        wanted = [
            (self.looking_for_clients, _("clients")),
            (self.looking_for_partners, _("partners")),
            (self.looking_for_talent, _("talent")),
        ]
        return [label for flag, label in wanted if flag]

    def media(self, request=None, renditions=()):
        """(portfolio items, {image id: image}): the items with their documents, and their images, the logo and
        the cover with their renditions (those of the filter specs ``renditions``, or all), in three queries;
        kept on the page for the rest of the request."""
        if "_media" in self.__dict__:
            return self.__dict__["_media"]

        def with_renditions(ids):
            return get_image_model().objects.prefetch_renditions(*renditions).in_bulk(ids - {None})

        header = {self.logo_id, self.cover_image_id}
        if getattr(request, "is_preview", False) or not self.pk:
            items, loaded = list(self.portfolio_items.all()), with_renditions(header)
        else:
            items = _portfolio(page=self.pk)
            if tuple(renditions) == tuple(PAGE_RENDITIONS):
                loaded = self._own_images()  # the page's own: the same queries, compiled once
            else:
                loaded = with_renditions(header | {item.image_id for item in items})
        for item in items:
            if item.image_id in loaded:
                item.image = loaded[item.image_id]
        self.__dict__["_media"] = items, loaded
        return items, loaded

    def _own_images(self):
        """{image id: image} of the portfolio, the logo and the cover, each with the renditions the page shows
        (``PAGE_RENDITIONS``) as Wagtail's prefetched renditions: two prepared queries."""
        owner = {"page": self.pk, "logo": self.logo_id or 0, "cover": self.cover_image_id or 0}
        loaded = {image.pk: image for image in _page_images(**owner)}
        for image in loaded.values():
            image.prefetched_renditions = []
        for rendition in _page_renditions(**owner):
            image = loaded.get(rendition.image_id)
            if image is not None:
                rendition.image = image
                image.prefetched_renditions.append(rendition)
        return loaded

    @cached_property
    def all_language_versions(self):
        """Every version of this member (live or not) with its locale, read once: for the untranslated texts and
        for the language switcher."""
        if not self.pk:
            return [self]
        return list(MemberPage.objects.filter(translation_key=self.translation_key).select_related("locale"))

    @classmethod
    def route_at(cls, lookup):
        """The member page at ``lookup`` with its language versions (``all_language_versions``), in one query."""
        parent_path = lookup["path__startswith"]
        versions = _member_with_versions(parent=parent_path, depth=lookup["depth"], slug=lookup["slug"])
        for version in versions:
            if (
                version.slug == lookup["slug"]
                and version.depth == lookup["depth"]
                and version.path.startswith(parent_path)
            ):
                version.__dict__["all_language_versions"] = versions
                return version
        return None

    def relations(self, request=None):
        """{"member_branches", "member_skills", "member_languages", "member_tags", "social_links"}: as the page
        holds them in a preview (or prefetched with a listing), else in one query; kept on the page."""
        if "_relations_kept" not in self.__dict__:
            prefetched = getattr(self, "_prefetched_objects_cache", {})
            in_memory = getattr(request, "is_preview", False) or not self.pk or "branches" in prefetched
            self.__dict__["_relations_kept"] = self._relations_in_memory() if in_memory else self._relations()
        return self.__dict__["_relations_kept"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        portfolio, images = self.media(request, PAGE_RENDITIONS)
        base = self.get_url(request=request) if self.pk and not getattr(request, "is_preview", False) else None
        for item in portfolio:  # each item's own address (a draft's new items have none yet)
            item.work_url = f"{base}{self.work_segment}/{item.pk}/" if base and item.pk else ""
        if getattr(request, "is_preview", False):
            text_languages = TextLanguages()
            for item in portfolio:
                item.text_languages = TextLanguages()
        else:
            text_languages = untranslated_page(self, portfolio, self.all_language_versions)
        context.update(
            logo=images.get(self.logo_id),
            cover=images.get(self.cover_image_id),
            portfolio=portfolio,
            # Passages shown in the language they were written in, not the page's (lang="…").
            text_languages=text_languages,
            **self.relations(request),
        )
        context.update(member_page_context(self))
        # What other apps show of the member (its open offers and calls, its events): kept with the fragments for
        # the day (offers expire at midnight) and renewed by any publish, like the pages.
        if getattr(request, "is_preview", False) or not self.pk:
            context["member_sections"] = render_member_page_sections(self, request)
        else:
            context["member_sections"] = remember(
                "member-sections",
                [self.pk, timezone.localdate().isoformat()],
                lambda: render_member_page_sections(self, request),
            )
        context["machine_translated"] = self.machine_translated
        # Kept with the page cache's fragments (renewed by any publish, like the pages): a member page rendered
        # afresh does not rank the other members again.
        context["similar_members"] = remember(
            "similar-members",
            [self.pk],
            lambda: [
                {
                    "title": similar.page.title,
                    "url": similar.page.url,
                    "tagline": similar.page.tagline,
                    "kind": str(similar.page.get_kind_display()),
                    "shared": similar.shared,
                }
                for similar in similar_members(self, context["member_branches"], context["member_skills"])
            ],
        )
        # The blank form is the same on every member page of a language: rendered once, kept with the fragments.
        context["contact_form"] = remember("contact-form", [get_language()], lambda: ContactForm().render())
        return context

    def _relations_in_memory(self):
        """Branches, skills, languages, keywords and links as the page holds them (a preview's revision, or a
        listing's prefetched relations)."""
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            tags = [item.tag for item in self.tagged_items.all()]
        else:
            tags = list(self.tags.all())
        return {
            "member_branches": list(self.branches.all()),
            "member_skills": list(self.skills.all()),
            "member_languages": list(self.languages.all()),
            "member_tags": tags,
            "social_links": list(self.social_links.all()),
        }

    def _relations(self):
        """What ``_relations_in_memory`` gives, for a saved page in one query (``_relations_sql``): the ids of
        its branches, skills and languages (the vocabularies themselves are kept with the page cache's
        fragments), its keywords and its links."""
        vocabularies = remember(
            "member-vocabularies",
            [],
            lambda: [list(Branch.objects.all()), list(Skill.objects.all()), list(SpokenLanguage.objects.all())],
        )
        sql, count = _relations_sql()
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.pk] * count)
            rows = cursor.fetchall()
        chosen, tags, links = [set(), set(), set()], [], []
        for kind, pk, text, url, order in rows:
            if kind < len(chosen):
                chosen[kind].add(pk)
            elif kind == TAG_ROWS:
                tags.append(Tag(pk=pk, name=text))
            else:
                links.append(SocialLink(pk=pk, page_id=self.pk, platform=text, url=url, sort_order=order))
        branches, skills, languages = (
            [entry for entry in vocabulary if entry.pk in ids]
            for vocabulary, ids in zip(vocabularies, chosen, strict=True)
        )
        return {
            "member_branches": branches,
            "member_skills": skills,
            "member_languages": languages,
            "member_tags": tags,
            "social_links": links,
        }

    @property
    def work_segment(self):
        return work_segment(self.locale.language_code)

    def work_url(self, item, request=None):
        """The address of one of this member's portfolio items (``None`` when the page has none)."""
        url = self.get_url(request=request)
        return f"{url}{self.work_segment}/{item.pk}/" if url else None

    def route(self, request, path_components):
        """``<member>/<works segment>/<item id>/``: one portfolio item's own page (see ``serve_work``)."""
        if len(path_components) == 2 and path_components[0] in WORK_SEGMENTS.values():
            segment, key = path_components
            if not self.live or segment != self.work_segment or not WORK_ID.match(key):
                raise Http404
            return RouteResult(self, kwargs={"work": int(key)})
        return super().route(request, path_components)

    def work_language_urls(self, item, request=None):
        """{language code: the address of ``item`` in that language} for its member's live versions (one query)."""
        versions = {version.pk: version for version in self.all_language_versions if version.live}
        found = PortfolioItem.objects.filter(translation_key=item.translation_key, page_id__in=list(versions))
        urls = {}
        for page_id, pk in found.values_list("page_id", "pk"):
            version = versions[page_id]
            url = version.get_url(request=request)
            if url:
                urls[version.locale.language_code] = f"{url}{version.work_segment}/{pk}/"
        return urls

    def serve_work(self, request, pk):
        """One portfolio item shown large, with its texts, its member and the items before and after it."""
        portfolio, _images = self.media(request, PAGE_RENDITIONS)
        position = next((n for n, item in enumerate(portfolio) if item.pk == pk), None)
        if position is None:
            raise Http404
        item = portfolio[position]
        text_languages = untranslated_page(self, portfolio, self.all_language_versions)
        context = BasePage.get_context(self, request)
        previous = portfolio[position - 1] if position else None
        following = portfolio[position + 1] if position + 1 < len(portfolio) else None
        title = _("%(work)s, by %(member)s") % {"work": item.title, "member": self.title}
        meta = {"title": title, "type": "article"}
        if item.caption:
            meta["description"] = item.caption[:300]
        if item.image:
            rendition = item.image.get_rendition("fill-1200x630|format-jpeg")
            meta.update(
                image=absolute_url(rendition.url),
                image_width=rendition.width,
                image_height=rendition.height,
                image_alt=item.alt_text,
            )
        context.update(
            item=item,
            text_languages=text_languages,
            position=position + 1,
            count=len(portfolio),
            previous_item=previous,
            previous_url=self.work_url(previous, request) if previous else "",
            next_item=following,
            next_url=self.work_url(following, request) if following else "",
            meta_title=title,
            meta_overrides=meta,
            language_urls=self.work_language_urls(item, request),
        )
        return TemplateResponse(request, "members/work_page.html", context)

    def serve(self, request, *args, **kwargs):
        if "work" in kwargs:
            return self.serve_work(request, kwargs["work"])
        response = super().serve(request, *args, **kwargs)
        if response.status_code == 200 and stats.counts_as_view(request, self):
            MonthlyStat.count_view(self.translation_key)
        # Served again from the anonymous page cache, the page still counts its views.
        response.page_cache_on_hit = (stats.CACHED_VIEW, str(self.translation_key))
        return response


# Routing to a member page: the page at a place in the tree and its other language versions, with their locales.
_member_with_versions = PreparedQuery(
    lambda parent, depth, slug: (
        MemberPage.objects.filter(
            translation_key__in=MemberPage.objects.filter(path__startswith=parent, depth=depth, slug=slug)
            .order_by()
            .values("translation_key")
        )
        .select_related("locale")
        .order_by()
    ),
    parent=(STARTSWITH, str),
    depth=(EXACT, int),
    slug=(EXACT, str),
)

# A member page's portfolio items with their documents (their images come with the logo's and the cover's).
_portfolio = PreparedQuery(
    lambda page: PortfolioItem.objects.filter(page_id=page).select_related("document").order_by("sort_order", "pk"),
    page=(EXACT, int),
)


def _shown_images(page, logo, cover, field="pk"):
    """Q: the images of a member page's portfolio items, its logo and its cover (0 when it has none)."""
    in_portfolio = PortfolioItem.objects.filter(page_id=page).order_by().values("image_id")
    return models.Q(**{f"{field}__in": in_portfolio}) | models.Q(**{field: logo}) | models.Q(**{field: cover})


_OWNER = {"page": (EXACT, int), "logo": (EXACT, int), "cover": (EXACT, int)}
_page_images = PreparedQuery(
    lambda page, logo, cover: get_image_model().objects.filter(_shown_images(page, logo, cover)).order_by(), **_OWNER
)
# Only the renditions member_page.html shows (an image has many more: cards, social networks, the admin).
_page_renditions = PreparedQuery(
    lambda page, logo, cover: (
        get_image_model()
        .get_rendition_model()
        .objects.filter(_shown_images(page, logo, cover, "image_id"), filter_spec__in=PAGE_RENDITIONS)
        .order_by()
    ),
    fixed=PAGE_RENDITIONS,
    **_OWNER,
)


class SocialLink(Orderable):
    class Platform(models.TextChoices):
        LINKEDIN = "linkedin", "LinkedIn"
        INSTAGRAM = "instagram", "Instagram"
        FACEBOOK = "facebook", "Facebook"
        BEHANCE = "behance", "Behance"
        VIMEO = "vimeo", "Vimeo"
        YOUTUBE = "youtube", "YouTube"
        SOUNDCLOUD = "soundcloud", "SoundCloud"
        OTHER = "other", _("Other")

    page = ParentalKey(MemberPage, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    url = models.URLField(_("address"))

    panels = [FieldPanel("platform"), FieldPanel("url")]


TAG_ROWS = 3


@functools.cache
def _relations_sql():
    """(SQL, number of parameters) of ``MemberPage._relations``: rows (kind, id, text, address, order), kind 0-2
    for branch, skill and language ids, 3 for keywords, 4 for links. Names come from the models' metadata,
    the page id is a parameter."""
    quote = connection.ops.quote_name
    selects = []
    for kind, name in enumerate(("branches", "skills", "languages")):
        field = MemberPage._meta.get_field(name)
        selects.append(
            f"SELECT {kind}, {quote(field.m2m_reverse_name())}, CAST(NULL AS TEXT), CAST(NULL AS TEXT), 0"  # noqa: S608
            f" FROM {quote(field.m2m_db_table())} WHERE {quote(field.m2m_column_name())} = %s"
        )
    tagged, tag, link = MemberTag._meta, Tag._meta, SocialLink._meta
    column = {
        "tag_id": quote(tag.pk.column),
        "tag_name": quote(tag.get_field("name").column),
        "tagged_id": quote(tagged.pk.column),
        "tagged_tag": quote(tagged.get_field("tag").column),
        "tagged_page": quote(tagged.get_field("content_object").column),
        "link_id": quote(link.pk.column),
        "platform": quote(link.get_field("platform").column),
        "url": quote(link.get_field("url").column),
        "order": quote(link.get_field("sort_order").column),
        "link_page": quote(link.get_field("page").column),
    }
    selects.append(
        f"SELECT {TAG_ROWS}, t.{column['tag_id']}, t.{column['tag_name']}, CAST(NULL AS TEXT),"  # noqa: S608
        f" m.{column['tagged_id']} FROM {quote(tagged.db_table)} m JOIN {quote(tag.db_table)} t"
        f" ON t.{column['tag_id']} = m.{column['tagged_tag']} WHERE m.{column['tagged_page']} = %s"
    )
    selects.append(
        f"SELECT {TAG_ROWS + 1}, {column['link_id']}, {column['platform']}, {column['url']}, {column['order']}"  # noqa: S608
        f" FROM {quote(link.db_table)} WHERE {column['link_page']} = %s"
    )
    return " UNION ALL ".join(selects) + " ORDER BY 1, 5, 2", len(selects)


YOUTUBE_ID = re.compile(r"^[\w-]{6,20}$")


def video_embed_url(url):
    """A privacy-friendly embed address for a YouTube or Vimeo link, or None."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = None
    if host in ("youtube.com", "youtube-nocookie.com"):
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [None])[0]
        elif parts.path.startswith(("/embed/", "/shorts/")):
            video_id = parts.path.split("/")[2]
        if video_id and YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parts.path.strip("/")
        if YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "vimeo.com":
        video_id = parts.path.strip("/").split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return None


class PortfolioItem(TranslatableMixin, Orderable):
    page = ParentalKey(MemberPage, on_delete=models.CASCADE, related_name="portfolio_items")
    media_type = models.CharField(_("media type"), max_length=10, choices=MediaType.choices, default=MediaType.IMAGE)
    title = models.CharField(_("title"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    client = models.CharField(_("client"), max_length=200, blank=True)
    credits = models.CharField(_("credits"), max_length=400, blank=True)
    caption = models.TextField(_("caption"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The picture, or the poster of a video, audio or PDF item."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    video_url = models.URLField(_("video link"), blank=True, help_text=_("A YouTube or Vimeo address."))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio or PDF file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("media_type"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("client")]),
        FieldPanel("credits"),
        FieldPanel("caption"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("alt_text")]),
        FieldPanel("video_url"),
        FieldPanel("document"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("caption"),
        TranslatableField("credits"),
        TranslatableField("alt_text"),
        SynchronizedField("media_type"),
        SynchronizedField("year"),
        SynchronizedField("client"),
        SynchronizedField("image"),
        SynchronizedField("video_url"),
        SynchronizedField("document"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("portfolio item")
        verbose_name_plural = _("portfolio items")

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id and not self.alt_text.strip():
            errors["alt_text"] = _("Describe the image for people who cannot see it.")
        if self.media_type == MediaType.VIDEO and not video_embed_url(self.video_url):
            errors["video_url"] = _("Give a YouTube or Vimeo address.")
        if self.media_type in (MediaType.AUDIO, MediaType.PDF) and not self.document_id:
            errors["document"] = _("Choose the audio or PDF file.")
        if self.media_type == MediaType.IMAGE and not self.image_id:
            errors["image"] = _("Choose the image.")
        if errors:
            raise ValidationError(errors)

    @property
    def embed_url(self):
        return video_embed_url(self.video_url)
