"""Which texts of a member page are shown untranslated, in the language they were written in.

A member who writes in one language gets the same tagline, presentation and portfolio texts
in every language version (see ``members.moderation``), and so do pages an editor has
not finished translating. The German page of a French-writing member then shows French
passages: screen readers must be told (``lang="fr"``, WCAG 3.1.2), or they read French with
German pronunciation.

The original version of a member is the one created first (the applicant's language, or the
source of its translations); a text of another version that is identical to the original's
is taken to be in the original's language.
"""

from core.performance.prepared import EXACT, PreparedQuery

from . import models  # the package, read at call time: members.models imports this module while it loads

PAGE_TEXTS = ("tagline", "bio")
ITEM_TEXTS = ("title", "caption", "credits", "alt_text")

# The texts of one page's portfolio items: a member page rendered afresh compares its own with its original's.
_item_texts = PreparedQuery(
    lambda page: (
        models.PortfolioItem.objects.filter(page_id=page).only("page_id", "translation_key", *ITEM_TEXTS).order_by()
    ),
    page=(EXACT, int),
)


def _originals(pages, versions=None):
    """{translation key: the original version's values}, in one query, or from ``versions`` (every version of
    the pages' translation groups, with their locales) when the caller has them."""
    keys = {page.translation_key for page in pages}
    originals = {}
    if versions is not None:
        rows = [
            {
                "pk": version.pk,
                "translation_key": version.translation_key,
                "locale_id": version.locale_id,
                "locale__language_code": version.locale.language_code,
                **{field: getattr(version, field) for field in PAGE_TEXTS},
            }
            for version in sorted(versions, key=lambda version: version.pk)
            if version.translation_key in keys
        ]
    else:
        rows = (
            models.MemberPage.objects.filter(translation_key__in=keys)
            .order_by("translation_key", "pk")
            .values("pk", "translation_key", "locale_id", "locale__language_code", *PAGE_TEXTS)
        )
    for row in rows:
        originals.setdefault(row["translation_key"], row)
    return originals


def _is_original(page, original):
    return original is None or original["pk"] == page.pk or original["locale_id"] == page.locale_id


class TextLanguages(dict):
    """{field: language}; any other field gives "" (its text is in the page's language). A template asking for a
    missing key of a plain dict makes Django's engine try an attribute, then list every name the dict has."""

    def __missing__(self, key):
        return ""


def _same(obj, original, fields, language):
    return TextLanguages(
        {field: language for field in fields if getattr(obj, field) and getattr(obj, field) == original[field]}
    )


def untranslated_texts(pages, items_of=None, versions=None):
    """{page pk: {field: language}} for the texts of ``pages`` copied unchanged from the original.

    Pages that are themselves the original, or have no text in common with it, map to {}.
    With ``items_of`` (page → its portfolio items), each also has ``"items"``: {item translation
    key: {field: language}} (one more query for all the pages).
    """
    originals = _originals(pages, versions)
    result, item_originals = {}, {}
    if items_of:
        original_pks = {row["pk"] for row in originals.values()} - {page.pk for page in pages}
        if not original_pks:  # the pages are their originals (Django would still compile a query to learn it)
            rows = ()
        elif len(original_pks) == 1:  # one page's (a member page's): the query compiled once
            rows = (
                {"page_id": item.page_id, "translation_key": item.translation_key}
                | {field: getattr(item, field) for field in ITEM_TEXTS}
                for item in _item_texts(page=next(iter(original_pks)))
            )
        else:
            rows = models.PortfolioItem.objects.filter(page_id__in=original_pks).values(
                "page_id", "translation_key", *ITEM_TEXTS
            )
        for row in rows:
            item_originals[(row["page_id"], row["translation_key"])] = row
    for page in pages:
        original = originals.get(page.translation_key)
        if _is_original(page, original):
            result[page.pk] = TextLanguages()
            continue
        language = original["locale__language_code"]
        result[page.pk] = _same(page, original, PAGE_TEXTS, language)
        if items_of:
            result[page.pk]["items"] = {
                item.translation_key: _same(item, item_original, ITEM_TEXTS, language)
                for item in items_of(page)
                if (item_original := item_originals.get((original["pk"], item.translation_key)))
            }
    return result


def untranslated_page(page, items, versions=None):
    """The untranslated texts of one page, ``{field: language}``, and of its portfolio ``items``.

    Sets ``item.text_languages`` ({field: language}) on each item. Two queries at most (one with ``versions``,
    the page's language versions).
    """
    texts = untranslated_texts([page], items_of=lambda _page: items, versions=versions)[page.pk]
    item_texts = texts.pop("items", {})
    for item in items:
        item.text_languages = item_texts.get(item.translation_key) or TextLanguages()
    return texts


def mark_taglines(members):
    """Set ``member.tagline_lang`` on listed member pages (one query); returns ``members``."""
    members = list(members)
    untranslated = untranslated_texts(members) if members else {}
    for member in members:
        member.tagline_lang = untranslated.get(member.pk, {}).get("tagline", "")
    return members
