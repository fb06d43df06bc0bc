"""GDPR in My space: download all of one's data, delete one's account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import WorkflowState

from core import personal_data
from members.access import owned_pages
from members.models import AccountDeletion, ContactMessage, MemberPage, MembershipStatus, MonthlyStat

from . import posting
from .briefs import received
from .forms import DeleteAccountForm

PAGE_FIELDS = [
    "title", "tagline", "bio", "kind", "canton", "commune", "country", "year_founded", "team_size", "website",
    "contact_email", "available_for_hire", "open_to_collaboration", "looking_for_clients", "looking_for_partners",
    "looking_for_talent", "membership_status",
]  # fmt: skip
ITEM_FIELDS = ["title", "year", "client", "credits", "caption", "alt_text", "media_type", "video_url"]


def _page_data(page):
    data = {name: getattr(page, name) for name in PAGE_FIELDS}
    data.update(
        language=page.locale.language_code,
        live=page.live,
        url=page.full_url if page.live else None,
        branches=[branch.code for branch in page.branches.all()],
        skills=[skill.code for skill in page.skills.all()],
        languages=[language.code for language in page.languages.all()],
        tags=[tag.name for tag in page.tags.all()],
        social_links=[{"platform": link.platform, "url": link.url} for link in page.social_links.all()],
        portfolio=[
            {
                **{name: getattr(item, name) for name in ITEM_FIELDS},
                "image": item.image.file.name if item.image else None,
                "document": item.document.url if item.document else None,
            }
            for item in page.portfolio_items.all()
        ],
    )
    return data


def briefs_received(page):
    """Matchmaking briefs sent to the member, with the company's contact only where the member answered yes."""
    found = []
    for recipient in received(page):
        item = {
            "brief": recipient.brief.text,
            "company": recipient.brief.company,
            "sent_at": recipient.sent_at,
            "answer": recipient.answer,
            "answered_at": recipient.answered_at,
        }
        if recipient.answer == recipient.Answer.INTERESTED:
            item.update(contact_name=recipient.brief.contact_name, email=recipient.brief.email)
        found.append(item)
    return found


def posts_written(page):
    """The job offers, calls and events the member wrote in My space, each with its languages and state."""
    return [
        {
            "kind": post.kind.code,
            "title": post.title,
            "state": post.state().code,
            "versions": {lang: version.url or "" for lang, version in post.versions.items()},
        }
        for post in posting.member_posts(page)
    ]


def collect(user):
    """Everything the portal holds about ``user``, as JSON-ready data."""
    pages = []
    for page in owned_pages(user):
        versions = MemberPage.objects.filter(translation_key=page.translation_key).select_related("locale")
        pages.append(
            {
                "versions": [_page_data(version) for version in versions],
                "draft": _page_data(page.get_latest_revision_as_object()),
                "messages": list(
                    ContactMessage.objects.filter(page=page).values(
                        "sender_name", "sender_email", "subject", "body", "language", "created_at", "read_at"
                    )
                ),
                "briefs": briefs_received(page),
                "posts": posts_written(page),
                "statistics": list(
                    MonthlyStat.objects.filter(translation_key=page.translation_key).values(
                        "month", "views", "contacts"
                    )
                ),
            }
        )
    return {
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "applications": list(
            user.membership_applications.values(
                "business_name",
                "kind",
                "contact_name",
                "email",
                "website",
                "description",
                "language",
                "consent_at",
                "created_at",
                "status",
                "decision_reason",
            )
        ),  # fmt: skip
        "pages": pages,
        # What other apps hold about the account (alerts...), each under its own name.
        **personal_data.export(user),
    }


@login_required
@require_http_methods(["GET", "POST"])
def export(request):
    if request.method == "POST":
        body = json.dumps(collect(request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="my-data-{timezone.localdate():%Y-%m-%d}.json"'
        response["Cache-Control"] = "private, no-store"
        return response
    return render(request, "space/export.html", {"space_section": "export"})


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        delete_user(request.user)
        logout(request)
        messages.success(request, _("Your account is deleted. Thank you for having been part of the cluster."))
        return redirect(f"/{get_language()[:2]}/")
    pages = [{"page": page, "shared": page.owners.count() > 1} for page in owned_pages(request.user)]
    return render(request, "space/delete_account.html", {"form": form, "pages": pages, "space_section": "delete"})


@transaction.atomic
def delete_user(user):
    """Delete the account; pages it alone owned go offline in every language, with their messages."""
    record = AccountDeletion(user_id_hint=user.pk)
    titles = []
    for page in owned_pages(user):
        titles.append(f"{page.title} (#{page.pk})")
        if page.owners.exclude(pk=user.pk).exists():
            continue
        for state in WorkflowState.objects.active().for_instance(page):
            state.cancel(user=None)
        record.messages_deleted += ContactMessage.objects.filter(page=page).delete()[0]
        for post in posting.member_posts(page):  # its offers and events leave with it
            posting.close(post, None)
        for version in MemberPage.objects.filter(translation_key=page.translation_key):
            if version.live:
                version.unpublish()
                record.unpublished = True
            MemberPage.objects.filter(pk=version.pk).update(membership_status=MembershipStatus.FORMER, contact_email="")
    record.pages = "\n".join(titles)
    # Applications stay as the editors' history, without the personal details.
    user.membership_applications.update(contact_name="—", email="deleted@invalid", website="", description="")
    record.save()
    personal_data.delete(user)
    user.delete()
    return record
