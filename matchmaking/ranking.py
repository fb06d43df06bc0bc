"""Rank creatives for a brief: skills recognised in the text, the text itself and the facts of each member.

It reads the search service's compiled member documents (``search.backends.memory``), the
same documents the directory and the search engine are built from, in the visitor's
language. The ranking is computed here rather than by the search engine, so that a brief
gets the same shortlist whichever backend ``SEARCH_URL`` chooses, and an explanation of
each result that the visitor can check.

Each member gets features between 0 and 1, combined with ``settings.MATCHMAKING_WEIGHTS``:

- ``skills``: the share of the needs the brief names that the member covers: each group of words read as
  skills is one need ("photographe culinaire", "logo"), met by any of its skills (language-independent codes,
  so a German brief finds a member who wrote only in French). Only sure readings count (a label, synonym or
  role noun, or one of its forms); a skill read from part of a compound, a short word, a typo or a shared stem
  (restaurant, restauration) is offered to the company as a suggestion, never used until it confirms it;
- ``text``: the brief's words found in the member's name, skills, tagline, portfolio and
  presentation, each word weighted by its rarity (idf) and by where it was found;
- ``branch``: the member works in one of the branches the company named (or, when it
  named none, in the branch of a recognised skill);
- ``available``: available for hire;
- ``languages``: speaks the languages the company needs (by default, the brief's language);
- ``canton``: based in the canton the company named;
- ``portfolio``: how complete the portfolio is (items, up to four, and a logo).

Only members with a recognised skill or enough of the text are candidates. Fit (skills, text, branch) weighs
far more than the facts that make a member easier to work with (available, languages, canton, portfolio).
"""

import math
import re
import threading
from array import array
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from search.backends.memory import positions_from_bits
from search.facets import vocabulary
from search.models import IndexState
from search.service import database
from taxonomy.skills import ALL_STOP_WORDS, BRIEF_STOP_WORDS, HOW_RANK, matcher
from taxonomy.text import STOP_WORDS, fold, tokens
from taxonomy.understanding import understand

from .language import language_name
from .models import REMOTE

MIN_TERM_LENGTH = 3
MAX_TERMS = 40
COMMON = 0.2  # a word found in more than this share of members says nothing about one of them
TEXT_MIN = 0.12  # the least text relevance that makes a member a candidate without a shared skill
FIELD_FACTORS = {8: 1.0, 4: 0.9, 3: 0.7, 2: 0.5, 1: 0.35}  # by the database backend's field weights
PORTFOLIO_FULL = 4
TERM_POSITIONS = 512  # terms whose members' positions each snapshot keeps (``Facts.term``)
FACTS_SCORES = 64  # combinations of languages and canton whose facts scores each snapshot keeps
_lock = threading.Lock()


@dataclass
class Criteria:
    text: str
    language: str  # the visitor's language: results and reasons are in it
    brief_language: str = ""  # the language the brief is written in (detected)
    branches: tuple = ()
    canton: str = ""
    languages: tuple = ()
    limit: int = 10
    skills: tuple | None = None  # the skills the company confirmed; None: those read surely from the text


@dataclass
class Match:
    page_id: int
    name: str
    url: str
    logo_url: str
    tagline: str
    location: str
    score: float
    reasons: list
    skills: list = field(default_factory=list)
    tagline_lang: str = ""  # the tagline's language when shown untranslated (members.text_language)

    @property
    def explanation(self):
        return " · ".join(self.reasons)


@dataclass
class Shortlist:
    criteria: Criteria
    skills: list  # [(code, label)] the shortlist was made for, in the visitor's language
    results: list
    candidates: int
    read: list = field(default_factory=list)  # [(words of the brief, [(code, label)])] read surely as skills
    suggestions: list = field(default_factory=list)  # [(words, [(code, label)])] read loosely: to confirm


