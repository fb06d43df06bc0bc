"""The directory's works view: the same query, understanding and facets over the members' portfolio items.

A work is found through its own texts (title, caption, credits, client) and through its member: the skills and
branches the query names (taxonomy understanding), the member's name and tagline. Its facets are its member's
(branch, kind, canton, languages, skills, availability) plus its own media type and year, with the same
disjunctive counts. The works come from the members' search documents (``MemberDocument.portfolio``, read as
rows by ``search.work_documents``): on the search engine, a works index per language beside the members' (written,
rebuilt and healed with it, ``search.backends.engine``); on the database, and whenever the engine fails, compiled
per language into a snapshot like the members' (``search.backends.memory``).
"""

import math
import threading
from dataclasses import dataclass, replace

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from taxonomy.text import fold

from .backends import WORKS
from .backends.memory import ROW_FIELDS, DatabaseBackend, Snapshot
from .facets import WORK_FACET_NAMES, Facet, Vocabulary, vocabulary
from .models import IndexState, MemberDocument
from .service import DirectoryResult, FacetGroup, FacetValue, alternatives, matched_labels, run
from .work_documents import work_rows

WORK_CARD_FIELDS = (
    "page_id",
    "title",
    "url",
    "member",
    "member_url",
    "year",
    "media",
    "alt",
    "picture",
    "skills",
    "lang",
    "skills_text",
)
FIRST_YEAR, LAST_YEAR = 1000, 2999  # the years a filter may name (a year no work has counts zero)


class YearCodes:
    """The year codes a query may name: any four-digit year, whether a work has it or not."""

    def __contains__(self, value):
        return isinstance(value, str) and value.isascii() and value.isdigit() and len(value) == 4


@dataclass(frozen=True)
class YearFacet(Facet):
    def codes(self):
        return YearCodes()


class WorkSnapshot(Snapshot):
    facet_names = WORK_FACET_NAMES
    card_fields = WORK_CARD_FIELDS


def load_work_rows(language):
    documents = MemberDocument.objects.filter(language=language).order_by("sort_name", "page_id")
    rows = [row for document in documents.values(*ROW_FIELDS) for row in work_rows(document)]
    rows.sort(key=lambda row: (fold(row["title"]), row["page_id"]))  # the snapshot's order is the name order
    return rows


class WorksBackend(DatabaseBackend):
    """The database backend over works: the members' backend's search, on a snapshot of works."""

    _snapshots = {}
    _lock = threading.Lock()

    def compile(self, language, version):
        return WorkSnapshot(language, version, load_work_rows(language))


works_backend = WorksBackend()


def search_backend(query, version):
    """Hits over the works from the search engine, or from the database if there is none or it fails: (hits,
    backend name, degraded)."""
    return run(query, version, WORKS, works_backend)


def works_vocabulary(language, version=None, years=()):
    """The directory's facets in ``language`` with the media type named for a work and ``years`` (those works have,
    from a search's counts; a query may name any year: ``YearCodes``)."""
    if version is None:
        version = IndexState.current()
    base = vocabulary(language, version)
    years = sorted(years, reverse=True)
    with translation.override(language):
        facets = dict(base.facets)
        facets["media"] = replace(base["media"], label=str(gettext_lazy("Media type")))
        facets["year"] = YearFacet("year", str(gettext_lazy("Year")), values=tuple((year, year) for year in years))
    return Vocabulary(language, version, facets)


def work_item(card, understanding, vocab):
    """What a work tile shows: the work, its member, its picture, and why it matched."""
    return {
        "id": card["page_id"],
        "title": card["title"],
        "title_lang": card["lang"],
        "url": card["url"],
        "member": card["member"],
        "member_url": card["member_url"],
        "year": card["year"],
        "media_type": card["media"],
        "media_label": vocab.label("media", card["media"]) if card["media"] else "",
        "alt": card["alt"],
        "picture": card["picture"],
        "matched": matched_labels(card, understanding, vocab),
    }


def work_cards(hits):
    """{work id: card} of the works of ``hits``: the database backend's own, else (the engine's) read from their
    members' documents in one query."""
    if hits.cards or not hits.ids:
        return hits.cards
    wanted = set(hits.ids)
    documents = MemberDocument.objects.filter(pk__in=set(hits.owners.values())).values(*ROW_FIELDS)
    return {row["page_id"]: row for document in documents for row in work_rows(document) if row["page_id"] in wanted}


def search_works(query, notices=(), version=None):
    """Run ``query`` over the works: a DirectoryResult whose items are work tiles (``work_item``)."""
    if version is None:
        version = IndexState.current()
    with translation.override(query.language):
        hits, backend, degraded = search_backend(query, version)
        relaxed = False
        if not hits.total and query.can_relax:  # no dead end: the works matching part of it, closest first
            wider = replace(query, relaxed=True)
            wider_hits, wider_backend, wider_degraded = search_backend(wider, version)
            if wider_hits.total:
                query, hits, backend, degraded, relaxed = wider, wider_hits, wider_backend, wider_degraded, True
        vocab = works_vocabulary(query.language, version, hits.counts.get("year", {}))
        understanding = query.understanding
        cards = work_cards(hits)  # a work removed since the engine indexed it is left out
        items = [work_item(cards[pk], understanding, vocab) for pk in hits.ids if pk in cards]
        facets = []
        for facet in vocab:
            counts = hits.counts.get(facet.name, {})
            selected = set(query.selected(facet.name))
            values = [FacetValue(code, label, counts.get(code, 0), code in selected) for code, label in facet.values]
            # A year chosen that no work has stays visible, at zero, to be unticked.
            known = {code for code, _label in facet.values}
            values += [FacetValue(code, code, 0, True) for code in query.selected(facet.name) if code not in known]
            if facet.name != "year" or values:
                facets.append(FacetGroup(facet.name, facet.label, facet.boolean, values))
        num_pages = max(1, math.ceil(hits.total / query.page_size))
        result = DirectoryResult(query, hits.total, items, facets, num_pages, backend, degraded, list(notices))
        if understanding is not None:
            result.understood = understanding.explained(vocab.label)
            result.corrected = understanding.corrected_text
        if relaxed:
            result.relaxed = True
            result.notices.append(
                _("No work matches all of “%(text)s”: showing the works that match part of it, the closest first.")
                % {"text": query.text}
            )
        if degraded:
            result.notices.append(_("The search service is busy: results may be less precise than usual."))
        return result


def work_alternatives(query, version):
    """Ways forward from a works search that found nothing (as the members'): the corrected query, the closest
    skills and branches with their numbers of works, the search without its narrowest filter."""
    return alternatives(query, version, works_vocabulary(query.language, version), search_backend)
