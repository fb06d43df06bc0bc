"""Publish webhooks against a real HTTP receiver on this machine: signature, retries, a dead receiver."""

import hashlib
import hmac
import json
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from api.management.commands import run_webhooks
from api.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from api.webhooks import drain
from members.models import MemberPage

pytestmark = pytest.mark.django_db


class Receiver:
    """A local HTTP server that records what it gets and answers with the next status of ``answers``."""

    def __init__(self, answers=(), delay=0.0):
        self.requests = []
        self.answers = list(answers)
        self.delay = delay
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                time.sleep(receiver.delay)
                status = receiver.answers.pop(0) if receiver.answers else 200
                try:
                    self.send_response(status)
                    self.end_headers()
                    self.wfile.write(b"ok" if status < 300 else b"receiver failed")
                except OSError:  # the portal gave up waiting (its timeout)
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


def publish(page, tagline, capture):
    page.tagline = tagline
    with capture(execute=True):
        page.save_revision().publish()


def test_a_publish_reaches_the_receiver_signed(site_tree, receiver, django_capture_on_commit_callbacks):
    endpoint = WebhookEndpoint.objects.create(name="Microsite", url=receiver.url, secret="s3cret")
    member = site_tree.members[0]["de"]
    publish(member, "Neu", django_capture_on_commit_callbacks)
    assert receiver.requests == []  # nothing is sent while publishing
    assert drain() == 1
    headers, body = receiver.requests[0]
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["X-Portal-Signature"], expected)
    assert headers["X-Portal-Event"] == "page.published"
    payload = json.loads(body)
    assert payload["event"] == "page.published"
    assert payload["page_id"] == member.pk
    assert payload["type"] == "members.MemberPage"
    assert payload["locale"] == "de"
    assert payload["url"].endswith(member.url)
    assert payload["timestamp"]
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (DeliveryStatus.DELIVERED, 1, 200)
    assert delivery.endpoint == endpoint


def test_a_receiver_error_is_retried_with_growing_delays(site_tree, django_capture_on_commit_callbacks, settings):
    settings.WEBHOOK_RETRY_SECONDS = 10
    server = Receiver(answers=[500, 503])
    try:
        WebhookEndpoint.objects.create(name="Kiosk", url=server.url)
        publish(site_tree.members[0]["fr"], "Nouvelle", django_capture_on_commit_callbacks)
        start = timezone.now()
        assert drain() == 1
        delivery = WebhookDelivery.objects.get()
        assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
        assert timedelta(seconds=9) < delivery.next_attempt_at - start < timedelta(seconds=12)
        assert drain() == 0  # not due yet
        assert drain(now=start + timedelta(seconds=11)) == 1
        delivery.refresh_from_db()
        assert (delivery.attempts, delivery.last_status_code) == (2, 503)
        assert timedelta(seconds=19) < delivery.next_attempt_at - start - timedelta(seconds=0) < timedelta(seconds=23)
        assert drain(now=start + timedelta(seconds=60)) == 1
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 3, 200)
        assert len(server.requests) == 3
        assert len({body for _headers, body in server.requests}) == 1  # the same payload each time
    finally:
        server.close()


def unpublish_with_a_dead_and_a_slow_receiver(site_tree, capture, settings):
    """An editor unpublishes a member page while one receiver is dead and one answers after 3 seconds:
    (the response, the seconds it took, the slow receiver: to close)."""
    settings.WEBHOOK_TIMEOUT_SECONDS = 0.5
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    slow = Receiver(delay=3)
    WebhookEndpoint.objects.create(name="Dead", url="http://127.0.0.1:9/nothing-listens-here")
    WebhookEndpoint.objects.create(name="Slow", url=slow.url)
    editor = User.objects.create_user("ed", "ed@example.lu", "pw-for-tests-123")
    editor.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(editor)
    member = site_tree.members[1]["fr"]
    started = time.perf_counter()
    with capture(execute=True):
        response = client.post(f"/admin/pages/{member.pk}/unpublish/", {})
    return response, time.perf_counter() - started, slow


