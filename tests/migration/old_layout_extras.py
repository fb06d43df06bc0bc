"""Rows that seed_demo does not make (or makes few of), added to an old-layout database with the OLD code.

Run in a worktree of the commit before the refactor (it imports the old module paths, e.g. home.translations)::

    DATABASE_URL=... python manage.py shell -c "exec(open('/work/main/tests/migration/old_layout_extras.py').read())"

It covers what the refactor could lose: rows and M2M rows pointing to the moved models (members.Branch, Skill,
SpokenLanguage; home.FooterText, SocialLinks, SiteSettings), rows pointing to their content types (log entries,
permissions held by groups and users, a wagtail-localize translation source) and Wagtail states (a draft revision
of a live page, a page that was never published, a private page). Does nothing if it already ran.
"""

import re
from datetime import date, timedelta

from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Locale, PageViewRestriction

from api.models import WebhookEndpoint
from home.models import FooterText, HomePage, SiteSettings, SocialLinks, StandardPage
from matchmaking.models import Brief, BriefRecipient
from members.models import (
    AccountDeletion,
    Branch,
    ContactMessage,
    MemberPage,
    MembershipApplication,
    MonthlyStat,
    Skill,
    SpokenLanguage,
)

MARK = "layout-check@example.lu"


def plain(html):
    return re.sub(r"<[^>]+>", "", html)


@transaction.atomic
def add_extras():
    from home.translations import record_translations  # the old code's module (core.translations after the refactor)

    now = timezone.now()
    fr, en, de = (Locale.objects.get(language_code=code) for code in ("fr", "en", "de"))
    editor = User.objects.filter(is_superuser=False, groups__name="Editors").first() or User.objects.first()
    members = list(MemberPage.objects.filter(locale=fr).order_by("pk")[:3])
    b1, b2, b3 = Branch.objects.order_by("pk")[:3]

    # Membership applications (one decided, one pending), with other branches (M2M to a moved model).
    approved = MembershipApplication.objects.create(
        business_name="Atelier Layout Check",
        kind="company",
        primary_branch=b1,
        canton="luxembourg",
        contact_name="Léa Check",
        email=MARK,
        website="https://layout-check.example.lu",
        description="Studio de design graphique (ligne ajoutée pour le contrôle de migration).",
        language="fr",
        consent_at=now,
        status="approved",
        decided_by=editor,
        decided_at=now,
        member_page=members[0],
    )
    approved.other_branches.set([b2, b3])
    pending = MembershipApplication.objects.create(
        business_name="Studio Pending Check",
        primary_branch=b2,
        contact_name="Max Check",
        email="pending-check@example.lu",
        description="Pending application.",
        language="de",
        consent_at=now,
    )
    pending.other_branches.set([b1])

    # Contact messages, one unread and one read.
    ContactMessage.objects.create(
        page=members[1],
        sender_name="Nora Check",
        sender_email="nora@example.lu",
        subject="Layout check",
        body="Bonjour, une question…",
        language="fr",
    )
    ContactMessage.objects.create(
        page=members[0],
        sender_name="Tom Check",
        sender_email="tom@example.lu",
        subject="Read one",
        body="Hello",
        language="en",
        read_at=now,
    )

    # A matchmaking brief with recipients, and languages, branches and skills (M2M to moved models).
    brief = Brief.objects.create(
        text="Layout check: we need a bilingual brand identity and a small website.",
        language="en",
        page_language="fr",
        company="Check SA",
        contact_name="Ada Check",
        email="ada@check.example.lu",
        budget="5k-20k",
        deadline=date.today() + timedelta(days=60),
        canton="remote",
        consent_at=now,
        confirmed_at=now,
        sent_at=now,
    )
    brief.languages.set(SpokenLanguage.objects.filter(code__in=["fr", "en", "de"]))
    brief.branches.set([b1, b2])
    brief.skills.set(Skill.objects.order_by("pk")[:4])
    for rank, page in enumerate(members, start=1):
        BriefRecipient.objects.create(
            brief=brief,
            page=page,
            rank=rank,
            score=1.0 / rank,
            reasons="check",
            answer="interested" if rank == 1 else "",
            answered_at=now if rank == 1 else None,
            worked_together=rank == 1,
        )

    # Featured members on the French home page (a ParentalManyToMany), published.
    home = HomePage.objects.get(locale=fr)
    home.featured_members.set(members[:2])
    home.save_revision(user=editor, log_action=True).publish(user=editor)

    # Draft revisions (unpublished changes) of a live member page and of the home page.
    for page in (members[2].specific, HomePage.objects.get(locale=fr)):
        page.title += " (draft)"
        page.save_revision(user=editor, log_action=True)

    # A page that was never published, and made private.
    draft = StandardPage(title="Brouillon (contrôle migration)", slug="brouillon-controle", live=False)
    home.add_child(instance=draft)
    draft.save_revision(user=editor, log_action=True)
    PageViewRestriction.objects.create(page=draft, restriction_type=PageViewRestriction.PASSWORD, password="check")

    # A wagtail-localize translation of a snippet: the French footer text, with its en/de translations.
    footer = FooterText.objects.get(locale=fr)
    texts = {f.locale_id: plain(f.body) for f in FooterText.objects.filter(translation_key=footer.translation_key)}
    record_translations(footer, {en: {texts[fr.pk]: texts[en.pk]}, de: {texts[fr.pk]: texts[de.pk]}})

    # Log entries of moved models (wagtailcore_modellogentry points to their content types).
    for obj in (b1, Skill.objects.order_by("pk").first(), footer, SocialLinks.load(), SiteSettings.load()):
        log(instance=obj, action="wagtail.edit", user=editor)
    log(instance=SpokenLanguage.objects.order_by("pk").first(), action="wagtail.create", user=editor)

    # Permissions of moved models held by groups and by a user.
    moved_types = ContentType.objects.get_for_models(Branch, SpokenLanguage, FooterText, SocialLinks, SiteSettings)
    moved_perms = Permission.objects.filter(content_type__in=moved_types.values(), codename__startswith="change_")
    group, _created = Group.objects.get_or_create(name="Taxonomy editors (layout check)")
    group.permissions.add(*moved_perms)
    editor.user_permissions.add(*moved_perms.filter(codename__in=["change_branch", "change_footertext"]))
    Group.objects.get(name="Editors").permissions.add(*moved_perms.filter(codename="change_sociallinks"))

    # Tags: on a member page (members_membertag) and on an image (taggit_taggeditem, by content type).
    member = members[0].specific
    member.tags.add("layout-check", "identité")
    member.save_revision(user=editor).publish()
    get_image_model().objects.order_by("pk").first().tags.add("layout-check")

    # A webhook endpoint limited to page types (M2M to django_content_type), with a delivery.
    hook = WebhookEndpoint.objects.create(name="Layout check", url="https://hooks.example.lu/check", secret="s3cret")
    hook.page_types.set(ContentType.objects.get_for_models(MemberPage, HomePage).values())
    hook.deliveries.create(
        event="page.published",
        body='{"page": 1}',
        status="delivered",
        attempts=1,
        delivered_at=now,
        last_status_code=200,
    )

    # Member space: a deleted account's record and an old monthly statistic.
    AccountDeletion.objects.create(user_id_hint=99, pages="Atelier supprimé\nAtelier deleted", unpublished=True)
    MonthlyStat.objects.get_or_create(
        translation_key=members[0].translation_key, month=date(2020, 1, 1), defaults={"views": 7, "contacts": 1}
    )


if MembershipApplication.objects.filter(email=MARK).exists():
    print("Extras already added.")
else:
    add_extras()
    print("Extras added.")
