"""Demo content of the member space: the demo member's inbox and statistics, applications to decide.

Idempotent: each part is added only when missing, so ``seed_demo`` can run again.
"""

import random
from datetime import timedelta

from django.utils import timezone

from members.models import ContactMessage, MemberPage, MembershipApplication, MonthlyStat
from taxonomy.models import Branch

MESSAGES = [
    {
        "sender_name": "Claire Weber",
        "sender_email": "claire.weber@example.org",
        "subject": "Identité visuelle pour notre épicerie fine",
        "body": "Bonjour,\n\nNous ouvrons une épicerie fine à Esch-sur-Alzette au printemps et cherchons "
        "quelqu'un pour notre logo, nos étiquettes et notre vitrine. Seriez-vous disponible pour en parler ?\n\n"
        "Claire Weber",
        "language": "fr",
        "days_ago": 3,
        "read": False,
    },
    {
        "sender_name": "Tom Schmit",
        "sender_email": "tom.schmit@example.org",
        "subject": "Packaging for a small brewery",
        "body": "Hello,\n\nWe brew craft beer in Redange and need labels and six-pack packaging for three new "
        "beers. Could you send us an idea of your rates?\n\nBest regards,\nTom",
        "language": "en",
        "days_ago": 19,
        "read": True,
    },
    {
        "sender_name": "Anna Becker",
        "sender_email": "anna.becker@example.org",
        "subject": "Anfrage: Messestand für Möbelhersteller",
        "body": "Guten Tag,\n\nfür die Messe im Herbst suchen wir Unterstützung bei der Gestaltung unseres "
        "Standes. Hätten Sie im September Kapazitäten?\n\nMit freundlichen Grüßen\nAnna Becker",
        "language": "de",
        "days_ago": 47,
        "read": True,
    },
]

APPLICATIONS = [
    {
        "business_name": "Atelier Moselle Céramique",
        "kind": "freelancer",
        "branch": "arts-crafts",
        "canton": "remich",
        "contact_name": "Julie Kremer",
        "email": "julie.kremer@example.org",
        "website": "https://atelier-moselle.example.org",
        "description": "Céramiste installée à Remich : vaisselle en grès pour la restauration, pièces uniques "
        "et ateliers d'initiation.",
        "language": "fr",
    },
    {
        "business_name": "Northlight Games",
        "kind": "company",
        "branch": "gaming",
        "canton": "luxembourg",
        "contact_name": "Marc Thill",
        "email": "marc.thill@example.org",
        "website": "https://northlight.example.org",
        "description": "An independent studio of five making narrative games for PC and consoles; "
        "our first title comes out next year.",
        "language": "en",
    },
]


def ensure_demo(member_user):
    """Give the demo member's page messages and a year of statistics; add applications for editors."""
    page = MemberPage.objects.filter(owners=member_user).first() if member_user else None
    if page is not None:
        _ensure_messages(page)
        _ensure_statistics(page)
    _ensure_applications()


def _ensure_messages(page):
    if ContactMessage.objects.filter(page=page).exists():
        return
    now = timezone.now()
    for spec in MESSAGES:
        sent = now - timedelta(days=spec["days_ago"])
        message = ContactMessage.objects.create(
            page=page,
            sender_name=spec["sender_name"],
            sender_email=spec["sender_email"],
            subject=spec["subject"],
            body=spec["body"],
            language=spec["language"],
            read_at=sent + timedelta(hours=5) if spec["read"] else None,
        )
        ContactMessage.objects.filter(pk=message.pk).update(created_at=sent)


def _ensure_statistics(page):
    rng = random.Random(f"stats:{page.translation_key}")
    month = timezone.localdate().replace(day=1)
    for _n in range(12):
        MonthlyStat.objects.get_or_create(
            translation_key=page.translation_key,
            month=month,
            defaults={"views": rng.randint(40, 260), "contacts": rng.randint(0, 6)},
        )
        month = (month - timedelta(days=1)).replace(day=1)


def _ensure_applications():
    branches = {branch.code: branch for branch in Branch.objects.all()}
    for spec in APPLICATIONS:
        branch = branches.get(spec["branch"])
        if branch is None or MembershipApplication.objects.filter(email=spec["email"]).exists():
            continue
        fields = {key: value for key, value in spec.items() if key != "branch"}
        MembershipApplication.objects.create(primary_branch=branch, consent_at=timezone.now(), **fields)
