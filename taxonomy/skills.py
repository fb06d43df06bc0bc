"""Words to taxonomy skills: a brief, a free tag or a search text mapped to skills.

Every skill has a label and synonyms in French, English and German. Each of these
phrases is folded (no accents, lower case), stripped of stop words and stemmed with the
Snowball stemmer of its own language. A text is stemmed with each of the three stemmers,
and a phrase matches when all its stems appear close together in the text stemmed in the
phrase's language, so "Verpackungen" finds "Verpackung", "logos" finds "logo" and a German
brief can name an English loanword. German compounds are split the cheap way: a German
word starting or ending with a phrase's stem (five letters or more) matches it too, so
"Verpackungsdesign" finds "Verpackung" and "Markenlogo" finds "Logo".

The matcher is compiled once per process and rebuilt when the caller's version stamp changes
(the directory's index version, which editing a skill renews).
"""

import threading
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from .models import Skill
from .text import STOP_WORDS, tokens

LANGUAGES = ("fr", "en", "de")
STEMMER_NAMES = {"fr": "french", "en": "english", "de": "german"}
WINDOW_SLACK = 3  # how many other words may sit between the words of one phrase
COMPOUND_MIN = 5  # shortest stem matched inside a German compound word
MAX_WORDS = 1500  # a brief longer than this is read up to here


def _words(text):
    return frozenset(text.split())


# Words of a brief that say nothing about the skill needed.
BRIEF_STOP_WORDS = {
    "fr": _words(
        "a au aux avec ce ces cette dans de des du elle en et il je la le les leur lui ma mais me mes mon ne nos "
        "notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes ton tu un une vos votre vous est "
        "sont avons avez ont cherchons cherche recherchons besoin souhaitons voudrions aimerions faire quelqu "
        "personne entreprise societe projet nouveau nouvelle nouveaux tres aussi plus bien comme tout tous "
        "toute toutes"
    ),
    "en": _words(
        "a an and are as at be by for from has have in is it its of on or that the their this to was were will "
        "with we our us need needs looking look someone somebody who can could would like want new company "
        "business project also very help please"
    ),
    "de": _words(
        "aber als am an auch auf aus bei das dem den der des die ein eine einem einen einer eines es fur im in "
        "ist mit nach nicht oder sich sie sind und vom von zu zum zur wir uns unser unsere unserer unseren "
        "unseres suchen sucht brauchen benotigen jemanden jemand firma unternehmen projekt neue neuen neues "
        "sehr bitte mochten wurden fuer"
    ),
}

_stemmers = threading.local()


def _stemmer(language):
    cache = getattr(_stemmers, "by_language", None)
    if cache is None:
        cache = _stemmers.by_language = {}
    if language not in cache:
        cache[language] = snowballstemmer.stemmer(STEMMER_NAMES[language])
    return cache[language]


# French agent nouns and -isme/-iste pairs that Snowball leaves apart: "développeur" and "développement",
# "graphiste" and "graphisme" should meet.
FRENCH_ENDINGS = ("eur", "eus", "ist", "ism")


@lru_cache(maxsize=50_000)
def stem(word, language):
    found = _stemmer(language).stemWord(word)
    if language == "fr" and len(found) > 6 and found.endswith(FRENCH_ENDINGS):
        found = found[:-3]
    return found


def stems(text, language, stop=frozenset(), limit=MAX_WORDS):
    """(folded word, stem) of each word of ``text`` not in ``stop``, stemmed in ``language``."""
    return [(word, stem(word, language)) for word in tokens(text)[:limit] if word not in stop]


def phrase_stems(text, language):
    """The stems of a label or synonym: its words without the common stop words (all of them if none is left)."""
    return tuple(s for _w, s in stems(text, language, STOP_WORDS[language])) or tuple(
        s for _w, s in stems(text, language)
    )


@dataclass(frozen=True)
class Phrase:
    skill: str  # skill code
    language: str
    text: str
    stems: tuple


@dataclass
class SkillMatch:
    code: str
    words: list = field(default_factory=list)  # the words of the text that matched, as written (folded)


class SkillMatcher:
    def __init__(self, skills, version=""):
        self.version = version
        self.by_first = {lang: {} for lang in LANGUAGES}  # language → first stem → [Phrase]
        self.compound = []  # German phrases of one long stem, for compound words
        self.codes = []
        self.branch_of = {}
        self.labels = {}
        for skill in skills:
            self.codes.append(skill.code)
            self.branch_of[skill.code] = skill.branch.code
            self.labels[skill.code] = {lang: getattr(skill, f"label_{lang}") or skill.label_fr for lang in LANGUAGES}
            for lang in LANGUAGES:
                texts = [getattr(skill, f"label_{lang}", "")]
                texts += getattr(skill, f"synonyms_{lang}", "").splitlines()
                for text in texts:
                    found = phrase_stems(text, lang)
                    if not found:
                        continue
                    phrase = Phrase(skill.code, lang, text.strip(), found)
                    self.by_first[lang].setdefault(found[0], []).append(phrase)
                    if lang == "de" and len(found) == 1 and len(found[0]) >= COMPOUND_MIN:
                        self.compound.append(phrase)

    def match(self, text):
        """{skill code: SkillMatch} for the skills ``text`` names, in any of the three languages."""
        found = {}
        for lang in LANGUAGES:
            words = stems(text, lang)
            positions = {}
            for index, (_word, word_stem) in enumerate(words):
                positions.setdefault(word_stem, []).append(index)
            for first, phrases in self.by_first[lang].items():
                for start in positions.get(first, ()):
                    for phrase in phrases:
                        if phrase.skill in found and words[start][0] in found[phrase.skill].words:
                            continue
                        if self._phrase_at(phrase, start, positions):
                            found.setdefault(phrase.skill, SkillMatch(phrase.skill)).words.append(words[start][0])
            if lang == "de":
                for word, word_stem in dict.fromkeys(words):
                    if len(word) <= COMPOUND_MIN:
                        continue
                    for phrase in self.compound:
                        target = phrase.stems[0]
                        if word_stem != target and (word.startswith(target) or word_stem.endswith(target)):
                            match = found.setdefault(phrase.skill, SkillMatch(phrase.skill))
                            if word not in match.words:
                                match.words.append(word)
        return found

    @staticmethod
    def _phrase_at(phrase, start, positions):
        window = len(phrase.stems) + WINDOW_SLACK
        return all(any(start < p <= start + window for p in positions.get(other, ())) for other in phrase.stems[1:])

    def exact(self, text):
        """Codes of the skills one of whose labels or synonyms is exactly ``text`` (a free tag)."""
        codes = set()
        for lang in LANGUAGES:
            wanted = phrase_stems(text, lang)
            if not wanted:
                continue
            for phrase in self.by_first[lang].get(wanted[0], ()):
                if phrase.stems == wanted:
                    codes.add(phrase.skill)
        return codes


_matcher = None
_matcher_lock = threading.Lock()


def matcher(version):
    """The process's SkillMatcher, rebuilt when ``version`` (the directory's index version) moves."""
    global _matcher
    current = _matcher
    if current is None or current.version != version:
        with _matcher_lock:
            current = _matcher
            if current is None or current.version != version:
                current = _matcher = SkillMatcher(list(Skill.objects.select_related("branch")), version)
    return current
