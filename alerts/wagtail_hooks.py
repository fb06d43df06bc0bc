"""What alerts adds to other apps' pages and to My space, through hooks those apps read (core.slots,
core.personal_data), so that none of them imports alerts."""

from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.urls import reverse
from wagtail import hooks

from core.personal_data import DELETE, EXPORT
from core.slots import hook_name

from .forms import SubscribeForm
from .models import Kind, Subscription, normalise_email


def _directory_params(context, branch=""):
    """The directory search on the page as URL parameters (without view, sort and page), or the branch's."""
    query = context.get("query")
    if query is not None and hasattr(query, "params"):
        pairs = [pair for pair in query.params(view="", sort="", page="") if pair[0] not in ("view", "sort", "page")]
        return urlencode(pairs)
    return urlencode([("branch", branch)]) if branch else ""


@hooks.register(hook_name("subscribe"))
def subscribe_form(context, kind=Kind.DIRECTORY, branch=""):
    """The form "Get an e-mail when…" under a directory search, a branch, the jobs, calls or agenda listing."""
    if context.get("works_view"):
        return ""
    params = _directory_params(context, branch) if kind == Kind.DIRECTORY else context.get("filter_query", "")
    request = context.get("request")
    user = getattr(request, "user", None)
    initial = {"kind": kind, "params": params}
    if user is not None and user.is_authenticated:
        initial["email"] = user.email
    # On the directory the search changes in place (directory.js): the form reads it from the address bar.
    follows_url = kind == Kind.DIRECTORY and not branch
    values = {"form": SubscribeForm(initial=initial), "kind": kind, "params": params, "follows_url": follows_url}
    return render_to_string("alerts/includes/subscribe.html", values, request=request)


@hooks.register(hook_name("directory_head"))
def directory_feed_link(context, branch=""):
    """<link rel="alternate"> to the Atom feed of the directory search on the page."""
    if context.get("works_view"):
        return ""
    params = _directory_params(context, branch)
    url = reverse("alerts:directory_feed") + (f"?{params}" if params else "")
    return render_to_string("alerts/includes/feed_link.html", {"feed_url": url})


@hooks.register(EXPORT)
def export_subscriptions(user):
    subscriptions = _of_user(user).values(
        "email", "language", "kind", "filters", "created_at", "confirmed_at", "last_digest_at"
    )
    return {"alerts": list(subscriptions)}


@hooks.register(DELETE)
def delete_subscriptions(user):
    _of_user(user).delete()


def _of_user(user):
    found = Subscription.objects.filter(user=user)
    if user.email:
        found = found | Subscription.objects.filter(email=normalise_email(user.email))
    return found.order_by("pk")
