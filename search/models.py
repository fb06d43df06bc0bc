"""What the directory search reads: one flat document per live, public member page."""

import uuid

from django.db import connections, models, router
from django.utils.translation import gettext_lazy as _


class MemberDocument(models.Model):
    """A member page as the directory search sees it, in the page's own language.

    Rebuilt from the page whenever it is published, unpublished, moved or deleted;
    only live pages that are not behind a privacy restriction have one. Facet values
    are stored as space-separated codes (branch and skill codes, language codes...).
    """

    page = models.OneToOneField(
        "members.MemberPage", primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    language = models.CharField(max_length=8)
    name = models.CharField(max_length=255)
    url = models.CharField(max_length=500, blank=True)
    logo_url = models.CharField(max_length=500, blank=True)
    # The card's picture (the cover, else the first portfolio image): {"src", "srcset", "width", "height"}, or {}.
    picture = models.JSONField(default=dict, blank=True)
    location = models.CharField(max_length=200, blank=True)
    sort_name = models.CharField(max_length=255)
    published_at = models.DateTimeField(null=True)
    kind = models.CharField(max_length=20, blank=True)
    canton = models.CharField(max_length=30, blank=True)
    available = models.BooleanField(default=False)
    collab = models.BooleanField(default=False)
    branches = models.TextField(blank=True)
    skills = models.TextField(blank=True)
    languages = models.TextField(blank=True)
    media = models.TextField(blank=True)
    skills_text = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    # The language of the tagline or presentation when shown untranslated (members.text_language), else "".
    summary_language = models.CharField(max_length=8, blank=True)
    body = models.TextField(blank=True)
    body_language = models.CharField(max_length=8, blank=True)
    portfolio = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["language", "sort_name"], name="search_doc_lang_name")]
        verbose_name = _("member search document")

    def __str__(self):
        return self.name

    def facet_values(self, facet):
        """The codes this member has for ``facet`` (a name from search.facets)."""
        return facet_values(vars(self), facet)


MULTI_VALUE_FIELDS = {"branch": "branches", "skill": "skills", "language": "languages", "media": "media"}


def facet_values(document, facet):
    """The codes of ``facet`` in a document given as a dict of its fields (a row or ``vars(doc)``)."""
    if facet in ("available", "collab"):
        return ["1"] if document[facet] else []
    if facet in ("kind", "canton"):
        return [document[facet]] if document[facet] else []
    return document[MULTI_VALUE_FIELDS[facet]].split()


def portfolio_line(item):
    """One portfolio item of a document as one line of text: title — caption — credits."""
    return " — ".join(filter(None, (item.get("title"), item.get("caption"), item.get("credits"))))


CARD_FIELDS = (
    "page_id",
    "name",
    "url",
    "logo_url",
    "picture",
    "summary",
    "summary_language",
    "body_language",
    "kind",
    "location",
    "available",
    "collab",
    "skills",
)


class IndexState(models.Model):
    """A version stamp renewed on every change to the directory's documents or vocabularies.

    Each process keeps its compiled search data while the stamp stays the same; one
    primary-key read per search tells it whether to reload. Stamps are random rather
    than counted, so that a rolled-back change can never be confused with a later one.
    """

    name = models.CharField(max_length=40, primary_key=True)
    version = models.CharField(max_length=32, default="")

    MEMBERS = "members"

    def __str__(self):
        return f"{self.name} v{self.version}"

    @classmethod
    def current(cls, name=MEMBERS):
        """The stamp (read on every search and suggestion: one primary-key read in SQL, without building a
        queryset, which costs ten times the read)."""
        connection = connections[router.db_for_read(cls)]
        table, column = (connection.ops.quote_name(n) for n in (cls._meta.db_table, "name"))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT version FROM {table} WHERE {column} = %s", [name])  # noqa: S608
            row = cursor.fetchone()
        return row[0] if row else ""

    @classmethod
    def bump(cls, name=MEMBERS):
        stamp = uuid.uuid4().hex
        if not cls.objects.filter(pk=name).update(version=stamp):
            cls.objects.update_or_create(pk=name, defaults={"version": stamp})


class EngineRepair(models.Model):
    """The search engine's indexes under one SEARCH_INDEX prefix, and their repair.

    Whoever notices a missing index (a search, the readiness check, the worker's own look) sets
    ``requested_at``; one worker at a time rebuilds the indexes from the documents. The row is the
    lock: a worker takes it by setting ``started_at`` where it was empty (or left by a worker that
    stopped renewing it), so two workers never rebuild together, on SQLite as on PostgreSQL.
    """

    name = models.CharField(max_length=100, primary_key=True)
    requested_at = models.DateTimeField(null=True)
    started_at = models.DateTimeField(null=True)  # renewed as the rebuild goes; empty when no one rebuilds
    worker = models.CharField(max_length=200, blank=True)
    finished_at = models.DateTimeField(null=True)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search engine repair")

    def __str__(self):
        return self.name


# The receivers that keep the documents current and the search engine's part of the readiness check,
# connected once the models exist.
from . import healing, signals  # noqa: E402, F401