class Facts:
    """Position sets of one snapshot's facet values, compiled once per snapshot."""

    def __init__(self, snap):
        def positions(bits):
            return set(positions_from_bits(bits, snap.size))

        self.available = positions(snap.facets["available"].get("1", 0))
        self.languages = {code: positions(bits) for code, bits in snap.facets["language"].items()}
        self.cantons = {code: positions(bits) for code, bits in snap.facets["canton"].items()}
        self.branches = {code: positions(bits) for code, bits in snap.facets["branch"].items()}
        self.completeness = [
            0.8 * min(count, PORTFOLIO_FULL) / PORTFOLIO_FULL + (0.2 if card["logo_url"] else 0.0)
            for count, card in zip(snap.portfolio_counts, snap.cards, strict=True)
        ]
        self.snap = snap
        self._skills = {}
        self._terms = OrderedDict()
        self._facts_scores = {}
        self._lock = threading.Lock()

    def facts_score(self, needed, canton, w):
        """[the weighted score of each member's facts]: available, speaks the ``needed`` languages, based in
        ``canton``, portfolio complete. The same few combinations come back (the brief's language, no canton)."""
        key = (needed, canton, tuple(sorted(w.items())))
        found = self._facts_scores.get(key)
        if found is None:
            portfolio = w.get("portfolio", 0.0)
            found = [portfolio * completeness for completeness in self.completeness]
            for position in self.available:
                found[position] += w.get("available", 0.0)
            for code in needed:
                for position in self.languages.get(code, ()):
                    found[position] += w.get("languages", 0.0) / len(needed)
            for position in self.cantons.get(canton, ()) if canton else ():
                found[position] += w.get("canton", 0.0)
            with self._lock:
                if len(self._facts_scores) >= FACTS_SCORES:
                    self._facts_scores.clear()
                self._facts_scores[key] = found
        return found

    def skill(self, code):
        """The positions of the members with the skill ``code`` (a brief's skills are few of the 132, asked for
        again and again: turned from bits into positions once)."""
        found = self._skills.get(code)
        if found is None:
            found = array("I", positions_from_bits(self.snap.facets["skill"].get(code, 0), self.snap.size))
            self._skills[code] = found
        return found

    def term(self, term):
        """(bitset, number of members, ((weight, positions), …)) of the members with a word starting with
        ``term`` (``Snapshot.term``), each at the best weight it has; the positions read once per term (the words
        of briefs come back: "logo", "site", "photos"), the most recent ``TERM_POSITIONS`` terms kept."""
        with self._lock:
            found = self._terms.get(term)
            if found is not None:
                self._terms.move_to_end(term)
                return found
        bits, by_weight = self.snap.term(term)
        count = bits.bit_count()
        levels = ()
        if count and count <= COMMON * self.snap.size:  # a common word is not counted: no positions needed
            levels = tuple(
                (weight, array("I", positions_from_bits(weight_bits, self.snap.size)))
                for weight, weight_bits in by_weight.items()
            )
        found = (bits, count, levels)
        with self._lock:
            self._terms[term] = found
            while len(self._terms) > TERM_POSITIONS:
                self._terms.popitem(last=False)
        return found


def facts(snap):
    found = snap.extras.get("matchmaking")
    if found is None:
        with _lock:
            found = snap.extras.get("matchmaking")
            if found is None:
                found = snap.extras["matchmaking"] = Facts(snap)
    return found


def brief_terms(text, language):
    """The distinct folded words of a brief worth looking for in members' text."""
    stop = BRIEF_STOP_WORDS.get(language, frozenset()) | STOP_WORDS["fr"] | STOP_WORDS["en"] | STOP_WORDS["de"]
    terms = []
    for word in tokens(text):
        if len(word) >= MIN_TERM_LENGTH and word not in stop and not word.isdigit() and word not in terms:
            terms.append(word)
            if len(terms) >= MAX_TERMS:
                break
    return terms


def weights():
    return settings.MATCHMAKING_WEIGHTS


@dataclass
class Reading:
    """What a brief names: needs read surely (groups of skill codes, with their words) and loose suggestions."""

    needs: list  # [(words, [codes])]
    suggestions: list  # [(words, [codes])]
    weights: list = field(default_factory=list)  # of each need: 1 if asked for, CONTEXT if only mentioned

    def codes(self):
        return list(dict.fromkeys(code for _words, codes in self.needs for code in codes))


