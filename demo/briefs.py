"""Demo briefs for seed_demo (``data/briefs.json``): sent, answered and reported on, so that the dashboard and My space have something."""

from datetime import timedelta

from django.utils import timezone

from matchmaking.models import Brief, BriefRecipient
from matchmaking.ranking import Criteria, recognise, shortlist
from members.models import MemberPage
from members.relay import main_page
from taxonomy.models import Skill

from .data import load
from .site import site_data


def briefs():
    return load("briefs")["briefs"]


def ensure_demo(home, locales, members):
    """Three briefs from companies, unless the site has briefs already."""
    if Brief.objects.exists():
        return
    now = timezone.now()
    demo_member = MemberPage.objects.filter(owners__email=site_data()["accounts"]["member"]["email"]).first()
    specs = briefs()
    for spec in specs:
        written = now - timedelta(days=spec["days_ago"])
        brief = Brief.objects.create(
            text=spec["text"],
            language=spec["language"],
            page_language=spec["language"],
            company=spec["company"],
            contact_name=spec["contact_name"],
            email=spec["email"],
            consent_at=written,
            created_at=written,
            confirmed_at=written + timedelta(minutes=5),
            sent_at=written + timedelta(minutes=12) if spec["answers"] else None,
            outcome=spec["outcome"],
            outcome_at=now if spec["outcome"] else None,
        )
        brief.skills.set(Skill.objects.filter(code__in=recognise(spec["text"], language=spec["language"])))
        if not spec["answers"]:
            continue
        found = shortlist(Criteria(spec["text"], spec["language"], spec["language"], limit=len(spec["answers"])))
        pages = [main_page(MemberPage.objects.get(pk=match.page_id)) for match in found.results]
        if demo_member and demo_member not in pages and spec is specs[0]:
            pages = [demo_member, *pages][: len(spec["answers"])]
        for rank, (page, answer) in enumerate(zip(pages, spec["answers"], strict=False), start=1):
            answered = brief.sent_at + timedelta(hours=6 * rank) if answer else None
            BriefRecipient.objects.create(
                brief=brief,
                page=page,
                rank=rank,
                score=0.0,
                sent_at=brief.sent_at,
                answer=answer,
                answered_at=answered,
                read_at=answered,
                worked_together=bool(spec["outcome"]) and rank == 1,
            )
