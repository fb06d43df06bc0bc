"""Words to taxonomy skills and branches: the index the query-understanding layer reads (``understanding.py``).

Every skill has a label, synonyms and role nouns (graphiste, Fotografin, illustrator) in French, English and
German; every branch a label. Each of these phrases is folded (no accents, lower case), stripped of stop words
and stemmed with the Snowball stemmer of its own language. A text is stemmed with each of the three stemmers,
and a phrase matches when all its stems appear close together in the text stemmed in the phrase's language, so
"Verpackungen" finds "Verpackung" and a German brief can name an English loanword.

Each match says how it was made (``Reading.how``), which decides how much it may be trusted:
- ``exact``: every word is the phrase's word or one of its inflections (photographes, Illustratoren);
- ``form``: the stems agree and the words differ only by endings of two letters at most (translate and
  translator, graphiste and graphisme);
- ``joined``: one word that is a phrase of several words written together (webdesign, Motiondesign);
- ``typo``: a word of five letters or more one edit away from a phrase's word, nine or more two edits away (a
  swap of two letters is one edit, as in the search engines' fuzzy queries);
- ``compound``: a long German word that starts or ends with a phrase's word (Verpackungsdesign, Markenlogo);
- ``stem``: the stems agree but the words differ by longer endings (restaurant and restauration);
- ``short``: a phrase of one word of three letters or fewer (bio, 3D), which other words often contain.

The index is compiled once per process and rebuilt when the caller's version stamp changes (the directory's
index version, which editing a skill renews).
"""

import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from .models import Branch, Skill
from .text import STOP_WORDS, WORD, fold, tokens

LANGUAGES = ("fr", "en", "de")
STEMMER_NAMES = {"fr": "french", "en": "english", "de": "german"}
WINDOW_SLACK = 3  # how many other words may sit between the words of one phrase
COMPOUND_MIN = 5  # shortest word matched inside a German compound word
COMPOUND_REST = 4  # and the least the rest of the compound has
SHORT = 3  # a one-word phrase this short is weak evidence
TYPO_ONE, TYPO_TWO = 5, 9  # a word this long may be one (two) edits away from the word meant
MAX_WORDS = 1500  # a brief longer than this is read up to here
MEANT_CACHE = 20_000  # typo corrections remembered per process
# Endings that make another form of the same word (plural, feminine, case), by language.
INFLECTIONS = {
    "fr": ("s", "x", "e", "es"),
    "en": ("s", "es"),
    "de": ("e", "n", "en", "s", "es", "er", "in", "innen", "nen"),
}
# Verbs and the nouns of their action, by language: "sanieren" names a "Sanierung", "rénover" a "rénovation".
# And the one who does it: "fotografiert" names a "Fotograf", "photographier" a "photographe", "illustrieren" an
# "Illustration" (a verb conjugated as briefs write it: "jemand, der fotografiert").
DERIVATIONS = {
    "de": (
        ("ieren", "ierung"), ("iert", "ierung"), ("eln", "lung"), ("ern", "erung"), ("en", "ung"),
        ("ieren", ""), ("iert", ""), ("ierte", ""), ("ierten", ""), ("ieren", "ation"), ("iert", "ation"),
        ("ieren", "ist"), ("iert", "ist"),
    ),
    "fr": (("ire", "ction"), ("er", "ation"), ("er", "age"), ("ier", "e"), ("ie", "e"), ("ient", "e")),
    "en": (("e", "ion"), ("", "ing"), ("", "er"), ("s", "er"), ("ed", "er"), ("ing", "er")),
}  # fmt: skip
MODIFIER_MIN = 4  # shortest first part of a German compound read as naming the compound's skill (Logo-, Möbel-)
LINKS = ("", "s", "es", "n", "en")
TAIL_MIN = 7  # shortest last part of a German compound read alone (Sanierung of Altbausanierung)  # German linking letters between the parts of a compound
# What may follow a word without making another word: one or two endings.
ENDINGS = frozenset(a + b for endings in INFLECTIONS.values() for a in endings for b in ("", *endings))
FORM_TAIL = 2  # two words of one stem are forms of one another when neither goes on for more letters
STRONG = ("exact", "joined", "form")
HOW_RANK = {"exact": 6, "joined": 6, "form": 5, "typo": 4, "sense": 3, "compound": 3, "short": 2, "stem": 1}
# A form of a phrase's word that is far more common than the word itself is most often another word: "wollen"
# (to want) is no "Wolle" (wool), "sprechen" (to speak) no "Sprecher" (a voice artist). Zipf scale, per language.
SENSE_GAP = 0.75
ROOT_GAP = 2.0  # likewise a role noun's root ("Konzept" of "Konzepter"), which is the trade's word when close


