"""The contact relay: visitors write to a member without ever seeing the member's address.

The message is e-mailed to the member (the sender's address as Reply-To, so answering is
the member's choice) and kept in the member's inbox in My space. The sender gets a copy
that names the member but never shows the member's address.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core import emails, limits
from members.access import get_owned_page
from members.forms import ContactForm
from members.mail_language import page_language
from members.models import ContactMessage, MemberPage, MonthlyStat
from members.relay import main_page, recipients


@require_http_methods(["GET", "POST"])
def send(request, page_id):
    page = get_object_or_404(MemberPage.objects.live().public(), pk=page_id)
    form = ContactForm(request.POST or None)
    wait = 0
    if request.method == "POST":
        if form.is_spam:
            return _sent(page)
        if form.is_valid():
            # A sender over their own limit does not use up the member's.
            wait = limits.hit(request, "contact_ip") or limits.hit(
                request, "contact_member", key=f"member:{page.translation_key}"
            )
            if wait:
                form.add_error(
                    None, _("Too many messages were sent from your connection or to this member. Try again later.")
                )
            else:
                _relay(page, form)
                return _sent(page)
    context = {"page": page, "form": form, "member": page}
    response = render(request, "space/contact.html", context)
    return limits.too_many(response, wait) if wait else response


def _sent(page):
    return HttpResponseRedirect(f"{page.url}?contact=sent#contact", status=303)


def _relay(page, form):
    home = main_page(page)
    message = form.save(commit=False)
    message.page = home
    message.language = get_language()[:2]
    message.save()
    MonthlyStat.count(page.translation_key, "contacts")
    language = page_language(home)  # the member's, whatever the visitor's
    to = recipients(home)
    if to:
        context = {
            "message": message,
            "member": home,
            "inbox": emails.space_url("space:message", language, page_id=home.pk, message_id=message.pk),
        }
        emails.send("contact_member", to, context, language, reply_to=[message.sender_email])
    emails.send("contact_copy", [message.sender_email], {"message": message, "member": page}, message.language)


@login_required
def inbox(request, page_id):
    page = get_owned_page(request.user, page_id)
    messages_page = Paginator(ContactMessage.objects.filter(page=page), 20).get_page(request.GET.get("page"))
    context = {"messages_page": messages_page, "space_page": page, "space_section": "inbox"}
    return render(request, "space/inbox.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def message(request, page_id, message_id):
    page = get_owned_page(request.user, page_id)
    item = ContactMessage.objects.filter(page=page, pk=message_id).first()
    if item is None:
        raise Http404
    if request.method == "POST":
        item.delete()
        messages.success(request, _("The message is deleted."))
        return redirect("space:inbox", page_id=page.pk)
    if item.read_at is None:
        item.read_at = timezone.now()
        item.save(update_fields=["read_at"])
    context = {"item": item, "space_page": page, "space_section": "inbox"}
    return render(request, "space/message.html", context)
