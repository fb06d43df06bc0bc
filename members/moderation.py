"""A member's changes, in every language, go live only when an editor approves them.

``MemberChanges`` holds the drafts of all language versions of one member (the latest
revision of each page, so earlier unapproved changes are kept). A view changes the main
language draft and, where the member gave them, the texts of the other languages, then
calls ``submit``: the facts and the portfolio are copied to every language, an empty text
falls back to the main language's, each version gets a new revision, and the main page is
sent to Wagtail's moderation workflow (an earlier submission still waiting is replaced).

When an editor approves, the workflow publishes the main page; ``publish_language_versions``
(connected to ``page_published``) then publishes the other versions' latest revisions, and
records the member's own translations with wagtail-localize, so that editors translating
in the admin start from them and see what still falls back to the main language.

``state`` tells the member where their page stands: draft, in moderation, changes
requested (with the editor's comment) or published.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, WorkflowState
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from core.machine_translation import translator
from core.translations import record_translations
from members.models import MemberPage, PortfolioItem, SocialLink
from members.translations import register_members

from .access import language_versions

# Facts shared by every language version (the directory filters on them).
SYNCED_FIELDS = ["title", "contact_email"] + [
    field.field_name for field in MemberPage.override_translatable_fields if isinstance(field, SynchronizedField)
]
M2M_FIELDS = {"branches", "skills", "languages"}
# Texts a member may give in each language; an empty one falls back to the main language.
PAGE_TEXTS = ["tagline", "bio"]
ITEM_TEXTS = ["title", "caption", "credits", "alt_text"]
ITEM_FACTS = ["media_type", "year", "client", "image", "video_url", "document"]


class MemberChanges:
    def __init__(self, page):
        self.page = page  # the member's main-language page, as stored
        self.language = page.locale.language_code
        self.versions = language_versions(page)
        self.drafts = {lang: version.get_latest_revision_as_object() for lang, version in self.versions.items()}
        for lang, version in self.versions.items():
            self._machine_marks(version, self.drafts[lang])
        # Texts given in other languages: {lang: {field: text}} and {lang: {item key: {field: text}}}.
        self.texts = {}
        self.item_texts = {}
        # {lang: True/False}: the member sends a machine draft unread (kept marked) or confirms it read; the
        # same for one portfolio item's texts: {lang: {item key: True/False}}.
        self.machine = {}
        self.machine_items = {}

    @staticmethod
    def _machine_marks(version, draft):
        """Which of the draft's texts are a machine draft sent unread: ``machine_translated`` for the page's texts,
        ``machine_items`` (item keys) for portfolio items', as the latest revision says (``machine_items`` is not a
        field). A version without unpublished changes is the live page, whose own ``machine_translated`` is the
        mark visitors see: a review since it was published (members.translations) cleared both."""
        revision = version.get_latest_revision()
        content = revision.content if revision else {}
        draft.machine_items = set(content.get("machine_items") or ())
        if not version.has_unpublished_changes:
            marked = version.machine_translated  # (the draft may be this very object)
            # The page's texts are marked when the member sent them unread, or an editor's machine translation of
            # them is not reviewed yet; a mark that only an item's draft set does not spread to them.
            draft.machine_translated = marked and (
                bool(content.get("machine_translated"))
                or MemberPage.unreviewed_machine_texts(version).filter(data__in=_page_strings(version)).exists()
            )
            if not marked:
                draft.machine_items = set()

    @property
    def main(self):
        """The main language's draft: change it, then ``submit``."""
        return self.drafts[self.language]

    @property
    def other_languages(self):
        return [
            locale.language_code for locale in Locale.objects.order_by("pk") if locale.language_code != self.language
        ]

    def text(self, lang, field):
        """The text a language version shows for ``field``, empty when it falls back to the main language."""
        if lang == self.language:
            return getattr(self.main, field)
        draft = self.drafts.get(lang)
        value = getattr(draft, field, "") if draft else ""
        return "" if value == getattr(self.main, field) else value

    def item_text(self, lang, item_key, field):
        """Like ``text``, for one portfolio item (by translation key)."""
        main_item = self._item(self.main, item_key)
        if lang == self.language:
            return getattr(main_item, field) if main_item else ""
        item = self._item(self.drafts.get(lang), item_key)
        value = getattr(item, field, "") if item else ""
        return "" if main_item is None or value == getattr(main_item, field) else value

    def item(self, item_key):
        """The main draft's portfolio item with this translation key, or None."""
        return self._item(self.main, item_key)

    @staticmethod
    def _item(draft, item_key):
        if draft is None:
            return None
        return next((item for item in draft.portfolio_items.all() if str(item.translation_key) == str(item_key)), None)

    def set_text(self, lang, field, value):
        self.texts.setdefault(lang, {})[field] = (value or "").strip()

    def set_machine_mark(self, lang, machine, item_key=None):
        """``lang``'s texts (the page's, or one portfolio item's) are a machine draft nobody read (True), or a
        person confirmed them (False). An item's mark leaves the page texts' one as it is, and the other way round."""
        if item_key is None:
            self.machine[lang] = machine
        else:
            self.machine_items.setdefault(lang, {})[str(item_key)] = machine

    def machine_item(self, lang, item_key):
        """Whether ``lang``'s texts of this item are a machine draft sent unread."""
        return str(item_key) in getattr(self.drafts.get(lang), "machine_items", set())

    def set_item_text(self, lang, item_key, field, value):
        self.item_texts.setdefault(lang, {}).setdefault(str(item_key), {})[field] = (value or "").strip()

    @transaction.atomic
    def submit(self, user):
        """Save a revision of every language version and send the member's page for review."""
        self._ensure_versions()
        for lang in self.other_languages:
            self._sync(lang)
            self.drafts[lang].save_revision(user=user, log_action=True)
        self.main.save_revision(user=user, log_action=True)
        self.page.refresh_from_db()
        workflow_state = self.page.current_workflow_state
        if workflow_state is not None:
            # A newer version replaces the one waiting for review (or the one sent back).
            workflow_state.cancel(user=user)
        workflow = self.page.get_workflow()
        if workflow is not None:
            workflow.start(self.page, user)
        return self.page

    def _ensure_versions(self):
        """Create the language versions the member does not have yet (drafts, not live), registered with
        wagtail-localize as translations of the main language."""
        added = False
        for lang in self.other_languages:
            if lang in self.drafts:
                continue
            locale = Locale.objects.get(language_code=lang)
            version = self.page.copy_for_translation(locale, copy_parents=True).specific
            self.versions[lang] = version
            self.drafts[lang] = version.get_latest_revision_as_object()
            added = True
        if added:
            register_members([self.page.translation_key])

    def _sync(self, lang):
        draft = self.drafts[lang]
        for name in SYNCED_FIELDS:
            value = getattr(self.main, name)
            setattr(draft, name, list(value.all()) if name in M2M_FIELDS else value)
        draft.tags.set(list(self.main.tags.all()))
        draft.social_links = [
            SocialLink(platform=link.platform, url=link.url, sort_order=n)
            for n, link in enumerate(self.main.social_links.all())
        ]
        given = self.texts.get(lang, {})
        for field in PAGE_TEXTS:
            if field in given:
                setattr(draft, field, given[field] or getattr(self.main, field))
            elif not getattr(draft, field):
                setattr(draft, field, getattr(self.main, field))
        if lang in self.machine:
            draft.machine_translated = self.machine[lang]
        self._sync_portfolio(lang, draft)
        marked = set(getattr(draft, "machine_items", ()))
        for key, machine in self.machine_items.get(lang, {}).items():
            (marked.add if machine else marked.discard)(key)
        draft.machine_items = marked & {str(item.translation_key) for item in draft.portfolio_items.all()}

    def _sync_portfolio(self, lang, draft):
        """The main draft's items, in its order, with this language's texts kept or given."""
        existing = {str(item.translation_key): item for item in draft.portfolio_items.all()}
        given = self.item_texts.get(lang, {})
        items = []
        for order, main_item in enumerate(self.main.portfolio_items.all()):
            key = str(main_item.translation_key)
            current = existing.get(key)
            item = PortfolioItem(
                pk=current.pk if current else None,
                locale=draft.locale,
                translation_key=main_item.translation_key,
                sort_order=order,
                **{name: getattr(main_item, name) for name in ITEM_FACTS},
            )
            texts = given.get(key, {})
            for field in ITEM_TEXTS:
                main_value = getattr(main_item, field)
                if field in texts:
                    value = texts[field] or main_value
                elif current is not None and getattr(current, field):
                    # Kept unless it was the main language's text, which follows the main language.
                    old_main = getattr(self._item(self._previous_main(), key), field, None)
                    value = main_value if getattr(current, field) == old_main else getattr(current, field)
                else:
                    value = main_value
                setattr(item, field, value)
            items.append(item)
        draft.portfolio_items = items

    def _previous_main(self):
        if not hasattr(self, "_main_before"):
            self._main_before = self.versions[self.language].get_latest_revision_as_object()
        return self._main_before


