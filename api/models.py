"""Publish webhooks: the endpoints editors configure and the outbox of deliveries a worker sends."""

import secrets

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_secret():
    return secrets.token_urlsafe(32)


class Event(models.TextChoices):
    PUBLISH = "page.published", _("published")
    UNPUBLISH = "page.unpublished", _("unpublished")
    DELETE = "page.deleted", _("deleted")


class WebhookEndpoint(models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("Who receives it, e.g. “Portrait microsite”."))
    url = models.URLField(_("address"), max_length=500, help_text=_("The portal POSTs a JSON payload here."))
    secret = models.CharField(
        _("secret"),
        max_length=200,
        default=new_secret,
        help_text=_(
            "Shared with the receiver: each request carries X-Portal-Signature: sha256=<HMAC-SHA256 of the body "
            "with this secret>."
        ),
    )
    on_publish = models.BooleanField(_("on publish"), default=True)
    on_unpublish = models.BooleanField(_("on unpublish"), default=True)
    on_delete = models.BooleanField(_("on delete"), default=True)
    page_types = models.ManyToManyField(
        ContentType,
        verbose_name=_("page types"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty for every page type."),
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def wants(self, event):
        return {Event.PUBLISH: self.on_publish, Event.UNPUBLISH: self.on_unpublish, Event.DELETE: self.on_delete}[event]


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("waiting")
    DELIVERED = "delivered", _("delivered")
    FAILED = "failed", _("given up")


class WebhookDelivery(models.Model):
    """One event for one endpoint: written with the change, sent (and retried) by ``manage.py run_webhooks``."""

    endpoint = models.ForeignKey(
        WebhookEndpoint, verbose_name=_("endpoint"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=30, choices=Event.choices)
    body = models.TextField(_("payload"))
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last answer"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="api_delivery_due")]

    def __str__(self):
        return f"{self.get_event_display()} → {self.endpoint}"


# Once the models exist: the api_fields of every page type, and the receivers that queue webhook events.
from . import content, signals  # noqa: E402, F401

content.register()