# Words that ask for something (folded prefixes), and pairs that say something is not needed.
REQUEST = (
    "need", "looking", "seek", "search", "want", "require", "hire", "wish",
    "cherch", "recherch", "besoin", "souhait", "voudr", "faut", "desir",
    "such", "brauch", "benotig", "mocht", "wunsch", "gesucht",
    "aimer", "gern", "missing", "lack", "fehl", "help", "aider", "aidez", "helf", "hilf", "unterstutz", "wollen",
    "wollt",
)  # fmt: skip
# Pairs that ask: "Wer kann uns … unterstützen?", "Können Sie …?", "Schön wäre …", "Could you …".
REQUEST_PAIRS = frozenset({
    ("wer", "kann"), ("konnen", "sie"), ("konnten", "sie"), ("schon", "ware"), ("ware", "schon"), ("can", "you"),
    ("could", "you"), ("would", "love"), ("pouvez", "vous"), ("pourriez", "vous"), ("serait", "bien"),
})  # fmt: skip
NOT_NEEDED = (("pas", "besoin"), ("no", "need"), ("not", "need"), ("don", "need"), ("kein", "bedarf"))
NOT_NEEDED_PREFIX = (("brauch", "kein"), ("nicht", "notig"), ("besoin", "aucun"))
# Words that say something is already taken care of ("l'animation est déjà organisée", "printing is handled by our
# usual supplier", "die Texte liefern unsere Kuratoren selbst"): what such a sentence names is not asked for.
DONE = frozenset({
    "deja", "habituel", "habituelle", "habituels", "occupe", "occupent", "gere", "geree",
    "already", "handled", "stays", "remains", "usual", "existing", "ourselves",
    "bereits", "ubernehmen", "ubernimmt", "vorhanden", "ubliche", "ublichen", "selbst",
    "reste", "restent", "inchange", "inchangee", "inchanges", "inchangees", "unchanged", "bleibt", "bleiben",
    "unverandert", "fini", "finis", "finie", "finies", "termine", "terminee", "termines", "terminees", "pret", "prets",
    "done", "finished", "ready", "fertig", "erledigt", "abgeschlossen",
})  # fmt: skip
DONE_PAIRS = (("our", "own"), ("nos", "propres"), ("notre", "propre"), ("unsere", "eigenen"), ("unsere", "eigene"))
# Verbs that say what the company is or does ("nous sommes une boutique de vêtements", "I make leather bags", "wir
# betreiben ein Hotel"): what follows, up to the next "and" or request, describes it and is context.
IDENTITY = frozenset({
    "sommes", "suis", "tiens", "tenons", "dirige", "dirigeons", "exploitons", "fabrique", "fabriquons",
    "developpons", "produisons", "vendons", "construisons",
    "are", "am", "run", "own", "operate", "make", "making", "build", "building", "develop", "developing",
    "produce", "producing", "sell", "selling",
    "sind", "bin", "betreiben", "fuhren", "herstellen", "stellen", "bauen", "entwickeln", "produzieren",
    "verkaufen",
})  # fmt: skip
MADE = frozenset({"werden", "entstehen"})
CLAUSE_END = frozenset({"et", "mais", "puis", "and", "but", "then", "und", "aber", "dann", "sowie"})
BROAD = 0.5  # a need read as n skills at once ("photos") weighs 1/n**BROAD of one read as a single skill
CONTEXT = 0.3  # the weight of a skill named outside the sentences that ask for something
SENTENCE = re.compile(r"[.!?;\n]+")
CLAUSE = re.compile(r"[,:()]+")


def request_at(words, i):
    """Whether the ``i``-th of ``words`` asks for something ("suchen", "need", "Können Sie")."""
    return words[i].startswith(REQUEST) or tuple(words[i : i + 2]) in REQUEST_PAIRS


def asks(words):
    return any(request_at(words, i) for i in range(len(words)))


