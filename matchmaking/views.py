"""The public side of matchmaking: the brief form, the e-mail confirmation, the shortlist, the outcome.

The company's pages after the form are reached through the brief's private link (a random
UUID sent by e-mail), so no account is needed. Nothing reaches a creative before the
company has confirmed its address and chosen whom to send the brief to.
"""

import contextlib
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import emails, limits
from core.models import privacy_page
from members.mail_language import page_language
from members.models import MemberPage, MonthlyStat
from members.relay import main_page
from members.relay import recipients as member_addresses
from taxonomy.models import Skill

from .forms import BriefForm, OutcomeForm, SelectionForm, SkillsForm
from .models import Brief, BriefRecipient
from .ranking import Criteria, recognise, shortlist


def current_language():
    return (get_language() or "fr")[:2]


def brief_url(name, brief, language=None):
    """An absolute link to one of the brief's pages, in ``language`` (the brief's site language)."""
    return emails.space_url(f"matchmaking:{name}", language or brief.page_language, token=brief.token)


@never_cache  # each form carries its own key, so that a second submit is recognised
@require_http_methods(["GET", "POST"])
def brief(request):
    language = current_language()
    form = BriefForm(request.POST if request.method == "POST" else None, language=language)
    wait = 0
    if request.method == "POST":
        if form.is_spam:
            return redirect("matchmaking:sent")
        nonce = _uuid_or_none(form.data.get("nonce"))
        if nonce and Brief.objects.filter(nonce=nonce).exists():
            return redirect("matchmaking:sent")  # sent twice (double click, reload): stored and mailed once
        if form.is_valid():
            wait = limits.hit(request, "brief")
            if wait:
                form.add_error(None, _("Too many briefs were sent from your connection. Try again in an hour."))
            else:
                with contextlib.suppress(IntegrityError):  # the same form arrived twice at the same moment
                    _store(form, language)
                return redirect("matchmaking:sent")
    else:
        form.initial["nonce"] = uuid.uuid4()
    context = {"form": form, "privacy_page": privacy_page(request)}
    response = render(request, "matchmaking/brief.html", context)
    return limits.too_many(response, wait) if wait else response


def _uuid_or_none(value):
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _store(form, language):
    with transaction.atomic():
        item = form.save(commit=False)
        item.nonce = form.cleaned_data.get("nonce")
        item.language = form.detection.language
        item.page_language = language
        item.consent_at = timezone.now()
        item.save()
        form.save_m2m()
        codes = recognise(item.text, language=item.language)
        if codes:
            item.skills.set(Skill.objects.filter(code__in=codes))
    context = {"brief": item, "link": brief_url("confirm", item)}
    emails.send("matchmaking/emails/confirm.txt", [item.email], context, language)
    return item


def sent(request):
    return render(request, "matchmaking/sent.html")


def _brief_or_404(token):
    found = Brief.objects.filter(token=token).first()
    if found is None:
        raise Http404
    return found


@never_cache  # a private link: never in a shared cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    item = _brief_or_404(token)
    if item.is_confirmed:
        return redirect("matchmaking:shortlist", token=item.token)
    if request.method == "POST":
        Brief.objects.filter(pk=item.pk, confirmed_at__isnull=True).update(confirmed_at=timezone.now())
        return HttpResponseRedirect(reverse("matchmaking:shortlist", kwargs={"token": item.token}), status=303)
    return render(request, "matchmaking/confirm.html", {"brief": item, "private": True})


def criteria_for(item, language, limit):
    return Criteria(
        text=item.text,
        language=language,
        brief_language=item.language,
        branches=tuple(item.branches.values_list("code", flat=True)),
        canton=item.canton,
        languages=tuple(item.languages.values_list("code", flat=True)),
        limit=limit,
        skills=confirmed_skills(item),
    )


def confirmed_skills(item):
    """The brief's skills as stored (recognised surely, or as the company corrected them); None: read the text."""
    codes = tuple(item.skills.values_list("code", flat=True))
    return codes if codes or item.skills_confirmed else None


def skill_choices(found, chosen):
    """Checkbox choices: each skill read in the brief (“words” → label), then the company's other choices."""
    choices, seen = [], set()
    for words, labelled in found.read + found.suggestions:
        for code, label in labelled:
            if code not in seen:
                seen.add(code)
                choices.append((code, f"“{words}” → {label}"))
    labels = dict(found.skills)
    choices += [(code, labels.get(code, code)) for code in chosen if code not in seen]
    return choices


