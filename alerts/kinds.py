"""What each kind of subscription follows: how its filters are read and described, where its listing is, and
what is new in it between two instants.

A subscription's filters are the listing's own GET parameters, read by the listing's own parser: the directory's
through the search service (``search.query.parse``), job offers, calls and events through the filter forms of their
listings. What is new is read by the same means: the directory search sorted by date, the listings' ``apply``.
"""

from dataclasses import dataclass
from types import SimpleNamespace
from urllib.parse import urlencode

from django.db.models import Max
from django.http import QueryDict
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from agenda.models import AgendaListing, AgendaPage, EventPage
from core.absolute import absolute_url
from jobs.listings import CollaborationListing, JobListing
from jobs.models import CollaborationIndexPage, CollaborationPage, JobIndexPage, JobPage
from search.facets import vocabulary
from search.models import IndexState, MemberDocument
from search.query import parse
from search.service import directory_url, run

from .models import Kind

DIGEST_LIMIT = 20  # items listed in one digest; the listing's link shows the rest


@dataclass
class Item:
    title: str
    url: str
    line: str = ""


def _pairs(data):
    return sorted((name, str(value)) for name, value in data)


# --- reading and describing filters ---------------------------------------------------------------------------

LISTINGS = {Kind.JOBS: JobListing, Kind.CALLS: CollaborationListing, Kind.EVENTS: AgendaListing}
PAGE_MODELS = {Kind.JOBS: JobPage, Kind.CALLS: CollaborationPage, Kind.EVENTS: EventPage}


def _listing(kind, querystring, queryset=None):
    """``kind``'s listing with ``querystring`` as its request's parameters, narrowing ``queryset``."""
    request = SimpleNamespace(GET=QueryDict(querystring))
    return LISTINGS[kind](request, PAGE_MODELS[kind].objects.none() if queryset is None else queryset)


def clean_filters(kind, params, language):
    """The filters of ``params`` (a QueryDict) that ``kind``'s listing understands, as sorted [name, value] pairs,
    and whether some were left out."""
    if kind == Kind.DIRECTORY:
        version = IndexState.current()
        query, notices = parse(params, language, vocabulary(language, version))
        pairs = [pair for pair in query.params(view="", sort="", page="") if pair[0] not in ("view", "sort", "page")]
        return [list(pair) for pair in _pairs(pairs)], bool(notices)
    with translation.override(language):
        listing = _listing(kind, params.urlencode())
    pairs = [(name, value) for name, value in listing.data.items() if name in listing.form.fields]
    return [list(pair) for pair in _pairs(pairs)], bool(listing.notices)


def describe(subscription, language=None):
    """The subscription in words, in ``language`` (default: the active one): "Members: “3d” · Branch: Design"."""
    language = language or translation.get_language()[:2]
    with translation.override(language):
        kind = str(Kind(subscription.kind).label)
        parts = []
        if subscription.kind == Kind.DIRECTORY:
            vocab = vocabulary(language)
            grouped = {}
            for name, value in subscription.filters:
                if name == "q":
                    parts.append(pgettext("quotation marks around a text", "“{}”").format(value))
                elif name in vocab.facets:
                    grouped.setdefault(name, []).append(vocab.label(name, value))
            for name, labels in grouped.items():
                parts.append(_("%(label)s: %(value)s") % {"label": vocab[name].label, "value": ", ".join(labels)})
        else:
            form = _listing(subscription.kind, subscription.querystring).form
            for name, value in subscription.filters:
                if name in form.fields:
                    field = form.fields[name]
                    label = dict(field.choices).get(value, value)
                    parts.append(_("%(label)s: %(value)s") % {"label": field.label, "value": label})
        if not parts:
            parts.append(_("everything new"))
        return f"{kind} · {' · '.join(parts)}"


# --- where the listing is --------------------------------------------------------------------------------------

INDEX_PAGES = {Kind.JOBS: JobIndexPage, Kind.CALLS: CollaborationIndexPage, Kind.EVENTS: AgendaPage}


def listing_url(kind, language, querystring="", cache=None):
    """The absolute address of ``kind``'s listing in ``language`` with the filters, "" when there is none."""
    key = (kind, language)
    if cache is not None and key in cache:
        base = cache[key]
    else:
        if kind == Kind.DIRECTORY:
            base = directory_url(language)
        else:
            page = INDEX_PAGES[kind].objects.live().public().filter(locale__language_code=language).first()
            base = page.url if page else ""
        base = absolute_url(base) if base else ""
        if cache is not None:
            cache[key] = base
    if not base:
        return ""
    return f"{base}?{querystring}" if querystring else base