def sentence_roles(text, named=None):
    """For each word of ``text`` (as ``tokens`` cuts it): "ask", "context" or "refused", by its sentence.

    A brief says what the company is ("a sustainable fashion label") and what it asks for ("we need a
    photographer"); when some sentences ask for a skill, skills named elsewhere are context. A sentence that
    asks without naming one ("we are looking for craftspeople who can repair both") refers to the others, which
    then say what is needed. ``named``: the positions of the words read as skills (all words when None).
    "Pas besoin de site web", "no need for", "brauchen keine" refuse what they name, and so does a sentence that
    asks for nothing and says it is taken care of ("printing is handled by our usual supplier")."""
    roles, asking = [], False
    parts = SENTENCE.split(text)
    sentences = [tokens(part) for part in parts]
    kinds, start = [], 0
    for words in sentences:
        first, start = start, start + len(words)
        pairs = list(zip(words, words[1:], strict=False))
        if any(pair in NOT_NEEDED for pair in pairs) or any(
            a.startswith(x) and b.startswith(y) for a, b in pairs for x, y in NOT_NEEDED_PREFIX
        ):
            kinds.append("refused")
        elif asks(words) or (
            any(word.startswith("soll") for word in words) and MADE.intersection(words) and not says_done(words)
        ):
            kinds.append("ask")
            asking = asking or named is None or any(first <= p < start for p in named)
        elif says_done(words):
            kinds.append("refused")
        else:
            kinds.append("neutral")
    start = 0
    for kind, words, part in zip(kinds, sentences, parts, strict=True):
        role = "ask" if kind == "ask" or (kind == "neutral" and not asking) else kind
        role = role if role != "neutral" else "context"
        if role == "ask":
            roles_said = identity_context(words, role, bool(OPENER.match(fold(part))))
            sentence = fronted_purpose(words, done_clauses(part, roles_said))
        else:
            sentence = [role] * len(words)
        roles += sentence
        start += len(words)
    return roles


FRONTED = frozenset({"pour", "for", "fur", "furs", "zum", "zur"})
# Words for whoever a brief asks for, not what: "a photographer and someone for the website" asks for the website,
# "Für die neue Website suchen wir eine Agentur" for one that makes it.
SOMEONE = frozenset({
    "someone", "somebody", "person", "people", "agency", "studio", "partner", "freelancer", "professional", "help",
    "support", "personne", "personnes", "quelqu", "quelque", "agence", "partenaire", "prestataire", "professionnel",
    "professionnelle", "aide", "soutien", "jemand", "jemanden", "jemandem", "personen", "leute", "agentur",
    "fachperson", "profi", "profis", "hilfe", "unterstutzung",
})  # fmt: skip


def fronted_purpose(words, roles):
    """``roles``, but "context" for a purpose put before the request ("Für die neue Website brauchen wir
    Aufnahmen der Zimmer": the pictures are asked for, the website is what they are for), when the request names
    something ("Für die neue Kollektion suchen wir jemanden" asks for the collection)."""
    if not words or words[0] not in FRONTED:
        return roles
    ask = next((i for i in range(len(words)) if request_at(words, i)), None)
    if ask is None or all(word in ALL_STOP_WORDS or word in SOMEONE for word in words[ask + 1 :]):
        return roles
    return ["context"] * ask + roles[ask:]


def says_done(words):
    """Whether ``words`` say that something is taken care of ("déjà organisée", "our own", "bleibt")."""
    return bool(DONE.intersection(words)) or any(pair in DONE_PAIRS for pair in zip(words, words[1:], strict=False))


def done_clauses(sentence, roles):
    """``roles`` of a sentence that asks, but "refused" for the words of a clause saying that something is taken
    care of without asking ("Der Text ist fertig, es fehlen die Bilder": the pictures, not the text). A clause
    about the person asked for is the request ("wir suchen jemanden, der das Layout übernimmt")."""
    done, start, previous = list(roles), 0, []
    for clause in CLAUSE.split(sentence):
        words = tokens(clause)
        about_someone = bool(previous) and previous[-1] in SOMEONE
        if not asks(words) and says_done(words) and not about_someone:
            done[start : start + len(words)] = ["refused"] * len(words)
        start += len(words)
        previous = words or previous
    return done


# A sentence opening with what the company is: "Als Label für Brautmode brauchen wir …", "As a small practice, we
# need …", "En tant que fondation, nous cherchons …" (not "Als wir …", "As we grow …").
OPENER = re.compile(r"\s*(?:as an? |als (?!wir |ich |es |sie |er |man |du |ihr )|en tant qu|comme (?:une? |petite? ))")


# "sind", "are" say what the company is with "we" only: "In unserer Kirche sind zwei Fenster beschädigt" is a fact.
WE = {"sind": "wir", "are": "we"}


def is_us(words, i):
    we = WE.get(words[i])
    return we is None or we in words[max(0, i - 1) : i + 2]


def identity_context(words, role, opened=False):
    """``role`` for each of ``words``, but "context" for those saying what the company is or makes (from the
    start when the sentence ``opened`` with it)."""
    roles, describing, requested = [], opened, False
    for i, word in enumerate(words):
        if word in IDENTITY and not requested and is_us(words, i):
            describing = True
        elif word in CLAUSE_END:
            describing = requested = False
        elif request_at(words, i):
            describing, requested = False, True
        roles.append("context" if describing else role)
    return roles


