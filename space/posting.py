"""A member's posts: the job offers, collaboration requests / calls for tender and events it publishes from My space.

They are the existing page types in the existing trees (``jobs.JobPage`` under the language's
``JobIndexPage``, ``jobs.CollaborationPage`` under ``CollaborationIndexPage``, ``agenda.EventPage`` under
``AgendaPage``), so the listings, feeds, iCal, sitemap, API and JSON-LD show them as they show editors' posts.

A post is written in one to three languages. The first is its source, made under that language's index; the
site's other languages are its translations (``copy_for_translation``, as wagtail-localize makes them): a
language the member wrote carries its text, the others the source's text, untranslated for editors. The member
is the publisher (the page's member field, synchronised across languages); nobody chooses another member.

Every change saves a revision of each language version and sends the source to the moderation workflow, like a
member's page (``members.moderation``): an earlier submission waiting is replaced. When an editor approves,
``publish_post_versions`` (on ``workflow_approved``) publishes the other languages at once and records the
member's own translations with wagtail-localize. Closing (an offer or a call expires now, an event is
unpublished) and deleting take effect at once, in every language.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale, Page, PageLogEntry, WorkflowState
from wagtail.signals import workflow_approved
from wagtail_localize.models import TranslationSource

from agenda.models import AgendaPage, EventPage
from core import emails
from core.translations import record_translations
from jobs.dates import today
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage
from members import rich_text
from members.models import MemberPage
from members.moderation import state
from members.moderation_mail import SPACE_LINKS

CREATED = "wagtail.create"


@dataclass(frozen=True)
class Text:
    """A text the member writes in each language: ``line`` (one line), ``plain`` (paragraphs kept as typed),
    ``rich`` (paragraphs stored as rich text) or ``stream`` (paragraph blocks of a stream field)."""

    name: str
    form: str
    required: bool = True
    max_length: int = 8000


@dataclass(frozen=True)
class Kind:
    code: str  # in My space's addresses: job, call, event
    model: type
    index_model: type
    member_field: str  # the publisher: the member page
    name_field: str  # the publisher's name typed by an editor: empty for a member's post
    facts: tuple  # the same in every language
    texts: tuple  # written per language
    label: str
    new_label: str

    def last_day(self, page):
        """The last day an offer or request is open; ``None`` for an event."""
        return getattr(page, {"job": "expiry_date", "call": "deadline"}.get(self.code, ""), None)


KINDS = {
    "job": Kind(
        "job",
        JobPage,
        JobIndexPage,
        "employer_member",
        "employer_name",
        (
            "contract_type",
            "workload",
            "location",
            "remote",
            "branch",
            "start_date",
            "expiry_date",
            "apply_url",
            "apply_email",
        ),
        (
            Text("title", "line", max_length=255),
            Text("description", "stream"),
            Text("how_to_apply", "rich", required=False, max_length=4000),
        ),
        _("Job offer"),
        _("New job offer"),
    ),
    "call": Kind(
        "call",
        CollaborationPage,
        CollaborationIndexPage,
        "author_member",
        "author_name",
        ("kind", "branch", "deadline", "budget"),
        (
            Text("title", "line", max_length=255),
            Text("summary_text", "plain", max_length=400),
            Text("description", "stream"),
            Text("how_to_respond", "rich", max_length=4000),
        ),
        _("Collaboration request or call for tender"),
        _("New collaboration request or call for tender"),
    ),
    "event": Kind(
        "event",
        EventPage,
        AgendaPage,
        "organiser_member",
        "organiser_name",
        (
            "start",
            "end",
            "all_day",
            "event_type",
            "branch",
            "venue_name",
            "venue_address",
            "online_url",
            "registration_url",
        ),
        (
            Text("title", "line", max_length=255),
            Text("intro", "plain", max_length=600),
            Text("body", "stream", required=False),
        ),
        _("Event"),
        _("New event"),
    ),
}
# Facts stored in fields wagtail-localize translates (a place's name, a budget): the same text in every language,
# recorded as translated unchanged.
TRANSLATABLE_FACTS = {"location", "budget", "venue_name", "venue_address"}


def kind_of(page):
    return next((kind for kind in KINDS.values() if isinstance(page, kind.model)), None)


def limits():
    return {"open": 10, "per_day": 5, "days_ahead": 365, **getattr(settings, "PORTAL_POST_LIMITS", {})}


# --- texts between the form (plain text) and the page (rich text, stream fields) --------------------------------


def text_value(page, text):
    """What the member reads of ``text`` in ``page``, as plain text."""
    value = getattr(page, text.name)
    if text.form == "stream":
        return "\n\n".join(
            rich_text.to_text(block.value.source) for block in value if block.block_type == "paragraph"
        ).strip()
    if text.form == "rich":
        return rich_text.to_text(value)
    return value or ""


def set_text(page, text, value):
    value = (value or "").strip()
    if text.form == "stream":
        html = rich_text.to_html(value)
        setattr(page, text.name, [("paragraph", html)] if html else [])
    elif text.form == "rich":
        setattr(page, text.name, rich_text.to_html(value))
    else:
        setattr(page, text.name, value)


def paragraphs(page, text):
    """The plain paragraphs of a multi-paragraph text (as wagtail-localize cuts rich text into segments)."""
    if text.form in ("stream", "rich"):
        return [part.strip() for part in text_value(page, text).split("\n\n") if part.strip()]
    return [text_value(page, text)] if text_value(page, text) else []


# --- a member's posts ----------------------------------------------------------------------------------------------


@dataclass
class Post:
    kind: Kind
    source: Page  # the language version written first (the wagtail-localize source), as stored
    versions: dict  # language code -> page, as stored

    @property
    def pk(self):
        return self.source.pk

    @property
    def draft(self):
        return self.source.get_latest_revision_as_object()

    @property
    def language(self):
        return self.source.locale.language_code

    @property
    def title(self):
        return self.source.draft_title or self.source.title

    @property
    def live_page(self):
        """The public page in the current language where it is live, else the source's where live."""
        current = self.versions.get((get_language() or "")[:2])
        if current is not None and current.live:
            return current
        return self.source if self.source.live else None

    @property
    def current(self):
        """The source as the public sees it when live, else as the member last saved it."""
        if "_current" not in self.__dict__:
            self.__dict__["_current"] = self.source if self.source.live else self.draft
        return self.__dict__["_current"]

    def is_closed(self):
        """An offer or request that expired, an event that is over or that the member unpublished."""
        last_day = self.kind.last_day(self.current)
        if last_day is not None:
            return last_day < today()
        if self.current.end < timezone.now():
            return True
        return not self.source.live and self.source.first_published_at is not None and not self._in_workflow()

    def _in_workflow(self):
        return WorkflowState.objects.active().for_instance(self.source).exists()

    def state(self):
        if self.is_closed():
            last_day = self.kind.last_day(self.current)
            if last_day is not None:
                return PostState("closed", _("Closed"), since=last_day)
            if self.current.end < timezone.now():
                return PostState("closed", _("Over"), since=self.current.end)
            return PostState("closed", _("Unpublished"))
        current = state(self.source)
        return PostState(current.code, current.label, comment=current.comment, since=current.since)