@dataclass
class State:
    code: str  # draft, moderation, changes, published, unsent
    label: str
    comment: str = ""
    since: datetime | None = None


def state(page):
    """Where the member's page stands, in words for the member."""
    workflow_state = (
        WorkflowState.objects.active()
        .for_instance(page)
        .select_related("current_task_state")
        .order_by("-created_at")
        .first()
    )
    if workflow_state is not None:
        task_state = workflow_state.current_task_state
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return State(
                "changes",
                _("Changes requested"),
                comment=task_state.comment if task_state else "",
                since=task_state.finished_at if task_state else None,
            )
        return State("moderation", _("In moderation"), since=workflow_state.created_at)
    if not page.live:
        return State("draft", _("Draft, not published yet"))
    if page.has_unpublished_changes:
        return State("unsent", _("Changes not sent for review"))
    return State("published", _("Published"), since=page.last_published_at)


def publish_language_versions(page, user=None):
    """Publish the other language versions of an approved member page and record its translations."""
    versions = MemberPage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    published = []
    machine = []  # versions sent by their member as an unread machine draft (My space)
    for version in versions:
        revision = version.get_latest_revision()
        if revision is not None and (version.has_unpublished_changes or not version.live):
            revision.publish(user=user)
            published.append(MemberPage.objects.get(pk=version.pk))
            items = set(revision.content.get("machine_items") or ())
            if revision.content.get("machine_translated") or items:
                machine.append((published[-1], bool(revision.content.get("machine_translated")), items))
    if published and TranslationSource.objects.filter(object_id=page.translation_key).exists():
        record_translations(
            page,
            {version.locale: _translations(page, version) for version in published},
            missing_as_source=False,
        )
    tool = translator()
    tool_name = tool.display_name if tool is not None else ""
    for version, page_texts, items in machine:
        # The member's texts stay machine translations until someone reviews them (members.translations).
        texts = []
        if page_texts:
            texts += _page_strings(version)
        for item in version.portfolio_items.all():
            if str(item.translation_key) in items:
                values = [getattr(item, field) for field in ITEM_TEXTS if getattr(item, field)]
                texts += values + [StringValue.from_plaintext(value).data for value in values]
        StringTranslation.objects.filter(
            locale_id=version.locale_id,
            context__object_id=version.translation_key,
            data__in=texts,
        ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE, tool_name=tool_name)
        MemberPage.objects.filter(pk=version.pk).update(machine_translated=True)
    marked = {version.pk for version, _page_texts, _items in machine}
    for version in published:
        if version.pk not in marked:
            # Its texts the member confirmed were just recorded as their own: the mark goes unless others remain.
            MemberPage.objects.filter(pk=version.pk).update(machine_translated=version.has_unreviewed_machine_texts())
    return published