def test_publishing_does_not_wait_for_a_dead_or_slow_receiver(site_tree, django_capture_on_commit_callbacks, settings):
    response, _elapsed, slow = unpublish_with_a_dead_and_a_slow_receiver(
        site_tree, django_capture_on_commit_callbacks, settings
    )
    try:
        assert response.status_code == 302
        assert not MemberPage.objects.get(pk=site_tree.members[1]["fr"].pk).live
        assert slow.requests == []  # the receivers are neither called nor waited for during the request
        assert WebhookDelivery.objects.filter(event="page.unpublished").count() == 2
        drain()
        drain(now=timezone.now() + timedelta(hours=1))
        for delivery in WebhookDelivery.objects.all():
            assert delivery.status == DeliveryStatus.FAILED
            assert delivery.attempts == 2
            assert delivery.last_error
    finally:
        slow.close()


@pytest.mark.perf
def test_publishing_stays_fast_with_a_dead_or_slow_receiver(site_tree, django_capture_on_commit_callbacks, settings):
    response, elapsed, slow = unpublish_with_a_dead_and_a_slow_receiver(
        site_tree, django_capture_on_commit_callbacks, settings
    )
    slow.close()
    assert response.status_code == 302
    assert elapsed < 2.5, elapsed


def test_endpoints_choose_their_events_and_page_types(site_tree, receiver, django_capture_on_commit_callbacks):
    members_only = WebhookEndpoint.objects.create(name="Members", url=receiver.url, on_delete=False)
    members_only.page_types.add(ContentType.objects.get_for_model(MemberPage))
    homes = WebhookEndpoint.objects.create(name="Homes", url=receiver.url)
    homes.page_types.add(ContentType.objects.get(app_label="home", model="homepage"))
    member = site_tree.members[0]["en"]
    publish(member, "Changed", django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        member.delete()
    # Deleting a live page unpublishes it first (Wagtail); "Members" does not want deletions, "Homes" no members.
    deliveries = set(WebhookDelivery.objects.values_list("endpoint__name", "event"))
    assert deliveries == {("Members", "page.published"), ("Members", "page.unpublished")}


def test_worker_command_sends_what_is_due(site_tree, receiver, django_capture_on_commit_callbacks):
    WebhookEndpoint.objects.create(name="Microsite", url=receiver.url)
    member = site_tree.members[0]["fr"]
    with django_capture_on_commit_callbacks(execute=True):
        member.delete()
    call_command("run_webhooks", "--once")
    assert {json.loads(body)["event"] for _headers, body in receiver.requests} == {"page.unpublished", "page.deleted"}
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}


def test_editors_configure_endpoints_and_read_the_log(site_tree, receiver):
    editor = User.objects.create_user("ed", "ed@example.lu", "pw-for-tests-123")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    add = client.get("/admin/webhooks/endpoints/new/")
    assert add.status_code == 200
    member_type = ContentType.objects.get_for_model(MemberPage)
    response = client.post(
        "/admin/webhooks/endpoints/new/",
        {
            "name": "Portrait microsite",
            "url": receiver.url,
            "secret": "shared",
            "on_publish": "on",
            "page_types": [member_type.pk],
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    endpoint = WebhookEndpoint.objects.get(name="Portrait microsite")
    assert list(endpoint.page_types.all()) == [member_type]
    WebhookDelivery.objects.create(endpoint=endpoint, event="page.published", body="{}", status="failed", attempts=8)
    log = client.get("/admin/webhooks/deliveries/")
    assert log.status_code == 200
    assert "Portrait microsite" in log.content.decode()
    # A log: nothing to add by hand. No button for it, and no such admin address (an unknown address is sent to
    # the default language, as any other, and ends on the site's 404).
    assert "/admin/webhooks/deliveries/new/" not in log.content.decode()
    missing = client.get("/admin/webhooks/deliveries/new/", follow=True)
    assert (missing.status_code, missing.redirect_chain) == (404, [("/fr/admin/webhooks/deliveries/new/", 302)])


def test_worker_survives_its_database_connection_being_ended(monkeypatch, caplog):
    # PostgreSQL restarted or an administrator ended the connection: the worker logs it, waits and goes on.
    calls = []

    def drain_once_failing():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("terminating connection due to administrator command")
        if len(calls) == 3:
            raise KeyboardInterrupt  # stop the endless loop here
        return 0

    monkeypatch.setattr(run_webhooks, "drain", drain_once_failing)
    monkeypatch.setattr(run_webhooks, "heal", lambda: None)
    monkeypatch.setattr(run_webhooks.time, "sleep", lambda seconds: None)
    with pytest.raises(KeyboardInterrupt):
        call_command("run_webhooks", "--interval", "0")
    assert len(calls) == 3
    assert "database unavailable" in caplog.text
