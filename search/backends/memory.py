"""The database backend: documents read from the database into compact per-language bitsets.

Each process loads the MemberDocument rows of a language once (and again only when
IndexState's counter moves), then answers every query in memory. A facet value
is an integer used as a bitset over the members (sorted by name), so a query with
every facet's disjunctive counts is a few hundred AND and popcount operations,
whatever the number of members. Text matches folded word prefixes, so it is
accent-insensitive on SQLite and PostgreSQL alike.
"""

import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from taxonomy.skills import TYPO_ONE, TYPO_TWO
from taxonomy.text import light_stem, tokens

from ..facets import FACET_NAMES
from ..models import CARD_FIELDS, IndexState, MemberDocument, facet_values, portfolio_line
from . import Hits

# How much a word counts for relevance, by where it appears.
WEIGHTS = (("name", 8), ("skills_text", 4), ("summary", 3), ("portfolio", 2), ("body", 1))
FIELD_OF_WEIGHT = {weight: field for field, weight in WEIGHTS}
SKILL_WEIGHT = 6  # having a skill the query names (or a branch: BRANCH_WEIGHT), added to the words' weights
BRANCH_WEIGHT = 5
EXTRA_SKILLS = 3  # each further skill of a concept adds 1, up to two
NAME_BONUS = 40  # a member whose name holds every word of the query comes first
BYTE_BITS = [tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256)]
BIT_COUNT = [len(bits) for bits in BYTE_BITS]
TERM_CACHE = 512