@dataclass
class PostState:
    code: str
    label: str
    comment: str = ""
    since: object = None


def member_posts(member_page):
    """The posts the member of ``member_page`` wrote in My space (each with its language versions), newest first.

    An editor's post naming the member as employer, author or organiser is shown on the member's page but is not
    the member's to change: only posts created from My space (recorded in the page's history) are."""
    created = set(
        PageLogEntry.objects.filter(action=CREATED, data__member=str(member_page.translation_key)).values_list(
            "page_id", flat=True
        )
    )
    if not created:
        return []
    posts = []
    for kind in KINDS.values():
        pages = (
            kind.model.objects.filter(**{f"{kind.member_field}__translation_key": member_page.translation_key})
            .select_related("locale")
            .order_by("pk")
        )
        groups = defaultdict(list)
        for page in pages:
            groups[page.translation_key].append(page)
        for versions in groups.values():
            if versions[0].pk not in created:
                continue
            posts.append(Post(kind, versions[0], {page.locale.language_code: page for page in versions}))
    return sorted(posts, key=lambda post: post.pk, reverse=True)


def get_post(member_page, post_id):
    """The member's post whose source (or any language version) has id ``post_id``, or None."""
    return next((post for post in member_posts(member_page) if post_id in {p.pk for p in post.versions.values()}), None)


def open_posts(member_page):
    return [post for post in member_posts(member_page) if not post.is_closed()]


