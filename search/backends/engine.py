"""Elasticsearch / OpenSearch: one index per language, analysed in that language.

Text fields use the built-in french, english or german analyzer (stemming) with a
``folded`` sub-field (lower case, accents removed), so that "créatrices" finds
"créatrice" and "creatrice" finds "créatrice". Facet counts are filter aggregations
that apply every other facet's selection, and the selection itself is a post_filter,
so each facet's counts ignore its own choice (disjunctive counts).

Each language has two indexes behind two aliases: the members (``<prefix>-members-<lang>``) and their works
(``<prefix>-works-<lang>``, one document per portfolio item, the rows of ``search.work_documents``, with the same
text fields and the year). Both are written from the same member documents, rebuilt together and healed together.

The request bodies are the same for both engines; only the client differs
(``opensearch-py`` for opensearch://, ``elasticsearch`` 8 or 9 for elasticsearch://).
"""

import time
from urllib.parse import urlsplit

from django.utils import timezone

from taxonomy.text import POST, PRE, engine_highlight, fold

from ..facets import FACET_NAMES, WORK_FACET_NAMES
from ..models import portfolio_line
from ..work_documents import work_rows
from . import COLLECTIONS, MEMBERS, WORKS, EngineUnavailable, Hits, IndexMissing

ANALYZERS = {"fr": "french", "en": "english", "de": "german"}
TEXT_FIELDS = {"name": 8, "skills_text": 4, "summary": 3, "portfolio": 2, "body": 1}
HIGHLIGHT_FIELDS = ("summary", "body", "skills_text", "portfolio")
MAX_FACET_VALUES = 10_000
RETRY_AFTER = 30  # seconds without trying the engine after a failure
BULK_TIMEOUT = 120  # seconds for one bulk request (rebuilds send 500 documents at a time)
FACETS = {MEMBERS: FACET_NAMES, WORKS: WORK_FACET_NAMES}