# Spellings of one word across the three languages and their variants: photo/Foto, graphique/Grafik,
# visualization/visualisation, color/colour. Two words with the same key are the same word written differently.
SPELLINGS = (("ph", "f"), ("iz", "is"), ("yz", "ys"), ("our", "or"))
SOUNDS = (*SPELLINGS, ("c", "k"))  # only to find the word a misspelt one means: c is not k to the stemmers
COMMON_ZIPF = 3.0  # a word this frequent (wordfreq's Zipf scale) in French, English or German is no typo
# Branch labels join trades ("Audiovisuel & cinéma", "Marketing und Kommunikation"): each part names the branch.
BRANCH_PARTS = re.compile(r"\s*(?:&|,|\bet\b|\band\b|\bund\b)\s*")


def spelling(word, pairs=SPELLINGS):
    for written, said in pairs:
        word = word.replace(written, said)
    return word


def sound(word):
    return spelling(word, SOUNDS)


@lru_cache(maxsize=20_000)
def common_word(word):
    """Whether ``word`` is a common word of one of the three languages (wordfreq's small lists, shipped with it)."""
    return any(zipf_frequency(word, language, wordlist="small") >= COMMON_ZIPF for language in LANGUAGES)


@lru_cache(maxsize=20_000)
def other_sense(word, base, language):
    """Whether ``word``, a form of ``base``, is so much more common than it that it is most likely another word."""
    if word == base or len(word) < len(base):  # "Musik" is the root of "Musiker", not another word
        return False
    gap = zipf_frequency(word, language, wordlist="small") - zipf_frequency(base, language, wordlist="small")
    return gap >= SENSE_GAP


@lru_cache(maxsize=20_000)
def common_root(word, agent, language):
    """Whether ``word``, of which ``agent`` is the one who does it ("Konzept", "Konzepter"), is so much more
    common that it is a word of its own rather than the trade's ("Musik" and "Musiker" are close)."""
    if len(word) >= len(agent):
        return False
    gap = zipf_frequency(word, language, wordlist="small") - zipf_frequency(agent, language, wordlist="small")
    return gap >= ROOT_GAP


# A word far more common in the text's language than in the phrase's is a word of the text's language: "hat" in
# a German brief says "has", not "hats" (millinery); "alter" is "older", not "alterations".
HOMOGRAPH_ZIPF, HOMOGRAPH_GAP = 5.0, 1.0


@lru_cache(maxsize=20_000)
def foreign_homograph(word, phrase_language, text_language):
    """Whether ``word``, read in a phrase of ``phrase_language``, is rather a common word of ``text_language``."""
    if not text_language or text_language == phrase_language or text_language not in LANGUAGES:
        return False
    mine = zipf_frequency(word, text_language, wordlist="small")
    return mine >= HOMOGRAPH_ZIPF and mine - zipf_frequency(word, phrase_language, wordlist="small") >= HOMOGRAPH_GAP


def acronyms(text, limit=MAX_WORDS):
    """The positions (as ``tokens`` counts them) of the words written in capitals: "DJ", "VR", "BIM"."""
    words = [word for word in WORD.findall(text) if len(fold(word)) > 1][:limit]
    return frozenset(position for position, word in enumerate(words) if word.isupper())


