"""The agenda: events in Europe/Luxembourg time, filters, iCal feeds.

Dates are stored as aware datetimes (UTC in the database); editors type them in
Luxembourg time (the admin works in ``TIME_ZONE``) and visitors read them in
Luxembourg time whatever their own time zone, with the zone named on the page.
"""

from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import absolute
from core.blocks import BodyBlock
from core.listing import Listing
from core.models import BasePage
from members.models import MemberPage
from taxonomy.models import Branch

from .ical import calendar_response

EVENT_TIME_ZONE = ZoneInfo("Europe/Luxembourg")
# A <picture>: the WebP source and its JPEG fallback, both prefetched.
TEASER_IMAGE = ("fill-480x270|format-webp", "fill-480x270|format-jpeg")
FEED_LIMIT = 500


class EventType(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
    NETWORKING = "networking", _("Networking")
    EXHIBITION = "exhibition", _("Exhibition")
    FESTIVAL = "festival", _("Festival")
    TRAINING = "training", _("Training")
    PERFORMANCE = "performance", _("Performance")
    OTHER = "other", _("Other")


class EventPageQuerySet(PageQuerySet):
    def visible(self):
        return self.live().public()

    def upcoming(self, now=None):
        """Events not over yet (an event under way still counts), soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Events that are over, most recent first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def teasers(self):
        """What a listing shows of each event, in a number of queries that does not grow with the list."""
        return self.select_related("branch", "organiser_member", "locale").prefetch_related(
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(*TEASER_IMAGE))
        )


def attach_organisers(events, locale):
    """Resolve each event's organising member to its live page in ``locale``, in one query.

    ``organiser_member`` is synchronised, so a translated event may point to the member's
    French page; visitors should land on the member page in their own language.
    """
    members = {e.pk: e.organiser_member for e in events if e.organiser_member_id}
    found = {}
    if members:
        keys = {m.translation_key for m in members.values()}
        found = {
            m.translation_key: m
            for m in MemberPage.objects.live().public().filter(locale=locale, translation_key__in=keys)
        }
    for event in events:
        member = members.get(event.pk)
        event._organiser_page = found.get(member.translation_key) if member else None
    return events


class EventPage(RoutablePageMixin, BasePage):
    start = models.DateTimeField(
        _("start"), help_text=_("Luxembourg time. For an all-day event, only the date counts."), db_index=True
    )
    end = models.DateTimeField(_("end"), help_text=_("Luxembourg time. Must be after the start."), db_index=True)
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Show dates only (festivals, exhibitions over several days).")
    )
    venue_name = models.CharField(_("venue"), max_length=160, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True, help_text=_("Street, postcode and town."))
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Video-conference or live-stream address, for online events.")
    )
    organiser_member = models.ForeignKey(
        "members.MemberPage",
        verbose_name=_("organiser (member)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("When a member organises the event; its page is linked."),
    )
    organiser_name = models.CharField(
        _("organiser (other)"),
        max_length=160,
        blank=True,
        help_text=_("When the organiser is not a member. Not shown if a member is chosen."),
    )
    branch = models.ForeignKey(
        "taxonomy.Branch",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    event_type = models.CharField(_("type of event"), max_length=20, choices=EventType.choices, default=EventType.OTHER)
    registration_url = models.URLField(_("registration link"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences shown in listings."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Date and time (Luxembourg time)"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("online_url")],
            heading=_("Where"),
            help_text=_("Give a venue, an online link, or both."),
        ),
        MultiFieldPanel([FieldPanel("organiser_member"), FieldPanel("organiser_name")], heading=_("Organiser")),
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("branch")]),
        FieldPanel("registration_url"),
        FieldPanel("image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("event_type"),
        index.FilterField("branch"),
    ]

    # Prose (title, intro, body, venue and organiser names) is translated; facts are the same in every language.
    override_translatable_fields = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("all_day"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
        SynchronizedField("organiser_member"),
        SynchronizedField("branch"),
        SynchronizedField("event_type"),
        SynchronizedField("image"),
    ]

    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- the interface other apps use ---------------------------------------------------------

    @classmethod
    def upcoming(cls, locale, limit=3):
        """Live public events of ``locale`` that are not over yet, soonest first (for the home page)."""
        events = list(cls.objects.visible().filter(locale=locale).upcoming().teasers()[:limit])
        return attach_organisers(events, locale)

    # --- validation ---------------------------------------------------------------------------

    def clean(self):
        super().clean()
        self.validate_content()

    def validate_content(self):
        """The rules of an event's dates and place, in the admin (``clean``) and in My space."""
        errors = {}
        if self.start and self.end:
            if self.all_day:
                if self.local_end.date() < self.local_start.date():
                    errors["end"] = _("The event must end on or after the day it starts.")
            elif self.end <= self.start:
                errors["end"] = _("The event must end after it starts.")
        if not (self.has_venue or self.online_url):
            message = _("Give a venue or an online link (or both).")
            errors["venue_name"] = message
            errors["online_url"] = message
        if errors:
            raise ValidationError(errors)

    # --- facts shown on pages and in feeds ----------------------------------------------------

    @property
    def local_start(self):
        return timezone.localtime(self.start, EVENT_TIME_ZONE)

    @property
    def local_end(self):
        return timezone.localtime(self.end, EVENT_TIME_ZONE)

    @property
    def single_day(self):
        return self.local_start.date() == self.local_end.date()

    @property
    def start_iso(self):
        return self.local_start.date().isoformat() if self.all_day else self.local_start.isoformat()

    @property
    def end_iso(self):
        return self.local_end.date().isoformat() if self.all_day else self.local_end.isoformat()

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def has_venue(self):
        return bool(self.venue_name.strip() or self.venue_address.strip())

    @property
    def attendance_mode(self):
        if self.has_venue and self.online_url:
            return "Mixed"
        return "Online" if self.online_url else "Offline"

    @property
    def address_lines(self):
        return [line.strip() for line in self.venue_address.splitlines() if line.strip()]

    @property
    def location_text(self):
        """Venue and address on one line (or the online link), as calendars show it."""
        text = ", ".join(part for part in [self.venue_name.strip(), *self.address_lines] if part)
        return text or self.online_url

    @property
    def description_text(self):
        return self.intro or self.summary

    def organiser(self):
        """(name, live member page in this language or None)."""
        if not hasattr(self, "_organiser_page"):
            attach_organisers([self], self.locale)
        if self._organiser_page is not None:
            return self._organiser_page.title, self._organiser_page
        if self.organiser_member_id and self.organiser_member:
            return self.organiser_member.title, None  # no live page in this language: the name alone
        return self.organiser_name, None

    def json_ld(self, request=None):
        """schema.org Event (data: not translated)."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": self.start_iso,
            "endDate": self.end_iso,
            "eventAttendanceMode": f"https://schema.org/{self.attendance_mode}EventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "url": page_full_url(self, request),
            "inLanguage": self.locale.language_code,
        }
        locations = []
        if self.has_venue:
            place = {"@type": "Place", "name": self.venue_name.strip() or self.address_lines[0]}
            if self.address_lines:
                place["address"] = {"@type": "PostalAddress", "streetAddress": ", ".join(self.address_lines)}
            locations.append(place)
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        data["location"] = locations[0] if len(locations) == 1 else locations
        name, member = self.organiser()
        if name:
            data["organizer"] = {"@type": "Organization", "name": name}
            if member is not None:
                data["organizer"]["url"] = page_full_url(member, request)
        if self.description_text:
            data["description"] = self.description_text
        if self.image_id and self.image:
            rendition = self.image.get_rendition("fill-1200x675|format-jpeg")
            data["image"] = [absolute_url(rendition.url, request)]
        if self.registration_url and not self.is_past:
            data["offers"] = {"@type": "Offer", "url": self.registration_url}
        return data

    # --- views ---------------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        name, member = self.organiser()
        context.update(organiser_name=name, organiser_page=member, structured_data=self.json_ld(request))
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        """This one event as an .ics file, to add to a calendar."""
        response = calendar_response([self], request, name=self.title)
        response["Content-Disposition"] = f'attachment; filename="{slugify(self.slug) or "event"}.ics"'
        return response


def absolute_url(url, request):
    """``url`` on the site's address (BASE_URL, core.absolute)."""
    return absolute.absolute_url(url, request)


def page_full_url(page, request):
    return absolute.absolute_url(page, request)


class AgendaFilterForm(forms.Form):
    branch = forms.ChoiceField(label=_("Branch"), required=False)
    type = forms.ChoiceField(label=_("Type of event"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Labels in the visitor's language; the values are the language-independent codes.
        self.fields["branch"].choices = [("", _("All branches"))] + [(b.code, b.label) for b in Branch.objects.all()]
        self.fields["type"].choices = [("", _("All types")), *EventType.choices]

    def labels(self, data):
        """The labels of the chosen filters, e.g. for a feed's name."""
        return [str(dict(self.fields[name].choices)[data[name]]) for name in ("branch", "type") if data.get(name)]


class AgendaListing(Listing):
    form_class = AgendaFilterForm
    per_page = 10

    def apply(self, queryset, data):
        if data.get("branch"):
            queryset = queryset.filter(branch__code=data["branch"])
        if data.get("type"):
            queryset = queryset.filter(event_type=data["type"])
        return queryset


class AgendaPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["agenda.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")

    def events(self):
        return EventPage.objects.child_of(self).visible().teasers()

    def listing_context(self, request, queryset, view):
        listing = AgendaListing(request, queryset)
        context = listing.context()
        attach_organisers(list(context["page_obj"].object_list), self.locale)
        base = self.get_url(request)
        query = f"?{context['filter_query']}" if context["filter_query"] else ""
        feed_path = base + self.reverse_subpage("ical") + query
        context.update(
            view=view,
            upcoming_url=base + query,
            past_url=base + self.reverse_subpage("past") + query,
            feed_url=feed_path,
            feed_full_url=absolute.absolute_url(feed_path),
        )
        return context

    @path("", name="upcoming")
    def upcoming_view(self, request):
        context = self.listing_context(request, self.events().upcoming(), "upcoming")
        return self.render(request, context_overrides=context)

    @path("past/", name="past")
    def past_view(self, request):
        context = self.listing_context(request, self.events().past(), "past")
        return self.render(request, context_overrides=context)

    @path("ical/", name="ical")
    def ical_feed(self, request):
        """The upcoming events matching the listing's filters, as a calendar to subscribe to."""
        listing = AgendaListing(request, self.events().upcoming())
        events = attach_organisers(list(listing.queryset[:FEED_LIMIT]), self.locale)
        name = " · ".join([self.title, *listing.form.labels(listing.data), str(_("Creative Industries Cluster"))])
        response = calendar_response(events, request, name=name)
        response["Content-Disposition"] = 'inline; filename="agenda.ics"'
        return response
