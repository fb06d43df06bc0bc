"""The one directory search service: the page, the JSON API, autocomplete and the CLI call it."""

import logging
import math
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process

from core.performance.page_cache import remember
from members.models import DirectoryPage
from taxonomy.models import Skill
from taxonomy.skills import ALL_STOP_WORDS, LANGUAGES
from taxonomy.text import fold, highlight, match_spans, tokens
from taxonomy.understanding import understand

from . import healing
from .backends import MEMBERS, EngineUnavailable, IndexMissing, configured_engine
from .backends.memory import DatabaseBackend
from .facets import vocabulary
from .models import CARD_FIELDS, IndexState, MemberDocument, portfolio_line
from .query import DirectoryQuery

logger = logging.getLogger(__name__)
database = DatabaseBackend()


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetGroup:
    name: str
    label: str
    boolean: bool
    values: list

    @property
    def selected_count(self):
        return sum(1 for v in self.values if v.selected)

    @property
    def shown(self):
        """Values worth a checkbox: those with results, and selected ones even at zero."""
        return [v for v in self.values if v.count or v.selected]


@dataclass
class ResultItem:
    """One member in the results, read from its search document (no page object needed)."""

    id: int
    name: str
    url: str
    logo_url: str = ""
    picture: dict = field(default_factory=dict)  # the card's picture: {"src", "srcset", "width", "height"} or {}
    tagline: str = ""
    kind: str = ""
    kind_label: str = ""
    location: str = ""
    available: bool = False
    collab: bool = False
    tagline_lang: str = ""  # the language of the tagline when it is not the page's
    skills: list = field(default_factory=list)  # the member's skills, labelled in the page's language
    matched: list = field(default_factory=list)  # [(words as typed, its skills this member has, as one text)]
    # Why it matched, read from its stored texts when first asked for (``Reasons``): a card that shows the skills
    # the query named (``matched``) never shows a snippet, so a page of them reads and highlights no text.
    reasons: object = field(default=None, repr=False, compare=False)

    def _reason(self):
        return self.reasons.of(self.id) if self.reasons is not None else ("", "", "")

    @property
    def reason(self):
        """What the snippet is from ("Presentation", "Portfolio: …"), or ""."""
        return self._reason()[0]

    @property
    def snippet(self):
        """The words that matched in their context (HTML, escaped, matches in <mark>), or ""."""
        return self._reason()[1]

    @property
    def snippet_lang(self):
        """The language of the snippet when it is not the page's, else ""."""
        return self._reason()[2]


@dataclass
class DirectoryResult:
    query: object
    total: int
    items: list
    facets: list
    num_pages: int
    backend: str
    degraded: bool = False
    notices: list = field(default_factory=list)
    understood: list = field(default_factory=list)  # [(words as typed, [labels])]
    corrected: str = ""  # the query with its typos corrected, when it had some
    dropped: list = field(default_factory=list)  # words no member matching the rest of the query has
    relaxed: bool = False  # nobody matched all the query names: these match part of it

    @property
    def has_next(self):
        return self.query.page < self.num_pages

    @property
    def has_previous(self):
        return self.query.page > 1

    @property
    def first_index(self):
        return self.query.offset + 1 if self.total else 0

    @property
    def last_index(self):
        return self.query.offset + len(self.items)

    def facet(self, name):
        return next(group for group in self.facets if group.name == name)


def backend_for_request():
    return configured_engine() or database


def run(query, version, collection=MEMBERS, fallback=database):
    """Hits from the configured backend, or from the database (``fallback``, the database backend of the
    ``collection`` searched) if the engine fails: (hits, name, degraded)."""
    backend = backend_for_request()
    if backend is not database:
        try:
            return backend.search(query, version, collection=collection), backend.name, False
        except EngineUnavailable as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            if isinstance(error, IndexMissing):  # a worker rebuilds it; this request answers from the database
                healing.request(backend)
    return fallback.search(query, version), fallback.name, backend is not database


