import shutil

import pytest
from django.conf import settings


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes its uploads and renditions into its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def site_tree(db):
    """A small trilingual tree: home, directory, two branch pages, a few members in fr/en/de."""
    from tests.factories import build_site_tree

    return build_site_tree()


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}, search: {settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']}"
