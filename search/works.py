"""The directory's works view: the same query, understanding and facets over the members' portfolio items.

A work is found through its own texts (title, caption, credits, client) and through its member: the skills and
branches the query names (taxonomy understanding), the member's name and tagline. Its facets are its member's
(branch, kind, canton, languages, skills, availability) plus its own media type and year, with the same
disjunctive counts. The works come from the members' search documents (``MemberDocument.portfolio``), compiled
per language into a snapshot like the members' (``search.backends.memory``).
"""

import math
import threading
from dataclasses import dataclass, replace

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from taxonomy.text import fold

from .backends.memory import ROW_FIELDS, DatabaseBackend, Snapshot
from .facets import FACET_NAMES, MULTI_VALUED, Facet, Vocabulary, vocabulary
from .models import IndexState, MemberDocument, facet_values
from .service import DirectoryResult, FacetGroup, FacetValue, matched_labels

WORK_FACET_NAMES = (*FACET_NAMES, "year")
WORK_MULTI_VALUED = (*MULTI_VALUED, "year")
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


def work_rows(document):
    """The works of one member document (a dict of ``ROW_FIELDS``) as snapshot rows, in the weights' fields:
    the work's title weighs as a member's name, its member's skills as a member's, its caption, credits and client
    as a tagline, its member's name as a portfolio line and its member's tagline as a presentation."""
    member_facets = {name: facet_values(document, name) for name in FACET_NAMES if name != "media"}
    rows = []
    for item in document["portfolio"] or []:
        if not item.get("id"):  # indexed before works had their own address: listed after the next rebuild
            continue
        year = item.get("year")
        rows.append(
            {
                "page_id": item["id"],
                "name": item.get("title", ""),
                "skills_text": document["skills_text"],
                "summary": " ".join(filter(None, (item.get("caption"), item.get("credits"), item.get("client")))),
                "portfolio": document["name"],
                "body": document["summary"],
                "published_at": document["published_at"],
                "facets": {
                    **member_facets,
                    "media": [item["media"]] if item.get("media") else [],
                    "year": [str(year)] if year else [],
                },
                "portfolio_count": 0,
                "title": item.get("title", ""),
                "url": item.get("url", ""),
                "member": document["name"],
                "member_url": document["url"],
                "year": year,
                "media": item.get("media", ""),
                "alt": item.get("alt", ""),
                "picture": item.get("picture") or {},
                "skills": document["skills"],
                "lang": item.get("lang", ""),
            }
        )
    return rows


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


def works_vocabulary(language, version=None):
    """The directory's facets in ``language`` with the media type named for a work and the years works have."""
    if version is None:
        version = IndexState.current()
    base = vocabulary(language, version)
    years = sorted(works_backend.snapshot(language, version).facets["year"], reverse=True)
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


def search_works(query, notices=(), version=None):
    """Run ``query`` over the works: a DirectoryResult whose items are work tiles (``work_item``)."""
    if version is None:
        version = IndexState.current()
    with translation.override(query.language):
        vocab = works_vocabulary(query.language, version)
        hits = works_backend.search(query, version)
        relaxed = False
        if not hits.total and query.can_relax:  # no dead end: the works matching part of it, closest first
            wider = replace(query, relaxed=True)
            wider_hits = works_backend.search(wider, version)
            if wider_hits.total:
                query, hits, relaxed = wider, wider_hits, True
        understanding = query.understanding
        items = [work_item(hits.cards[pk], understanding, vocab) for pk in hits.ids if pk in hits.cards]
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
        result = DirectoryResult(query, hits.total, items, facets, num_pages, works_backend.name, False, list(notices))
        if understanding is not None:
            result.understood = understanding.explained(vocab.label)
            result.corrected = understanding.corrected_text
        if relaxed:
            result.relaxed = True
            result.notices.append(
                _("No work matches all of “%(text)s”: showing the works that match part of it, the closest first.")
                % {"text": query.text}
            )
        return result