REASON_ORDER = ("summary", "body", "skills_text", "portfolio")


def field_label(field):
    """What a visitor reads before a snippet from this stored field."""
    return {
        "summary": _("Tagline"),
        "body": _("Presentation"),
        "skills_text": _("Skills"),
        "portfolio": _("Portfolio"),
    }[field]


def _text_language(field, card):
    """The language of a member's stored ``field`` when it is shown untranslated, else ""."""
    return (card or {}).get({"summary": "summary_language", "body": "body_language"}.get(field), "")


def _snippet(field, value, terms, language, card=None):
    """(label, HTML snippet, its language if not the page's) when ``field`` matches the terms, else None."""
    if field == "portfolio":
        for item in value or []:
            snippet = highlight(portfolio_line(item), terms, language)
            if snippet:
                return _("Portfolio: %(title)s") % {"title": item.get("title", "")}, snippet, item.get("lang", "")
        return None
    if field == "skills_text":  # the lines that matched, never the whole list of synonyms
        value = value or ""
        starts = {span[0] for span in match_spans(value, terms, language)}
        if not starts:
            return None
        lines, offset = [], 0
        for line in value.split("\n"):
            if any(offset <= start < offset + len(line) for start in starts):
                lines.append(highlight(line, terms, language))
                if len(lines) == 3:
                    break
            offset += len(line) + 1
        snippet = mark_safe(" · ".join(lines))  # noqa: S308 - highlight escapes each line
        return (field_label(field), snippet, "") if snippet else None
    snippet = highlight(value, terms, language)
    return (field_label(field), snippet, _text_language(field, card)) if snippet else None


def _reasons_from_documents(ids, query, best_fields=None, cards=None):
    """Why each result matched, from its stored text: {page id: (label, HTML snippet, language)}.

    ``best_fields`` (from the database backend) names the field that weighed most for each
    member, so that only that field is read; a member matched by its name needs no snippet.
    """
    terms = query.terms
    if not terms or not ids:
        return {}
    best_fields, cards = best_fields or {}, cards or {}
    reasons, by_field, unknown = {}, {}, []
    for pk in ids:
        field = best_fields.get(pk)
        if field == "name":
            continue
        if field in ("summary", "skills_text") and field in cards.get(pk, {}):
            found = _snippet(field, cards[pk][field], terms, query.language, cards[pk])
            if found:
                reasons[pk] = found
                continue
        if field in ("body", "skills_text", "portfolio"):
            by_field.setdefault(field, []).append(pk)
        else:
            unknown.append(pk)
    for field, pks in by_field.items():
        for row in MemberDocument.objects.filter(pk__in=pks).values("page_id", field):
            found = _snippet(field, row[field], terms, query.language, cards.get(row["page_id"]))
            if found:
                reasons[row["page_id"]] = found
            else:
                unknown.append(row["page_id"])
    if unknown:
        for doc in MemberDocument.objects.filter(pk__in=unknown).values("page_id", *REASON_ORDER):
            for field in REASON_ORDER:
                found = _snippet(field, doc[field], terms, query.language, cards.get(doc["page_id"]))
                if found:
                    reasons[doc["page_id"]] = found
                    break
    return reasons


def _reasons(hits, query, cards, ids=None):
    """{page id: (label, HTML snippet, language)} of ``ids`` (all the hits by default)."""
    ids = hits.ids if ids is None else ids
    reasons = _reasons_from_documents(ids, query, hits.fields, cards)
    for page_id in ids:
        fragments = hits.highlights.get(page_id)
        if page_id not in reasons and fragments:
            field_name, snippet = fragments[0]
            if field_name == "skills_text":  # the engine's fragment may hold several lines of synonyms
                lines = [line for line in snippet.split("\n") if "<mark>" in line]
                snippet = mark_safe(" · ".join(lines[:3]))  # noqa: S308 - engine_highlight escaped it
            reasons[page_id] = (field_label(field_name), snippet, _text_language(field_name, cards.get(page_id)))
    return reasons


