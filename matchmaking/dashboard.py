"""The editors' view of matchmaking: briefs per month and per branch, answers, outcomes, as a page and CSV."""

import csv
import statistics
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from taxonomy.models import Branch

from .models import Brief, BriefRecipient

MONTHS = 12


@dataclass
class Month:
    start: date
    briefs: int = 0
    sent: int = 0
    contacted: int = 0
    answers: int = 0
    interested: int = 0
    worked: int = 0


@dataclass
class BriefFacts:
    brief: Brief
    branches: list
    contacted: int = 0
    answers: int = 0
    interested: int = 0
    worked: int = 0
    first_answer_hours: float | None = None
    recipients: list = field(default_factory=list)


def month_start(value):
    local = timezone.localtime(value) if isinstance(value, timezone.datetime) else value
    return date(local.year, local.month, 1)


def recent_months(today=None, count=MONTHS):
    today = today or timezone.localdate()
    months, year, month = [], today.year, today.month
    for _n in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(months))


def brief_facts():
    """Every confirmed brief with what happened to it, newest first."""
    briefs = (
        Brief.objects.filter(confirmed_at__isnull=False)
        .prefetch_related(
            "branches", "skills__branch", Prefetch("recipients", queryset=BriefRecipient.objects.select_related("page"))
        )
        .order_by("-created_at", "-pk")
    )
    found = []
    for item in briefs:
        branches = {b.code: b for b in item.branches.all()}
        for skill in item.skills.all():
            branches.setdefault(skill.branch.code, skill.branch)
        facts = BriefFacts(item, sorted(branches.values(), key=lambda b: (b.sort_order, b.code)))
        recipients = list(item.recipients.all())
        facts.recipients = recipients
        facts.contacted = len(recipients)
        answered = [r for r in recipients if r.answer]
        facts.answers = len(answered)
        facts.interested = sum(1 for r in answered if r.answer == BriefRecipient.Answer.INTERESTED)
        facts.worked = sum(1 for r in recipients if r.worked_together)
        if answered and item.sent_at:
            first = min(r.answered_at for r in answered)
            facts.first_answer_hours = max(0.0, (first - item.sent_at).total_seconds() / 3600)
        found.append(facts)
    return found


def summary(facts, today=None):
    months = {start: Month(start) for start in recent_months(today)}
    per_branch = {branch.code: [branch, 0, 0] for branch in Branch.objects.all()}
    for item in facts:
        month = months.get(month_start(item.brief.created_at))
        if month:
            month.briefs += 1
            month.sent += 1 if item.brief.sent_at else 0
            month.contacted += item.contacted
            month.answers += item.answers
            month.interested += item.interested
            month.worked += 1 if item.brief.outcome == Brief.Outcome.WORKED_TOGETHER else 0
        for branch in item.branches:
            per_branch[branch.code][1] += 1
            per_branch[branch.code][2] += 1 if item.brief.outcome == Brief.Outcome.WORKED_TOGETHER else 0
    contacted = sum(f.contacted for f in facts)
    answers = sum(f.answers for f in facts)
    waits = [f.first_answer_hours for f in facts if f.first_answer_hours is not None]
    sent = [f for f in facts if f.brief.sent_at]
    return {
        "months": list(months.values()),
        "branches": [row for row in per_branch.values() if row[1]],
        "briefs": len(facts),
        "sent": len(sent),
        "contacted": contacted,
        "answers": answers,
        "response_rate": round(100 * answers / contacted) if contacted else None,
        "median_hours": round(statistics.median(waits), 1) if waits else None,
        "worked": sum(1 for f in sent if f.brief.outcome == Brief.Outcome.WORKED_TOGETHER),
        "no_deal": sum(1 for f in sent if f.brief.outcome == Brief.Outcome.NO_DEAL),
        "unknown": sum(1 for f in sent if not f.brief.outcome),
    }


CSV_COLUMNS = (
    "brief",
    "written",
    "language",
    "branches",
    "skills",
    "budget",
    "sent",
    "creatives_contacted",
    "answers",
    "interested",
    "first_answer_hours",
    "outcome",
)


def csv_response(facts):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="matchmaking-{timezone.localdate():%Y-%m-%d}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for item in facts:
        brief = item.brief
        writer.writerow(
            [
                brief.pk,
                timezone.localtime(brief.created_at).strftime("%Y-%m-%d"),
                brief.language,
                " ".join(b.code for b in item.branches),
                " ".join(s.code for s in brief.skills.all()),
                brief.budget,
                timezone.localtime(brief.sent_at).strftime("%Y-%m-%d") if brief.sent_at else "",
                item.contacted,
                item.answers,
                item.interested,
                "" if item.first_answer_hours is None else f"{item.first_answer_hours:.1f}",
                brief.outcome or "unknown",
            ]
        )
    return response


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "matchmaking/admin/dashboard.html"
    page_title = gettext_lazy("Matchmaking")
    header_icon = "group"

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return csv_response(brief_facts())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        facts = brief_facts()
        context.update(summary(facts), recent=facts[:20], export_label=_("Download as CSV"))
        return context