def _update_skills(request, item, found):
    """The company's correction of the skills read in its brief; returns the form (bound, maybe invalid)."""
    chosen = list(item.skills.values_list("code", flat=True))
    form = SkillsForm(request.POST, choices=skill_choices(found, chosen), prefix="read")
    if form.is_valid():
        item.skills.set(Skill.objects.filter(code__in=form.cleaned_data["skills"]))
        Brief.objects.filter(pk=item.pk).update(skills_confirmed=True)
    return form


@never_cache  # a private link: never in a shared cache
@require_http_methods(["GET", "POST"])
def shortlist_view(request, token):
    item = _brief_or_404(token)
    if not item.is_confirmed:
        return redirect("matchmaking:confirm", token=item.token)
    language = current_language()
    recipients = list(item.recipients.select_related("page").order_by("rank"))
    if item.sent_at:
        context = {"brief": item, "recipients": recipients, "private": True}
        return render(request, "matchmaking/sent_to.html", context)
    more = request.GET.get("more") == "1" or request.POST.get("more") == "1"
    limit = settings.MATCHMAKING_MAX_SHORTLIST if more else settings.MATCHMAKING_SHORTLIST_SIZE
    found = shortlist(criteria_for(item, language, limit))
    url = reverse("matchmaking:shortlist", kwargs={"token": item.token}) + ("?more=1" if more else "")
    if request.method == "POST" and request.POST.get("action") == "skills":
        skills_form = _update_skills(request, item, found)
        if skills_form.is_valid():
            return HttpResponseRedirect(url, status=303)
    chosen = list(item.skills.values_list("code", flat=True))
    skills_form = SkillsForm(initial={"skills": chosen}, choices=skill_choices(found, chosen), prefix="read")
    sending = request.method == "POST" and request.POST.get("action") != "skills"
    form = SelectionForm(request.POST if sending else None, matches=found.results)
    if sending and form.is_valid():
        chosen_pages = set(form.cleaned_data["creatives"])
        _send(item, [m for m in found.results if m.page_id in chosen_pages], found.results)
        return HttpResponseRedirect(reverse("matchmaking:shortlist", kwargs={"token": item.token}), status=303)
    context = {
        "brief": item,
        "shortlist": found,
        "form": form,
        "skills_form": skills_form,
        "more": more,
        "private": True,
    }
    return render(request, "matchmaking/shortlist.html", context)


def _send(item, matches, ranked):
    """Send the brief to the chosen creatives (once: a second submit finds it sent)."""
    with transaction.atomic():
        if not Brief.objects.filter(pk=item.pk, sent_at__isnull=True).update(sent_at=timezone.now()):
            return
        pages = MemberPage.objects.live().public().in_bulk([m.page_id for m in matches])
        created = []
        for match in matches:
            page = pages.get(match.page_id)
            if page is None:
                continue
            home = main_page(page)
            recipient = BriefRecipient.objects.create(
                brief=item,
                page=home,
                rank=ranked.index(match) + 1,
                score=match.score,
                reasons=" · ".join(match.reasons),
            )
            created.append((recipient, home))
    for recipient, home in created:
        MonthlyStat.count(home.translation_key, "contacts")
        _tell_member(recipient, home)


def _tell_member(recipient, home):
    to = member_addresses(home)
    if not to:
        return
    language = page_language(home)  # the member's chosen language
    link = emails.space_url("space:brief", language, page_id=home.pk, recipient_id=recipient.pk)
    emails.send(
        "matchmaking/emails/new_brief.txt", to, {"recipient": recipient, "member": home, "link": link}, language
    )


@never_cache  # a private link: never in a shared cache
@require_http_methods(["GET", "POST"])
def outcome(request, token):
    item = _brief_or_404(token)
    recipients = list(item.recipients.select_related("page"))
    if not item.sent_at or not recipients:
        raise Http404
    form = OutcomeForm(request.POST if request.method == "POST" else None, recipients=recipients)
    if request.method == "POST" and form.is_valid():
        chosen = set(form.cleaned_data.get("creatives") or [])
        worked = form.cleaned_data["outcome"] == Brief.Outcome.WORKED_TOGETHER
        with transaction.atomic():
            for recipient in recipients:
                recipient.worked_together = worked and recipient.pk in chosen
                recipient.save(update_fields=["worked_together"])
            item.outcome = form.cleaned_data["outcome"]
            item.outcome_at = timezone.now()
            item.save(update_fields=["outcome", "outcome_at"])
        return render(request, "matchmaking/outcome_thanks.html", {"brief": item, "private": True})
    return render(request, "matchmaking/outcome.html", {"brief": item, "form": form, "private": True})
