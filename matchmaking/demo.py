"""Demo briefs for seed_demo: sent, answered and reported on, so that the dashboard and My space have something."""

from datetime import timedelta

from django.utils import timezone

from members.models import MemberPage
from members.relay import main_page
from taxonomy.models import Skill

from .models import Brief, BriefRecipient
from .ranking import Criteria, recognise, shortlist

BRIEFS = [
    {
        "text": "Wir eröffnen im Frühjahr eine Bäckerei in Esch und suchen jemanden für Logo und Verpackung.",
        "language": "de",
        "company": "Bäckerei Hoffmann",
        "contact_name": "Jana Hoffmann",
        "email": "jana@baeckerei-hoffmann.example.lu",
        "days_ago": 40,
        "answers": ["interested", "declined", ""],
        "outcome": Brief.Outcome.WORKED_TOGETHER,
    },
    {
        "text": "Nous cherchons un développeur web pour refaire le site de notre cave, avec une boutique en ligne.",
        "language": "fr",
        "company": "Caves Muller",
        "contact_name": "Paul Muller",
        "email": "paul@caves-muller.example.lu",
        "days_ago": 12,
        "answers": ["interested", ""],
        "outcome": "",
    },
    {
        "text": "We need a short corporate video and photos of our team for the new website.",
        "language": "en",
        "company": "Fintech Nord",
        "contact_name": "Sam Reid",
        "email": "sam@fintech-nord.example.lu",
        "days_ago": 3,
        "answers": [],
        "outcome": "",
    },
]


def ensure_demo(home, locales, members):
    """Three briefs from companies, unless the site has briefs already."""
    if Brief.objects.exists():
        return
    now = timezone.now()
    demo_member = MemberPage.objects.filter(owners__email="member@example.lu").first()
    for spec in BRIEFS:
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
        brief.skills.set(Skill.objects.filter(code__in=recognise(spec["text"])))
        if not spec["answers"]:
            continue
        found = shortlist(Criteria(spec["text"], spec["language"], spec["language"], limit=len(spec["answers"])))
        pages = [main_page(MemberPage.objects.get(pk=match.page_id)) for match in found.results]
        if demo_member and demo_member not in pages and spec is BRIEFS[0]:
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
