"""Translating the demo's site pages through wagtail-localize, from the texts of the data files."""

from core.translations import translate_with_localize

from .data import LANGS


def strings_for(fields, lang):
    """The "French text → text in ``lang``" mapping of a dict of per-language fields (nested ones too)."""
    mapping = {}

    def walk(node):
        if isinstance(node, dict) and "fr" in node and lang in node:
            source, target = node["fr"], node[lang]
            if isinstance(source, str):
                mapping[source] = target
                # Rich text is segmented by paragraph: map the inner text too.
                if source.startswith("<p>"):
                    mapping[source[3:-4]] = target[3:-4]
        elif isinstance(node, dict):
            for key, value in node.items():
                if not key.startswith("_"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(fields)
    return mapping


def translate_tree_page(page, fields, locales, publish=True):
    """Translate a French page into English and German through wagtail-localize, unless both exist
    (seeding again adds what is missing and leaves what editors may have changed)."""
    missing = missing_translations(page, locales)
    if not missing:
        return {}
    targets = {locales[lang]: strings_for(fields, lang) for lang in missing}
    return translate_with_localize(page, targets, publish=publish)


def missing_translations(page, locales):
    """The languages (besides French) ``page`` has no version in yet."""
    existing = set(page.get_translations().values_list("locale__language_code", flat=True))
    return [lang for lang in LANGS[1:] if lang not in existing]
