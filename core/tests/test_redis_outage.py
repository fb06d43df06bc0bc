"""A Redis outage costs speed, not the site; a database outage is a clean 503.

The Redis tests run their own ``redis-server`` (port 6391, one more per pytest-xdist worker) and the cache settings
``portal/settings/base.py`` makes for production when ``REDIS_URL`` is set, then kill, pause or restart it.
"""

import importlib.util
import logging
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError, connections
from django.test import Client

from members.models import ContactMessage, MemberPage
from space.tests.helpers import url
from space.tests.test_space_contact import message_data
from space.tests.test_space_profile import edit_data
from tests.factories.members import UserFactory

PASSWORD = "correct-horse-battery-staple"
PORT = 6391 + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
RETRY_SECONDS = 0.5
TIMEOUT_SECONDS = 0.5

REDIS_SERVER = shutil.which("redis-server")
needs_redis_server = pytest.mark.skipif(not REDIS_SERVER, reason="redis-server is not installed")


class RedisServer:
    """A ``redis-server`` of this test on ``PORT``, without persistence: killed, it comes back empty."""

    def __init__(self, port):
        self.port = port
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def pause(self):
        """The server stops answering (SIGSTOP) but keeps its data and its connections. Resumed after 20 s at the
        latest, so that a request waiting for it without a timeout ends (and fails its test) rather than hangs."""
        self.process.send_signal(signal.SIGSTOP)
        self.watchdog = threading.Timer(20, self.resume)
        self.watchdog.start()

    def resume(self):
        self.watchdog.cancel()
        self.process.send_signal(signal.SIGCONT)


_databases = iter(range(10**6))


def production_cache_settings(redis_url, retry_seconds=RETRY_SECONDS, timeout=TIMEOUT_SECONDS):
    """The settings portal/settings/base.py makes of ``REDIS_URL`` (with a short retry for the tests)."""
    path = Path(settings.BASE_DIR) / "portal" / "settings" / "base.py"
    env = {"REDIS_URL": redis_url, "REDIS_RETRY_SECONDS": str(retry_seconds), "REDIS_TIMEOUT": str(timeout)}
    with mock.patch.dict(os.environ, env):
        spec = importlib.util.spec_from_file_location("portal_settings_with_redis", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return {name: getattr(module, name) for name in ("CACHES", "SESSION_ENGINE", "RATELIMIT_USE_CACHE")}


@pytest.fixture
def redis_server():
    server = RedisServer(PORT)
    server.start()
    yield server
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGCONT)
    server.kill()


def use_redis(settings, retry_seconds=RETRY_SECONDS, timeout=TIMEOUT_SECONDS):
    """The production cache settings on this test's Redis server. Each call uses another database number, so
    that what a process knows about a Redis server (its connections, an outage) is this test's own."""
    redis_url = f"redis://127.0.0.1:{PORT}/{next(_databases) % 16}"
    for name, value in production_cache_settings(redis_url, retry_seconds, timeout).items():
        setattr(settings, name, value)


@pytest.fixture
def redis_cache(redis_server, settings):
    use_redis(settings)
    return redis_server


def cache_status(response):
    assert response.status_code == 200, (response.status_code, response.content[:500])
    return response.get("X-Page-Cache")


def outage_warnings(caplog):
    return [r for r in caplog.records if r.name == "core.cache" and r.levelno == logging.WARNING]


@pytest.fixture
def member(site_tree):
    user = UserFactory(username="lea", email="lea@example.lu", first_name="Léa")
    page = site_tree.members[0]["fr"]
    MemberPage.objects.filter(translation_key=page.translation_key).update(contact_email="studio@example.lu")
    page.refresh_from_db()
    page.owners.add(user)
    return page, user


def sign_in(client, email="lea@example.lu", password=PASSWORD):
    return client.post(url("space:login"), {"username": email, "password": password})


@needs_redis_server
@pytest.mark.django_db
def test_with_redis_killed_every_page_answers_and_every_write_is_stored(site_tree, member, redis_cache, caplog):
    page, _user = member
    home, directory = site_tree.home["en"].url, site_tree.directory["en"].url
    member_page = site_tree.members[0]["en"].url
    signed_in = Client()
    assert sign_in(signed_in).status_code == 302
    assert [cache_status(Client().get(home)) for _n in range(2)] == ["miss", "hit"]  # Redis is used

    redis_cache.kill()
    caplog.set_level(logging.WARNING, logger="core.cache")
    for path in [home, directory, f"{directory}?q=studio", member_page] * 2:
        assert cache_status(Client().get(path)) is None, path  # made afresh, neither read from nor put in Redis
    api = Client().get("/api/v1/directory/?lang=en")
    assert api.status_code == 200 and api.json()["count"] == len(site_tree.members)
    assert Client().get(f"/api/v2/pages/{page.pk}/").status_code == 200

    # A member signed in before the outage still is (the session is read from the database), and saves a change.
    assert "Hello Léa" in signed_in.get(url("space:dashboard")).content.decode()
    assert signed_in.post(url("space:edit", page_id=page.pk), edit_data(page)).status_code == 302
    assert MemberPage.objects.get(pk=page.pk).get_latest_revision_as_object().tagline == "Nouvelle accroche"
    assert "Nouvelle accroche" in signed_in.get(url("space:preview", page_id=page.pk)).content.decode()

    # A visitor's message is accepted and stored.
    english = site_tree.members[0]["en"]
    sent = Client().post(url("members:contact", page_id=english.pk), message_data())
    assert sent.status_code == 303
    assert ContactMessage.objects.get().page_id == page.pk

    # Signing in and out work (the session lives in the database meanwhile).
    newcomer = Client()
    assert sign_in(newcomer).status_code == 302
    assert "Hello Léa" in newcomer.get(url("space:dashboard")).content.decode()
    newcomer.post(url("space:logout"))
    assert newcomer.get(url("space:dashboard")).status_code == 302

    # One warning for the whole outage, not one per request.
    assert len(outage_warnings(caplog)) == 1
    assert "127.0.0.1" in outage_warnings(caplog)[0].getMessage()