@lru_cache(maxsize=20_000)
def german_word(word):
    return len(word) >= SHORT and zipf_frequency(word, "de", wordlist="small") >= COMMON_ZIPF


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
# Words of a search that name nothing, in any of the three languages ("web developer for our bakery").
ALL_STOP_WORDS = frozenset().union(*STOP_WORDS.values(), *BRIEF_STOP_WORDS.values())

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


# Plural endings Snowball keeps after a vowel (Fotos, photos, Logos): stripped from stems this long, on both sides.
PLURAL_S = {"fr": ("s", "x"), "de": ("s",)}
PLURAL_MIN = 5


@lru_cache(maxsize=50_000)
def stem(word, language):
    word = spelling(word)
    found = _stemmer(language).stemWord(word)
    if len(word) > PLURAL_MIN and word.endswith(PLURAL_S.get(language, ())):
        # The stemmer may cut the singular shorter than the plural (French "portrait" → "portr", "portraits" →
        # "portraits"): a plural has the stem of its singular.
        singular = _stemmer(language).stemWord(word[:-1])
        if found.startswith(singular):
            found = singular
    if language == "fr" and len(found) > 6 and found.endswith(FRENCH_ENDINGS):
        found = found[:-3]
    if len(found) >= PLURAL_MIN and found.endswith(PLURAL_S.get(language, ())):
        found = found[:-1]
    return found


def stems(text, language, stop=frozenset(), limit=MAX_WORDS):
    """(folded word, stem) of each word of ``text`` not in ``stop``, stemmed in ``language``."""
    return [(word, stem(word, language)) for word in tokens(text)[:limit] if word not in stop]


def phrase_words(text, language):
    """(word, stem) of a label, synonym or role noun: its words without stop words (all of them if none is left).

    A phrase's last word is never a stop word: in "monteur son" (sound editor), "son" is not "his"."""
    pairs = stems(text, language)
    last = len(pairs) - 1
    kept = tuple(pair for index, pair in enumerate(pairs) if pair[0] not in STOP_WORDS[language] or 0 < index == last)
    return kept or tuple(pairs)


def phrase_stems(text, language):
    return tuple(s for _w, s in phrase_words(text, language))


def inflected(word, base, language):
    """Whether ``word`` is ``base`` or a form of it (a plural, a feminine, a case ending)."""
    if word == base:
        return True
    longer, shorter = (word, base) if len(word) > len(base) else (base, word)
    return longer.startswith(shorter) and longer[len(shorter) :] in INFLECTIONS[language]


def verb_of_agent(word, base, language):
    """Whether ``word`` is a German verb form ("schneidet", "malt") of the root of ``base``, an agent noun
    ("Schneider", "Maler"): cutting a video is no tailoring, a painted wall no portrait painter."""
    return language == "de" and base.endswith("er") and word.endswith("t") and not word.startswith(base)


def same_form(word, other):
    """Whether two words of one stem differ only by short endings: translate, translator; not restaurant,
    restauration, nor product, production."""
    common = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        common += 1
    return len(word) - common <= FORM_TAIL and len(other) - common <= FORM_TAIL


@dataclass(frozen=True)
class Phrase:
    kind: str  # "skill" or "branch"
    code: str
    language: str
    text: str  # as an editor wrote it
    source: str  # "label", "synonym" or "role"
    words: tuple  # folded words without stop words
    stems: tuple

    @property
    def short(self):
        return len(self.words) == 1 and len(self.words[0]) <= SHORT

    @property
    def acronym(self):
        return self.short and self.text.isupper()


@dataclass(frozen=True)
class Reading:
    """One phrase found in a text: which words (by position) and how."""

    phrase: Phrase
    positions: tuple
    how: str

    @property
    def kind(self):
        return self.phrase.kind

    @property
    def code(self):
        return self.phrase.code

    @property
    def strong(self):
        return self.how in STRONG

    @property
    def rank(self):
        return (HOW_RANK[self.how], sum(len(w) for w in self.phrase.words))


