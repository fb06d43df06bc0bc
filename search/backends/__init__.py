"""Directory search backends: the database (default) and Elasticsearch/OpenSearch (SEARCH_URL)."""

from dataclasses import dataclass, field

from django.conf import settings

# What an engine indexes per language: the members (the directory) and their works (its works view).
MEMBERS, WORKS = "members", "works"
COLLECTIONS = (MEMBERS, WORKS)


@dataclass
class Hits:
    """What a backend answers: the total, one page of ids in order, and facet counts."""

    total: int
    ids: list
    counts: dict  # facet name → {code: count}
    highlights: dict = field(default_factory=dict)  # page id → [(field, html fragment)]
    cards: dict = field(default_factory=dict)  # page id → card fields, when the backend has them at hand
    fields: dict = field(default_factory=dict)  # page id → the text field that weighed most in its match
    every_word: int | None = None  # how many match the words that name no skill too, when those only rank
    owners: dict = field(default_factory=dict)  # work id → its member's page id (the engine's works)


class EngineUnavailable(Exception):
    """The search engine could not answer (down, timed out, or refused the request)."""


class IndexMissing(EngineUnavailable):
    """The engine answers but has no index behind the alias of these languages (a restarted or new cluster):
    the directory answers from the database until a worker rebuilds it (search.healing)."""

    def __init__(self, languages, message=""):
        self.languages = sorted(set(languages))
        super().__init__(message or f"no search index for {', '.join(self.languages)}")


_engines = {}


def configured_engine():
    """The search engine named by SEARCH_URL, or None for the database backend."""
    url = getattr(settings, "SEARCH_URL", "")
    if not url:
        return None
    key = (url, settings.SEARCH_INDEX, settings.SEARCH_TIMEOUT)
    if key not in _engines:
        # In a function: the engine clients (opensearch-py, elasticsearch) load only on sites that use them.
        from .engine import SearchEngine

        _engines[key] = SearchEngine(url, prefix=settings.SEARCH_INDEX, timeout=settings.SEARCH_TIMEOUT)
    return _engines[key]