@needs_redis_server
@pytest.mark.django_db
def test_rate_limits_are_counted_in_each_process_while_redis_is_down(site_tree, member, redis_cache):
    redis_cache.kill()
    client = Client()
    for _n in range(5):
        assert sign_in(client, password="wrong").status_code == 200
    refused = sign_in(client)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


@needs_redis_server
@pytest.mark.django_db
def test_the_cache_is_used_again_once_redis_is_back(site_tree, redis_cache, caplog):
    home = site_tree.home["en"].url
    assert [cache_status(Client().get(home)) for _n in range(2)] == ["miss", "hit"]
    redis_cache.kill()
    assert cache_status(Client().get(home)) is None

    redis_cache.start()  # the same port, empty
    time.sleep(RETRY_SECONDS + 0.1)
    assert [cache_status(Client().get(home)) for _n in range(2)] == ["miss", "hit"]
    assert any("answers again" in record.getMessage() for record in outage_warnings(caplog))


@needs_redis_server
@pytest.mark.django_db
def test_a_redis_that_stops_answering_costs_one_timeout_and_nothing_stale_after(
    site_tree, member, redis_cache, settings, monkeypatch, django_capture_on_commit_callbacks
):
    timeout, retry = 2, 60
    use_redis(settings, retry_seconds=retry, timeout=timeout)
    later = [0]  # seconds added to the breaker's clock
    monkeypatch.setattr("core.cache.monotonic", lambda: time.monotonic() + later[0])
    home_page = site_tree.home["en"]
    signed_in = Client()
    assert sign_in(signed_in).status_code == 302
    session_cookie = signed_in.cookies[settings.SESSION_COOKIE_NAME].value
    assert [cache_status(Client().get(home_page.url)) for _n in range(2)] == ["miss", "hit"]

    redis_cache.pause()  # connections stay open, answers never come
    started = time.monotonic()
    for _n in range(10):
        assert cache_status(Client().get(home_page.url)) is None
    # The timeout is paid once, then Redis is skipped (paid on each request, it would take 10 timeouts or more).
    assert time.monotonic() - started < 5 * timeout
    # Meanwhile the member signs out and the home page changes: Redis still holds the session and the page.
    signed_in.post(url("space:logout"))
    with django_capture_on_commit_callbacks(execute=True):
        home_page.title = "Renamed while Redis slept"
        home_page.save_revision().publish()

    redis_cache.resume()  # back with its data
    later[0] = retry
    fresh = Client().get(home_page.url)
    assert cache_status(fresh) == "miss"
    assert "Renamed while Redis slept" in fresh.content.decode()
    assert cache_status(Client().get(home_page.url)) == "hit"
    old_session = Client()
    old_session.cookies[settings.SESSION_COOKIE_NAME] = session_cookie
    assert old_session.get(url("space:dashboard")).status_code == 302  # signed out stays signed out


@needs_redis_server
@pytest.mark.django_db
def test_the_warning_is_logged_once_per_interval(site_tree, redis_cache, caplog, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("core.cache.monotonic", lambda: now[0])
    home = site_tree.home["en"].url
    redis_cache.kill()
    caplog.set_level(logging.WARNING, logger="core.cache")
    for _second in range(29):  # Redis tried again every RETRY_SECONDS, still down
        assert cache_status(Client().get(home)) is None
        now[0] += 1
    assert len(outage_warnings(caplog)) == 1
    now[0] += 1
    assert cache_status(Client().get(home)) is None
    assert len(outage_warnings(caplog)) == 2


def test_a_database_outage_is_a_503_with_retry_after_in_the_visitors_language():
    refused = OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')
    client = Client(raise_request_exception=False)
    with mock.patch.object(connections["default"], "ensure_connection", side_effect=refused):
        page = client.get("/de/")
        api = client.get("/api/v1/directory/", HTTP_ACCEPT_LANGUAGE="fr")
    assert page.status_code == 503
    assert page["Retry-After"] == "30"
    assert "Die Website ist vorübergehend nicht erreichbar" in page.content.decode()
    assert api.status_code == 503
    assert api["Retry-After"] == "30"
    assert api.json() == {"message": "Le service est momentanément indisponible : réessayez dans 30 secondes."}
