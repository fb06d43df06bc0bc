"""iCalendar (RFC 5545) output of events, with the icalendar package.

Times are written in Europe/Luxembourg with a TZID and the matching VTIMEZONE, so a
calendar in another time zone shows the right hour; all-day events are DATE values
with the exclusive end date RFC 5545 expects. UIDs are built from the page's
translation key, language and the host name of the site's address (BASE_URL), so they are the same in every
download and a calendar updates an event instead of duplicating it.
"""

from datetime import date, timedelta

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.absolute import base_host

from . import models  # read at call time: agenda.models imports this module while it loads

PRODID = "-//Creative Industries Cluster Luxembourg//Agenda//EN"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def event_uid(event, host):
    return f"{event.translation_key}-{event.locale.language_code}@{host}"


def plain_text(html):
    return " ".join(strip_tags(html).split())


def description(event, url):
    """Plain text: the introduction, where to register or join, and the page's address."""
    parts = [event.description_text]
    name, _member = event.organiser()
    if name:
        parts.append(_("Organiser: %(name)s") % {"name": name})
    if event.online_url:
        parts.append(_("Online: %(url)s") % {"url": event.online_url})
    if event.registration_url:
        parts.append(_("Registration: %(url)s") % {"url": event.registration_url})
    parts.append(url)
    return "\n\n".join(plain_text(part) if "<" in part else part for part in parts if part)


def build_event(event, request, host):
    url = models.page_full_url(event, request)
    component = Event()
    component.add("uid", event_uid(event, host))
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    if event.all_day:
        component.add("dtstart", event.local_start.date())
        component.add("dtend", event.local_end.date() + timedelta(days=1))  # exclusive end
    else:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    component.add("summary", event.title)
    component.add("description", description(event, url))
    if event.location_text:
        component.add("location", event.location_text)
    component.add("url", url)
    component.add("categories", [str(event.get_event_type_display())])
    component.add("status", "CONFIRMED")
    component.add("transp", "TRANSPARENT" if event.all_day else "OPAQUE")
    return component


def build_calendar(events, request, name):
    """The bytes of a VCALENDAR holding ``events`` (already filtered and ordered)."""
    host = base_host()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Luxembourg")
    for event in events:
        calendar.add_component(build_event(event, request, host))
    if events:
        first = min(e.local_start.date() for e in events)
        last = max(e.local_end.date() for e in events)
        # Only the time-zone rules the events need, not 1970-2038.
        calendar.add_missing_timezones(date(first.year - 1, 1, 1), date(last.year + 2, 1, 1))
    return calendar.to_ical()


def calendar_response(events, request, name):
    return HttpResponse(build_calendar(events, request, name), content_type=CONTENT_TYPE)