class Mention(NamedTuple):
    """Where and how a brief names one of its needs."""

    sentence: int
    first: int  # its first and last word (positions as ``tokens`` counts them)
    last: int
    branches: frozenset
    purpose: bool  # introduced by "for", "pour", "für"
    trade: bool  # a whole trade ("ein Film"), not one of its skills


def read_brief(text, version=None, language=None):
    """A Reading of ``text`` (written in ``language``): each group of words that names skills or a whole trade,
    sure readings apart from loose ones, weighed by whether it is asked for (its sentence asks, or a request takes
    it up again) or only mentioned (what the company is, what another need is for)."""
    version = IndexState.current() if version is None else version
    understood = understand(text, version, ways=tuple(HOW_RANK), language=language)
    compiled = matcher(version)
    named = {p for c in understood.concepts for r in c.readings if r.strong and r.kind == "skill" for p in r.positions}
    roles = sentence_roles(text, named)
    sentence_of = [i for i, part in enumerate(SENTENCE.split(text)) for _word in tokens(part)]

    def said(positions):
        return {roles[p] if p < len(roles) else "ask" for p in positions}

    needs, suggestions, weights, mentions, refused = [], [], [], [], set()
    for concept in understood.concepts:
        words = " ".join(concept.words)
        skills = [r for r in concept.readings if r.kind == "skill"]
        # A reading whose words are all in a sentence or clause that refuses is only a suggestion; its neighbours
        # keep theirs ("des portraits photographiques. La soirée est déjà organisée": portraits, not event
        # photography). One with words on both sides ("eine Website, die unsere Assistentin selbst pflegen kann")
        # is still asked for.
        sure = list(dict.fromkeys(r.code for r in skills if r.strong and said(r.positions) != {"refused"}))
        refused.update(r.code for r in skills if r.strong and said(r.positions) == {"refused"})
        if not skills:  # a whole trade named in the brief's language ("ein kurzer Film"): any of its skills
            sure = [
                code
                for r in concept.readings
                if r.strong and language in (None, r.phrase.language) and said(r.positions) != {"refused"}
                for code in compiled.codes
                if compiled.branch_of[code] == r.code
            ]
        loose = list(dict.fromkeys(r.code for r in skills if r.code not in sure))
        if sure:
            needs.append((words, sure))
            weights.append(1.0 if "ask" in said(concept.positions) else CONTEXT)
            first, last = concept.positions[0], concept.positions[-1]
            sentence = sentence_of[first] if first < len(sentence_of) else -1
            branches = frozenset(compiled.branch_of[code] for code in sure)
            mentions.append(Mention(sentence, first, last, branches, concept.purpose, not skills))
        if loose:
            suggestions.append((words, loose))
    for index in recalled(needs, weights, roles, understood.words):
        weights[index] = 1.0
    for index in purposes(mentions, understood.words):
        weights[index] = CONTEXT
    # Only mentioned, and said elsewhere to be taken care of ("Die Website selbst baut unser Neffe"): not a need.
    kept = [i for i, (_words, codes) in enumerate(needs) if weights[i] == 1.0 or not set(codes) <= refused]
    # A whole trade beside a need that says which of its skills ("Design" beside "Verpackung") adds nothing.
    precise = set().union(*(mention.branches for mention in mentions if not mention.trade))
    kept = [i for i in kept if not mentions[i].trade or not mentions[i].branches <= precise]
    needs, weights, mentions = ([items[i] for i in kept] for items in (needs, weights, mentions))
    return Reading(coherent(needs, mentions, compiled.branch_of), suggestions, weights)


RECALL_MIN = 4  # the shortest word that takes up a need named before ("das Spiel" for "ein Lernspiel")


def recalled(needs, weights, roles, words):
    """The needs only mentioned first and taken up by a request: "Die Hochschule plant ein Lernspiel … Wir suchen
    ein Team, das das Spiel entwickelt" asks for the learning game ("a learning game … develop the game")."""
    asked = {word for word, role in zip(words, roles, strict=False) if role == "ask"}
    found = []
    for index, ((named, _codes), weight) in enumerate(zip(needs, weights, strict=True)):
        *before, last = named.split() or [""]
        if weight < 1.0 and any(
            len(word) >= RECALL_MIN and (word != last or before) and last.endswith(word) and word not in ALL_STOP_WORDS
            for word in asked
        ):
            found.append(index)
    return found


