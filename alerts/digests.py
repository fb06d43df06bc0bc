"""The daily digests: one e-mail per confirmed subscription with what is new since its last digest.

Idempotent: a digest moves its subscription's cursor (``last_digest_at``) only from the value it read, in the same
transaction as the record of the digest and the sending; a second run, or a run after an interrupted one, finds
nothing newer than the cursor for the subscriptions already served and sends them nothing.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.utils import timezone

from core import emails

from .kinds import DIGEST_LIMIT, NewSince, describe, listing_url
from .models import Digest, Subscription

logger = logging.getLogger(__name__)


@dataclass
class RunReport:
    subscriptions: int = 0
    sent: int = 0
    items: int = 0
    purged: int = 0


def purge_unconfirmed(now=None):
    """Delete subscriptions never confirmed within ``ALERTS_UNCONFIRMED_DAYS``; answers how many."""
    limit = (now or timezone.now()) - timedelta(days=settings.ALERTS_UNCONFIRMED_DAYS)
    deleted, _by_model = Subscription.objects.unconfirmed().filter(created_at__lt=limit).delete()
    return deleted


def links(subscription):
    """The subscription's private links, in its language: manage all of the address's, unsubscribe this one."""
    language, token = subscription.language, subscription.token
    return {
        "manage_url": emails.space_url("alerts:manage", language, token=token),
        "unsubscribe_url": emails.space_url("alerts:unsubscribe", language, token=token),
    }


def unsubscribe_headers(unsubscribe_url):
    """RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs to the link."""
    return {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def send_digest(subscription, items, until, connection=None, urls=None):
    """Send ``items`` to ``subscription`` and move its cursor to ``until``, together; False if another run did."""
    with transaction.atomic():
        moved = Subscription.objects.filter(pk=subscription.pk, last_digest_at=subscription.last_digest_at)
        if subscription.last_digest_at is None:
            moved = Subscription.objects.filter(pk=subscription.pk, last_digest_at__isnull=True)
        if not moved.update(last_digest_at=until):
            return False
        Digest.objects.create(
            subscription=subscription, period_start=subscription.cursor, period_end=until, items=len(items)
        )
        context = {
            "subscription": subscription,
            "description": describe(subscription, subscription.language),
            "items": items,
            "count": len(items),
            "more": len(items) >= DIGEST_LIMIT,
            "listing_url": listing_url(subscription.kind, subscription.language, subscription.querystring, cache=urls),
            **links(subscription),
        }
        emails.send(
            "alerts/emails/digest.txt",
            [subscription.email],
            context,
            subscription.language,
            headers=unsubscribe_headers(context["unsubscribe_url"]),
            connection=connection,
        )
    subscription.last_digest_at = until
    return True


def send_digests(now=None, connection=None):
    """Purge stale unconfirmed subscriptions, then send every confirmed subscription its digest if anything is new."""
    now = now or timezone.now()
    report = RunReport(purged=purge_unconfirmed(now))
    subscriptions = Subscription.objects.confirmed()
    since = subscriptions.aggregate(since=Min(Coalesce("last_digest_at", "confirmed_at")))["since"]
    if since is None:
        return report
    news = NewSince(since, now)
    urls = {}
    connection = connection or get_connection()
    with connection:
        for subscription in subscriptions.order_by("pk").iterator(chunk_size=1000):
            report.subscriptions += 1
            items = news.items(subscription)
            if not items:
                continue
            try:
                sent = send_digest(subscription, items, now, connection, urls)
            except Exception:  # one refused address must not stop the others; the next run tries it again
                logger.exception("Digest of subscription %s not sent", subscription.pk)
                continue
            if sent:
                report.sent += 1
                report.items += len(items)
    return report
