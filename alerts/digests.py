"""The daily digests: one e-mail per confirmed subscription with what is new since its last digest.

Idempotent: a digest moves its subscription's cursor (``last_digest_at``) only from the value it read, in the same
transaction as the record of the digest, and is e-mailed once that is committed; a second run, or a run after an
interrupted one, finds nothing newer than the cursor for the subscriptions already served and sends them nothing.
Transactions claim a batch of subscriptions at once (each with its own cursor and record): one commit per digest
cost SQLite several disk syncs each, most of a run's time.
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


BATCH = 200  # subscriptions claimed per transaction


def claim(subscription, until):
    """Move the cursor of ``subscription`` to ``until`` if no other run moved it since it was read (compare and
    set): True if this run is the one to send its digest."""
    moved = Subscription.objects.filter(pk=subscription.pk)
    if subscription.last_digest_at is None:
        moved = moved.filter(last_digest_at__isnull=True)
    else:
        moved = moved.filter(last_digest_at=subscription.last_digest_at)
    return bool(moved.update(last_digest_at=until))


def release(subscription, until, previous):
    """Undo ``claim`` after a failed send, so that the next run sends the digest."""
    with transaction.atomic():
        Subscription.objects.filter(pk=subscription.pk, last_digest_at=until).update(last_digest_at=previous)
        Digest.objects.filter(subscription=subscription, period_end=until).delete()


def message_context(subscription, items, urls=None, descriptions=None):
    """What the digest e-mail shows; ``urls`` and ``descriptions`` are a run's caches (many subscriptions share a
    search)."""
    key = (subscription.kind, subscription.language, subscription.filters_key)
    descriptions = {} if descriptions is None else descriptions
    if key not in descriptions:
        descriptions[key] = describe(subscription, subscription.language)
    context = {
        "subscription": subscription,
        "description": descriptions[key],
        "items": items,
        "count": len(items),
        "more": len(items) >= DIGEST_LIMIT,
        "listing_url": listing_url(subscription.kind, subscription.language, subscription.querystring, cache=urls),
        **links(subscription),
    }
    return context


def send_batch(due, until, connection=None, urls=None, descriptions=None):
    """Send the digests of ``due`` ([(subscription, items)]); answers [(subscription, items)] of those sent.

    One transaction claims the batch: each subscription's cursor moves and its digest is recorded together. The
    e-mails go out once that is committed, so that no digest is ever sent twice, even by a run interrupted at any
    point or by two runs at once; a digest whose e-mail fails is released and goes out with the next run.
    """
    with transaction.atomic():
        claimed = [(subscription, items) for subscription, items in due if claim(subscription, until)]
        Digest.objects.bulk_create(
            Digest(subscription=subscription, period_start=subscription.cursor, period_end=until, items=len(items))
            for subscription, items in claimed
        )
    sent = []
    for subscription, items in claimed:
        previous = subscription.last_digest_at
        try:
            context = message_context(subscription, items, urls, descriptions)
            emails.send(
                "alerts/emails/digest.txt",
                [subscription.email],
                context,
                subscription.language,
                headers=unsubscribe_headers(context["unsubscribe_url"]),
                connection=connection,
            )
        except Exception:  # one refused address must not stop the others; the next run tries it again
            logger.exception("Digest of subscription %s not sent", subscription.pk)
            release(subscription, until, previous)
            continue
        subscription.last_digest_at = until
        sent.append((subscription, items))
    return sent


def send_digests(now=None, connection=None):
    """Purge stale unconfirmed subscriptions, then send every confirmed subscription its digest if anything is new."""
    now = now or timezone.now()
    report = RunReport(purged=purge_unconfirmed(now))
    subscriptions = Subscription.objects.confirmed()
    since = subscriptions.aggregate(since=Min(Coalesce("last_digest_at", "confirmed_at")))["since"]
    if since is None:
        return report
    news = NewSince(since, now)
    urls, descriptions = {}, {}
    connection = connection or get_connection()
    due = []

    def flush():
        for _subscription, items in send_batch(due, now, connection, urls, descriptions):
            report.sent += 1
            report.items += len(items)
        due.clear()

    with connection:
        for subscription in subscriptions.order_by("pk").iterator(chunk_size=1000):
            report.subscriptions += 1
            items = news.items(subscription)
            if items:
                due.append((subscription, items))
            if len(due) >= BATCH:
                flush()
        flush()
    return report