def purposes(mentions, words):
    """The needs that only say what another need of their sentence, in another branch, is for: introduced by
    "for" right after it ("photos of the rooms and the chapel for our brochure", "Produktfotos für den
    Onlineshop") or right before it ("für die neue Kollektion passende Schuhe"); not a second need ("un
    illustrateur, et une personne pour la mise en page", "jemanden für die Website und einen Fotografen").
    A whole trade ("ein neues Design für die Broschüre") is too vague to be what the other one is for."""
    found = set()
    for index, mention in enumerate(mentions):
        if not mention.purpose:
            continue
        for other in mentions:
            if other.sentence != mention.sentence or mention.branches & other.branches or other.trade:
                continue
            if other.last < mention.first:
                between, stops = words[other.last + 1 : mention.first], ()
            elif other.first > mention.last:
                between, stops = words[mention.last + 1 : other.first], CLAUSE_END
            else:
                continue
            if not asks(between) and not any(word in SOMEONE or word in stops for word in between):
                found.add(index)
                break
    return found


def coherent(needs, mentions, branch_of):
    """``needs``, a word read as skills of several branches keeping those of the branches the brief's other
    needs are in ("saubere Schnitte" beside "Strickentwürfe": pattern making, not video editing)."""
    single = set().union(*(mention.branches for mention in mentions if len(mention.branches) == 1))
    kept = []
    for (words, codes), mention in zip(needs, mentions, strict=True):
        if len(mention.branches) > 1:
            codes = [code for code in codes if branch_of[code] in single] or codes
        kept.append((words, codes))
    return kept


def recognise(text, version=None, language=None):
    """The taxonomy skill codes ``text`` (written in ``language``) surely names, in taxonomy order."""
    version = IndexState.current() if version is None else version
    found = set(read_brief(text, version, language).codes())
    return [code for code in matcher(version).codes if code in found]


def needs_for(criteria, reading):
    """[(skill codes, weight, asked)] the shortlist is made for: read from the text (a word read as several skills
    at once, like "photos", weighing less than one that names a single skill; ``asked`` when a sentence asks for
    it, not only mentions it), or the company's choice (which weighs all it chose alike, all asked for)."""
    if criteria.skills is None:
        return [
            (codes, weight / len(codes) ** BROAD, weight == 1.0)
            for (_words, codes), weight in zip(reading.needs, reading.weights, strict=True)
        ]
    chosen, needs = list(dict.fromkeys(criteria.skills)), []
    for _words, codes in reading.needs + reading.suggestions:
        group = [code for code in codes if code in chosen]
        if group:
            needs.append((group, 1.0, True))
            chosen = [code for code in chosen if code not in group]
    return needs + [([code], 1.0, True) for code in chosen]


