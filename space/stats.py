"""My space: page views and contact requests per month."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from members.access import get_owned_page
from members.models import MonthlyStat
from members.stats import last_months


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
    return render(request, "space/stats.html", context)
