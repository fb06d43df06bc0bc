"""Every member page is a wagtail-localize source, its other language versions its translations.

Members are created in many ways: the demo's bulk writer, an approved application, My space
(which adds the missing language versions), a site import, factories in tests. Each calls
``register_members`` with the translation keys of the members it made, so that editors find every
member's translations in wagtail-localize's translation editor (with the texts already there as
translations), can sync them and see what is left to translate. ``manage.py register_translations``
does it for members made before.

The source is the member's main language: the page registered as source already, else the one its
owners hold (``members.access``), else the first made.
"""

from django.db.models import Count, prefetch_related_objects
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from core.localize_bulk import register_translations

from .models import MemberPage, TranslationReview

BATCH = 200  # members registered per round of queries


def source_relations():
    """What a source's ``to_json`` and segments read besides its texts and portfolio items (read for every
    version): its media, vocabularies and other child objects."""
    children = [r.get_accessor_name() for r in get_all_child_relations(MemberPage)]
    return [
        "logo",
        "cover_image",
        "skills",
        "branches",
        "languages",
        "portfolio_items__image",
        "portfolio_items__document",
        *(name for name in children if name != "portfolio_items"),
    ]


def register_members(translation_keys):
    """Register the members of ``translation_keys`` (their pages in every language) with wagtail-localize.

    Members registered already only get what is missing (a language version added since). Returns how
    many members were registered.
    """
    keys = list(dict.fromkeys(translation_keys))
    for start in range(0, len(keys), BATCH):
        _register(keys[start : start + BATCH])
    return len(keys)


def _register(keys):
    pages = (
        MemberPage.objects.filter(translation_key__in=keys)
        .annotate(owner_count=Count("owners"))
        .select_related("locale")
        .prefetch_related("portfolio_items")  # the texts every version is read for (``string_texts``)
        .order_by("pk")
    )
    members = {}
    for page in pages:
        members.setdefault(page.translation_key, []).append(page)
    registered = dict(
        TranslationSource.objects.filter(object_id__in=list(members))
        .order_by("-created_at")
        .values_list("object_id", "locale_id")
    )
    groups = []
    for key, versions in members.items():
        source = _source(versions, registered.get(key))
        groups.append((source, [page for page in versions if page is not source]))
    # The rest only for the sources (a third of the pages): a translation is read for its texts alone.
    prefetch_related_objects([source for source, _targets in groups], *source_relations())
    register_translations(groups)


def _source(versions, registered_locale_id):
    for page in versions:
        if page.locale_id == registered_locale_id:
            return page
    owned = [page for page in versions if page.owner_count]
    return (owned or versions)[0]


def register_all_members():
    """Register every member of the site (``manage.py register_translations``); returns how many."""
    return register_members(MemberPage.objects.order_by("pk").values_list("translation_key", flat=True))


def other_locales(page):
    """The site's locales other than ``page``'s."""
    return list(Locale.objects.exclude(pk=page.locale_id).order_by("pk"))


def mark_reviewed(page, user):
    """``user`` read ``page``'s machine-translated texts and confirms them: they count as reviewed
    (a person's translation) and the mark goes. Returns how many texts were reviewed."""
    count = MemberPage.unreviewed_machine_texts(page).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, last_translated_by=user
    )
    MemberPage.objects.filter(pk=page.pk).update(machine_translated=False)
    if count:
        TranslationReview.objects.create(
            translation_key=page.translation_key, locale_id=page.locale_id, reviewed_by=user, texts=count
        )
    return count