def _texts(obj, field, language):
    return [line for line in getattr(obj, f"{field}_{language}", "").splitlines() if line.strip()]


class SkillMatcher:
    def __init__(self, skills, branches=(), version=""):
        self.version = version
        self.by_first = {lang: {} for lang in LANGUAGES}  # language → first stem → [Phrase]
        self.joined = {}  # "webdesign" → [Phrase] of several words
        self.single = {}  # "grafikdesigner" → [Phrase] of that one word, for words typed apart ("grafik designer")
        self.compound = []  # German phrases of one long word, for compound words
        self.codes = []
        self.branch_of = {}
        self.labels = {}
        self.branch_labels = {}
        self.word_languages = {}  # folded word → the languages of the phrases it is in
        words = set()
        for skill in skills:
            self.codes.append(skill.code)
            self.branch_of[skill.code] = skill.branch.code
            self.labels[skill.code] = {lang: getattr(skill, f"label_{lang}") or skill.label_fr for lang in LANGUAGES}
            for lang in LANGUAGES:
                sources = [("label", [self.labels[skill.code][lang]])]
                sources += [("synonym", _texts(skill, "synonyms", lang)), ("role", _texts(skill, "roles", lang))]
                for source, texts in sources:
                    for text in texts:
                        words.update(self._add("skill", skill.code, lang, text, source))
        parts = []
        for branch in branches:
            self.branch_labels[branch.code] = {lang: getattr(branch, f"label_{lang}") for lang in LANGUAGES}
            for lang in LANGUAGES:
                label = self.branch_labels[branch.code][lang]
                words.update(self._add("branch", branch.code, lang, label, "label"))
                found = [part for part in BRANCH_PARTS.split(label) if part.strip()]
                parts += [(branch.code, lang, part) for part in found if len(found) > 1]
        # "Film" names Audiovisual & film, unless a skill has that name ("illustration" is a skill of Graphic design
        # & illustration, not the whole branch).
        for code, lang, part in parts:
            if not self._names_a_skill(part):
                words.update(self._add("branch", code, lang, part, "label"))
        self.vocabulary = sorted(w for w in words if len(w) >= TYPO_ONE - 1)
        self.by_length = {}
        for word in self.vocabulary:
            self.by_length.setdefault(len(word), []).append(word)
        self._meant = {}
        self.known = frozenset(words) | ALL_STOP_WORDS
        self.by_spelling = {}
        for word in sorted(words, key=lambda w: (len(w), w)):
            if len(word) >= TYPO_ONE:
                self.by_spelling.setdefault(sound(word), word)
        self.modifiers = self._modifiers(words)
        # The last parts of German compounds ("sanierung" of "Altbausanierung"): a word a verb may derive to, read
        # as the compound's skill when nothing else reads it.
        self.tails = {}
        for phrase in self.compound:
            word = phrase.words[0]
            for start in range(MODIFIER_MIN, len(word) - TAIL_MIN + 1):
                self.tails.setdefault(word[start:], []).append(phrase)

    def _add(self, kind, code, lang, text, source):
        pairs = phrase_words(text, lang)
        if not pairs:
            return ()
        phrase = Phrase(
            kind, code, lang, text.strip(), source, tuple(w for w, _s in pairs), tuple(s for _w, s in pairs)
        )
        self.by_first[lang].setdefault(phrase.stems[0], []).append(phrase)
        for word in phrase.words:
            self.word_languages.setdefault(word, set()).add(lang)
        if len(phrase.words) > 1:
            self.joined.setdefault("".join(phrase.words), []).append(phrase)
        else:
            self.single.setdefault(phrase.words[0], []).append(phrase)
            if lang == "de" and len(phrase.words[0]) >= COMPOUND_MIN:
                self.compound.append(phrase)
        return phrase.words

    def _names_a_skill(self, text):
        """Whether ``text`` is, word for word or in another form, a label, synonym or role noun of a skill in one of
        the languages ("Photographie" of "photographe"; not "film" of "filming")."""
        for lang in LANGUAGES:
            pairs = phrase_words(text, lang)
            if not pairs:
                continue
            words, wanted = [w for w, _s in pairs], tuple(s for _w, s in pairs)
            for phrase in self.by_first[lang].get(wanted[0], ()):
                if phrase.kind == "skill" and phrase.stems == wanted:
                    pairs = [(spelling(w), spelling(base)) for w, base in zip(words, phrase.words, strict=True)]
                    if all(same_form(w, base) or inflected(w, base, lang) for w, base in pairs):
                        return True
        return False

    def _modifiers(self, words):
        """{first part: [Phrase]} of the German one-word phrases made of a first part and a known word
        ("mobel" of Möbeldesign, "logo" of Logodesigner), and of the one-word phrases themselves ("logo")."""
        modifiers = {}
        for phrase in self.compound:
            word = phrase.words[0]
            modifiers.setdefault(word, []).append(phrase)
            for cut in range(MODIFIER_MIN, len(word) - MODIFIER_MIN + 1):
                if word[cut:] not in words:
                    continue
                for link in LINKS:
                    if link and word[:cut].endswith(link) and len(word[:cut]) - len(link) >= MODIFIER_MIN:
                        modifiers.setdefault(word[: cut - len(link)], []).append(phrase)
                modifiers.setdefault(word[:cut], []).append(phrase)
        for word, phrases in self.single.items():
            if len(word) >= MODIFIER_MIN and not any(p.short for p in phrases):
                modifiers.setdefault(word, []).extend(p for p in phrases if p not in modifiers.get(word, ()))
        return modifiers

    def derived(self, word):
        """The noun of the action a verb names when a phrase knows it ("sanieren" → "sanierung"), or None."""
        if word in self.known:
            return None
        for lang in LANGUAGES:
            for ending, noun in DERIVATIONS[lang]:
                if word.endswith(ending) and len(word) - len(ending) >= MODIFIER_MIN:
                    candidate = word[: len(word) - len(ending)] + noun
                    if candidate in self.known or candidate in self.tails:
                        return candidate
        return None

    # Reading a text -------------------------------------------------------------------------------------

    def correct(self, words, positions, language=None):
        """{position: word meant} for the words at ``positions`` that are typos of a phrase's word (never on short
        words)."""
        corrections = {}
        for position in positions:
            meant = self.meant(words[position], language)
            if meant:
                corrections[position] = meant
        return corrections

    def meant(self, word, language=None):
        """The phrase word ``word`` is a typo of, or None (cached: visitors repeat their words)."""
        key = (word, language)
        if key not in self._meant:
            if len(self._meant) > MEANT_CACHE:
                self._meant.clear()
            self._meant[key] = self._closest(word, language)
        return self._meant[key]

    def _closest(self, word, language):
        if len(word) < TYPO_ONE or word in self.known or word.isdigit():
            return None  # a word of the vocabulary ("product") is no typo of another ("produit")
        same = self.by_spelling.get(sound(word))
        if same and same != word:
            return same  # another spelling of a phrase's word: grafiste, visualization, grafic
        if common_word(word):
            return None  # a word of the language ("office", "shots") is what the visitor meant
        if self.a_form_of_known(word):
            return None  # another form of a known word (portraits), not a typo
        limit = 2 if len(word) >= TYPO_TWO else 1
        # Only words of a length within the edits allowed can be close enough.
        choices = [w for size in range(len(word) - limit, len(word) + limit + 1) for w in self.by_length.get(size, ())]
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=8)
        found = [candidate for candidate in found if candidate[0] != word]
        if not found:
            return None
        # The closest; among equals a word of the page's language, sharing the first letter, of a length closest to
        # the word typed.
        best = min(
            found,
            key=lambda f: (
                f[1],
                language not in self.word_languages.get(f[0], ()),  # the page's language first
                f[0][0] != word[0],
                abs(len(f[0]) - len(word)),
                f[0],
            ),
        )
        return best[0]

    def a_form_of_known(self, word):
        """Whether ``word`` is a plural, feminine or case form of a phrase's word (or that word of one of it)."""
        for lang in LANGUAGES:
            for ending in INFLECTIONS[lang]:
                if (word.endswith(ending) and word[: -len(ending)] in self.known) or word + ending in self.known:
                    return True
        return False

    def read(self, text, typos=True, limit=MAX_WORDS, language=None):
        """(folded words, {position: correction}, [Reading]) for ``text``: every phrase it names, in any language."""
        words, corrections, _derived, readings = self.read_all(text, typos, limit, language)
        return words, corrections, readings

    def read_all(self, text, typos=True, limit=MAX_WORDS, language=None):
        """(folded words, {position: correction}, {position: noun of a verb}, [Reading]) for ``text``."""
        words = tokens(text)[:limit]
        upper = acronyms(text, limit)
        readings = self._readings(words, words, {}, upper=upper)
        # The words nothing was read surely in may be verbs ("sanieren") or typos ("photgrapher", or "visualization"
        # for "visualisation").
        covered = {p for reading in readings if reading.strong for p in reading.positions}
        uncovered = [p for p in range(len(words)) if p not in covered]
        derived = {p: noun for p in uncovered if (noun := self.derived(words[p]))}
        corrections = self.correct(words, [p for p in uncovered if p not in derived], language) if typos else {}
        if derived or corrections:
            meant = [corrections.get(p, derived.get(p, w)) for p, w in enumerate(words)]
            readings = self._readings(words, meant, corrections, derived, upper)
        if language:
            readings = [
                r
                for r in readings
                if not any(foreign_homograph(words[p], r.phrase.language, language) for p in r.positions)
            ]
        return words, corrections, derived, readings

    def _readings(self, words, meant, corrections, derived=(), upper=frozenset()):
        readings = []
        for lang in LANGUAGES:
            word_stems = [stem(w, lang) for w in meant]
            positions = {}
            for index, word_stem in enumerate(word_stems):
                positions.setdefault(word_stem, []).append(index)
            for start, first in enumerate(word_stems):
                for phrase in self.by_first[lang].get(first, ()):
                    found = self._phrase_at(phrase, start, positions)
                    if found is not None:
                        how = self._how(phrase, found, words, meant, corrections)
                        if how in ("exact", "short") and any(p in derived for p in found):
                            how = "form"
                        elif how == "short" and phrase.acronym and all(p in upper for p in found):
                            how = "exact"  # "DJ", "VR" written in capitals as the taxonomy writes them
                        readings.append(Reading(phrase, found, how))
        for position, word in enumerate(meant):
            for phrase in self.joined.get(word, ()):
                readings.append(Reading(phrase, (position,), "typo" if position in corrections else "joined"))
            if position + 1 < len(meant):  # written apart: "grafik designer" for Grafikdesigner
                for phrase in self.single.get(word + meant[position + 1], ()):
                    typo = position in corrections or position + 1 in corrections
                    readings.append(Reading(phrase, (position, position + 1), "typo" if typo else "joined"))
            if len(word) > COMPOUND_MIN and word not in self.known:
                readings += self._compound_parts(word, position)
        return readings

    def _compound_parts(self, word, position):
        """Readings of a long German word by its parts: a last part that is a phrase (Verpackungsdesign), or a first
        part that names a skill in the compounds of the taxonomy (Logogestaltung, Möbelbau, Produktfotos)."""
        found = []
        word_stem = stem(word, "de")
        for phrase in self.compound:
            target = phrase.stems[0]
            # The other part must be a word, not an ending: Verpackungsdesign, not designers.
            if (
                len(target) >= COMPOUND_MIN
                and len(word_stem) - len(target) >= COMPOUND_REST
                and (word.startswith(target) or word_stem.endswith(target))
            ):
                found.append(phrase)
        by_first = {}
        # A word that is another form of a known one (designers) is not a compound of it.
        cuts = () if self.a_form_of_known(word) else range(MODIFIER_MIN, len(word) - SHORT + 1)
        # The rest is a word of its own: known to the taxonomy or a common German word (Möbel-bau, Logo-gestaltung).
        for cut in (cut for cut in cuts if word[cut:] in self.known or german_word(word[cut:])):
            if word[cut:] in ENDINGS:  # designer-s, Grafik-er-in: another form, not another word
                continue
            for phrase in self.modifiers.get(word[:cut], ()):
                # Of the compounds sharing the first part, those sharing most of the word: Produktfotos is a
                # Produktfotografie more than a Produktdesign.
                shared = len(os.path.commonprefix((word, phrase.words[0])))
                by_first.setdefault(shared, []).append(phrase)
        if by_first:
            found += [phrase for phrase in by_first[max(by_first)] if phrase not in found]
        found += [phrase for phrase in self.tails.get(word, ()) if phrase not in found]
        return [Reading(phrase, (position,), "compound") for phrase in found]

    @staticmethod
    def _phrase_at(phrase, start, positions):
        """The positions of the phrase's words when they all appear close to ``start``, else None.

        In either order: "portraits photographiques" names "photographie de portrait"."""
        window = len(phrase.stems) + WINDOW_SLACK
        found = [start]
        for other in phrase.stems[1:]:
            near = [p for p in positions.get(other, ()) if p not in found and abs(p - start) <= window]
            if not near:
                return None
            found.append(min(near, key=lambda p: (abs(p - start), p)))
        return tuple(found)

    @staticmethod
    def _how(phrase, found, words, meant, corrections):
        if any(p in corrections for p in found):
            return "typo"
        pairs = [(spelling(meant[p]), spelling(base)) for p, base in zip(found, phrase.words, strict=True)]
        if all(inflected(word, base, phrase.language) for word, base in pairs):
            how = "short" if phrase.short else "exact"
        elif all(same_form(word, base) and not verb_of_agent(word, base, phrase.language) for word, base in pairs):
            how = "short" if phrase.short else "form"
        else:
            return "stem"
        if how != "short" and any(other_sense(word, base, phrase.language) for word, base in pairs):
            return "sense"
        # As typed, before a verb is read as its noun: "Konzept" is no "Konzepter", though one names the other.
        typed = [(spelling(words[p]), spelling(base)) for p, base in zip(found, phrase.words, strict=True)]
        if how != "short" and any(common_root(word, base, phrase.language) for word, base in typed):
            return "sense"
        return how

    def match(self, text, strong_only=False):
        """{skill code: [folded words that named it]} for the skills ``text`` names."""
        words, _corrections, readings = self.read(text, typos=not strong_only)
        found = {}
        for reading in readings:
            if reading.kind != "skill" or (strong_only and not reading.strong):
                continue
            named = found.setdefault(reading.code, [])
            for position in reading.positions:
                if words[position] not in named:
                    named.append(words[position])
        return found

    def exact(self, text):
        """Codes of the skills one of whose labels, synonyms or role nouns is exactly ``text`` (a free tag)."""
        codes = set()
        for lang in LANGUAGES:
            wanted = phrase_stems(text, lang)
            if not wanted:
                continue
            for phrase in self.by_first[lang].get(wanted[0], ()):
                if phrase.kind == "skill" and phrase.stems == wanted:
                    codes.add(phrase.code)
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
                skills = list(Skill.objects.select_related("branch"))
                current = _matcher = SkillMatcher(skills, list(Branch.objects.all()), version)
    return current


def forget():
    """Drop the process's compiled matcher (tests that load another taxonomy without renewing the version)."""
    global _matcher
    _matcher = None
