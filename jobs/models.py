"""Job offers and collaboration requests (calls for tender), with expiry and filters.

An offer is open up to and including its expiry date (a request: its deadline),
in Luxembourg time. Whether it is open is computed in every query, so an offer
leaves the listings, the feed and the home page at midnight without any cron job;
its own page keeps answering and says that it has expired.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.models import BasePage
from members.models import MemberPage

from .choices import (
    CONTRACT_EMPLOYMENT_TYPES,
    WORKLOAD_EMPLOYMENT_TYPES,
    CollaborationKind,
    ContractType,
    Remote,
    Workload,
)
from .dates import LUXEMBOURG, end_of_day, today
from .feeds import JobFeed
from .listings import CollaborationListing, JobListing

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


# --- Who posts: a member of the cluster or a name typed by the editor -------------------------------------------


@dataclass
class Party:
    """The employer of an offer or the author of a request, as a visitor sees it."""

    name: str
    page: object = None  # the member's live page in the visitor's language, when there is one


def resolve_parties(pages, member_field, name_field):
    """Set ``party`` on each page in a fixed number of queries (one, none without members).

    The member foreign key is synchronised across languages, so it points at the
    member page in the language the offer was written in: link to that member's
    translation in the offer's own language.
    """
    pages = list(pages)
    members = [getattr(page, member_field) for page in pages if getattr(page, f"{member_field}_id")]
    translations = {}
    if members:
        keys = {member.translation_key for member in members}
        locale_ids = {page.locale_id for page in pages}
        for member in MemberPage.objects.live().public().filter(translation_key__in=keys, locale_id__in=locale_ids):
            translations[(member.translation_key, member.locale_id)] = member
    for page in pages:
        member = getattr(page, member_field) if getattr(page, f"{member_field}_id") else None
        if member is None:
            page.__dict__["party"] = Party(name=getattr(page, name_field))
            continue
        local = translations.get((member.translation_key, page.locale_id))
        page.__dict__["party"] = Party(name=(local or member).title, page=local)
    return pages


def party_errors(page, member_field, name_field):
    """Validation errors of the "a member, or a name" pair (exactly one of the two)."""
    member_id = getattr(page, f"{member_field}_id")
    name = getattr(page, name_field).strip()
    if not member_id and not name:
        message = _("Choose a member or type a name.")
        return {member_field: message, name_field: message}
    if member_id and name:
        return {name_field: _("Leave this empty when a member is chosen: the member's name is shown.")}
    return {}


def _locale_filter(locale):
    if isinstance(locale, Locale):
        return {"locale": locale}
    if isinstance(locale, int):
        return {"locale_id": locale}
    return {"locale__language_code": locale}


# --- Job offers ---------------------------------------------------------------------------------------------------


class JobPageQuerySet(PageQuerySet):
    def open(self, on=None):
        """Offers that have not expired on ``on`` (default: today in Luxembourg)."""
        return self.filter(expiry_date__gte=on or today())

    def expired(self, on=None):
        return self.filter(expiry_date__lt=on or today())


class JobIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["jobs.JobPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("job offers index")

    def open_offers(self):
        return JobPage.open_offers(self.locale_id).child_of(self)

    def listing(self, request):
        return JobListing(request, self.open_offers())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing_context = self.listing(request).context()
        page_obj = listing_context["page_obj"]
        page_obj.object_list = resolve_parties(page_obj.object_list, "employer_member", "employer_name")
        context.update(listing_context)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return JobFeed(self)(request)


class JobPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        expiry_date = cleaned_data.get("expiry_date")
        # Editors may end a published offer early by setting yesterday's date; a new offer must still be open.
        if expiry_date and self.instance._state.adding:
            for message in new_post_date_errors(expiry_date):
                self.add_error("expiry_date", message)
        return cleaned_data


def new_post_date_errors(last_day):
    """What is wrong with the last day of a new offer or request (its expiry date, its deadline)."""
    if last_day < today():
        return [_("A new offer cannot expire in the past.")]
    return []


class JobPage(BasePage):
    employer_member = models.ForeignKey(
        "members.MemberPage",
        verbose_name=_("employer (member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="job_offers",
        help_text=_("Choose the member who is hiring, or type the employer's name below."),
    )
    employer_name = models.CharField(
        _("employer (name)"),
        max_length=160,
        blank=True,
        help_text=_("For an employer who is not a member of the cluster."),
    )
    contract_type = models.CharField(
        _("contract type"), max_length=20, choices=ContractType.choices, default=ContractType.PERMANENT
    )
    workload = models.CharField(_("working time"), max_length=10, choices=Workload.choices, default=Workload.FULL_TIME)
    location = models.CharField(
        _("location"),
        max_length=120,
        blank=True,
        help_text=_("Town or area, e.g. Esch-sur-Alzette. Required unless the job is fully remote."),
    )
    remote = models.CharField(_("remote work"), max_length=10, choices=Remote.choices, default=Remote.ON_SITE)
    branch = models.ForeignKey(
        "taxonomy.Branch",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="job_offers",
    )
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("Leave empty for “as soon as possible”.")
    )
    expiry_date = models.DateField(
        _("expiry date"),
        help_text=_(
            "Last day the offer is listed; it disappears from listings and feeds the next day (Luxembourg time)."
        ),
        db_index=True,
    )
    description = StreamField(BodyBlock(), verbose_name=_("description"))
    how_to_apply = RichTextField(_("how to apply"), features=RICH_TEXT_FEATURES, blank=True)
    apply_url = models.URLField(_("application link"), blank=True)
    apply_email = models.EmailField(
        _("application e-mail"),
        blank=True,
        help_text=_(
            "Shown publicly on the offer: use the address the employer chose for applications, "
            "never a member's private contact address."
        ),
    )

    objects = PageManager.from_queryset(JobPageQuerySet)()
    base_form_class = JobPageForm

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("employer_member"), FieldPanel("employer_name")], heading=_("Employer")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contract_type"), FieldPanel("workload")]),
                FieldRowPanel([FieldPanel("location"), FieldPanel("remote")]),
                FieldPanel("branch"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("expiry_date")]),
            ],
            heading=_("The job"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("how_to_apply"), FieldPanel("apply_url"), FieldPanel("apply_email")],
            heading=_("How to apply"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("employer_name"),
        index.SearchField("location"),
        index.FilterField("expiry_date"),
        index.FilterField("contract_type"),
    ]

    # Prose is translated; the facts (who, what contract, where, when, how to reach them) are the same everywhere.
    override_translatable_fields = [
        TranslatableField("location"),
        TranslatableField("description"),
        TranslatableField("how_to_apply"),
        SynchronizedField("employer_member"),
        SynchronizedField("employer_name"),
        SynchronizedField("contract_type"),
        SynchronizedField("workload"),
        SynchronizedField("remote"),
        SynchronizedField("branch"),
        SynchronizedField("start_date"),
        SynchronizedField("expiry_date"),
        SynchronizedField("apply_url"),
        SynchronizedField("apply_email"),
    ]

    parent_page_types = ["jobs.JobIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("job offer")
        verbose_name_plural = _("job offers")

    @classmethod
    def open_offers(cls, locale):
        """Live, public, open offers in ``locale`` (a Locale, its id or a language code), newest first."""
        return (
            cls.objects.live()
            .public()
            .filter(**_locale_filter(locale))
            .open()
            .select_related("branch", "employer_member")
            .order_by("-first_published_at", "-pk")
        )

    def clean(self):
        super().clean()
        self.validate_content()

    def validate_content(self):
        """The rules of an offer's content, in the admin (``clean``) and in My space; raises ValidationError."""
        errors = party_errors(self, "employer_member", "employer_name")
        if not self.location.strip() and self.remote != Remote.REMOTE:
            errors["location"] = _("Say where the job is, unless it is fully remote.")
        if not (strip_tags(self.how_to_apply or "").strip() or self.apply_url or self.apply_email):
            errors["how_to_apply"] = _("Say how to apply: a text, a link or an e-mail address.")
        if errors:
            raise ValidationError(errors)

    def is_open(self, on=None):
        return self.expiry_date is None or self.expiry_date >= (on or today())

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        return title if self.is_open() else _("%(title)s (expired)") % {"title": title}

    @cached_property
    def party(self):
        return resolve_parties([self], "employer_member", "employer_name")[0].party

    def employment_types(self):
        return [*CONTRACT_EMPLOYMENT_TYPES[self.contract_type], WORKLOAD_EMPLOYMENT_TYPES[self.workload]]

    def job_posting(self, request=None):
        """The schema.org JobPosting of an open offer (data, never translated labels)."""
        posted = self.first_published_at or self.latest_revision_created_at
        organisation = {"@type": "Organization", "name": self.party.name}
        if self.party.page:
            organisation["url"] = self.party.page.get_full_url(request)
            if self.party.page.website:
                organisation["sameAs"] = self.party.page.website
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": str(self.description),
            "datePosted": posted.astimezone(LUXEMBOURG).date() if posted else today(),
            "validThrough": end_of_day(self.expiry_date).isoformat(),
            "employmentType": self.employment_types(),
            "hiringOrganization": organisation,
            "directApply": False,  # applications go to the employer's link or address, not through this site
            "url": self.get_full_url(request),
        }
        if self.location:
            data["jobLocation"] = {
                "@type": "Place",
                "address": {"@type": "PostalAddress", "addressLocality": self.location, "addressCountry": "LU"},
            }
        if self.remote == Remote.REMOTE:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "Luxembourg"}
        if self.start_date:
            data["jobStartDate"] = self.start_date
        if self.branch:
            data["industry"] = self.branch.label
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        is_open = self.is_open()
        context["is_open"] = is_open
        context["job_posting"] = self.job_posting(request) if is_open else None
        context["index_page"] = self.get_parent()
        return context

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open() else []


