"""Subscribing (double opt-in, or at once for a member's own address), confirming, managing, unsubscribing.

The links in e-mails carry a subscription's secret token: the confirmation link, the private link that manages every
subscription of the address, and the one-click unsubscribe link (RFC 8058: a POST without session or CSRF token
unsubscribes; opening the link shows a button, so that mail scanners following links unsubscribe nobody).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import emails, limits

from .forms import SubscribeForm
from .kinds import clean_filters, describe, listing_url
from .models import Kind, Subscription, filters_key, normalise_email


def _language():
    return (get_language() or "fr")[:2]


def _own_address(user, email):
    return user.is_authenticated and user.email and normalise_email(user.email) == email


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The subscribe form (under listings through a slot, here on its own page when it needs correcting)."""
    language = _language()
    if request.method == "GET":
        kind = request.GET.get("kind", Kind.DIRECTORY)
        params = request.GET.get("params", "")
        initial = {"kind": kind, "params": params}
        if request.user.is_authenticated:
            initial["email"] = request.user.email
        form = SubscribeForm(initial=initial)
        status = 200 if kind in Kind.values else 400
        return render(request, "alerts/subscribe.html", _form_context(form, kind, params, language), status=status)
    form = SubscribeForm(request.POST)
    if form.is_spam:
        return redirect("alerts:sent")
    kind, params = request.POST.get("kind", ""), request.POST.get("params", "")
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", _form_context(form, kind, params, language), status=400)
    email = normalise_email(form.cleaned_data["email"])
    wait = limits.hit(request, "alerts_subscribe") or limits.hit(request, "alerts_address", key=f"alerts:{email}")
    if wait:
        form.add_error(None, _("Too many subscriptions were asked for from your connection or for this address. "
                               "Try again later."))  # fmt: skip
        response = render(request, "alerts/subscribe.html", _form_context(form, kind, params, language))
        return limits.too_many(response, wait)
    filters, _dropped = clean_filters(form.cleaned_data["kind"], QueryDict(params), language)
    subscription = _find_or_create(email, form.cleaned_data["kind"], filters, language)
    if _own_address(request.user, email):
        subscription.user = request.user
        subscription.confirmed_at = subscription.confirmed_at or timezone.now()
        subscription.save(update_fields=["user", "confirmed_at"])
        messages.success(request, _("Your alert is saved: you will get an e-mail when something new matches it."))
        return redirect("alerts:mine")
    if not subscription.is_confirmed:
        _send_confirmation(subscription)
    return redirect("alerts:sent")


def _form_context(form, kind, params, language):
    context = {"form": form, "kind_label": Kind(kind).label if kind in Kind.values else ""}
    if kind in Kind.values:
        filters, _dropped = clean_filters(kind, QueryDict(params), language)
        context["description"] = describe(Subscription(kind=kind, filters=filters), language)
        context["listing_url"] = listing_url(kind, language, Subscription(filters=filters).querystring)
    return context


def _find_or_create(email, kind, filters, language):
    key = filters_key(filters)
    subscription = Subscription.objects.filter(email=email, kind=kind, filters_key=key).first()
    if subscription is None:
        try:
            with transaction.atomic():
                return Subscription.objects.create(email=email, kind=kind, filters=filters, language=language)
        except IntegrityError:  # the same search subscribed twice at once
            subscription = Subscription.objects.get(email=email, kind=kind, filters_key=key)
    if subscription.language != language and not subscription.is_confirmed:  # a confirmed one keeps its language
        subscription.language = language
        subscription.save(update_fields=["language"])
    return subscription


def _send_confirmation(subscription):
    language = subscription.language
    context = {
        "description": describe(subscription, language),
        "confirm_url": emails.space_url("alerts:confirm", language, token=subscription.token),
        "manage_url": emails.space_url("alerts:manage", language, token=subscription.token),
    }
    emails.send("alerts/emails/confirm.txt", [subscription.email], context, language)


def sent(request):
    return render(request, "alerts/sent.html")


def chosen(subscriptions, data):
    """The one of ``subscriptions`` a form's "remove" names; none when it names nothing or is not a number."""
    remove = data.get("remove", "")
    return subscriptions.filter(pk=int(remove)) if remove.isdigit() else subscriptions.none()


def _by_token(token):
    return Subscription.objects.filter(token=token).first()


def _invalid(request):
    return render(request, "alerts/invalid.html", status=404)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    subscription = _by_token(token)
    if subscription is None:
        return _invalid(request)
    if request.method == "POST" or subscription.is_confirmed:
        subscription.confirm()
        messages.success(request, _("Your subscription is confirmed."))
        return redirect("alerts:manage", token=token)
    context = {"subscription": subscription, "description": describe(subscription)}
    return render(request, "alerts/confirm.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """Every subscription of the address the token belongs to; unsubscribe one or all."""
    subscription = _by_token(token)
    if subscription is None:
        return _invalid(request)
    mine = Subscription.objects.of_address(subscription.email)
    if request.method == "POST":
        removed = mine if request.POST.get("all") else chosen(mine, request.POST)
        count, _by_model = removed.delete()
        if count:
            messages.success(request, _("You are unsubscribed."))
        remaining = mine.first()
        if remaining is None:
            return render(request, "alerts/unsubscribed.html", {"remaining": None})
        return redirect("alerts:manage", token=remaining.token)
    return render(request, "alerts/manage.html", {"address": subscription.email, "rows": _rows(mine)})


def _rows(subscriptions):
    language = _language()
    urls = {}
    return [
        {
            "subscription": item,
            "description": describe(item, language),
            "url": listing_url(item.kind, language, item.querystring, cache=urls),
        }
        for item in subscriptions
    ]


@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" without a session or a token
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscription = _by_token(token)
    if request.method == "POST":
        remaining = None
        if subscription is not None:
            subscription.delete()
            remaining = Subscription.objects.of_address(subscription.email).first()
        return render(request, "alerts/unsubscribed.html", {"remaining": remaining})
    if subscription is None:
        return _invalid(request)
    context = {"subscription": subscription, "description": describe(subscription)}
    return render(request, "alerts/unsubscribe.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def mine(request):
    """My space: the member's alerts (those of the account and of its address)."""
    user = request.user
    subscriptions = Subscription.objects.filter(Q(user=user) | Q(email=normalise_email(user.email) or None))
    if request.method == "POST":
        count, _by_model = chosen(subscriptions, request.POST).delete()
        if count:
            messages.success(request, _("You are unsubscribed."))
        return redirect("alerts:mine")
    links = [
        (Kind(kind).label, listing_url(kind, _language()))
        for kind in Kind.values
    ]  # fmt: skip
    context = {"rows": _rows(subscriptions), "space_section": "alerts", "links": [pair for pair in links if pair[1]]}
    return render(request, "alerts/mine.html", context)
