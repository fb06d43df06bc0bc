"""Factories for the agenda: an agenda page and events dated in Luxembourg time."""

from datetime import datetime, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from agenda.models import EVENT_TIME_ZONE, AgendaPage, EventPage, EventType


class AgendaPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "<p>Les rendez-vous des industries créatives.</p>"

    class Meta:
        model = AgendaPage


def lux(year, month, day, hour=0, minute=0):
    """An aware datetime in Luxembourg time."""
    return datetime(year, month, day, hour, minute, tzinfo=EVENT_TIME_ZONE)


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Événement {n}")
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    venue_name = "Rotondes"
    venue_address = "Place des Rotondes\nL-2448 Luxembourg"
    event_type = EventType.WORKSHOP
    intro = "Un atelier pour les créatifs."

    class Meta:
        model = EventPage