def posted_today(member_page):
    """How many posts the member created in the last 24 hours (deleted ones too)."""
    since = timezone.now() - datetime.timedelta(days=1)
    return PageLogEntry.objects.filter(
        action=CREATED, timestamp__gte=since, data__member=str(member_page.translation_key)
    ).count()


def limit_message(member_page):
    """Why the member cannot post now (its limits, ``PORTAL_POST_LIMITS``), or "" when it can; and whether it is a
    rate (posts per day) rather than a ceiling (open posts)."""
    allowed = limits()
    if len(open_posts(member_page)) >= allowed["open"]:
        return (
            _("You have %(count)d open posts, the most a member may have: close or delete one first.")
            % {"count": allowed["open"]},
            False,
        )
    if posted_today(member_page) >= allowed["per_day"]:
        return (
            _("You have posted %(count)d times in the last 24 hours, the most a member may: try again tomorrow.")
            % {"count": allowed["per_day"]},
            True,
        )
    return "", False


# --- writing ---------------------------------------------------------------------------------------------------------


def languages():
    return [code for code, _name in settings.LANGUAGES]


def apply_facts(page, kind, facts, member_page):
    for name in kind.facts:
        value = facts.get(name)
        field = page._meta.get_field(name)
        if value is None and not field.null:
            value = field.get_default() if field.has_default() else ""
        setattr(page, name, value)
    setattr(page, kind.member_field, member_page)
    setattr(page, kind.name_field, "")


def apply_texts(page, kind, texts, source_texts):
    """``texts`` of one language ({name: plain text}); a language the member did not write gets the source's."""
    written = texts if texts.get("title") else source_texts
    for text in kind.texts:
        set_text(page, text, written.get(text.name) or source_texts.get(text.name, ""))
    page.draft_title = page.title


@transaction.atomic
def create(kind, member_page, user, facts, texts):
    """A new post: ``texts`` maps each language the member wrote, the source first, to its texts."""
    source_language = next(iter(texts))
    locale = Locale.objects.get(language_code=source_language)
    index = kind.index_model.objects.filter(locale=locale).first()
    page = kind.model(locale=locale, owner=user, live=False)
    apply_facts(page, kind, facts, member_page)
    apply_texts(page, kind, texts[source_language], texts[source_language])
    page.slug = find_available_slug(index, slugify(page.title)[:80] or kind.code)
    index.add_child(instance=page)
    log(instance=page, action=CREATED, user=user, data={"member": str(member_page.translation_key)})
    post = Post(kind, page, {source_language: page})
    _ensure_versions(post, texts)
    return submit(post, user, facts, texts, member_page)


def _ensure_versions(post, texts):
    """The site's other languages as translations of the source (drafts), under their language's index."""
    for lang in languages():
        if lang in post.versions:
            continue
        locale = Locale.objects.filter(language_code=lang).first()
        if locale is None or not post.source.get_parent().get_translations().filter(locale=locale).exists():
            continue
        version = post.source.copy_for_translation(locale).specific
        written = texts.get(lang, {}).get("title")
        if written:
            version.slug = find_available_slug(version.get_parent(), slugify(written)[:80] or post.kind.code)
            version.save(update_fields=["slug"])
        post.versions[lang] = version


@transaction.atomic
def update(post, member_page, user, facts, texts):
    _ensure_versions(post, texts)
    return submit(post, user, facts, texts, member_page)


def submit(post, user, facts, texts, member_page):
    """A revision of every language version with the facts and texts, then the source sent for review."""
    source_texts = texts[post.language]
    for lang, version in post.versions.items():
        draft = version.get_latest_revision_as_object()
        apply_facts(draft, post.kind, facts, member_page)
        apply_texts(draft, post.kind, texts.get(lang, {}), source_texts)
        draft.save_revision(user=user, log_action=True, clean=False)
    source = post.source
    source.refresh_from_db()
    workflow_state = source.current_workflow_state
    if workflow_state is not None:
        workflow_state.cancel(user=user)  # the newer version replaces the one waiting (or sent back)
    workflow = source.get_workflow()
    if workflow is not None:
        workflow.start(source, user)
    post.source = source
    return post