def index_settings(language, collection=MEMBERS):
    """Each text field twice: as written (stemmed, highlighted) and folded by us before indexing.

    The ``*_folded`` copies hold the text without accents, analysed by the same language
    analyzer, so that "mosaique" finds "mosaïques" (folding and stemming together) with
    built-in analyzers only.
    """
    analyzer = ANALYZERS.get(language, "standard")
    properties = {}
    for field in TEXT_FIELDS:
        properties[field] = {"type": "text", "analyzer": analyzer}
        properties[f"{field}_folded"] = {"type": "text", "analyzer": analyzer}
    properties["name"]["fields"] = {
        "sort": {"type": "keyword", "normalizer": "sortable"},
        "suggest": {"type": "search_as_you_type", "analyzer": "folded"},
    }
    properties.update({name: {"type": "keyword"} for name in FACETS[collection]})
    properties["published"] = {"type": "date"}
    if collection == WORKS:
        properties["member"] = {"type": "keyword"}  # the member page a work belongs to
    return {
        "settings": {
            "index": {"max_result_window": 50_000},
            "analysis": {
                "analyzer": {
                    "folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}
                },
                "normalizer": {"sortable": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        "mappings": {"dynamic": "strict", "properties": properties},
    }


def _with_folded(body):
    for field in TEXT_FIELDS:
        value = body[field]
        body[f"{field}_folded"] = [fold(v) for v in value] if isinstance(value, list) else fold(value)
    return body


def engine_document(doc):
    """The JSON an engine stores for a MemberDocument."""
    body = {
        "name": doc.name,
        "skills_text": doc.skills_text,
        "summary": doc.summary,
        "body": doc.body,
        "portfolio": [portfolio_line(item) for item in doc.portfolio],
        "published": doc.published_at.isoformat() if doc.published_at else None,
    }
    body.update({name: doc.facet_values(name) for name in FACET_NAMES})
    return _with_folded(body)


def work_documents(doc):
    """(work id, the JSON an engine stores for it) of each work of a MemberDocument: the text fields of its row
    (search.work_documents), its facets and its member."""
    found = []
    for row in work_rows(vars(doc)):
        body = {field: row[field] for field in TEXT_FIELDS}
        body["published"] = row["published_at"].isoformat() if row["published_at"] else None
        body.update({name: row["facets"].get(name, []) for name in WORK_FACET_NAMES})
        body["member"] = str(row["member_id"])
        found.append((row["page_id"], _with_folded(body)))
    return found


def _filter_clause(name, values):
    return {"terms": {name: list(values)}}


FUZZINESS = "AUTO:5,9"  # the thresholds of taxonomy.skills: one edit from five letters, two from nine
SKILL_WEIGHT, BRANCH_WEIGHT, NAME_BONUS = 6, 5, 40  # as the database backend (search.backends.memory)


def word_clause(words):
    """One of ``words`` in some text field, as written or folded, within the typo thresholds."""
    raw = [f"{field}^{boost}" for field, boost in TEXT_FIELDS.items()]
    folded = [f"{field}_folded^{boost}" for field, boost in TEXT_FIELDS.items()]
    should = []
    for word in dict.fromkeys(words):
        should.append({"multi_match": {"query": word, "fields": raw, "fuzziness": FUZZINESS}})
        should.append({"multi_match": {"query": fold(word), "fields": folded, "fuzziness": FUZZINESS}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


def concept_clause(concept):
    """Members with one of the concept's skills or branches (boosted), or each of its words in their texts."""
    words = [word_clause([typed, meant]) for typed, meant in zip(concept.words, concept.meant, strict=True)]
    should = [{"bool": {"must": words}}]
    if concept.skills:
        should.append({"constant_score": {"filter": {"terms": {"skill": concept.skills}}, "boost": SKILL_WEIGHT}})
        # A member with several of the skills a role noun names is more of that trade.
        should += [{"constant_score": {"filter": {"term": {"skill": code}}, "boost": 1}} for code in concept.skills]
    if concept.branches:
        should.append({"constant_score": {"filter": {"terms": {"branch": concept.branches}}, "boost": BRANCH_WEIGHT}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


def optional_words(understood):
    """Whether the words that name no skill only rank the members (when the query names skills too)."""
    return bool(understood.concepts and understood.rest)


def text_clause(query):
    """What the query names (concepts) must match; each other word too, or only ranks when the query names
    skills; a member whose name is the query comes first."""
    understood = query.understanding
    must = [concept_clause(concept) for concept in understood.needs]
    rest = [word_clause([word]) for word in understood.rest]
    if query.relaxed:  # nobody matches it all: anybody matching a part, the most matching first
        clause = {"bool": {"should": must + rest, "minimum_should_match": 1}}
        must, rest = [], []
    else:
        clause = {"bool": {"must": must if optional_words(understood) else must + rest}}
    should = [concept_clause(concept) for concept in understood.purposes]  # what the need is for ranks
    should += rest if optional_words(understood) else []
    if understood.words:
        exact = {"term": {"name.sort": " ".join(understood.words)}}
        should.append({"constant_score": {"filter": exact, "boost": NAME_BONUS}})
    if should:
        clause["bool"]["should"] = clause["bool"].get("should", []) + should
    return clause


def search_body(query, collection=MEMBERS):
    facet_names = FACETS[collection]
    filters = {name: _filter_clause(name, query.selected(name)) for name in facet_names if query.selected(name)}
    terms = query.terms
    understood = query.understanding
    searching = understood is not None and bool(understood.concepts or understood.rest)
    aggs = {}
    for name in facet_names:
        others = [clause for other, clause in filters.items() if other != name]
        aggs[name] = {
            "filter": {"bool": {"filter": others}},
            "aggs": {"values": {"terms": {"field": name, "size": MAX_FACET_VALUES}}},
        }
    if query.sort == "newest":
        sort = [{"published": {"order": "desc", "missing": "_last"}}, {"name.sort": "asc"}]
    elif query.sort == "relevance" and searching:
        sort = ["_score", {"name.sort": "asc"}]
    else:
        sort = [{"name.sort": "asc"}]
    body = {
        "query": text_clause(query) if searching else {"match_all": {}},
        "post_filter": {"bool": {"filter": list(filters.values())}},
        "aggs": aggs,
        "sort": sort,
        "from": query.offset,
        "size": query.page_size,
        "track_total_hits": True,
        "_source": False,
    }
    if searching and optional_words(understood):  # how many have the words that only rank too
        every = [word_clause([word]) for word in understood.rest] + list(filters.values())
        aggs["every_word"] = {"filter": {"bool": {"filter": every}}}
    if collection == WORKS:
        body["_source"] = ["member"]  # the work's card is read from its member's document
        # Every year a work has, whatever the query: the year facet lists them all (at zero when none matches).
        aggs["every_year"] = {"global": {}, "aggs": {"values": {"terms": {"field": "year", "size": MAX_FACET_VALUES}}}}
    elif terms:
        body["highlight"] = {
            "pre_tags": [PRE],
            "post_tags": [POST],
            "require_field_match": False,
            "fields": {field: {"number_of_fragments": 1, "fragment_size": 160} for field in HIGHLIGHT_FIELDS},
        }
    return body


def _buckets(aggregation):
    return {str(bucket["key"]): bucket["doc_count"] for bucket in aggregation["values"]["buckets"]}


def parse_hits(response, collection=MEMBERS):
    hits = response["hits"]
    total = hits["total"]["value"] if isinstance(hits["total"], dict) else hits["total"]
    ids, highlights, owners = [], {}, {}
    for hit in hits["hits"]:
        page_id = int(hit["_id"])
        ids.append(page_id)
        if collection == WORKS:
            owners[page_id] = int(hit["_source"]["member"])
        fragments = hit.get("highlight") or {}
        found = [(field, engine_highlight(fragments[field][0])) for field in HIGHLIGHT_FIELDS if fragments.get(field)]
        if found:
            highlights[page_id] = found
    aggregations = response["aggregations"]
    counts = {name: _buckets(aggregations[name]) for name in FACETS[collection]}
    if "every_year" in aggregations:  # as the database backend counts: every year, at zero when none matches
        counts["year"] = {year: counts["year"].get(year, 0) for year in _buckets(aggregations["every_year"])}
    every_word = aggregations.get("every_word", {}).get("doc_count")
    return Hits(total=total, ids=ids, counts=counts, highlights=highlights, every_word=every_word, owners=owners)


THROTTLED = (408, 429)  # the engine too busy or too slow: a failure of the engine, not of the request
INDEX_NOT_FOUND = "index_not_found_exception"


def _status(error):
    """The HTTP status of a client error, either client (None for connection errors and timeouts)."""
    status = getattr(error, "status_code", None)  # opensearch-py ("N/A" for connection errors)
    if not isinstance(status, int):
        status = getattr(getattr(error, "meta", None), "status", None)  # elasticsearch 8 and 9
    return status if isinstance(status, int) else None


def _bulk_failures(error):
    """(status, error type, index) of each document a bulk request could not write, or None if ``error`` is
    not about documents (both clients' BulkIndexError carry the failed items in ``errors``)."""
    items = getattr(error, "errors", None)
    if type(error).__name__ != "BulkIndexError" or not isinstance(items, list):
        return None
    failures = []
    for item in items:
        for outcome in item.values() if isinstance(item, dict) else ():
            if isinstance(outcome, dict):
                cause = outcome.get("error")
                kind = cause.get("type", "") if isinstance(cause, dict) else ""
                failures.append((outcome.get("status"), kind, outcome.get("_index", "")))
    return failures


def refused_request(error):
    """Whether ``error`` is the engine refusing what was asked (HTTP 4xx but timeouts and throttling, for the
    whole request or for each document of a bulk request), which says nothing about the engine's health."""
    failures = _bulk_failures(error)
    statuses = [status for status, _kind, _index in failures] if failures is not None else [_status(error)]
    return bool(statuses) and all(
        isinstance(status, int) and 400 <= status < 500 and status not in THROTTLED for status in statuses
    )


def missing_indexes(error):
    """The indexes or aliases ``error`` says do not exist (HTTP 404 index_not_found), else []."""
    failures = _bulk_failures(error)
    if failures is not None:
        return sorted({index for status, kind, index in failures if status == 404 and kind == INDEX_NOT_FOUND})
    if _status(error) != 404:
        return []
    try:
        body = error.info  # the decoded answer, either client
    except (AttributeError, IndexError):  # an error made without one
        return []
    cause = body.get("error") if isinstance(body, dict) else None
    if isinstance(cause, dict) and cause.get("type") == INDEX_NOT_FOUND:
        return [cause.get("index", "")]
    return []


class SearchEngine:
    """A client for one Elasticsearch or OpenSearch cluster named by a SEARCH_URL."""

    def __init__(self, url, prefix="portal", timeout=5):
        parts = urlsplit(url)
        scheme, _plus, transport = parts.scheme.partition("+")
        if scheme not in ("opensearch", "elasticsearch") or not parts.hostname:
            raise ValueError(f"Not a search engine URL: {url!r}")
        self.flavour = scheme
        port = f":{parts.port}" if parts.port else ""
        self.hosts = [f"{transport or 'http'}://{parts.hostname}{port}"]
        self.prefix = prefix
        self.timeout = timeout
        self._client = None
        self.down_until = 0.0
        self._ready = set()  # (collection, language) whose alias is known to exist

    @property
    def name(self):
        return self.flavour

    @property
    def client(self):
        if self._client is None:
            if self.flavour == "opensearch":
                from opensearchpy import OpenSearch

                self._client = OpenSearch(hosts=self.hosts, timeout=self.timeout, max_retries=0)
            else:
                from elasticsearch import Elasticsearch

                self._client = Elasticsearch(hosts=self.hosts, request_timeout=self.timeout, max_retries=0)
        return self._client

    def alias(self, language, collection=MEMBERS):
        return f"{self.prefix}-{collection}-{language}"

    def language_of(self, index):
        """The language whose alias (of either collection) is ``index`` (or whose concrete indexes start with it),
        else None."""
        for collection in COLLECTIONS:
            head = f"{self.prefix}-{collection}-"
            if index.startswith(head):
                return index[len(head) :].split("-", 1)[0] or None
        return None

    def _forget(self, languages):
        self._ready = {(collection, language) for collection, language in self._ready if language not in languages}

    def _call(self, method, *args, **kwargs):
        """Call the client. A failure of the engine (no connection, timeout, throttling, HTTP 5xx) marks it down
        for a while; any failure raises EngineUnavailable, or IndexMissing when an alias does not exist."""
        if time.monotonic() < self.down_until:
            raise EngineUnavailable("the search engine failed recently")
        try:
            return method(*args, **kwargs)
        except Exception as error:  # connection refused, timeout, HTTP error, bad response...
            missing = {self.language_of(index) for index in missing_indexes(error)} - {None}
            if missing:
                self._forget(missing)
                raise IndexMissing(missing, str(error)[:500]) from error
            if not refused_request(error):  # a request the engine refused says nothing about its health
                self.down_until = time.monotonic() + RETRY_AFTER
                self._ready.clear()  # the cluster may have lost its indexes: check again next time
            raise EngineUnavailable(str(error)[:500]) from error

    # Index management ---------------------------------------------------------------------

    def create_index(self, language, collection=MEMBERS):
        """A new concrete index for ``language``'s ``collection``; returns its name."""
        name = f"{self.alias(language, collection)}-{timezone.now():%Y%m%d%H%M%S%f}"
        self._call(self.client.indices.create, index=name, body=index_settings(language, collection))
        return name

    def delete_index(self, name):
        self._call(self.client.indices.delete, index=name)

    def has_index(self, language, collection=MEMBERS):
        """Whether the alias of ``language``'s ``collection`` exists (remembered once seen, until the engine
        fails)."""
        key = (collection, language)
        if key not in self._ready and self._call(
            self.client.indices.exists_alias, name=self.alias(language, collection)
        ):
            self._ready.add(key)
        return key in self._ready

    def has_indexes(self, language):
        """Whether both aliases of ``language`` (members and works) exist."""
        return all(self.has_index(language, collection) for collection in COLLECTIONS)

    def missing_languages(self, languages):
        """Those of ``languages`` with an alias (members or works) that does not exist, asking the engine (not the
        memory of has_index)."""
        self._forget(set(languages))
        return [language for language in languages if not self.has_indexes(language)]

    def point_alias(self, language, index, collection=MEMBERS):
        """Make the alias of the language's ``collection`` point at ``index`` alone and delete the indexes it
        left."""
        alias = self.alias(language, collection)
        old = []
        if self._call(self.client.indices.exists_alias, name=alias):
            old = [name for name in self._call(self.client.indices.get_alias, name=alias) if name != index]
        elif self._call(self.client.indices.exists, index=alias):
            # A concrete index holds the alias's name: documents written while the alias was missing created it
            # (before writes required the alias). It holds a few documents at most; the new index has them all.
            self._call(self.client.indices.delete, index=alias)
        actions = [{"remove": {"index": name, "alias": alias}} for name in old]
        actions.append({"add": {"index": index, "alias": alias}})
        self._call(self.client.indices.update_aliases, body={"actions": actions})
        self._ready.add((collection, language))
        for name in old:
            self._call(self.client.indices.delete, index=name)

    def bulk(self, actions, refresh=True, raise_on_error=True, **params):
        """Send ``actions`` in one bulk request, with a longer timeout than searches get."""
        if not actions:
            return
        if self.flavour == "opensearch":
            from opensearchpy import helpers

            client, extra = self.client, {"request_timeout": BULK_TIMEOUT}
        else:
            from elasticsearch import helpers

            client, extra = self.client.options(request_timeout=BULK_TIMEOUT), {}
        self._call(helpers.bulk, client, actions, refresh=refresh, raise_on_error=raise_on_error, **extra, **params)

    def index_documents(self, documents, indexes=None, refresh=True):
        """Write ``documents`` and their works into ``indexes`` ({collection: concrete index}, a rebuild), or
        behind their languages' aliases, where the works their members no longer have are then deleted. A
        language without its aliases is left out (raising IndexMissing after the others are written): the engine
        would create a bare index under an alias's name, and the rebuild that makes the aliases reads every
        document from the database."""
        missing = set()
        if indexes is None:
            missing = {doc.language for doc in documents if not self.has_indexes(doc.language)}
            documents = [doc for doc in documents if doc.language not in missing]
        actions, kept = [], {}
        for doc in documents:
            actions.append(
                {
                    "_op_type": "index",
                    "_index": indexes[MEMBERS] if indexes else self.alias(doc.language),
                    "_id": str(doc.page_id),
                    "_source": engine_document(doc),
                }
            )
            works = work_documents(doc)
            kept.setdefault(doc.language, {})[doc.page_id] = [str(work_id) for work_id, _body in works]
            for work_id, body in works:
                actions.append(
                    {
                        "_op_type": "index",
                        "_index": indexes[WORKS] if indexes else self.alias(doc.language, WORKS),
                        "_id": str(work_id),
                        "_source": body,
                    }
                )
        # Behind an alias, the engine must not create a bare index of that name if the alias has gone meanwhile.
        self.bulk(actions, refresh=refresh, **({} if indexes else {"require_alias": True}))
        if indexes is None:
            for language, works_of in kept.items():  # the works these members no longer have
                keep = [work_id for work_ids in works_of.values() for work_id in work_ids]
                self._delete_works([self.alias(language, WORKS)], list(works_of), keep, refresh)
        if missing:
            raise IndexMissing(missing)

    def _delete_works(self, aliases, member_ids, keep=(), refresh=True):
        """Delete the works of these members but those of ``keep`` (ids) from the works indexes of ``aliases``
        (one that does not exist is skipped)."""
        clause = {"bool": {"filter": [{"terms": {"member": [str(pk) for pk in member_ids]}}]}}
        if keep:
            clause["bool"]["must_not"] = [{"ids": {"values": list(keep)}}]
        self._call(
            self.client.delete_by_query,
            index=",".join(aliases),
            body={"query": clause},
            refresh=refresh,
            ignore_unavailable=True,
            conflicts="proceed",
        )

    def delete_documents(self, page_ids, languages=("fr", "en", "de")):
        """Delete these members and their works."""
        if not page_ids:
            return
        # A language without an index yet just reports "not found", which is ignored.
        actions = [
            {"_op_type": "delete", "_index": self.alias(language), "_id": str(pk)}
            for pk in page_ids
            for language in languages
        ]
        self.bulk(actions, refresh=True, raise_on_error=False)
        self._delete_works([self.alias(language, WORKS) for language in languages], page_ids)

    # Queries ------------------------------------------------------------------------------

    def search(self, query, version=None, collection=MEMBERS):
        query.understand(version)
        body = search_body(query, collection)
        response = self._call(self.client.search, index=self.alias(query.language, collection), body=body)
        try:
            return parse_hits(response, collection)
        except (KeyError, TypeError, ValueError) as error:
            raise EngineUnavailable(f"unexpected answer: {error}") from error

    def suggest(self, language, prefix, limit=8, version=None):
        body = {
            "query": {
                "multi_match": {
                    "query": prefix,
                    "type": "bool_prefix",
                    "fields": ["name.suggest", "name.suggest._2gram", "name.suggest._3gram"],
                }
            },
            "size": limit,
            "_source": False,
        }
        response = self._call(self.client.search, index=self.alias(language), body=body)
        try:
            return [{"page_id": int(hit["_id"])} for hit in response["hits"]["hits"]]
        except (KeyError, TypeError, ValueError) as error:
            raise EngineUnavailable(f"unexpected answer: {error}") from error
