"""My space: page views and contact requests per month, counted on the server without personal data."""

from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from members.models import MonthlyStat

from .access import get_owned_page

BOTS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "facebookexternalhit",
    "preview",
    "monitor",
    "curl",
    "wget",
    "python-requests",
)


def _robot(request):
    agent = request.META.get("HTTP_USER_AGENT", "").lower()  # request.headers would copy every header first
    return not agent or any(marker in agent for marker in BOTS)


def counts_as_view(request, page):
    """A real visitor's view: not a preview, a robot, an owner or an editor."""
    if request.method != "GET" or getattr(request, "is_preview", False) or _robot(request):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        if user.is_staff or user.has_perm("wagtailadmin.access_admin"):
            return False
        if (
            page.owners.filter(pk=user.pk).exists()
            or user.member_pages.filter(translation_key=page.translation_key).exists()
        ):
            return False
    return True


def count_cached_view(request, translation_key):
    """A member page served from the anonymous page cache: the visitor has no session, so only robots are
    left out."""
    if request.method == "GET" and not _robot(request):
        MonthlyStat.count_view(translation_key)


def last_months(count=12):
    month = timezone.localdate().replace(day=1)
    months = []
    for _n in range(count):
        months.append(month)
        month = (month - timedelta(days=1)).replace(day=1)
    return months


@login_required
def stats(request, page_id):
    page = get_owned_page(request.user, page_id)
    months = last_months()
    rows = {
        row.month: row
        for row in MonthlyStat.objects.filter(translation_key=page.translation_key, month__gte=months[-1])
    }
    pending = MonthlyStat.pending_views(page.translation_key, months)
    table = [
        {
            "month": month,
            "views": (rows[month].views if month in rows else 0) + pending.get(month, 0),
            "contacts": rows[month].contacts if month in rows else 0,
        }
        for month in months
    ]
    peak = max([row["views"] for row in table] + [1])
    for row in table:
        row["percent"] = round(100 * row["views"] / peak)
    context = {
        "table": table,
        "total_views": sum(row["views"] for row in table),
        "total_contacts": sum(row["contacts"] for row in table),
        "space_page": page,
        "space_section": "stats",
    }
    return render(request, "members/space/stats.html", context)