def bits_from_positions(positions, size):
    buffer = bytearray((size + 7) // 8)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def positions_from_bits(bits, size, limit=None, skip=0):
    """The set positions of ``bits`` in increasing order, after the first ``skip``, at most ``limit``."""
    found = []
    for index, byte in enumerate(bits.to_bytes((size + 7) // 8 or 1, "little")):
        if not byte:
            continue
        if skip:
            count = BIT_COUNT[byte]
            if count <= skip:  # whole byte before the wanted page
                skip -= count
                continue
            positions = BYTE_BITS[byte][skip:]
            skip = 0
        else:
            positions = BYTE_BITS[byte]
        base = index * 8
        found.extend(base + bit for bit in positions)
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


class Snapshot:
    """Every member document of one language, compiled for fast queries."""

    facet_names = FACET_NAMES
    card_fields = (*CARD_FIELDS, "skills_text")  # card fields, plus the skills text for a skill match's snippet

    def __init__(self, language, version, rows):
        self.language = language
        self.version = version
        self.size = len(rows)
        self.ids = [row["page_id"] for row in rows]
        self.everyone = (1 << self.size) - 1
        by_date = sorted(range(self.size), key=lambda p: (rows[p]["published_at"] is None, rows[p]["published_at"]))
        by_date.reverse()
        self.newest = [p for p in by_date if rows[p]["published_at"] is not None] + [
            p for p in range(self.size) if rows[p]["published_at"] is None
        ]
        positions = {name: {} for name in self.facet_names}
        postings = {}
        for position, row in enumerate(rows):
            for name, values in row["facets"].items():
                for value in values:
                    positions[name].setdefault(value, []).append(position)
            best = {}
            for field, weight in WEIGHTS:
                for word in tokens(row[field]):
                    if best.get(word, 0) < weight:
                        best[word] = weight
            for word, weight in best.items():
                levels = postings.get(word)
                if levels is None:
                    levels = postings[word] = {}
                found = levels.get(weight)
                if found is None:
                    found = levels[weight] = array("I")
                found.append(position)
        self.facets = {
            name: {value: bits_from_positions(found, self.size) for value, found in values.items()}
            for name, values in positions.items()
        }
        self.postings = postings
        self.vocabulary = sorted(postings)
        # Card fields, plus the short skills text so that a skill match needs no query for its snippet.
        self.cards = [{name: row[name] for name in self.card_fields} for row in rows]
        self.names = [tokens(row["name"]) for row in rows]
        # (word, position) of every word of every name, sorted: the members whose name has a word starting with a
        # prefix are one bisection away (autocomplete), whatever the number of members.
        name_words = sorted((word, position) for position, words in enumerate(self.names) for word in set(words))
        self.name_words = [word for word, _position in name_words]
        self.name_owners = array("I", (position for _word, position in name_words))
        self.portfolio_counts = array("H", (min(row["portfolio_count"], 65535) for row in rows))
        self.extras = {}  # per-snapshot data other services compile from it (see matchmaking.ranking)
        self._terms = OrderedDict()
        self._lock = threading.Lock()

    def _word_bits(self, word):
        """{weight: bitset} of the members having ``word``, by the weight it has for them."""
        return {weight: bits_from_positions(found, self.size) for weight, found in self.postings[word].items()}

    def term(self, term):
        """(bitset, {weight: bitset}) of the members with a word starting with ``term``.

        Each member is in the bitset of the best weight any matching word has for it.
        """
        with self._lock:
            cached = self._terms.get(term)
            if cached is not None:
                self._terms.move_to_end(term)
                return cached
        stem = light_stem(term, self.language)
        start = bisect_left(self.vocabulary, stem)
        by_weight = {}
        for word in self.vocabulary[start:]:
            if not word.startswith(stem):
                break
            for weight, bits in self._word_bits(word).items():
                by_weight[weight] = by_weight.get(weight, 0) | bits
        everyone, best = 0, {}
        for weight in sorted(by_weight, reverse=True):
            bits = by_weight[weight] & ~everyone
            if bits:
                best[weight] = bits
                everyone |= bits
        result = (everyone, best)
        with self._lock:
            self._terms[term] = result
            while len(self._terms) > TERM_CACHE:
                self._terms.popitem(last=False)
        return result

    def fuzzy_term(self, term):
        """Like ``term``, and when no word starts with it, the words one edit away (two from nine letters).

        The same thresholds as the search engines' ``fuzziness: AUTO:5,9``; never on words under five letters.
        """
        found = self.term(term)
        if found[0] or len(term) < TYPO_ONE:
            return found
        key = ("fuzzy", term)
        with self._lock:
            cached = self._terms.get(key)
        if cached is not None:
            return cached
        limit = 2 if len(term) >= TYPO_TWO else 1
        close = process.extract(term, self.vocabulary, scorer=OSA.distance, score_cutoff=limit, limit=20)
        everyone, by_weight = 0, {}
        for word, _distance, _index in close:
            for weight, bits in self._word_bits(word).items():
                by_weight[weight] = by_weight.get(weight, 0) | bits
        best = {}
        for weight in sorted(by_weight, reverse=True):
            bits = by_weight[weight] & ~everyone
            if bits:
                best[weight] = bits
                everyone |= bits
        with self._lock:
            self._terms[key] = (everyone, best)
        return everyone, best

    @staticmethod
    def best_of(*found):
        """(bitset, {weight: bitset}) of members found by any of ``found``, each at the best weight it has."""
        everyone, by_weight = 0, {}
        for bits, weights in found:
            everyone |= bits
            for weight, weight_bits in weights.items():
                by_weight[weight] = by_weight.get(weight, 0) | weight_bits
        best, placed = {}, 0
        for weight in sorted(by_weight, reverse=True):
            fresh = by_weight[weight] & ~placed
            if fresh:
                best[weight] = fresh
                placed |= fresh
        return everyone, best

    def words(self, concept):
        """(bitset, {weight: bitset}) of the members whose texts hold each word of a concept, as typed or as meant.

        Each member weighs as its best-placed word."""
        everyone, by_weight = self.everyone, None
        for typed, meant in zip(concept.words, concept.meant, strict=True):
            bits, weights = self.best_of(*(self.fuzzy_term(word) for word in dict.fromkeys((typed, meant))))
            everyone &= bits
            by_weight = weights if by_weight is None else self.best_of((0, by_weight), (0, weights))[1]
        return everyone, {w: b & everyone for w, b in (by_weight or {}).items() if b & everyone}

    def concept(self, concept):
        """(bitset, {weight: bitset}) of a concept: members with one of its skills or branches, or its words."""
        levels = [0] * EXTRA_SKILLS  # levels[n]: members with more than n of the concept's skills
        for code in concept.skills:
            bits = self.facets["skill"].get(code, 0)
            for n in range(EXTRA_SKILLS - 1, 0, -1):
                levels[n] |= levels[n - 1] & bits
            levels[0] |= bits
        skills, branches = levels[0], 0
        for code in concept.branches:
            branches |= self.facets["branch"].get(code, 0)
        text_bits, text_weights = self.words(concept)
        bits, weights = merged(text_weights, skills, SKILL_WEIGHT)
        for more in levels[1:]:  # a member with several of the skills a role noun names is more of that trade
            if more:
                bits, weights = merged(weights, more, 1)
        if branches:
            bits, weights = merged(weights, branches & ~skills, BRANCH_WEIGHT)
        return bits, weights, text_weights

    def named(self, words):
        """Bitset of the members whose name is exactly ``words`` (folded): "atelier mosaique"."""
        bits = self.everyone if words else 0
        for word in words:
            bits &= self._word_bits(word).get(8, 0) if word in self.postings else 0
        exact = 0
        for position in positions_from_bits(bits, self.size, limit=50):
            if self.names[position] == words:
                exact |= 1 << position
        return exact


def merged(text_weights, expansion, weight):
    """{weight: bitset} of a concept: each member's best text weight, plus ``weight`` when in ``expansion``."""
    result, text_bits = {}, 0
    for text_weight, bits in text_weights.items():
        text_bits |= bits
        for key, part in ((text_weight + weight, bits & expansion), (text_weight, bits & ~expansion)):
            if part:
                result[key] = result.get(key, 0) | part
    alone = expansion & ~text_bits
    if alone:
        result[weight] = result.get(weight, 0) | alone
    return text_bits | expansion, result


def ranked(matched, term_weights, size, wanted):
    """The first ``wanted`` positions of ``matched`` by score (sum of each term's weight), then name.

    Scores are few (sums of small weights), so members are grouped by score with bitsets
    instead of being scored one by one.
    """
    scores = {0: matched}
    for weights in term_weights:
        following = {}
        for score, bits in scores.items():
            for weight, weight_bits in weights.items():
                both = bits & weight_bits
                if both:
                    following[score + weight] = following.get(score + weight, 0) | both
        scores = following
    ordered = []
    for score in sorted(scores, reverse=True):
        ordered += positions_from_bits(scores[score], size, limit=wanted - len(ordered))
        if len(ordered) >= wanted:
            break
    return ordered


ROW_FIELDS = (*CARD_FIELDS, "published_at", "canton", "branches", "skills", "languages", "media") + (
    "skills_text",
    "body",
    "portfolio",
)


def compile_row(row):
    """A document's fields (a dict of ROW_FIELDS) as a Snapshot reads them."""
    row["facets"] = {name: facet_values(row, name) for name in FACET_NAMES}
    row["portfolio_count"] = len(row["portfolio"] or [])
    row["portfolio"] = " ".join(portfolio_line(item) for item in row["portfolio"] or [])
    return row


def load_rows(language):
    documents = MemberDocument.objects.filter(language=language).order_by("sort_name", "page_id")
    return [compile_row(row) for row in documents.values(*ROW_FIELDS)]


class DatabaseBackend:
    name = "database"
    _snapshots = {}
    _lock = threading.Lock()

    def snapshot(self, language, version=None):
        if version is None:
            version = IndexState.current()
        snapshot = self._snapshots.get(language)
        if snapshot is None or snapshot.version != version:
            with self._lock:
                snapshot = self._snapshots.get(language)
                if snapshot is None or snapshot.version != version:
                    snapshot = self.compile(language, version)
                    self._snapshots[language] = snapshot
        return snapshot

    def compile(self, language, version):
        """A fresh snapshot of ``language`` (a subclass searching other documents compiles its own)."""
        return Snapshot(language, version, load_rows(language))

    @classmethod
    def forget(cls):
        """Drop the snapshots of this backend and of those built on it (the works view's)."""
        for backend in (DatabaseBackend, *DatabaseBackend.__subclasses__()):
            backend._snapshots.clear()

    def search(self, query, version=None):
        snap = self.snapshot(query.language, version)
        text_bits, term_weights, field_weights = snap.everyone, [], []
        understood = query.understand(snap.version if version is None else version)
        every_word = None  # members matching the words that name no skill too, when those are optional
        if understood is not None:
            anyone = 0  # a relaxed query: members matching any concept or word
            for concept in understood.concepts:
                bits, weights, text_weights = snap.concept(concept)
                if concept.purpose or query.relaxed:  # what the need is for ranks the members having it first
                    weights = {**weights, 0: snap.everyone & ~bits}
                    anyone |= bits
                else:
                    text_bits &= bits
                term_weights.append(weights)
                field_weights.append(text_weights)
            rest = [snap.fuzzy_term(word) for word in understood.rest]
            if query.relaxed:
                for bits, weights in rest:
                    anyone |= bits
                    term_weights.append({**weights, 0: snap.everyone & ~bits})
                    field_weights.append(weights)
                text_bits = anyone
            elif understood.concepts and rest:
                # What the query names must match; its other words rank those having them first.
                every_word = text_bits
                for bits, weights in rest:
                    every_word &= bits
                    term_weights.append({**weights, 0: snap.everyone & ~bits})
                    field_weights.append(weights)
            else:
                for bits, weights in rest:
                    text_bits &= bits
                    term_weights.append(weights)
                    field_weights.append(weights)
            if term_weights:
                by_name = snap.named(understood.words) & text_bits
                term_weights.append({NAME_BONUS: by_name, 0: text_bits & ~by_name} if by_name else {0: text_bits})
        groups = {}
        for name in snap.facet_names:
            selected = query.selected(name)
            if selected:
                bits = 0
                for value in selected:
                    bits |= snap.facets[name].get(value, 0)
                groups[name] = bits
        counts = {}
        for name in snap.facet_names:
            mask = text_bits
            for other, bits in groups.items():
                if other != name:
                    mask &= bits
            counts[name] = {value: (bits & mask).bit_count() for value, bits in snap.facets[name].items()}
        matched = text_bits
        for bits in groups.values():
            matched &= bits
        total = matched.bit_count()
        if every_word is not None:
            every_word = (every_word & matched).bit_count()
        wanted = query.offset + query.page_size
        if query.sort == "newest":
            present = matched.to_bytes((snap.size + 7) // 8 or 1, "little")
            ordered = []
            for position in snap.newest:
                if present[position >> 3] >> (position & 7) & 1:
                    ordered.append(position)
                    if len(ordered) >= wanted:
                        break
            shown = ordered[query.offset : wanted]
        elif query.sort == "relevance" and term_weights:
            shown = ranked(matched, term_weights, snap.size, wanted)[query.offset : wanted]
        else:  # by name: positions are in name order already
            shown = positions_from_bits(matched, snap.size, limit=query.page_size, skip=query.offset)
        ids = [snap.ids[p] for p in shown]
        fields = {}
        for position in shown:
            best = max(
                (weight for weights in field_weights for weight, bits in weights.items() if bits >> position & 1),
                default=None,
            )
            if best:
                fields[snap.ids[position]] = FIELD_OF_WEIGHT[best]
        return Hits(
            total=total,
            ids=ids,
            counts=counts,
            cards={snap.ids[p]: snap.cards[p] for p in shown},
            fields=fields,
            every_word=every_word,
        )

    def suggest(self, language, prefix, limit=8, version=None):
        """Member names with a word starting with the folded ``prefix`` words."""
        words = tokens(prefix)
        if not words:
            return []
        snap = self.snapshot(language, version)
        *complete, last = words
        positions = set()
        for index in range(bisect_left(snap.name_words, last), len(snap.name_words)):
            if not snap.name_words[index].startswith(last):
                break
            positions.add(snap.name_owners[index])
        found = []
        for position in positions:
            name_words = snap.names[position]
            if all(w in name_words for w in complete):
                card = snap.cards[position]
                found.append((not name_words[0].startswith(words[0]), card["name"].casefold(), position))
        found.sort()
        return [snap.cards[position] for _first, _name, position in found[:limit]]
