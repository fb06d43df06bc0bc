"""Deciding a membership application: approval creates the account and a draft page (in every language,
registered with wagtail-localize)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from core import emails
from members.models import BranchPage, MemberPage, MembershipApplication, MembershipStatus
from members.translations import other_locales, register_members


def _branch_page(application):
    locales = [application.language, "fr"]
    for code in locales:
        page = BranchPage.objects.filter(branch=application.primary_branch, locale__language_code=code).first()
        if page is not None:
            return page
    return None


def _check_pending(application):
    if application.status != MembershipApplication.Status.PENDING:
        raise ValidationError(_("This application has already been decided."))


@transaction.atomic
def approve(application, editor, reason=""):
    """Create the account and a draft member page owned by it, then e-mail the set-password link."""
    _check_pending(application)
    parent = _branch_page(application)
    if parent is None:
        raise ValidationError(
            _("There is no page for the branch “%(branch)s” yet.") % {"branch": application.primary_branch.label}
        )
    users = get_user_model()
    first, _space, last = application.contact_name.strip().partition(" ")
    user = users.objects.create_user(
        username=application.email.lower()[:150],
        email=application.email.lower(),
        first_name=first[:150],
        last_name=last[:150],
    )
    user.set_unusable_password()
    user.save()
    description = application.description.strip()
    page = MemberPage(
        title=application.business_name,
        locale=parent.locale,
        kind=application.kind,
        canton=application.canton,
        country=application.country,
        website=application.website,
        tagline=description[:160],
        bio="".join(
            f"<p>{escape(paragraph.strip())}</p>" for paragraph in description.split("\n\n") if paragraph.strip()
        ),
        membership_status=MembershipStatus.ACTIVE,
        live=False,
        owner=user,
    )
    page.branches = [application.primary_branch, *application.other_branches.all()]
    parent.add_child(instance=page)
    page.save_revision(user=editor)
    page.owners.add(user)
    # Its other language versions, drafts for now, are its wagtail-localize translations from the start.
    for locale in other_locales(page):
        page.copy_for_translation(locale, copy_parents=True)
    register_members([page.translation_key])
    application.user = user
    application.member_page = page
    _record(application, MembershipApplication.Status.APPROVED, editor, reason)
    link = emails.set_password_url(user, application.language)
    transaction.on_commit(
        lambda: emails.send(
            "application_approved",
            [application.email],
            {
                "application": application,
                "link": link,
                "space": emails.space_url("space:dashboard", application.language),
            },
            application.language,
        )
    )
    return page


@transaction.atomic
def reject(application, editor, reason):
    _check_pending(application)
    if not reason.strip():
        raise ValidationError(_("Give the reason: it is sent to the applicant."))
    _record(application, MembershipApplication.Status.REJECTED, editor, reason.strip())
    transaction.on_commit(
        lambda: emails.send(
            "application_rejected", [application.email], {"application": application}, application.language
        )
    )


def _record(application, status, editor, reason):
    application.status = status
    application.decided_by = editor
    application.decided_at = timezone.now()
    application.decision_reason = reason
    application.save()
