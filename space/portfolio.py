"""My space: portfolio items of a member page (add, edit, remove, reorder).

Items are edited on the main language's draft and identified by their translation key
(a new item has no database id until it is published). Every change goes through
``MemberChanges.submit``, like the rest of the page.
"""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.machine_translation import translator
from members import uploads
from members.access import get_owned_page
from members.models import MediaType, PortfolioItem
from members.moderation import ITEM_TEXTS, MemberChanges

from . import machine_drafts
from .forms import PortfolioItemForm

MAX_ITEMS = 30


def _items(changes):
    return sorted(changes.main.portfolio_items.all(), key=lambda item: item.sort_order)


def _save_items(changes, items, user):
    for order, item in enumerate(items):
        item.sort_order = order
    changes.main.portfolio_items = items
    changes.submit(user)


def _get(changes, item_key):
    item = changes.item(item_key)
    if item is None:
        raise Http404
    return item


@login_required
def index(request, page_id):
    page = get_owned_page(request.user, page_id)
    changes = MemberChanges(page)
    context = {"items": _items(changes), "space_page": page, "space_section": "portfolio", "max_items": MAX_ITEMS}
    return render(request, "space/portfolio.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, page_id, item_key=None):
    page = get_owned_page(request.user, page_id)
    changes = MemberChanges(page)
    item = _get(changes, item_key) if item_key else None
    items = _items(changes)
    if item is None and len(items) >= MAX_ITEMS:
        messages.error(
            request, _("A portfolio holds at most %(count)d items: remove one first.") % {"count": MAX_ITEMS}
        )
        return redirect("space:portfolio", page_id=page.pk)
    kwargs = {"item": item, "languages": changes.other_languages}
    drafts_key = f"space_machine_drafts_{page.pk}_{item.translation_key if item else 'new'}"
    drafts = machine_drafts.remembered(request, drafts_key)
    if request.method == "POST" and request.POST.get("draft") in changes.other_languages:
        form, drafts = _machine_draft(request, changes, kwargs, drafts_key, drafts)
    elif request.method == "POST":
        form = PortfolioItemForm(request.POST, request.FILES, **kwargs)
        if form.is_valid():
            if item is None:
                item = PortfolioItem(locale=changes.main.locale, translation_key=uuid.uuid4())
                items.append(item)
            _apply(changes, item, form.cleaned_data)
            _machine_marks(request, changes, item, form.cleaned_data, drafts)
            machine_drafts.forget(request, drafts_key)
            _save_items(changes, items, request.user)
            messages.success(request, _("Saved. The item appears on your public page once the editors approve it."))
            return redirect("space:portfolio", page_id=page.pk)
    else:
        machine_drafts.forget(request, drafts_key)  # a draft asked for earlier and left unsaved is gone
        drafts = {}
        initial = (
            {name: getattr(item, name) for name in ["media_type", "year", *ITEM_TEXTS, "video_url", "client"]}
            if item
            else {"media_type": MediaType.IMAGE}
        )
        if item:
            for lang in changes.other_languages:
                for field in ITEM_TEXTS:
                    initial[f"{field}_{lang}"] = changes.item_text(lang, item.translation_key, field)
        form = PortfolioItemForm(initial=initial, **kwargs)
    review_languages = [
        lang
        for lang in changes.other_languages
        if lang in drafts or (item is not None and changes.machine_item(lang, item.translation_key))
    ]
    context = {
        "form": form,
        "item": item,
        "space_page": page,
        "space_section": "portfolio",
        "can_draft": translator() is not None,
        "main_language_name": get_language_info(changes.language)["name_translated"],
        "review_languages": review_languages,
        "languages_open": bool(form.errors or review_languages),
    }
    return render(request, "space/portfolio_edit.html", context)


def _machine_draft(request, changes, kwargs, drafts_key, drafts):
    """Fill one language's texts of the item with a machine draft of the main language's (as typed), not saved.
    The form comes back unbound, with the input as its initial values: a browser does not send a chosen file
    again, so the member is told to choose it again (an item that has its image keeps it)."""
    lang = request.POST["draft"]
    data = request.POST.dict()
    drafted = machine_drafts.ask(request, changes.language, lang, [data.get(field, "").strip() for field in ITEM_TEXTS])
    if drafted is not None:
        texts = dict(zip(ITEM_TEXTS, drafted, strict=True))
        data.update({f"{field}_{lang}": value for field, value in texts.items()})
        drafts = machine_drafts.remember(request, drafts_key, drafts, lang, texts)
    if request.FILES:
        messages.warning(request, _("A file you had chosen is not kept: choose it again before saving."))
    return PortfolioItemForm(initial=data, **kwargs), drafts


def _machine_marks(request, changes, item, data, drafts):
    """Like the page's texts (``space.machine_drafts``), for this item's texts only: the page's own mark stays."""
    for lang in changes.other_languages:
        sent = {field: data.get(f"{field}_{lang}") for field in ITEM_TEXTS}
        machine = machine_drafts.mark(request, lang, drafts.get(lang), sent)
        if machine is not None:
            changes.set_machine_mark(lang, machine, item_key=item.translation_key)


def _apply(changes, item, data):
    for name in ["media_type", "year", "client", "credits", "caption", "title", "alt_text", "video_url"]:
        value = data.get(name)
        setattr(item, name, value if value is not None else (None if name == "year" else ""))
    if data.get("image"):
        item.image = uploads.save_image(data["image"], data["title"])
    if data.get("document"):
        item.document = uploads.save_document(data["document"], data["title"])
    if item.media_type == MediaType.IMAGE:
        item.document = None
    if item.media_type != MediaType.VIDEO:
        item.video_url = ""
    for lang in changes.other_languages:
        for field in ITEM_TEXTS:
            changes.set_item_text(lang, item.translation_key, field, data.get(f"{field}_{lang}", ""))


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, page_id, item_key):
    page = get_owned_page(request.user, page_id)
    changes = MemberChanges(page)
    item = _get(changes, item_key)
    if request.method == "POST":
        _save_items(
            changes, [other for other in _items(changes) if other.translation_key != item.translation_key], request.user
        )
        messages.success(request, _("“%(title)s” is removed from your draft.") % {"title": item.title})
        return redirect("space:portfolio", page_id=page.pk)
    context = {"item": item, "space_page": page, "space_section": "portfolio"}
    return render(request, "space/portfolio_delete.html", context)


@login_required
@require_POST
def move(request, page_id, item_key):
    page = get_owned_page(request.user, page_id)
    changes = MemberChanges(page)
    item = _get(changes, item_key)
    items = _items(changes)
    position = next(n for n, other in enumerate(items) if other.translation_key == item.translation_key)
    target = position - 1 if request.POST.get("direction") == "up" else position + 1
    if 0 <= target < len(items):
        items[position], items[target] = items[target], items[position]
        _save_items(changes, items, request.user)
    return redirect("space:portfolio", page_id=page.pk)
