"""The cluster's calendar day: offers expire at midnight in Luxembourg, whatever the server's clock zone."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

LUXEMBOURG = ZoneInfo("Europe/Luxembourg")


def today():
    """Today's date in Luxembourg. Tests fix it by monkeypatching ``django.utils.timezone.now``."""
    return timezone.now().astimezone(LUXEMBOURG).date()


def end_of_day(date):
    """The last second of ``date`` in Luxembourg, with its UTC offset (+01:00 in winter, +02:00 in summer)."""
    return datetime.datetime.combine(date, datetime.time(23, 59, 59), tzinfo=LUXEMBOURG)
