"""My space: the member's pages and their state, editing a page, previewing the draft, owners."""

import re

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core import emails
from core.machine_translation import translator
from core.translation_report import translation_rows
from members import rich_text as text
from members import uploads
from members.access import get_owned_page, language_versions, owned_pages
from members.mail_language import user_language
from members.models import SocialLink
from members.moderation import MemberChanges, state

from . import machine_drafts
from .forms import OwnerForm, ProfileForm, SocialLinkFormSet

FACTS = [
    "kind",
    "canton",
    "commune",
    "country",
    "year_founded",
    "team_size",
    "available_for_hire",
    "open_to_collaboration",
    "looking_for_clients",
    "looking_for_partners",
    "looking_for_talent",
    "website",
    "contact_email",
]


@login_required
def dashboard(request):
    language = get_language()[:2]
    pages = []
    for page in owned_pages(request.user):
        versions = language_versions(page)
        shown = versions.get(language, page)
        # The languages whose translation lags (missing, texts left, or older than the source).
        lagging = sorted({row.language for row in translation_rows(translation_keys=[page.translation_key])})
        pages.append(
            {"page": page, "state": state(page), "live_page": shown if shown.live else None, "lagging": lagging}
        )
    return render(request, "space/dashboard.html", {"pages": pages, "space_section": "dashboard"})


def _initial(changes):
    main = changes.main
    initial = {name: getattr(main, name) for name in FACTS}
    initial.update(
        title=main.title,
        branches=list(main.branches.all()),
        skills=list(main.skills.all()),
        languages=list(main.languages.all()),
        keywords=", ".join(tag.name for tag in main.tags.all()),
    )
    for lang in [changes.language, *changes.other_languages]:
        initial[f"tagline_{lang}"] = changes.text(lang, "tagline")
        initial[f"bio_{lang}"] = text.to_text(changes.text(lang, "bio"))
    return initial


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, page_id):
    page = get_owned_page(request.user, page_id)
    changes = MemberChanges(page)
    languages = [changes.language, *changes.other_languages]
    form_kwargs = {"languages": languages, "main_language": changes.language}
    links_initial = [{"platform": link.platform, "url": link.url} for link in changes.main.social_links.all()]
    drafts = machine_drafts.remembered(request, _drafts_key(page))
    if request.method == "POST" and request.POST.get("draft") in changes.other_languages:
        form, links, drafts = _machine_draft(request, page, changes, form_kwargs, drafts)
    elif request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, **form_kwargs)
        links = SocialLinkFormSet(request.POST, prefix="links")
        if form.is_valid() and links.is_valid():
            _apply(changes, form, links, request.user)
            _machine_marks(request, changes, form, drafts)
            machine_drafts.forget(request, _drafts_key(page))
            changes.submit(request.user)
            messages.success(
                request,
                _(
                    "Saved. Your changes are sent to the cluster's editors; the public page changes once they approve them."
                ),
            )
            return redirect("space:edit", page_id=page.pk)
    else:
        form = ProfileForm(initial=_initial(changes), **form_kwargs)
        links = SocialLinkFormSet(initial=links_initial, prefix="links")
    context = {
        "form": form,
        "links": links,
        "forms_with_errors": [f for f in links.forms if f.errors],
        "links_errors": links.non_form_errors(),
        "space_page": page,
        "space_section": "edit",
        "state": state(page),
        "draft": changes.main,
        "primary_branch": page.get_parent().specific.branch,
        "can_draft": translator() is not None,
        "main_language_name": get_language_info(changes.language)["name_translated"],
        "review_languages": _review_languages(changes, drafts),
    }
    return render(request, "space/edit.html", context)


def _drafts_key(page):
    return f"space_machine_drafts_{page.pk}"


def _machine_draft(request, page, changes, form_kwargs, drafts):
    """Fill one language's texts with a machine draft of the main language's (as typed), not saved."""
    lang = request.POST["draft"]
    data = request.POST.copy()
    main = changes.language
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", data.get(f"bio_{main}", "").replace("\r\n", "\n"))]
    paragraphs = [part for part in paragraphs if part]
    drafted = machine_drafts.ask(request, main, lang, [data.get(f"tagline_{main}", "").strip(), *paragraphs])
    if drafted is not None:
        tagline, *bio = drafted
        data[f"tagline_{lang}"], data[f"bio_{lang}"] = tagline, "\n\n".join(bio)
        drafts = machine_drafts.remember(
            request, _drafts_key(page), drafts, lang, {"tagline": tagline, "bio": "\n\n".join(bio)}
        )
    form = ProfileForm(data, **form_kwargs)
    links = SocialLinkFormSet(data, prefix="links")
    return form, links, drafts


