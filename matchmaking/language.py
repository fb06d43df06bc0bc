"""Which of the portal's languages a brief is written in.

Detection uses lingua (its low-accuracy mode: small trigram models loaded on first use,
about 25 MB for the languages below). Besides French, English and German it knows the
languages a visitor in Luxembourg is most likely to write in, so that a brief in one of
them gets a clear message instead of a poor match. Luxembourgish is not among lingua's
languages; it reads as German, which is what its speakers' skills vocabulary mostly is.
"""

import re
import threading
from dataclasses import dataclass

SUPPORTED = ("fr", "en", "de")
MIN_WORDS = 3  # fewer words than this say too little: the page's language is used
OTHER_CONFIDENCE = 0.8  # a brief is refused only when lingua is this sure of another language
LETTERS = re.compile(r"[^\W\d_]{2,}")

_detector = None
_lock = threading.Lock()


def detector():
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                languages = [
                    Language.FRENCH,
                    Language.ENGLISH,
                    Language.GERMAN,
                    Language.SPANISH,
                    Language.ITALIAN,
                    Language.PORTUGUESE,
                    Language.DUTCH,
                    Language.POLISH,
                    Language.RUSSIAN,
                    Language.TURKISH,
                ]
                _detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
    return _detector


@dataclass(frozen=True)
class Detection:
    language: str  # one of SUPPORTED: the brief's language, or the fallback
    other: str = ""  # ISO code of another language the brief is clearly written in
    detected: bool = False  # False when the text was too short to tell and the fallback was used


def detect(text, fallback):
    """The language of ``text`` among fr/en/de, or ``other`` when it is clearly another language."""
    if len(LETTERS.findall(text)) < MIN_WORDS:
        return Detection(fallback)
    values = detector().compute_language_confidence_values(text)
    if not values:
        return Detection(fallback)
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code in SUPPORTED:
        return Detection(code, detected=True)
    if best.value >= OTHER_CONFIDENCE:
        return Detection(fallback, other=code, detected=True)
    supported = [v for v in values if v.language.iso_code_639_1.name.lower() in SUPPORTED]
    if supported and supported[0].value > 0.2:
        return Detection(supported[0].language.iso_code_639_1.name.lower(), detected=True)
    return Detection(fallback)


def language_name(code):
    """The name of language ``code`` in the active language, as written in a sentence ("allemand", "German")."""
    from django.utils.translation import get_language, get_language_info

    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
    return name.lower() if (get_language() or "").startswith("fr") else name
