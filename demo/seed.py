"""The stages of ``seed_demo``, timed: site, media, members, editorial sections, indexes.

Wagtail's moderation e-mails are off while it runs (``core.performance.private.no_moderation_emails``).
Search and reference indexing are deferred for the whole run (one bulk pass at the end instead of
one per save); member pages are written in bulk (``members.MemberWriter``); site and editorial pages
go through Wagtail and wagtail-localize as an editor's would, in autocommit mode, because
wagtail-localize publishes a translation when its transaction commits.
"""

import time
from contextlib import ExitStack, contextmanager

from django.apps import apps
from django.db import connection, transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from tqdm import tqdm
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.performance import private
from core.performance.page_cache import invalidate
from members.models import MemberPage
from search import documents as directory_index

from . import agenda, briefs, figures, jobs, news, portrait, posts, site, space, subscriptions
from .media import MediaPool
from .members import (
    BATCH,
    INDEXED_RELATIONS,
    MemberWriter,
    ensure_directory,
    existing_slugs,
    index_references,
    indexable,
    member_specs,
)
from .taxonomy import ensure_taxonomy

STAGES = ("site", "media pool", "members", "directory documents", "editorial", "search and reference indexes")
# What the search backend reads of a member page besides its own fields (``MemberPage.search_fields``).
SEARCHED = ("skills", "portfolio_items")
# Editorial sections, each with ``ensure_demo(home, locales, members)``, in menu order.
EDITORIAL = (news, agenda, jobs, portrait, figures, briefs)
FEATURED = 12  # members the editorial sections name (news, events, jobs, portrait)


@contextmanager
def deferred_search_indexing():
    """No search indexing on save (``index_new`` adds what was made, in bulk, at the end)."""
    models = get_indexed_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


# SQLite's page cache while seeding, in KiB (its default: 2 MiB). 10,000 members make a 700 MB file whose
# indexes (wagtail-localize's hashes and keys, the search index) take random writes everywhere: with the
# default cache each of them reads its pages back from the operating system again.
SQLITE_CACHE_KIB = 256 * 1024


def _no_sync(connection, **kwargs):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            # Sorts and temporary indexes of the large reads in memory, and (rollback journal databases) each
            # transaction's journal too: the original pages of every page a batch changes, written to a file
            # and deleted at each commit otherwise (a crash can lose the demo: seed again).
            cursor.execute("PRAGMA temp_store = MEMORY")
            cursor.execute("PRAGMA journal_mode")
            if cursor.fetchone()[0].lower() == "delete":
                cursor.execute("PRAGMA journal_mode = MEMORY")
        elif connection.vendor == "postgresql":
            cursor.execute("SET synchronous_commit TO OFF")


@contextmanager
def bulk_load_pragmas():
    """No wait for the disk after each of the many small commits of the site and editorial stages, and
    (SQLite) a page cache large enough for the indexes of thousands of members.

    wagtail-localize publishes translations when their transaction commits, so those stages run in
    autocommit mode: thousands of commits, each waiting for the disk otherwise (~7 ms each here).
    SQLite skips the sync (a crash while seeding can lose the demo: seed again); PostgreSQL commits
    asynchronously (a crash can lose the last commits, never corrupt the database). For this run's
    connections only (set again if one is reopened).
    """
    if connection.vendor not in ("sqlite", "postgresql"):
        yield
        return
    cache_size = temp_store = journal_mode = None
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            (cache_size,) = cursor.fetchone()
            cursor.execute("PRAGMA temp_store")
            (temp_store,) = cursor.fetchone()
            cursor.execute("PRAGMA journal_mode")
            (journal_mode,) = cursor.fetchone()
    connection_created.connect(_no_sync)
    _no_sync(connection)
    try:
        yield
    finally:
        connection_created.disconnect(_no_sync)
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("PRAGMA synchronous = FULL")
                cursor.execute(f"PRAGMA cache_size = {int(cache_size)}")
                cursor.execute(f"PRAGMA temp_store = {int(temp_store)}")
                if journal_mode.lower() == "delete":  # set to MEMORY above
                    cursor.execute("PRAGMA journal_mode = DELETE")
            else:
                cursor.execute("SET synchronous_commit TO DEFAULT")