def _machine_marks(request, changes, form, drafts):
    """A machine draft sent unchanged and not confirmed stays marked "machine translated"; ticking
    "I have read and corrected this translation" (or rewriting it) makes it the member's own."""
    data = form.cleaned_data
    for lang in changes.other_languages:
        sent = {field: data.get(f"{field}_{lang}") for field in ("tagline", "bio")}
        machine = machine_drafts.mark(request, lang, drafts.get(lang), sent)
        if machine is not None:
            changes.set_machine_mark(lang, machine)


def _review_languages(changes, drafts):
    """The languages whose texts are (or may become) a machine draft: a confirmation box for each."""
    return [
        lang
        for lang in changes.other_languages
        if lang in drafts or getattr(changes.drafts.get(lang), "machine_translated", False)
    ]


@transaction.atomic
def _apply(changes, form, links, user):
    data = form.cleaned_data
    main = changes.main
    for name in FACTS:
        value = data.get(name)
        setattr(main, name, value if value is not None else (None if name == "year_founded" else ""))
    main.title = data["title"]
    primary = changes.page.get_parent().specific.branch
    main.branches = list({branch.pk: branch for branch in [primary, *data["branches"]]}.values())
    main.skills = list(data["skills"])
    main.languages = list(data["languages"])
    main.tags.set([name.strip() for name in data["keywords"].split(",") if name.strip()][:30])
    main.social_links = [
        SocialLink(platform=entry["platform"], url=entry["url"], sort_order=n)
        for n, entry in enumerate(f.cleaned_data for f in links.forms if f.cleaned_data)
        if entry.get("platform") and entry.get("url") and not entry.get("DELETE")
    ]
    for field, remove, attribute in (("logo", "remove_logo", "logo"), ("cover", "remove_cover", "cover_image")):
        if data.get(field):
            setattr(main, attribute, uploads.save_image(data[field], f"{data['title']} – {field}"))
        elif data.get(remove):
            setattr(main, attribute, None)
    main.tagline = data[f"tagline_{changes.language}"]
    main.bio = text.to_html(data[f"bio_{changes.language}"])
    for lang in changes.other_languages:
        changes.set_text(lang, "tagline", data.get(f"tagline_{lang}", ""))
        changes.set_text(lang, "bio", text.to_html(data.get(f"bio_{lang}", "")))


@login_required
def preview(request, page_id):
    page = get_owned_page(request.user, page_id)
    language = request.GET.get("lang") or page.locale.language_code
    version = language_versions(page).get(language)
    if version is None:
        raise Http404
    draft = version.get_latest_revision_as_object()
    response = draft.make_preview_request(request, draft.default_preview_mode, {"space_preview": True})
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def owners(request, page_id):
    page = get_owned_page(request.user, page_id)
    form = OwnerForm(request.POST if request.POST.get("action") == "add" else None)
    if request.method == "POST":
        if request.POST.get("action") == "remove":
            return _remove_owner(request, page)
        if form.is_valid():
            _add_owner(request, page, form.cleaned_data["email"].lower())
            return redirect("space:owners", page_id=page.pk)
    context = {
        "form": form,
        "owners": page.owners.order_by("first_name", "pk"),
        "space_page": page,
        "space_section": "owners",
    }
    return render(request, "space/owners.html", context)


def _add_owner(request, page, email):
    users = get_user_model()
    user = users.objects.filter(email__iexact=email).first()
    context = {"page": page, "by": request.user.get_full_name() or _("another owner")}
    if user is None:
        user = users.objects.create_user(username=email[:150], email=email)
        user.set_unusable_password()
        user.save()
        page.owners.add(user)
        language = user_language(user)  # a new account: the page's language
        context["link"] = emails.set_password_url(user, language)
    else:
        page.owners.add(user)
        language = user_language(user)
        context["link"] = emails.space_url("space:dashboard", language)
    emails.send("owner_added", [user.email], context, language)
    messages.success(request, _("%(email)s can now edit this page; we have told them by e-mail.") % {"email": email})


def _remove_owner(request, page):
    owner = (
        page.owners.filter(pk=request.POST.get("user")).first() if str(request.POST.get("user", "")).isdigit() else None
    )
    if owner is None:
        raise Http404
    if page.owners.count() == 1:
        messages.error(
            request, _("A page keeps at least one owner. To leave, delete your account or add another owner first.")
        )
        return redirect("space:owners", page_id=page.pk)
    page.owners.remove(owner)
    messages.success(
        request, _("%(name)s no longer edits this page.") % {"name": owner.get_full_name() or owner.get_username()}
    )
    if owner == request.user:
        return redirect("space:dashboard")
    return redirect("space:owners", page_id=page.pk)
