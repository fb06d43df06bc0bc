"""What a member hears from moderation: the portal's own e-mails, in the member's language, linking to My space.

Wagtail tells the person who submitted a page when a workflow is approved or rejected, with its admin e-mails
(in English for a member without an admin language, "rejected during 'Moderators approval'", links to
``/admin/pages/<id>/edit/`` where a member is refused). Editors keep those. For a member (an account without
access to the admin), submitting turns them off on its Wagtail profile, the public setting behind the admin's
notification preferences (and a migration did it for the members before), and these receivers send instead:
"published" when an editor approves, "changes requested" with the editor's comment when one sends it back.
"""

from django.db import transaction
from wagtail.models import Page, WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from core import emails

from .mail_language import user_language
from .models import MemberPage

NOTIFICATIONS = ("approved_notifications", "rejected_notifications")
# Where a member finds a kind of page in My space: {page model: (page, language) -> absolute address}, filled by
# the apps above (the member space's posts); anything else links to My space's first page.
SPACE_LINKS = {}


def space_link(page, language):
    for model, link in SPACE_LINKS.items():
        if isinstance(page, model):
            return link(page, language)
    return emails.space_url("space:dashboard", language)


def is_member(user):
    """An account of the member space: active, without access to Wagtail's admin."""
    return user is not None and user.is_active and not user.has_perm("wagtailadmin.access_admin")


def quiet_admin_notifications(user):
    """Wagtail sends no approval or rejection e-mail to ``user``: the portal's own replace them."""
    profile = UserProfile.get_for_user(user)
    if any(getattr(profile, name) for name in NOTIFICATIONS):
        for name in NOTIFICATIONS:
            setattr(profile, name, False)
        profile.save(update_fields=list(NOTIFICATIONS))


def _recipients(workflow_state):
    """The members to tell: the page's owners for a member page, else the member who submitted it."""
    page = workflow_state.content_object
    if not isinstance(page, Page) or not is_member(workflow_state.requested_by):
        return None, []
    page = page.specific
    users = list(page.owners.all()) if isinstance(page, MemberPage) else []
    users = [user for user in users if is_member(user)] or [workflow_state.requested_by]
    return page, [user for user in users if user.email]


def _shown(page, language):
    """The page in ``language`` where it has a live version there, else the page itself."""
    return page.get_translations(inclusive=True).live().filter(locale__language_code=language).first() or page


def _tell(workflow_state, template, comment=""):
    page, users = _recipients(workflow_state)
    for user in users:
        language = user_language(user)
        shown = _shown(page, language).specific
        context = {
            "title": shown.title,
            "page_url": emails.absolute(shown) if shown.live else "",
            "space": space_link(page, language),
            "comment": comment,
            "user": user,
        }
        emails.send(template, [user.email], context, language)


def on_submitted(sender, instance, user=None, **kwargs):
    if is_member(instance.requested_by):
        quiet_admin_notifications(instance.requested_by)


def on_approved(sender, instance, user=None, **kwargs):
    transaction.on_commit(lambda: _tell(instance, "moderation_published"))


def on_rejected(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state
    comment = task_state.specific.get_comment() if task_state else ""
    transaction.on_commit(lambda: _tell(instance, "moderation_changes", comment))


workflow_submitted.connect(on_submitted, sender=WorkflowState, dispatch_uid="members_quiet_admin_notifications")
workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="members_moderation_published")
workflow_rejected.connect(on_rejected, sender=WorkflowState, dispatch_uid="members_moderation_changes")