class Seeder:
    def __init__(self, seed, members, progress=True, write=print):
        self.seed = seed
        self.members = members
        self.progress = progress
        self.write = write
        self.timings = dict.fromkeys(STAGES, 0.0)
        self.created_pages = []
        self.added = 0

    @contextmanager
    def stage(self, name):
        started = time.monotonic()
        yield
        self.timings[name] = self.timings.get(name, 0.0) + time.monotonic() - started

    def bar(self, total, desc, unit):
        return tqdm(total=total, desc=desc, unit=unit, disable=not self.progress or not total)

    def run(self):
        started = time.monotonic()
        self.last_image = get_image_model().objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        with ExitStack() as stack:
            stack.enter_context(bulk_load_pragmas())
            stack.enter_context(deferred_search_indexing())
            stack.enter_context(disable_reference_index_auto_update())
            stack.enter_context(directory_index.paused())
            # The demo members' posts go through moderation (some stay there): no "submitted" e-mail to the demo
            # editor printed among the progress bars, nor the time to render it.
            stack.enter_context(private.no_moderation_emails())
            with self.stage("site"):
                locales = site.ensure_locales()
                ensure_taxonomy()
                home = site.ensure_home(locales)
                ensure_directory(home, locales)
                site.ensure_standard_pages(home, locales)
                site.ensure_footer(locales)
                editor, member_user = site.ensure_accounts()
            with self.stage("media pool"):
                pool = MediaPool()
            with self.stage("members"):
                self.add_members(locales, pool, member_user)
            self.index_members()
            with self.stage("editorial"):
                featured = list(MemberPage.objects.filter(locale=locales["fr"]).live().order_by("pk")[:FEATURED])
                for section in self.bar_over(EDITORIAL, "Editorial content"):
                    section.ensure_demo(home, locales, featured)
                space.ensure_demo(member_user)
                posts.ensure_demo(member_user, editor, featured)
                subscriptions.ensure_demo(member_user)
            # Still with the bulk load's page cache: the search index's tables are the largest.
            with self.stage("search and reference indexes"), transaction.atomic():
                self.index_new()
        if self.added:
            # Fresh statistics, so that the query planner (SQLite above all) picks the indexes.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        invalidate()
        self.total = time.monotonic() - started
        self.count = MemberPage.objects.filter(locale=locales["fr"]).count()
        return self

    def bar_over(self, items, desc):
        return tqdm(items, desc=desc, disable=not self.progress)

    def add_members(self, locales, pool, owner):
        existing = existing_slugs(locales)
        todo = [spec for spec in member_specs(self.seed, self.members) if spec.slug not in existing]
        writer = MemberWriter(locales, pool, owner=owner)
        with self.bar(len(todo), "Members", "member") as bar:
            for start in range(0, len(todo), BATCH):
                batch = todo[start : start + BATCH]
                self.created_pages.extend(writer.write(batch))
                bar.update(len(batch))
        self.added = len(todo)

    def index_members(self):
        """The new member pages' directory documents and reference index, each batch of pages read once
        for both (with what each reads prefetched)."""
        ids = self.created_pages
        with self.bar(len(ids), "Directory index", "page") as bar:
            for start in range(0, len(ids), directory_index.BATCH):
                chunk = ids[start : start + directory_index.BATCH]
                with self.stage("directory documents"):
                    pages = list(
                        directory_index.indexable_members().filter(pk__in=chunk).prefetch_related(*INDEXED_RELATIONS)
                    )
                    directory_index.write_documents(pages, chunk)
                with self.stage("search and reference indexes"), transaction.atomic():
                    # Pages the directory does not show (none in the demo) are in the reference index too.
                    index_references(pages + list(indexable(set(chunk) - {page.pk for page in pages})))
                bar.update(len(chunk))

    def index_new(self):
        """Search index and reference index: the new member pages and logos, and everything else (a few
        hundred site and editorial objects) again, as they may have changed (the new member pages'
        references are in already: ``index_members``). The member pages come last, by batches of 500:
        the search backend's title weights depend on what is indexed before them."""
        backends = list(get_search_backends(with_auto_update=True))
        image_model = get_image_model()
        for model in get_indexed_models():
            if issubclass(model, MemberPage) or model is image_model:
                continue
            objects = list(model.get_indexed_objects())
            for backend in backends:
                backend.add_bulk(model, objects)
        # With their tags: the search backend reads them three times per image (title, body, autocomplete).
        new_images = list(image_model.get_indexed_objects().filter(pk__gt=self.last_image).prefetch_related("tags"))
        for backend in backends:
            backend.add_bulk(image_model, new_images)
        for model in apps.get_models():
            if ReferenceIndex.is_indexed(model) and not issubclass(model, MemberPage) and model is not Page:
                ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
                for start in range(0, len(ids), 1000):
                    index_references(model.objects.filter(pk__in=ids[start : start + 1000]))
        ids = self.created_pages
        with self.bar(len(ids), "Search index", "page") as bar:
            for start in range(0, len(ids), 500):
                pages = list(MemberPage.objects.filter(pk__in=ids[start : start + 500]).prefetch_related(*SEARCHED))
                for backend in backends:
                    backend.add_bulk(MemberPage, pages)
                bar.update(len(pages))