def shortlist(criteria, version=None):
    """The ranked members for ``criteria`` (a Shortlist), with the reasons in the visitor's language."""
    if version is None:
        version = IndexState.current()
    language = criteria.language
    brief_language = criteria.brief_language or language
    snap = database.snapshot(language, version)
    known = facts(snap)
    compiled = matcher(version)
    reading = read_brief(criteria.text, version, brief_language)
    needs = needs_for(criteria, reading)
    skill_codes = list(dict.fromkeys(code for group, _weight, _asked in needs for code in group))

    skill_hits = defaultdict(float)  # position → the weight of the needs the member meets
    for group, weight, _asked in needs:
        members = known.skill(group[0]) if len(group) == 1 else set().union(*map(known.skill, group))
        for position in members:
            skill_hits[position] += weight

    # The text relevance of each member found by a word, summed in a list (indexing it is quicker than a dict).
    text_raw, total_idf, term_bits, found_by_text = [0.0] * snap.size, 0.0, [], []
    for term in brief_terms(criteria.text, brief_language):
        bits, found, levels = known.term(term)
        if not found or found > COMMON * snap.size:
            continue
        idf = math.log(1 + snap.size / found)
        total_idf += idf
        term_bits.append((term, bits))
        for weight, positions in levels:
            factor = idf * FIELD_FACTORS.get(weight, 0.35)
            found_by_text.append(positions)
            for position in positions:
                text_raw[position] += factor
    found_by_text = set().union(*found_by_text)

    floor = TEXT_MIN * total_idf  # the least text relevance that makes a candidate, in text_raw's units
    candidates = set(skill_hits) | {p for p in found_by_text if text_raw[p] >= floor}
    asked = [code for group, _weight, is_asked in needs if is_asked for code in group] or skill_codes
    wanted_branches = list(criteria.branches) or sorted({compiled.branch_of[c] for c in asked})
    needed = list(criteria.languages) or [brief_language]
    canton = criteria.canton if criteria.canton != REMOTE else ""
    w = weights()
    total_weight = sum(w.values()) or 1.0

    # Each feature is added feature by feature over the candidates (set operations run in C), not member by member,
    # starting from what makes each member easier to work with (computed once per snapshot and set of facts), and
    # the scores are divided by the total weight only for the members shown.
    facts_score = known.facts_score(tuple(needed), canton, w)
    scores = {position: facts_score[position] for position in candidates}
    if needs:
        share = w.get("skills", 0.0) / sum(weight for _group, weight, _asked in needs)
        for position, hits in skill_hits.items():
            scores[position] += share * hits
    if total_idf:
        text = w.get("text", 0.0) / total_idf  # a member's text relevance is min(1, raw / total_idf)
        for position in candidates.intersection(found_by_text):
            raw = text_raw[position]
            scores[position] += text * (raw if raw < total_idf else total_idf)
    in_branch = set().union(*(candidates & known.branches.get(code, set()) for code in wanted_branches))
    branch = w.get("branch", 0.0)
    for position in in_branch:
        scores[position] += branch
    best = best_first(scores, criteria.limit, total_weight)

    with translation.override(language):
        vocab = vocabulary(language, version)
        results = []
        for position in best:
            score = scores[position] / total_weight
            results.append(
                _match(snap, position, score, skill_codes, term_bits, needed, canton, criteria, vocab, known)
            )
        labels = [(code, vocab.label("skill", code)) for code in skill_codes]

        def labelled(groups):
            return [(words, [(code, vocab.label("skill", code)) for code in codes]) for words, codes in groups]

        read, suggestions = labelled(reading.needs), labelled(reading.suggestions)
    return Shortlist(criteria, labels, results, len(candidates), read, suggestions)


def best_first(scores, limit, total):
    """The ``limit`` positions of the best ``scores`` (divided by ``total``, rounded to six decimals so that ties are
    ties), then in name order (positions are in name order). Only the scores that may round to one of the ``limit``
    best are rounded: those at most ``total`` millionths below the ``limit``-th."""
    if len(scores) > limit:
        floor = sorted(scores.values(), reverse=True)[limit - 1] - total * 1e-6 if limit > 0 else math.inf
        scores = {p: v for p, v in scores.items() if v >= floor}
    return [p for _neg, p in sorted((-round(v / total, 6), p) for p, v in scores.items())[:limit]]


def _match(snap, position, score, skill_codes, term_bits, needed, canton, criteria, vocab, known):
    card = snap.cards[position]
    member_skills = [code for code in skill_codes if snap.facets["skill"].get(code, 0) >> position & 1]
    reasons = []
    if member_skills:
        reasons.append(", ".join(vocab.label("skill", code) for code in member_skills))
    words = [term for term, bits in term_bits if bits >> position & 1]
    if words and not member_skills:
        reasons.append(_("mentions %(words)s") % {"words": ", ".join(f"“{word}”" for word in words[:3])})
    for code in criteria.branches:
        if position in known.branches.get(code, ()):
            reasons.append(vocab.label("branch", code))
    spoken = [code for code in needed if position in known.languages.get(code, ())]
    if spoken:
        names = ", ".join(language_name(code) for code in spoken)  # "parle allemand", "spricht Deutsch"
        reasons.append(_("speaks %(languages)s") % {"languages": names})
    if position in known.available:
        reasons.append(_("available"))
    if canton and position in known.cantons.get(canton, ()):
        reasons.append(_("based in %(canton)s") % {"canton": vocab.label("canton", canton)})
    return Match(
        page_id=snap.ids[position],
        name=card["name"],
        url=card["url"],
        logo_url=card["logo_url"],
        tagline=card["summary"],
        tagline_lang=card["summary_language"],
        location=card["location"],
        score=round(score, 4),
        reasons=reasons,
        skills=member_skills,
    )