# --- what is new ---------------------------------------------------------------------------------------------


class NewSince:
    """What was published in a period ``(since, until]``, per kind and language, read once per digest run.

    ``latest(kind, language)`` (one query per kind and language) says whether anything at all is newer than a
    subscription's cursor, so that most subscriptions cost no query; ``items(subscription)`` runs the
    subscription's own search or listing filters only when something is, once per distinct search (many
    subscriptions share one), over the whole period, and cuts the result at each subscription's cursor.
    """

    def __init__(self, since, until):
        self.since = since
        self.until = until
        self._latest = {}
        self._members = {}
        self._searches = {}
        self._listings = {}
        self._items = {}
        self._version = None

    def version(self):
        if self._version is None:
            self._version = IndexState.current()
        return self._version

    def latest(self, kind, language):
        key = (kind, language)
        if key not in self._latest:
            self._latest[key] = self._read_latest(kind, language)
        return self._latest[key]

    def _read_latest(self, kind, language):
        if kind == Kind.DIRECTORY:
            rows = (
                MemberDocument.objects.filter(language=language, published_at__gt=self.since)
                .filter(published_at__lte=self.until)
                .values("page_id", "name", "url", "summary", "location", "published_at")
            )
            self._members[language] = {row["page_id"]: row for row in rows}
            return max((row["published_at"] for row in self._members[language].values()), default=None)
        found = self._base(kind, language).aggregate(latest=Max("first_published_at"))
        return found["latest"]

    def _base(self, kind, language):
        if kind == Kind.JOBS:
            pages = JobPage.open_offers(language)
        elif kind == Kind.CALLS:
            pages = CollaborationPage.open_requests(language)
        else:
            pages = EventPage.objects.visible().filter(locale__language_code=language).upcoming()
        return pages.filter(first_published_at__gt=self.since, first_published_at__lte=self.until)

    def items(self, subscription):
        """The items new for ``subscription`` (newer than its cursor), newest first, at most DIGEST_LIMIT."""
        cursor = max(subscription.cursor, self.since)
        latest = self.latest(subscription.kind, subscription.language)
        if latest is None or latest <= cursor:
            return []
        with translation.override(subscription.language):
            if subscription.kind == Kind.DIRECTORY:
                return self._members_for(subscription, cursor)
            return self._pages_for(subscription, cursor)

    def _members_for(self, subscription, cursor):
        language = subscription.language
        key = (language, subscription.filters_key)
        ids = self._searches.get(key)
        if ids is None:
            version = self.version()
            query, _notices = parse(QueryDict(subscription.querystring), language, vocabulary(language, version))
            query.sort, query.page, query.page_size = "newest", 1, DIGEST_LIMIT
            hits, _backend, _degraded = run(query, version)
            ids = self._searches[key] = list(hits.ids)
        new = self._members[language]
        rows = [new[pk] for pk in ids if pk in new and new[pk]["published_at"] > cursor]
        return [
            Item(row["name"], absolute_url(row["url"]), " · ".join(filter(None, [row["summary"], row["location"]])))
            for row in rows
        ]

    def _pages_for(self, subscription, cursor):
        """The listing's own filters, run once per distinct filters over the whole period, then cut at the cursor."""
        kind = subscription.kind
        key = (kind, subscription.language, subscription.filters_key)
        rows = self._listings.get(key)
        if rows is None:
            listing = _listing(kind, subscription.querystring, self._base(kind, subscription.language))
            pages = listing.queryset.order_by("-first_published_at", "-pk")
            rows = self._listings[key] = [(page.first_published_at, self._page_item(kind, page)) for page in pages]
        return [item for published, item in rows if published > cursor][:DIGEST_LIMIT]

    def _page_item(self, kind, page):
        item = self._items.get(page.pk)
        if item is None:
            item = self._items[page.pk] = Item(page.title, absolute_url(page), _line(kind, page))
        return item


def _line(kind, page):
    if kind == Kind.JOBS:
        return " · ".join(
            str(part) for part in [page.get_contract_type_display(), page.location or page.get_remote_display()] if part
        )
    if kind == Kind.CALLS:
        deadline = formats.date_format(page.deadline, "DATE_FORMAT")
        return " · ".join([str(page.get_kind_display()), _("until %(date)s") % {"date": deadline}])
    start = formats.date_format(page.local_start, "DATE_FORMAT")
    return " · ".join(part for part in [start, page.location_text] if part)


def querystring(pairs):
    return urlencode([tuple(pair) for pair in pairs])