class Reasons:
    """Why each member of a page of results matched, read and highlighted from its stored texts only when a
    result's snippet is first asked for: then for the members in the same batch (``batches``: lists of ids, each
    read in one go, the members without matched skills apart from the others) at once."""

    def __init__(self, hits, query, cards, batches):
        self.hits, self.query, self.cards = hits, query, cards
        self.batches = [batch for batch in batches if batch]
        self.found = {}

    def of(self, page_id):
        if page_id not in self.found:
            batch = next((batch for batch in self.batches if page_id in batch), [page_id])
            self.batches = [other for other in self.batches if other is not batch]
            with translation.override(self.query.language):  # labels in the results' language, wherever asked
                found = _reasons(self.hits, self.query, self.cards, batch)
            self.found.update({pk: found.get(pk, ("", "", "")) for pk in batch})
        return self.found.get(page_id, ("", "", ""))


def cards_for(ids, known=None):
    """Card fields of these members: from ``known`` when the backend had them, else one query."""
    cards = dict(known or {})
    missing = [pk for pk in ids if pk not in cards]
    if missing:
        for card in MemberDocument.objects.filter(pk__in=missing).values(*CARD_FIELDS):
            cards[card["page_id"]] = card
    return cards


CARD_SKILLS = 4  # skill labels on a result card


def matched_labels(card, understanding, vocab):
    """[(words as typed, label)] of the query's skills and branches this member has."""
    if understanding is None:
        return []
    skills = set((card.get("skills") or "").split())
    found = []
    for concept in understanding.concepts:
        labels = [vocab.label("skill", code) for code in concept.skills if code in skills]
        if labels:
            found.append((" ".join(concept.words), ", ".join(labels)))
    return found


def card_skills(card, vocab, first=()):
    """The member's skill labels in the page's language, the ones the query named first."""
    codes = (card.get("skills") or "").split()
    codes.sort(key=lambda code: code not in first)
    return [vocab.label("skill", code) for code in codes[:CARD_SKILLS]]


def search_directory(query, notices=(), version=None):
    """Run ``query`` and return a DirectoryResult with the members, why they matched and the facets."""
    if version is None:
        version = IndexState.current()
    with translation.override(query.language):
        vocab = vocabulary(query.language, version)
        hits, backend, degraded = run(query, version)
        relaxed = False
        if not hits.total and query.can_relax:  # no dead end: the members matching part of it, closest first
            wider = replace(query, relaxed=True)
            wider_hits, wider_backend, wider_degraded = run(wider, version)
            if wider_hits.total:
                query, hits, backend, degraded, relaxed = wider, wider_hits, wider_backend, wider_degraded, True
        understanding = query.understanding
        named = set(understanding.skills()) if understanding else set()
        num_pages = max(1, math.ceil(hits.total / query.page_size))
        cards = cards_for(hits.ids, hits.cards)
        kinds = dict(vocab["kind"].values)
        items = []
        for page_id in hits.ids:
            card = cards.get(page_id)
            if card is None:  # removed since the engine indexed it
                continue
            items.append(
                ResultItem(
                    id=page_id,
                    name=card["name"],
                    url=card["url"],
                    logo_url=card["logo_url"],
                    picture=card.get("picture") or {},
                    tagline=card["summary"],
                    tagline_lang=card["summary_language"],
                    kind=card["kind"],
                    kind_label=kinds.get(card["kind"], card["kind"]),
                    location=card["location"],
                    available=card["available"],
                    collab=card["collab"],
                    skills=card_skills(card, vocab, named),
                    matched=matched_labels(card, understanding, vocab),
                )
            )
        unmatched = [item.id for item in items if not item.matched]
        reasons = Reasons(hits, query, cards, [unmatched, [item.id for item in items if item.matched]])
        for item in items:
            item.reasons = reasons
        facets = []
        for facet in vocab:
            counts = hits.counts.get(facet.name, {})
            selected = set(query.selected(facet.name))
            values = [FacetValue(code, label, counts.get(code, 0), code in selected) for code, label in facet.values]
            facets.append(FacetGroup(facet.name, facet.label, facet.boolean, values))
        result = DirectoryResult(query, hits.total, items, facets, num_pages, backend, degraded, list(notices))
        if understanding is not None:
            result.understood = understanding.explained(vocab.label)
            result.corrected = understanding.corrected_text
        if relaxed:
            result.relaxed = True
            result.notices.append(
                _("No member matches all of “%(text)s”: showing the members who match part of it, the closest first.")
                % {"text": query.text}
            )
        elif hits.total and hits.every_word == 0:  # the other words only rank, and no member has them
            result.dropped = list(understanding.rest)
            result.notices.append(
                _("No member matches every word: showing the members for what we understood, without %(words)s.")
                % {"words": ", ".join(f"“{word}”" for word in result.dropped)}
            )
        if degraded:
            result.notices.append(_("The search service is busy: results may be less precise than usual."))
        return result


