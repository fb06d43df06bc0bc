"""Page views and contact requests per month, counted on the server without personal data."""

from datetime import timedelta

from django.utils import timezone

from core.performance.page_cache import on_hit

from .models.space import MonthlyStat  # the module: members.models imports this one while it loads

CACHED_VIEW = "member-page-view"  # what a member page served from the page cache runs (count_cached_view)
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


@on_hit(CACHED_VIEW)
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
