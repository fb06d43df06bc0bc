"""Text helpers shared by the search backends: accent folding, tokens, snippets.

The database backend matches folded (accent-free, lower-case) word prefixes; the
search engines do their own analysis, but snippets and suggestions use these.
"""

import re
import unicodedata
from functools import lru_cache
from html import escape

from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
WORD = re.compile(r"\w+")


def _fold_table():
    table = {}
    for codepoint in range(0xC0, 0x250):
        char = chr(codepoint)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char and base.isascii():
            table[codepoint] = base
    extra = {"ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
    table.update({ord(k): v for k, v in extra.items()})
    table.update({ord(c): "'" for c in "’‘`´"})
    return table


FOLD = _fold_table()


def fold(text):
    """Lower-case ``text`` without accents: "Créatrice Œuvre" → "creatrice oeuvre"."""
    return (text or "").translate(FOLD).lower()


def tokens(text):
    """The folded words of ``text``, at least two characters long."""
    return [word for word in WORD.findall(fold(text)) if len(word) > 1]


# Words too common to require in a match (a visitor types "studio de design").
STOP_WORDS = {
    "fr": {
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "il",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "ma",
        "mais",
        "me",
        "mes",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
    },
    "en": {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    },
    "de": {
        "aber",
        "als",
        "am",
        "an",
        "auch",
        "auf",
        "aus",
        "bei",
        "das",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "es",
        "fur",
        "im",
        "in",
        "ist",
        "mit",
        "nach",
        "nicht",
        "oder",
        "sich",
        "sie",
        "sind",
        "und",
        "vom",
        "von",
        "zu",
        "zum",
        "zur",
    },
}


def light_stem(term, language):
    """Strip one common plural ending, so that a prefix match also finds the singular.

    The database backend does no real stemming (the search engines do); this is just
    enough for "créatrices" to find "créatrice" and "designers" to find "designer".
    """
    if len(term) > 4 and term[-1] in "sx":
        return term[:-1]
    if len(term) > 6 and term.endswith("nen"):  # German feminine plurals: Künstlerinnen
        return term[:-3]
    return term


def query_terms(text, language):
    """The folded words a query must match, without stop words, at most ``MAX_TERMS``."""
    words = []
    for word in tokens(text):
        if word not in words:
            words.append(word)
    stop = STOP_WORDS.get(language, set())
    meaningful = [w for w in words if w not in stop] or words
    return meaningful[:MAX_TERMS]


def term_matches(word, terms, language):
    """Whether the folded ``word`` is matched by one of the query ``terms``."""
    return any(word.startswith(light_stem(term, language)) for term in terms)


LIGATURES = {"oe": "œ", "ae": "æ", "ss": "ß"}
# Folding that keeps the length of the text (ligatures stay), so that match positions map back.
FOLD_SAME_LENGTH = {code: value for code, value in FOLD.items() if len(value) == 1}


@lru_cache(maxsize=256)
def _term_pattern(terms, language):
    stems = sorted({light_stem(term, language) for term in terms}, key=len, reverse=True)
    alternatives = []
    for stem in stems:
        escaped = re.escape(stem)
        for pair, ligature in LIGATURES.items():
            escaped = escaped.replace(pair, f"(?:{pair}|{ligature})")
        alternatives.append(escaped)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")\w*")


def match_spans(text, terms, language):
    """(start, end) of the words of ``text`` that the query ``terms`` match."""
    folded = text.translate(FOLD_SAME_LENGTH).lower()
    pattern = _term_pattern(tuple(terms), language)
    if len(folded) == len(text):
        return [m.span() for m in pattern.finditer(folded)]
    return [m.span() for m in WORD.finditer(text) if term_matches(fold(m.group()), terms, language)]


def highlight(text, terms, language, length=180):
    """An HTML-safe excerpt of ``text`` around its first match, matches wrapped in <mark>; "" if none."""
    if not text or not terms:
        return ""
    spans = match_spans(text, terms, language)
    if not spans:
        return ""
    first = spans[0][0]
    start = max(0, first - length // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space > 0 and first - space < length // 2 else start
    end = min(len(text), start + length)
    parts, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)  # noqa: S308 - every piece is escaped


PRE, POST = "\ue000", "\ue001"


def engine_highlight(fragment):
    """Turn a search engine's highlighted fragment (marked with PRE/POST) into safe HTML."""
    html = escape(fragment).replace(PRE, "<mark>").replace(POST, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own tags are added