CLOSEST = 5  # skills and branches offered when nothing matched


@dataclass
class Alternatives:
    """Ways forward from a search that found nothing."""

    corrected: str = ""  # the query with its typos corrected
    corrected_url: str = ""
    closest: list = field(default_factory=list)  # [(facet, code, label, count)] closest skills and branches
    without: tuple = ()  # (facet label, value labels, querystring, count) of the query without its narrowest filter


def closest_values(query, version, vocab, search=run):
    """The skills and branches whose labels are closest to the query's words, with their counts (of members, or
    of what ``search`` searches)."""
    everyone = search(DirectoryQuery(query.language, page_size=1), version)[0].counts
    choices = {}
    for facet in ("skill", "branch"):
        for code, label in vocab[facet].values:
            if everyone.get(facet, {}).get(code):
                choices[(facet, code)] = fold(label)
    found = process.extract(fold(query.text), choices, scorer=fuzz.WRatio, limit=CLOSEST, score_cutoff=50)
    return [(facet, code, vocab.label(facet, code), everyone[facet][code]) for _l, _s, (facet, code) in found]


def without_narrowest(query, version, vocab, search=run):
    """The query without the filter that removes most results, if dropping one finds any."""
    best = None
    for group in vocab:
        chosen = query.selected(group.name)
        if not chosen:
            continue
        wider = replace(query, filters={k: v for k, v in query.filters.items() if k != group.name}, page=1)
        total = search(wider, version)[0].total
        if total and (best is None or total > best[3]):
            labels = ", ".join(vocab.label(group.name, code) for code in chosen)
            best = (str(group.label), labels, wider.querystring(), total)
    return best or ()


def alternatives(query, version, vocab=None, search=run):
    """Alternatives for a search without results: corrected query, closest skills and branches, fewer filters.
    ``search`` (``run`` by default: the members) and ``vocab`` are those of the view searched (the works')."""
    with translation.override(query.language):
        vocab = vocab or vocabulary(query.language, version)
        understanding = query.understand(version)
        corrected = understanding.corrected_text if understanding else ""
        closest = closest_values(query, version, vocab, search) if query.text else []
        corrected_url = query.querystring(q=corrected, page="") if corrected else ""
        return Alternatives(corrected, corrected_url, closest, without_narrowest(query, version, vocab, search))


def branch_counts(language):
    """{branch code: number of members} in ``language``, for branch tiles."""
    hits, _backend, _degraded = run(DirectoryQuery(language, page_size=1), IndexState.current())
    return hits.counts.get("branch", {})


def directory_page(language):
    return DirectoryPage.objects.live().public().filter(locale__language_code=language).first()


