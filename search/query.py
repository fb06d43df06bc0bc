"""A directory query: parsed from a URL's parameters, validated, and shared by every caller."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import gettext as _

from taxonomy.skills import ALL_STOP_WORDS
from taxonomy.text import MAX_QUERY_LENGTH, query_terms
from taxonomy.understanding import understand

from .facets import BOOLEAN, FACET_NAMES, MULTI_VALUED
from .models import IndexState

SORTS = ("relevance", "name", "newest")
TRUE_VALUES = ("1", "true", "yes", "on")
FALSE_VALUES = ("", "0", "false", "no", "off")
MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000  # the deepest result a search pages to (engines refuse more than their result window)


def max_page(size):
    return max(1, MAX_OFFSET // size)


class InvalidQuery(ValueError):
    """Parameters the strict (API) parser refuses; ``errors`` maps each parameter to messages."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


@dataclass
class DirectoryQuery:
    language: str
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name → tuple of selected codes
    sort: str = ""
    page: int = 1
    page_size: int = 24
    understanding: object = field(default=None, compare=False, repr=False)
    # When no member matches everything the text names, a member matching any of it (the closest first).
    relaxed: bool = False
    # The facets this query's links carry (the works view adds the year), and the view ("" or "works").
    facet_names: tuple = field(default=FACET_NAMES, compare=False, repr=False)
    view: str = ""

    def __post_init__(self):
        if self.sort not in SORTS:
            self.sort = "relevance" if self.text else "name"

    @property
    def can_relax(self):
        """Whether the text names several things a member must all match, that a relaxed search would not require."""
        understood = self.understanding
        if understood is None or self.relaxed:
            return False
        required = len(understood.needs) + (len(understood.rest) if not understood.needs else 0)
        return required > 1

    def understand(self, version):
        """What the text names (taxonomy.understanding), read once per query; None without a text."""
        if self.understanding is None and self.text:
            if version is None:
                version = IndexState.current()
            self.understanding = understand(self.text, version, stop=ALL_STOP_WORDS, language=self.language)
        return self.understanding

    @property
    def terms(self):
        """The words to highlight in snippets: as typed, and as meant when one was a typo."""
        terms = query_terms(self.text, self.language)
        if self.understanding is not None:
            terms += [word for word in self.understanding.corrections.values() if word not in terms]
        return terms

    @property
    def offset(self):
        return (self.page - 1) * self.page_size

    def selected(self, facet):
        return self.filters.get(facet, ())

    def params(self, **changes):
        """The query as URL parameters (repeated for several values), with ``changes`` applied."""
        data = {"view": self.view, "q": self.text, **{name: list(self.selected(name)) for name in self.facet_names}}
        data["sort"] = self.sort if self.sort != ("relevance" if self.text else "name") else ""
        data["page"] = self.page if self.page > 1 else ""
        data.update(changes)
        pairs = []
        for key, value in data.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if item not in ("", None):
                    pairs.append((key, item))
        return pairs

    def querystring(self, **changes):
        pairs = self.params(**changes)
        return "?" + urlencode(pairs) if pairs else "?"


def parse(params, language, vocabulary, *, strict=False, page_size=None, multi_valued=MULTI_VALUED):
    """Build a DirectoryQuery from a QueryDict.

    ``strict`` (the JSON API): any malformed or unknown value raises InvalidQuery.
    Otherwise (the HTML page) bad values are dropped or corrected and described in
    the returned notices, so that an old or hand-edited link still shows results.
    Unknown parameter names are always ignored (tracking parameters, cache busters).
    """
    errors, notices = {}, []
    text = " ".join(params.get("q", "").split())
    if len(text) > MAX_QUERY_LENGTH:
        errors["q"] = [_("The search text is limited to %(max)d characters.") % {"max": MAX_QUERY_LENGTH}]
        text = text[:MAX_QUERY_LENGTH]
        notices.append(_("Your search text was shortened to %(max)d characters.") % {"max": MAX_QUERY_LENGTH})

    filters = {}
    for name in multi_valued:
        known = vocabulary[name].codes()
        chosen = []
        for value in params.getlist(name):
            if value in known and value not in chosen:
                chosen.append(value)
            elif value and value not in known:
                errors.setdefault(name, []).append(_("Unknown value: %(value)s") % {"value": value[:80]})
        if chosen:
            filters[name] = tuple(chosen)
    for name in BOOLEAN:
        value = params.get(name, "").lower()
        if value in TRUE_VALUES:
            filters[name] = ("1",)
        elif value not in FALSE_VALUES:
            errors[name] = [_("Use 1 to keep only these members, or leave it out.")]

    sort = params.get("sort", "")
    if sort and sort not in SORTS:
        errors["sort"] = [_("Sort by one of: %(choices)s.") % {"choices": ", ".join(SORTS)}]
        sort = ""

    page = 1
    raw_page = params.get("page", "")
    if raw_page:
        try:
            page = int(raw_page)
            if page < 1:
                raise ValueError
        except ValueError:
            errors["page"] = [_("The page must be a whole number from 1.")]
            page = 1

    size = page_size or settings.MEMBERS_PER_PAGE
    if strict and params.get("page_size"):
        try:
            size = int(params["page_size"])
            if not 1 <= size <= MAX_PAGE_SIZE:
                raise ValueError
        except ValueError:
            errors["page_size"] = [
                _("The page size must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE_SIZE}
            ]
            size = settings.MEMBERS_PER_PAGE

    last = max_page(size)
    if page > last:  # past what any search engine pages through: never sent to it
        if strict:
            errors["page"] = [_("The page must be a whole number from 1 to %(max)d.") % {"max": last}]
        page = last  # the page shows the last page of results (search.directory)

    if strict and errors:
        raise InvalidQuery(errors)
    if any(key in errors for key in multi_valued):
        notices.append(_("Some filters of this link no longer exist and were left out."))
    return DirectoryQuery(language, text, filters, sort, page, size), notices