# --- Collaboration requests and calls for tender ------------------------------------------------------------------


class CollaborationPageQuerySet(PageQuerySet):
    def open(self, on=None):
        """Requests whose deadline has not passed on ``on`` (default: today in Luxembourg)."""
        return self.filter(deadline__gte=on or today())

    def closed(self, on=None):
        return self.filter(deadline__lt=on or today())


class CollaborationIndexPage(BasePage):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["jobs.CollaborationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("collaboration requests index")

    def open_requests(self):
        return CollaborationPage.open_requests(self.locale_id).child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing_context = CollaborationListing(request, self.open_requests()).context()
        page_obj = listing_context["page_obj"]
        page_obj.object_list = resolve_parties(page_obj.object_list, "author_member", "author_name")
        context.update(listing_context)
        return context


class CollaborationPage(BasePage):
    kind = models.CharField(
        _("type"), max_length=20, choices=CollaborationKind.choices, default=CollaborationKind.COLLABORATION
    )
    author_member = models.ForeignKey(
        "members.MemberPage",
        verbose_name=_("posted by (member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="collaboration_requests",
        help_text=_("Choose the member who posts the request, or type the organisation's name below."),
    )
    author_name = models.CharField(
        _("posted by (name)"),
        max_length=160,
        blank=True,
        help_text=_("For an organisation that is not a member of the cluster."),
    )
    branch = models.ForeignKey(
        "taxonomy.Branch",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="collaboration_requests",
    )
    deadline = models.DateField(
        _("deadline"),
        help_text=_("Last day to respond; the request disappears from the listing the next day (Luxembourg time)."),
        db_index=True,
    )
    budget = models.CharField(
        _("budget"),
        max_length=120,
        blank=True,
        help_text=_("Optional, e.g. “€8,000–12,000 excl. VAT” or “to be agreed”."),
    )
    summary_text = models.TextField(
        _("summary"), max_length=400, help_text=_("Two or three sentences for the listing.")
    )
    description = StreamField(BodyBlock(), verbose_name=_("description"))
    how_to_respond = RichTextField(_("how to respond"), features=RICH_TEXT_FEATURES)

    objects = PageManager.from_queryset(CollaborationPageQuerySet)()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("author_member"),
                FieldPanel("author_name"),
                FieldRowPanel([FieldPanel("branch"), FieldPanel("deadline")]),
                FieldPanel("budget"),
            ],
            heading=_("The request"),
        ),
        FieldPanel("summary_text"),
        FieldPanel("description"),
        FieldPanel("how_to_respond"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary_text"),
        index.SearchField("description"),
        index.SearchField("author_name"),
        index.FilterField("deadline"),
        index.FilterField("kind"),
    ]

    override_translatable_fields = [
        TranslatableField("budget"),
        TranslatableField("summary_text"),
        TranslatableField("description"),
        TranslatableField("how_to_respond"),
        SynchronizedField("kind"),
        SynchronizedField("author_member"),
        SynchronizedField("author_name"),
        SynchronizedField("branch"),
        SynchronizedField("deadline"),
    ]

    parent_page_types = ["jobs.CollaborationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("collaboration request")
        verbose_name_plural = _("collaboration requests")

    @classmethod
    def open_requests(cls, locale):
        """Live, public requests in ``locale`` whose deadline has not passed, soonest deadline first."""
        return (
            cls.objects.live()
            .public()
            .filter(**_locale_filter(locale))
            .open()
            .select_related("branch", "author_member")
            .order_by("deadline", "title", "pk")
        )

    def clean(self):
        super().clean()
        self.validate_content()

    def validate_content(self):
        """The rules of a request's content, in the admin (``clean``) and in My space; raises ValidationError."""
        errors = party_errors(self, "author_member", "author_name")
        if errors:
            raise ValidationError(errors)

    def is_open(self, on=None):
        return self.deadline is None or self.deadline >= (on or today())

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        return title if self.is_open() else _("%(title)s (closed)") % {"title": title}

    @cached_property
    def party(self):
        return resolve_parties([self], "author_member", "author_name")[0].party

    @property
    def summary(self):
        return self.listing_summary or self.summary_text or self.search_description

    def short_summary(self):
        return Truncator(self.summary).words(40)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_open"] = self.is_open()
        context["index_page"] = self.get_parent()
        return context

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_open() else []