def directory_url(language):
    """The address of the directory in ``language`` ("" without one), kept until content changes."""

    def compute():
        directory = directory_page(language)
        return directory.get_url() if directory else ""

    return remember("directory-url", (language,), compute)


def suggest(language, prefix, limit=8):
    """Autocomplete: member names and skills matching what the visitor typed."""
    prefix = prefix[:100]
    words = tokens(prefix)
    if not words:
        return {"members": [], "skills": []}
    backend = backend_for_request()
    version = IndexState.current()
    try:
        found = backend.suggest(language, prefix, limit, version=version)
    except IndexMissing:
        healing.request(backend)
        found = database.suggest(language, prefix, limit, version=version)
    except EngineUnavailable:
        found = database.suggest(language, prefix, limit, version=version)
    ids = [card["page_id"] for card in found]
    cards = cards_for(ids, {card["page_id"]: card for card in found if "url" in card})
    members = [{"name": cards[pk]["name"], "url": cards[pk]["url"]} for pk in ids if pk in cards]
    # What the words typed so far name (role nouns, other languages, typos) comes first, then prefix matches.
    understood = (
        understand(prefix, version, stop=ALL_STOP_WORDS, language=language).skills() if len(prefix) >= 3 else []
    )
    compiled = suggestible_skills(language, version)
    named = compiled.matching(words)
    skills = [
        {"value": code, "label": label}
        for code, label in compiled.labels.items()
        if code in understood or code in named
    ]
    rank = {code: index for index, code in enumerate(understood)}
    skills.sort(
        key=lambda s: (
            rank.get(s["value"], len(rank)),
            not fold(s["label"]).startswith(words[0]),
            s["label"].casefold(),
        )
    )
    base = directory_url(language)
    for skill in skills:
        skill["url"] = f"{base}?skill={skill['value']}"
    return {"members": members, "skills": skills[:limit]}


_suggestible = {}


class Suggestible:
    """The skills some member has in a language (a suggestion never leads to nothing), with the words of their
    labels, synonyms and role nouns in any of the three languages (Fotogr on /en/), sorted for prefix lookups."""

    def __init__(self, skills):
        self.labels = {}
        self.texts = []  # skill code of each text
        entries = []
        for code, label, texts in skills:
            self.labels[code] = label
            for text in texts:
                for word in tokens(text):
                    entries.append((word, len(self.texts)))
                self.texts.append(code)
        entries.sort()
        self.words = [word for word, _text in entries]
        self.owners = [text for _word, text in entries]

    def _texts_with(self, prefix):
        start = bisect_left(self.words, prefix)
        found = set()
        for index in range(start, len(self.words)):
            if not self.words[index].startswith(prefix):
                break
            found.add(self.owners[index])
        return found

    def matching(self, words):
        """Codes of the skills with one text holding a word starting with each of ``words``."""
        texts = None
        for word in words:
            found = self._texts_with(word)
            texts = found if texts is None else texts & found
            if not texts:
                return set()
        return {self.texts[text] for text in texts or ()}


def suggestible_skills(language, version):
    """The Suggestible of ``language``, compiled once per index version."""
    key = (language, version)
    found = _suggestible.get(key)
    if found is None:
        in_use = run(DirectoryQuery(language, page_size=1), version)[0].counts.get("skill", {})
        skills = []
        with translation.override(language):
            for skill in Skill.objects.filter(code__in=[code for code, count in in_use.items() if count]):
                texts = [getattr(skill, f"label_{code}") for code in LANGUAGES]
                for code in LANGUAGES:
                    texts += getattr(skill, f"synonyms_{code}").splitlines()
                    texts += getattr(skill, f"roles_{code}").splitlines()
                skills.append((skill.code, str(skill.label), texts))
        found = Suggestible(skills)
        if len(_suggestible) > 12:
            _suggestible.clear()
        _suggestible[key] = found
    return found
