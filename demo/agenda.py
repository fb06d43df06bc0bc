"""Demo agenda (``data/agenda.json``): an agenda page and ten events in French, English and German.

Events are dated relative to the day the demo is built (in Luxembourg time), so
a fresh demo always has a few past events and most of them upcoming. Running it
again adds nothing: events are found by their French slug.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from agenda.models import EVENT_TIME_ZONE, AgendaPage, EventPage
from taxonomy.models import Branch

from .data import load
from .localize import translate_tree_page


def agenda_data():
    return load("agenda")


def event_dates(spec, today):
    day = today + timedelta(days=spec["days"])
    if spec["at"] is None:
        start = datetime.combine(day, time(0, 0), tzinfo=EVENT_TIME_ZONE)
        end = datetime.combine(day + timedelta(days=spec["days_long"] - 1), time(23, 59), tzinfo=EVENT_TIME_ZONE)
        return start, end
    start = datetime.combine(day, time(*spec["at"]), tzinfo=EVENT_TIME_ZONE)
    return start, start + timedelta(hours=spec["hours"])


def ensure_agenda(home, locales):
    agenda_spec = agenda_data()["agenda"]
    agenda = AgendaPage.objects.child_of(home).first()
    if agenda is None:
        agenda = home.add_child(
            instance=AgendaPage(
                title=agenda_spec["title"]["fr"],
                slug=agenda_spec["slug"]["fr"],
                intro=agenda_spec["intro"]["fr"],
                locale=locales["fr"],
                show_in_menus=True,
            )
        )
        agenda.save_revision().publish()
    if AgendaPage.objects.filter(translation_key=agenda.translation_key).count() < len(locales):
        translate_tree_page(agenda, agenda_spec, locales)
    return agenda


def _fields(spec):
    """Every translatable text of an event, per language, as ``translate_tree_page`` wants it."""
    cluster = agenda_data()["cluster"]
    fields = {
        "title": spec["title"],
        "slug": spec["slug"],
        "intro": spec["intro"],
        "body": {lang: f"<p>{text}</p>" for lang, text in spec["body"].items()},
    }
    if spec["organiser"] == "cluster":
        fields["organiser_name"] = cluster
    elif spec["organiser"] == "other":
        fields["organiser_name"] = spec["organiser_name"]
    return fields


def ensure_demo(home, locales, members):
    """The agenda under ``home`` (French) and its events, translated into English and German.

    Call it outside a transaction, like the rest of the demo: wagtail-localize publishes each
    translation when its transaction commits.
    """
    agenda = ensure_agenda(home, locales)
    events, cluster = agenda_data()["events"], agenda_data()["cluster"]
    today = timezone.localdate(timezone=EVENT_TIME_ZONE)
    branches = {b.code: b for b in Branch.objects.all()}
    existing = {p.slug: p for p in EventPage.objects.child_of(agenda)}
    organisers = iter(members[n % len(members)] for n in range(0, 3 * len(events), 3)) if members else iter(())
    for spec in events:
        member = next(organisers, None) if spec["organiser"] == "member" else None
        page = existing.get(spec["slug"]["fr"])
        if page is None:
            start, end = event_dates(spec, today)
            fields = _fields(spec)
            page = agenda.add_child(
                instance=EventPage(
                    title=spec["title"]["fr"],
                    slug=spec["slug"]["fr"],
                    locale=locales["fr"],
                    start=start,
                    end=end,
                    all_day=spec["at"] is None,
                    venue_name=spec.get("venue", ""),
                    venue_address=spec.get("address", ""),
                    online_url=spec.get("online", ""),
                    organiser_member=member,
                    organiser_name="" if member else fields.get("organiser_name", cluster)["fr"],
                    branch=branches.get(spec["branch"]) if spec["branch"] else None,
                    event_type=spec["type"],
                    registration_url=f"https://tickets.example.lu/{spec['slug']['fr']}"
                    if spec.get("registration")
                    else "",
                    image=getattr(member, "cover_image", None),
                    intro=spec["intro"]["fr"],
                    body=[("paragraph", f"<p>{spec['body']['fr']}</p>")],
                )
            )
            page.save_revision().publish()
        if EventPage.objects.filter(translation_key=page.translation_key).count() < len(locales):
            fields = _fields(spec)
            if member is None and "organiser_name" not in fields:
                fields["organiser_name"] = cluster
            translate_tree_page(page, fields, locales)
    transaction.on_commit(lambda: _recount_children(agenda.translation_key))
    return agenda


def _recount_children(translation_key):
    """Repair the agenda translations' child counts after a deferred publish.

    wagtail-localize publishes a new translation when the transaction commits, saving the page
    as it was when translated: when its events were translated in the same transaction, that
    save puts back a child count of 0 and Wagtail would no longer find the events (404).
    """
    for agenda in Page.objects.filter(translation_key=translation_key, content_type__model="agendapage"):
        count = Page.objects.filter(path__startswith=agenda.path, depth=agenda.depth + 1).count()
        if count != agenda.numchild:
            Page.objects.filter(pk=agenda.pk).update(numchild=count)