def texts_of(post):
    """The texts the member wrote, per language: {lang: {name: text}}; a language that shows the source's texts
    (written by nobody) is left out."""
    drafts = {lang: version.get_latest_revision_as_object() for lang, version in post.versions.items()}
    source = drafts[post.language]
    result = {post.language: {text.name: text_value(source, text) for text in post.kind.texts}}
    for lang, draft in drafts.items():
        if lang == post.language:
            continue
        values = {text.name: text_value(draft, text) for text in post.kind.texts}
        if any(values[name] != result[post.language][name] for name in values):
            result[lang] = {
                name: ("" if value == result[post.language][name] else value) for name, value in values.items()
            }
            result[lang]["title"] = values["title"]
    return result


def _cancel_workflow(page, user):
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        workflow_state.cancel(user=user)


@transaction.atomic
def close(post, user):
    """An offer or request expires now (yesterday was its last day); an event is unpublished. In every language,
    at once, without moderation (nothing new is shown). Returns False when the post is not live."""
    if not post.source.live:
        return False
    _cancel_workflow(post.source, user)
    for version in post.versions.values():
        if not version.live:
            continue
        page = version.specific
        if post.kind.code == "event":
            # The member may: it is its post (members have no page permissions in the admin).
            UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)
            continue
        setattr(page, {"job": "expiry_date", "call": "deadline"}[post.kind.code], today() - datetime.timedelta(days=1))
        revision = page.save_revision(user=user, log_action=True, clean=False)
        revision.publish(user=user, skip_permission_checks=True)
    return True


@transaction.atomic
def delete(post, user):
    """The post is gone in every language, with its wagtail-localize records."""
    _cancel_workflow(post.source, user)
    key = post.source.translation_key
    for version in sorted(post.versions.values(), key=lambda page: page.pk == post.source.pk):
        DeletePageAction(Page.objects.get(pk=version.pk), user=user).execute(skip_permission_checks=True)
    TranslationSource.objects.filter(object_id=key).delete()


# --- approval: every language at once --------------------------------------------------------------------------------


def publish_post_versions(source, user=None):
    """Publish the other language versions of an approved post and record the member's translations."""
    kind = kind_of(source)
    versions = list(kind.model.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk))
    published = []
    for version in versions:
        revision = version.get_latest_revision()
        if revision is not None and (version.has_unpublished_changes or not version.live):
            revision.publish(user=user, skip_permission_checks=True)  # the editor approved every language
            published.append(kind.model.objects.get(pk=version.pk))
    source = kind.model.objects.get(pk=source.pk)
    if published:
        record_translations(
            source,
            {version.locale: _translations(kind, source, version) for version in published},
            missing_as_source=False,
        )
    return published


def _translations(kind, source, version):
    """Source text -> this version's text, for the member's own translations (and the facts, the same everywhere)."""
    mapping = {}
    for name in TRANSLATABLE_FACTS & set(kind.facts):
        value = getattr(source, name)
        if value:
            mapping[value] = value
    for text in kind.texts:
        mine, theirs = paragraphs(source, text), paragraphs(version, text)
        if len(mine) != len(theirs):
            continue  # another number of paragraphs: no telling which translates which
        for original, translated in zip(mine, theirs, strict=True):
            if original != translated:
                mapping[original] = translated
    if source.slug != version.slug:
        mapping[source.slug] = version.slug
    return mapping


def on_approved(sender, instance, user=None, **kwargs):
    page = instance.content_object
    if not isinstance(page, Page):
        return
    page = page.specific
    kind = kind_of(page)
    if kind is None or not getattr(page, f"{kind.member_field}_id") or not written_in_my_space(page):
        return  # an editor's page: its translations are published by editors, language by language
    publish_post_versions(page, user)


def written_in_my_space(page):
    return PageLogEntry.objects.filter(action=CREATED, page_id=page.pk, data__has_key="member").exists()


def _posts_link(page, language):
    """Where a member finds its post in My space (the moderation e-mails' link)."""
    kind = kind_of(page)
    member = getattr(page, kind.member_field)
    if member is None:
        return emails.space_url("space:dashboard", language)
    main = MemberPage.objects.filter(translation_key=member.translation_key, owners__isnull=False).first() or member
    return emails.space_url("space:posts", language, page_id=main.pk)


for _kind in KINDS.values():
    SPACE_LINKS[_kind.model] = _posts_link
workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="space_publish_post_versions")
