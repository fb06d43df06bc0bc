"""Demo e-mail alerts for seed_demo (``data/alerts.json``), with digests due: ``manage.py send_digests`` then shows
what subscribers get (on the console in development)."""

from datetime import timedelta

from django.utils import timezone

from alerts.models import Subscription, filters_key

from .data import load


def specs():
    return load("alerts")["subscriptions"]


def ensure_demo(member_user):
    """The demo's subscriptions, each created once (the same address, kind and filters are one subscription)."""
    now = timezone.now()
    made = 0
    for spec in specs():
        user = member_user if spec.get("account") == "member" else None
        email = user.email if user else spec["email"]
        filters = [list(pair) for pair in spec["filters"]]
        if Subscription.objects.filter(email=email, kind=spec["kind"], filters_key=filters_key(filters)).exists():
            continue
        confirmed = spec["confirmed_days_ago"]
        created = now - timedelta(days=spec.get("created_days_ago", confirmed or 0))
        Subscription.objects.create(
            email=email,
            user=user,
            language=spec["language"],
            kind=spec["kind"],
            filters=filters,
            created_at=created,
            confirmed_at=now - timedelta(days=confirmed) if confirmed is not None else None,
            last_digest_at=now - timedelta(days=spec["last_digest_days_ago"])
            if "last_digest_days_ago" in spec
            else None,
        )
        made += 1
    return made
