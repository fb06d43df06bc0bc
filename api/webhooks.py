"""Publish webhooks: events written to an outbox with the change, sent later by ``manage.py run_webhooks``.

Publishing only inserts rows (after the transaction commits), so a dead or slow receiver never slows or breaks
it. The worker POSTs each payload with ``X-Portal-Signature: sha256=<hex HMAC-SHA256 of the body>`` and retries
failures with exponential backoff: ``WEBHOOK_RETRY_SECONDS`` × 2^(attempt − 1), at most ``WEBHOOK_MAX_ATTEMPTS``.
"""

import hashlib
import hmac
import json
import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.absolute import absolute_url, base_url

from .models import DeliveryStatus, WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Portal-Signature"
EVENT_HEADER = "X-Portal-Event"
DELIVERY_HEADER = "X-Portal-Delivery"


def sign(body, secret):
    """``sha256=<hex>``: what a receiver recomputes with the shared secret and compares in constant time."""
    digest = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def payload(event, page):
    """The event as the receiver gets it (page fields read now: a deleted page is gone afterwards)."""
    specific_class = page.specific_class
    url = absolute_url(page) or None
    api_path = f"/api/v2/pages/{page.pk}/"
    root = base_url()
    return {
        "event": str(event),
        "page_id": page.pk,
        "type": specific_class._meta.label if specific_class else None,
        "locale": page.locale.language_code,
        "title": page.title,
        "url": url,
        "api_url": None if event == "page.deleted" else root + api_path,
        "timestamp": timezone.now().isoformat(),
    }


def enqueue(event, page):
    """Write one delivery per interested endpoint once the current transaction commits."""
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(active=True).prefetch_related("page_types")
        if endpoint.wants(event)
        and (not endpoint.page_types.all() or page.content_type_id in {ct.pk for ct in endpoint.page_types.all()})
    ]
    if not endpoints:
        return
    body = json.dumps(payload(event, page), sort_keys=True)

    def write():
        now = timezone.now()
        WebhookDelivery.objects.bulk_create(
            [WebhookDelivery(endpoint=e, event=event, body=body, next_attempt_at=now) for e in endpoints]
        )

    transaction.on_commit(write)


def retry_delay(attempts):
    return timedelta(seconds=settings.WEBHOOK_RETRY_SECONDS * 2 ** max(0, attempts - 1))


def deliver(delivery):
    """One attempt; the delivery row records the answer and when to try again."""
    endpoint = delivery.endpoint
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "creative-cluster-portal-webhooks",
        SIGNATURE_HEADER: sign(delivery.body, endpoint.secret),
        EVENT_HEADER: delivery.event,
        DELIVERY_HEADER: str(delivery.pk),
    }
    delivery.attempts += 1
    try:
        response = requests.post(
            endpoint.url,
            data=delivery.body.encode(),
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
        delivery.last_status_code = response.status_code
        ok = 200 <= response.status_code < 300
        delivery.last_error = "" if ok else response.text[:500]
    except requests.RequestException as error:
        ok = False
        delivery.last_status_code = None
        delivery.last_error = f"{type(error).__name__}: {error}"[:500]
    now = timezone.now()
    if ok:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = DeliveryStatus.DELIVERED, now, None
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
        logger.warning("Webhook %s to %s given up after %d attempts", delivery.pk, endpoint.url, delivery.attempts)
    else:
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    delivery.save(
        update_fields=["attempts", "last_status_code", "last_error", "status", "delivered_at", "next_attempt_at"]
    )
    return ok


def due(now=None, limit=50):
    return list(
        WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now or timezone.now())
        .select_related("endpoint")
        .order_by("next_attempt_at", "pk")[:limit]
    )


def drain(now=None, limit=50):
    """Send every delivery that is due; returns how many were attempted."""
    batch = due(now, limit)
    for delivery in batch:
        # Claimed by pushing its next attempt forward: a second worker skips it meanwhile.
        claimed = WebhookDelivery.objects.filter(
            pk=delivery.pk, status=DeliveryStatus.PENDING, next_attempt_at=delivery.next_attempt_at
        ).update(next_attempt_at=timezone.now() + timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS * 4))
        if claimed:
            deliver(delivery)
    return len(batch)
