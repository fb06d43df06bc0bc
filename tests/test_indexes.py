"""Every filter and sort of the listings and the directory can use an index (EXPLAIN on PostgreSQL).

Test tables are tiny, so the planner is told to avoid sequential scans: the plan then shows whether an index
exists that serves the query, which is what would keep it fast at 10,000 members."""

import datetime
import uuid

import pytest
from django.db import connection
from django.utils import timezone

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.perf,  # indexes: what keeps the listings fast at 10,000 members, not what they show
    pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN plans are checked on PostgreSQL"),
]


def pages(model):
    """The page type's own table (the part of a listing query that filters and sorts on its fields), without
    Wagtail's default ordering by tree path, which joins the page table."""
    return model.objects.order_by().values_list("page_ptr_id", flat=True)


def queries():
    from agenda.models import EventPage
    from jobs.models import CollaborationPage, JobPage
    from members.models import ContactMessage, MonthlyStat
    from news.models import NewsPage
    from search.models import MemberDocument

    today, now = datetime.date(2026, 11, 30), timezone.now()
    return {
        "news index, newest first": (pages(NewsPage).filter(date__lte=today).order_by("-date"), "newspage_date"),
        "agenda, upcoming events": (pages(EventPage).filter(end__gte=now), "eventpage_end"),
        "agenda, by start": (pages(EventPage).filter(start__gte=now).order_by("start"), "eventpage_start"),
        "jobs, unexpired": (pages(JobPage).filter(expiry_date__gte=today), "jobpage_expiry_date"),
        "collaborations, open": (pages(CollaborationPage).filter(deadline__gte=today), "deadline"),
        "directory documents of a language by name": (
            MemberDocument.objects.filter(language="fr").order_by("sort_name", "page_id"),
            "search_doc_lang_name",
        ),
        "member statistics": (MonthlyStat.objects.filter(translation_key=uuid.uuid4()), "monthlystat_translation_key"),
        "member inbox": (ContactMessage.objects.filter(page_id=1).order_by("-created_at"), "contactmessage"),
    }


@pytest.mark.parametrize("name", list(queries()))
def test_listing_filters_and_sorts_use_an_index(name):
    queryset, index = queries()[name]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = queryset.explain()
    assert "Index" in plan and index in plan, plan