def _page_strings(version):
    """The page's own texts (tagline, presentation) as wagtail-localize records their translations."""
    texts = [StringValue.from_plaintext(version.tagline).data]
    return texts + [value.data for value, _attrs in extract_strings(version.bio or "")[1]]


def _translations(source, version):
    """The member's own translations: source text → this version's text, where they differ."""
    mapping = {}
    if version.tagline and version.tagline != source.tagline:
        mapping[source.tagline] = version.tagline
    mapping.update(rich_text_pairs(source.bio, version.bio))
    items = {str(item.translation_key): item for item in version.portfolio_items.all()}
    for item in source.portfolio_items.all():
        translated = items.get(str(item.translation_key))
        for field in ITEM_TEXTS:
            text, other = getattr(item, field), getattr(translated, field, "")
            if text and other and other != text:
                mapping[text] = other
    return mapping


def rich_text_pairs(source_html, version_html):
    """The member's own translation of a rich text, segment by segment as wagtail-localize cuts it (a paragraph, a
    list item): {source segment: translated segment}. When the member wrote a different structure (three
    paragraphs for two) the segments cannot be paired: the text stays for the translators."""
    if not source_html or not version_html or source_html == version_html:
        return {}
    _template, source_strings = extract_strings(source_html)
    _template, version_strings = extract_strings(version_html)
    if len(source_strings) != len(version_strings):
        return {}
    return {
        source.data: version.data
        for (source, _attrs), (version, _other) in zip(source_strings, version_strings, strict=True)
        if source.data != version.data
    }
