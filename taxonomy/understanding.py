"""What a visitor's words mean: the skills and branches a query names, from which words, and how surely.

One layer for the directory (both backends), the autocomplete and matchmaking. ``understand`` reads a text in
French, English or German, whatever the page's language, with the phrase index of ``skills.py`` (labels,
synonyms, role nouns, branch labels; plurals and feminine forms, compounds, words written together, typos).

Readings that overlap are grouped into *concepts*: "photographe culinaire" is one concept (food photography),
"logo et site web" two (brand identity; web development). Within a concept the most specific readings win: a
longer phrase over the shorter one it contains ("photographe culinaire" over "photographe"), and a surer way
of matching over a looser one (an exact role noun over a compound part). A concept keeps the words as typed
and as corrected, so that a search can still find them in members' texts.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from .skills import ALL_STOP_WORDS, LANGUAGES, STRONG, matcher
from .skills import forget as forget_matcher

# The ways of matching a search may expand on: a stem shared by different words (restaurant, restauration)
# only searches the texts.
EXPLAINED = 5  # labels named per concept when telling a visitor what was understood
SEARCH_EXPANDS = ("exact", "joined", "form", "typo", "sense", "compound", "short")
# Words that introduce what a need is for: "musique pour un mariage", "Musik für Werbespot", "app for my gym".
# What follows them (articles and possessives aside) is the purpose of the need, not a second need.
PURPOSE_WORDS = frozenset({"pour", "for", "fur", "fuer", "furs"})
LOOK_BACK = 3  # words between the preposition and the concept: "for one of our", "pour un de nos"


@dataclass
class Concept:
    positions: tuple
    words: tuple  # as typed, folded
    meant: tuple  # after typo correction
    readings: list = field(default_factory=list)
    purpose: bool = False  # names what another concept of the text is for: it ranks, it does not restrict

    @property
    def skills(self):
        return list(dict.fromkeys(r.code for r in self.readings if r.kind == "skill"))

    @property
    def branches(self):
        return list(dict.fromkeys(r.code for r in self.readings if r.kind == "branch"))

    @property
    def strong(self):
        return any(r.how in STRONG for r in self.readings)

    @property
    def how(self):
        return max((r.how for r in self.readings), key=lambda how: how in STRONG)

    def text_words(self):
        """The words a member's texts may contain instead of having the skill: as typed and as meant."""
        return list(dict.fromkeys(self.words + self.meant))


@dataclass
class Understanding:
    text: str
    words: list
    corrections: dict  # position → word meant
    concepts: list
    rest: list  # the words that name no skill or branch (stop words left out)

    @property
    def corrected_text(self):
        """The query with its typos corrected, or "" when it had none."""
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(p, w) for p, w in enumerate(self.words))

    def skills(self):
        return list(dict.fromkeys(code for concept in self.concepts for code in concept.skills))

    @property
    def needs(self):
        """The concepts a result must match: all but those naming what the others are for."""
        return [concept for concept in self.concepts if not concept.purpose]

    @property
    def purposes(self):
        return [concept for concept in self.concepts if concept.purpose]

    def branches(self):
        return list(dict.fromkeys(code for concept in self.concepts for code in concept.branches))

    def explained(self, label, most=EXPLAINED):
        """[(words as typed, [labels], how many more)] for a visitor: "photographe → Photographie de produits, …"."""
        lines = []
        for concept in self.concepts:
            names = [label("skill", code) for code in concept.skills]
            names += [label("branch", code) for code in concept.branches]
            lines.append((" ".join(concept.words), names[:most], max(0, len(names) - most)))
        return lines


def _beats(other, reading):
    """Whether ``other``, sharing a word with ``reading``, is the better reading of those words: a sure one that
    covers more ("graphic designer" over the branch "Design"), one as sure that covers them and more
    ("photographe culinaire" over "photographe"), or a surer one that covers as much."""
    mine, theirs = set(reading.positions), set(other.positions)
    if not mine & theirs or other is reading:
        return False
    if len(theirs) > len(mine) and (other.strong or (mine < theirs and other.rank[0] >= reading.rank[0])):
        return True
    return other.rank[0] > reading.rank[0] and len(theirs) >= len(mine)


def _best(readings, language=None):
    """The readings no other kept reading beats; for the same words read as surely in several languages, those of
    ``language`` (the page's or the brief's: "stylist" is a fashion stylist in English, "styliste" a fashion
    designer in French)."""
    kept = []  # the widest and surest first; a reading beaten only by readings that lost does not lose
    for reading in sorted(readings, key=lambda r: (len(r.positions), r.rank), reverse=True):
        if not any(_beats(other, reading) for other in kept):
            kept.append(reading)
    native = {(frozenset(r.positions), r.rank[0]) for r in kept if r.phrase.language == language}
    return [r for r in kept if r.phrase.language == language or (frozenset(r.positions), r.rank[0]) not in native]


def group(readings, words, corrections, language=None):
    """Concepts from the readings: readings sharing a word are one concept, in the order of the text."""
    concepts = []
    for reading in sorted(_best(readings, language), key=lambda r: r.positions):
        covered = set(reading.positions)
        concept = next((c for c in concepts if covered & set(c.positions)), None)
        if concept is None:
            concepts.append(Concept(reading.positions, (), (), [reading]))
        else:
            concept.positions = tuple(sorted(set(concept.positions) | covered))
            concept.readings.append(reading)
    for concept in concepts:
        concept.words = tuple(words[p] for p in concept.positions)
        concept.meant = tuple(corrections.get(p, words[p]) for p in concept.positions)
    return concepts


def mark_purposes(concepts, words):
    """Mark the concepts introduced by a purpose preposition, when another concept is the need itself."""
    for concept in concepts:
        position = concept.positions[0] - 1
        while position >= 0 and concept.positions[0] - position <= LOOK_BACK + 1:
            word = words[position]
            if word in PURPOSE_WORDS:
                concept.purpose = True
                break
            if word not in ALL_STOP_WORDS:
                break
            position -= 1
    if all(concept.purpose for concept in concepts):
        for concept in concepts:
            concept.purpose = False


def understand(text, version, ways=SEARCH_EXPANDS, stop=frozenset(), typos=True, language=None):
    """An Understanding of ``text``: its concepts from readings made in one of ``ways``, and the other words.

    ``language`` (the page's) breaks ties: between equally close corrections of a typo, and between the same
    words read as surely in several languages. Remembered per process (visitors repeat their searches); the
    result is shared, never to be changed."""
    return _understand(text, version, tuple(ways), frozenset(stop), typos, language)


@lru_cache(maxsize=4096)
def _understand(text, version, ways, stop, typos, language):
    compiled = matcher(version)
    words, corrections, derived, readings = compiled.read_all(text, typos=typos, language=language)
    readings = [r for r in readings if r.how in ways]
    concepts = group(readings, words, {**derived, **corrections}, language)
    mark_purposes(concepts, words)
    covered = {p for concept in concepts for p in concept.positions}
    rest = []
    for position, word in enumerate(words):
        if position not in covered and word not in stop and word not in rest:
            rest.append(word)
    return Understanding(text, words, corrections, concepts, rest)


def forget():
    """Drop the compiled matcher and the remembered readings (tests that load another taxonomy)."""
    forget_matcher()
    _understand.cache_clear()


__all__ = ["LANGUAGES", "Concept", "Understanding", "forget", "understand"]
