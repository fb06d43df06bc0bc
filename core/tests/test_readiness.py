"""/healthz stays the bare liveness answer; /readyz says what the site can serve with, as JSON."""

from unittest import mock

import pytest
from django.db import OperationalError

from core import health


@pytest.mark.django_db
def test_healthz_is_still_the_bare_answer(client):
    answer = client.get("/healthz")
    assert (answer.status_code, answer["Content-Type"], answer.content) == (200, "text/plain", b"ok")


@pytest.mark.django_db
def test_readiness_without_a_shared_cache_or_a_search_engine(client, settings):
    settings.SEARCH_URL = ""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "database": "ok", "cache": "local", "engine": "off", "index": "off"}
    assert "no-cache" in answer["Cache-Control"]


@pytest.mark.django_db
def test_a_shared_cache_is_read_back_or_reported_down(client, settings, tmp_path):
    settings.SEARCH_URL = ""
    settings.PAGE_CACHE_ENABLED = False  # only the check reads the cache here
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": tmp_path}
    }
    assert client.get("/readyz").json()["cache"] == "ok"
    # A Redis that does not answer (the report itself: Wagtail's site lookup also reads that cache on a request).
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}}
    assert health.report() == {"status": "degraded", "database": "ok", "cache": "down", "engine": "off", "index": "off"}


@pytest.mark.django_db
def test_without_the_database_the_site_is_not_ready(client, settings):
    settings.SEARCH_URL = ""
    client.get("/readyz")  # the site is known to the process from now on
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("connection refused")):
        answer = client.get("/readyz")
    assert answer.status_code == 503
    assert (answer.json()["status"], answer.json()["database"]) == ("down", "down")
