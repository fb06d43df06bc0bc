"""My space: a member's posts (job offers, calls, events): list, write, edit, close, delete (``posting``).

Only the owners of a member page reach its posts; a post of another member, by id, is a 404 like any page of
another member in My space.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core import limits
from members.access import get_owned_page

from . import posting
from .post_forms import PostForm

SAVED = gettext_lazy(
    "Saved. Your post is sent to the cluster's editors; it is published, in every language, once they approve it."
)


def _get_post(page, post_id):
    post = posting.get_post(page, post_id)
    if post is None:
        raise Http404
    return post


@login_required
def index(request, page_id):
    page = get_owned_page(request.user, page_id)
    posts = posting.member_posts(page)
    entries = [{"post": post, "state": post.state(), "live_page": post.live_page} for post in posts]
    message, _rate = posting.limit_message(page)
    context = {
        "entries": entries,
        "kinds": posting.KINDS.values(),
        "limit_message": message,
        "limits": posting.limits(),
        "open_count": sum(1 for entry in entries if entry["state"].code != "closed"),
        "space_page": page,
        "space_section": "posts",
    }
    return render(request, "space/posts.html", context)


def _rate_limited(request, form):
    """Counts one post sent by this account; the seconds to wait when it sends too many (``PORTAL_RATES``)."""
    wait = limits.hit(request, "post", key=f"user:{request.user.pk}")
    if wait:
        form.add_error(None, _("Too many posts sent from your account. Try again in an hour."))
    return wait


@login_required
@require_http_methods(["GET", "POST"])
def add(request, page_id, kind):
    page = get_owned_page(request.user, page_id)
    kind = posting.KINDS.get(kind)
    if kind is None:
        raise Http404
    form = PostForm(
        request.POST or None,
        kind=kind,
        member_page=page,
        initial={"language": (get_language() or "fr")[:2]},
    )
    limit, is_rate = posting.limit_message(page)
    wait = 0
    if request.method == "POST":
        if limit and not form.is_spam:
            form.add_error(None, limit)
            wait = 86400 if is_rate else 0
        else:
            saved, wait = _save(
                request, form, page, lambda form: posting.create(kind, page, request.user, form.facts(), form.texts())
            )
            if saved:
                return saved
    context = {"form": form, "kind": kind, "post": None, "limit_message": limit, "space_page": page}
    return _form_page(request, {**context, "space_section": "posts"}, wait)


def _save(request, form, page, save):
    """Save a sent form with ``save`` unless it is spam, invalid or over the account's rate: (the redirect to My
    posts or None, the seconds to wait when over the rate)."""
    if form.is_spam:
        return redirect("space:posts", page_id=page.pk), 0
    if not form.is_valid():
        return None, 0
    wait = _rate_limited(request, form)
    if wait:
        return None, wait
    save(form)
    messages.success(request, SAVED)
    return redirect("space:posts", page_id=page.pk), 0


def _form_page(request, context, wait):
    response = render(request, "space/post_edit.html", context)
    return limits.too_many(response, wait) if wait else response


def _initial(post):
    draft = post.draft
    initial = {name: getattr(draft, name) for name in post.kind.facts}
    for lang, values in posting.texts_of(post).items():
        for name, value in values.items():
            initial[f"{name}_{lang}"] = value
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, page_id, post_id):
    page = get_owned_page(request.user, page_id)
    post = _get_post(page, post_id)
    kwargs = {"kind": post.kind, "member_page": page, "source_language": post.language}
    wait = 0
    if request.method == "POST":
        form = PostForm(request.POST, **kwargs)
        saved, wait = _save(
            request, form, page, lambda form: posting.update(post, page, request.user, form.facts(), form.texts())
        )
        if saved:
            return saved
    else:
        form = PostForm(initial=_initial(post), **kwargs)
    context = {
        "form": form,
        "kind": post.kind,
        "post": post,
        "state": post.state(),
        "space_page": page,
        "space_section": "posts",
    }
    return _form_page(request, context, wait)


@login_required
@require_POST
def close(request, page_id, post_id):
    page = get_owned_page(request.user, page_id)
    post = _get_post(page, post_id)
    if posting.close(post, request.user):
        messages.success(
            request,
            _("“%(title)s” is closed: it left the listings in every language.") % {"title": post.title},
        )
    else:
        messages.error(request, _("Only a published post can be closed: delete a post that was never published."))
    return redirect("space:posts", page_id=page.pk)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, page_id, post_id):
    page = get_owned_page(request.user, page_id)
    post = _get_post(page, post_id)
    if request.method == "POST":
        title = post.title
        posting.delete(post, request.user)
        messages.success(request, _("“%(title)s” is deleted, in every language.") % {"title": title})
        return redirect("space:posts", page_id=page.pk)
    context = {"post": post, "space_page": page, "space_section": "posts"}
    return render(request, "space/post_delete.html", context)
