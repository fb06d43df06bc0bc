import importlib.util
import shutil
import time
from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    from api.middleware import forget_local_counts
    from core.performance.page_cache import forget_local

    cache.clear()
    forget_local()
    forget_local_counts()


class _StoppedClock:
    """The ``time`` module as rate limits see it in tests: its ``time()`` stopped at one instant. Limits are
    counted in fixed windows of the wall clock; a test's requests that straddled the end of one (a slow
    machine, now and then) were counted in two, and the limit it expects was not reached."""

    def __init__(self, instant):
        self.instant = instant

    def time(self):
        return self.instant

    def __getattr__(self, name):
        return getattr(time, name)


@pytest.fixture(autouse=True)
def _rate_limit_clock(monkeypatch):
    """Rate limit windows (the API's and django-ratelimit's) read a stopped clock; a test moves it with
    ``monkeypatch.setattr(api.middleware.time, "time", ...)`` or by setting ``instant``."""
    import django_ratelimit.core

    import api.middleware

    clock = _StoppedClock(1_800_000_000.0)
    monkeypatch.setattr(api.middleware, "time", clock)
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


class _BaseTree:
    """The shared site tree, built once per test process and committed; each test runs in a transaction on top
    of it and rolls back to it. Its uploads live in ``media``, copied into each test's media folder."""

    ids = None
    media = None
    editorial = False


@pytest.fixture
def gunicorn_conf():
    """The project's gunicorn.conf.py as a module (its hooks are plain functions)."""
    spec = importlib.util.spec_from_file_location("gunicorn_conf", Path(__file__).parent / "gunicorn.conf.py")
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    return conf


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes its uploads and renditions into its own folder (with the shared tree's images)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    if _BaseTree.media and _BaseTree.media.exists():
        shutil.copytree(_BaseTree.media, settings.MEDIA_ROOT)
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(scope="session")
def _committed_site_tree(django_db_setup, django_db_blocker, tmp_path_factory):
    """Builds the shared tree outside any test transaction, the first time a test asks for ``site_tree``.

    The tests that use ``site_tree`` run after the other database tests (see ``LAYERS``), so the committed tree
    is never in the way of a test that builds its own site."""
    from django.test import override_settings

    from tests.factories import build_site_tree, tree_ids

    media = tmp_path_factory.mktemp("base-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        _BaseTree.ids = tree_ids(build_site_tree())
    _BaseTree.media = media
    return _BaseTree


@pytest.fixture
def site_tree(_committed_site_tree, db):
    """A small trilingual tree: home, directory, two branch pages, two members per branch in fr/en/de.

    Fresh objects for each test, read from the committed tree (rebuilt in the test's transaction if a
    transactional test has emptied the database)."""
    from search.backends.memory import DatabaseBackend
    from search.facets import _vocabularies
    from search.service import _suggestible
    from taxonomy.understanding import forget as forget_understanding
    from tests.factories import build_site_tree, load_site_tree

    DatabaseBackend.forget()
    _vocabularies.clear()
    forget_understanding()  # each test's taxonomy is its own, under the committed tree's version stamp
    _suggestible.clear()
    tree = load_site_tree(_BaseTree.ids) if _BaseTree.ids else None
    return tree or build_site_tree()


@pytest.fixture(scope="session")
def _committed_editorial_site(_committed_site_tree, django_db_blocker):
    """Adds the demo's editorial content (news, agenda, jobs, portrait, statistics, standard pages) to the
    committed tree, the first time a test asks for ``editorial_site``."""
    from django.test import override_settings

    from tests.factories import build_editorial_content, load_site_tree

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=_BaseTree.media):
        build_editorial_content(load_site_tree(_BaseTree.ids))
    _BaseTree.editorial = True


@pytest.fixture
def editorial_site(_committed_editorial_site, site_tree, django_capture_on_commit_callbacks):
    """The shared tree with the demo's editorial content in three languages."""
    if not _BaseTree.editorial:
        from tests.factories import build_editorial_content

        build_editorial_content(site_tree, lambda: django_capture_on_commit_callbacks(execute=True))
    return site_tree


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))) or any(
        name in getattr(item, "fixturenames", ()) for name in ("transactional_db", "live_server")
    )


# Shared data committed once per test process, in layers: a test asking for a layer's fixture runs after
# the database tests of the lower layers, so a layer is never in the way of a test that builds its own site.
LAYERS = {"site_tree": 1, "editorial_site": 2}


def _layer(item):
    if _transactional(item):
        return len(LAYERS) + 1
    return max((LAYERS.get(name, 0) for name in getattr(item, "fixturenames", ())), default=0)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's order (database tests, transactional ones, the rest): database tests by layer of
    shared data, transactional tests last."""
    items.sort(key=_layer)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """A transactional test starts from an empty database (and flushes it at the end): drop the shared tree."""
    if _BaseTree.ids and _transactional(item):
        from django.core.management import call_command
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            call_command("flush", interactive=False, verbosity=0, reset_sequences=False, inhibit_post_migrate=True)
        _BaseTree.ids = None
        _BaseTree.editorial = False


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}, search: {settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']}"
