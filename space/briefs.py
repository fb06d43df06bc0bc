"""Briefs in the member space: a creative reads the briefs sent to them and answers in one click.

The company's address is shown to the creative only once they answer "interested"; the
company then gets an e-mail that names the creative and whose Reply-To reaches them.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core import emails
from matchmaking.models import BriefRecipient
from members.access import get_owned_page
from members.relay import recipients as member_addresses


def received(page):
    return BriefRecipient.objects.filter(page=page).select_related("brief").order_by("-sent_at", "-pk")


@login_required
def briefs(request, page_id):
    page = get_owned_page(request.user, page_id)
    listing = Paginator(received(page), 20).get_page(request.GET.get("page"))
    context = {"briefs_page": listing, "space_page": page, "space_section": "briefs"}
    return render(request, "space/briefs.html", context)


def _recipient(request, page_id, recipient_id):
    page = get_owned_page(request.user, page_id)
    found = received(page).filter(pk=recipient_id).first()
    if found is None:
        raise Http404
    return page, found


@login_required
@require_http_methods(["GET"])
def brief(request, page_id, recipient_id):
    page, recipient = _recipient(request, page_id, recipient_id)
    if recipient.read_at is None:
        recipient.read_at = timezone.now()
        recipient.save(update_fields=["read_at"])
    context = {"recipient": recipient, "item": recipient.brief, "space_page": page, "space_section": "briefs"}
    return render(request, "space/brief.html", context)


@login_required
@require_POST
def answer(request, page_id, recipient_id):
    page, recipient = _recipient(request, page_id, recipient_id)
    choice = request.POST.get("answer")
    if choice not in (BriefRecipient.Answer.INTERESTED, BriefRecipient.Answer.DECLINED):
        messages.error(request, _("Choose “interested” or “not for me”."))
        return redirect("space:brief", page_id=page.pk, recipient_id=recipient.pk)
    if recipient.answer:
        messages.info(request, _("You have already answered this brief."))
        return redirect("space:brief", page_id=page.pk, recipient_id=recipient.pk)
    now = timezone.now()
    updated = BriefRecipient.objects.filter(pk=recipient.pk, answer="").update(
        answer=choice, answered_at=now, read_at=recipient.read_at or now
    )
    if updated:
        recipient.answer, recipient.answered_at = choice, now
        _tell_company(recipient, page)
    if choice == BriefRecipient.Answer.INTERESTED:
        messages.success(request, _("The company has been told that you are interested. Its details are below."))
    else:
        messages.success(request, _("The company has been told that this brief is not for you."))
    return redirect("space:brief", page_id=page.pk, recipient_id=recipient.pk)


def _tell_company(recipient, page):
    item = recipient.brief
    language = item.page_language
    versions = page.get_translations(inclusive=True).live().filter(locale__language_code=language)
    shown = versions.first() or page
    addresses = member_addresses(page)
    interested = recipient.answer == BriefRecipient.Answer.INTERESTED
    context = {
        "brief": item,
        "recipient": recipient,
        "member": shown,
        "member_url": emails.absolute(shown.url) if shown.live and shown.url else "",
        "member_email": addresses[0] if interested and addresses else "",
        "shortlist": emails.space_url("matchmaking:shortlist", language, token=item.token),
    }
    template = "interested" if interested else "declined"
    emails.send(
        f"matchmaking/emails/{template}.txt",
        [item.email],
        context,
        language,
        reply_to=addresses[:1] if interested and addresses else None,
    )
