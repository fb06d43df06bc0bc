"""Subscriptions to what is new on the portal, and the digests sent for them."""

import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Kind(models.TextChoices):
    DIRECTORY = "directory", _("Members matching a directory search")
    JOBS = "jobs", _("Job offers")
    CALLS = "calls", _("Calls for collaboration and tenders")
    EVENTS = "events", _("Events")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)

    def of_address(self, email):
        return self.filter(email=normalise_email(email))


def normalise_email(email):
    return (email or "").strip().lower()


class Subscription(models.Model):
    """One address following one search (``kind`` and ``filters``, the listing's own GET parameters).

    Nothing is sent before ``confirmed_at`` (double opt-in, or at once for a signed-in member's own address).
    ``last_digest_at`` is the cursor: a digest lists what was published after it, and moves it forward in the same
    transaction as the record of the digest sent.
    """

    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="alert_subscriptions",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # The filters as [[name, value], ...], sorted: the GET parameters of the directory or listing.
    filters = models.JSONField(_("filters"), default=list, blank=True)
    filters_key = models.CharField(max_length=1000, blank=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")
        ordering = ["email", "kind", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["email", "kind", "filters_key"], name="alerts_one_subscription_per_search")
        ]
        indexes = [models.Index(fields=["confirmed_at", "kind"], name="alerts_sub_confirmed_kind")]

    def __str__(self):
        return f"{self.email} · {self.kind} · {self.filters_key}"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        self.filters_key = filters_key(self.filters)
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def cursor(self):
        """What a digest lists is newer than this: the last digest, else the confirmation."""
        return self.last_digest_at or self.confirmed_at

    @property
    def querystring(self):
        return urlencode([tuple(pair) for pair in self.filters])

    def confirm(self, when=None):
        if self.confirmed_at is None:
            self.confirmed_at = when or timezone.now()
            self.save(update_fields=["confirmed_at"])


def filters_key(filters):
    return urlencode(sorted(tuple(pair) for pair in filters))[:1000]


class Digest(models.Model):
    """One digest e-mailed for a subscription: the items it listed, published up to ``period_end``."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="digests")
    sent_at = models.DateTimeField(default=timezone.now)
    period_start = models.DateTimeField(null=True)
    period_end = models.DateTimeField()
    items = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.subscription_id} @ {self.period_end:%Y-%m-%d %H:%M}"
