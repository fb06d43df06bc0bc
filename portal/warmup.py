"""What a gunicorn worker does around requests, beside serving them (``gunicorn.conf.py`` calls these once
Django is set up in the worker): build beforehand what a first request would otherwise build, and write the
member page views it added up."""

from django.conf import settings
from django.db import connections

from matchmaking.language import detector
from matchmaking.ranking import Criteria, shortlist
from members.models import MonthlyStat


def warm_up():
    """Load the directory's search documents of every language, the matchmaking's skill matcher and vocabulary,
    and the brief language detector: a few seconds at 10,000 members, paid by the first visitor of each language
    otherwise. Anything that fails here is built again on first use."""
    try:
        for code, _name in settings.LANGUAGES:
            shortlist(Criteria(text="design", language=code, brief_language=code))
        detector()
    finally:
        connections.close_all()


def write_views(due_only):
    """The member page views this process has added up, written (only those due, or all)."""
    if due_only:
        MonthlyStat.write_pending_views_if_due()
    else:
        MonthlyStat.write_pending_views()


def close_connections():
    connections.close_all()
