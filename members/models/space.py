"""The member space: applications, the contact relay's inbox, monthly statistics, deletions.

Members are ordinary Django users with no access to the Wagtail admin. They own member
pages through ``MemberPage.owners`` (set on the page in the member's main language) and
work on them from "My space" on the public site.
"""

import collections
import threading
import time
import uuid

from django.conf import settings
from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Branch

from .choices import Canton, Country, Kind


class MembershipApplication(models.Model):
    """A request to join the cluster, sent from the public form and decided by an editor."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    business_name = models.CharField(_("business name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMPANY)
    primary_branch = models.ForeignKey(
        Branch, verbose_name=_("main branch"), on_delete=models.PROTECT, related_name="applications"
    )
    other_branches = models.ManyToManyField(
        Branch, verbose_name=_("other branches"), blank=True, related_name="secondary_applications"
    )
    canton = models.CharField(_("canton"), max_length=30, choices=Canton.choices, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.LUXEMBOURG)
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("short description"), max_length=1500)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="fr")
    consent_at = models.DateTimeField(_("privacy notice accepted on"))
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    decision_reason = models.TextField(
        _("reason"), blank=True, help_text=_("Sent to the applicant. Required when rejecting.")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="membership_applications",
    )
    member_page = models.ForeignKey(
        "members.MemberPage",
        verbose_name=_("member page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")

    def __str__(self):
        return self.business_name


class ContactMessage(models.Model):
    """A message a visitor sent to a member through the contact relay: the member's inbox."""

    page = models.ForeignKey(
        "members.MemberPage", verbose_name=_("member page"), on_delete=models.CASCADE, related_name="contact_messages"
    )
    sender_name = models.CharField(_("name"), max_length=200)
    sender_email = models.EmailField(_("e-mail address"))
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="fr")
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read on"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return self.subject


class MonthlyStat(models.Model):
    """Views and contact requests of one member (all its language versions) in one month.

    Counted on the server; holds no personal data (no address, no cookie, no user agent).
    """

    translation_key = models.UUIDField(_("member"), db_index=True)
    month = models.DateField(_("month"))
    views = models.PositiveIntegerField(_("page views"), default=0)
    contacts = models.PositiveIntegerField(_("contact requests"), default=0)

    class Meta:
        ordering = ["-month"]
        constraints = [models.UniqueConstraint(fields=["translation_key", "month"], name="monthly_stat_unique")]
        verbose_name = _("monthly statistic")
        verbose_name_plural = _("monthly statistics")

    def __str__(self):
        return f"{self.translation_key} {self.month:%Y-%m}"

    @classmethod
    def count(cls, translation_key, field, when=None):
        """Add one to ``field`` ("views" or "contacts") for this month, in one UPDATE most of the time."""
        month = timezone.localdate(when).replace(day=1)
        rows = cls.objects.filter(translation_key=translation_key, month=month)
        if rows.update(**{field: F(field) + 1}):
            return
        try:
            with transaction.atomic():
                cls.objects.create(translation_key=translation_key, month=month, **{field: 1})
        except IntegrityError:  # another request created the row first
            rows.update(**{field: F(field) + 1})

    @classmethod
    def count_view(cls, translation_key):
        """One page view, added up in this process and written in one transaction every
        ``MEMBER_VIEWS_WRITE_EVERY`` views or ``MEMBER_VIEWS_WRITE_SECONDS`` seconds: a page served from the page
        cache costs no database or cache round trip."""
        every = settings.MEMBER_VIEWS_WRITE_EVERY
        if every <= 1:
            return cls.count(translation_key, "views")
        month = timezone.localdate().replace(day=1)
        with _pending_lock:
            _pending_views[(str(translation_key), month)] += 1
            _pending_count[0] += 1
            full = _pending_count[0] >= every
        if full:
            cls.write_pending_views()
        else:
            cls.write_pending_views_if_due()

    @classmethod
    def write_pending_views_if_due(cls):
        """Write the views added up here once ``MEMBER_VIEWS_WRITE_SECONDS`` have passed (gunicorn.conf.py, after
        each request): a member page no one visits any more has its last views written while the process serves
        other pages."""
        if _pending_count[0] and time.monotonic() - _pending_since[0] >= settings.MEMBER_VIEWS_WRITE_SECONDS:
            cls.write_pending_views()

    @classmethod
    def write_pending_views(cls):
        """Write the views this process has added up (also when a server process stops: gunicorn.conf.py)."""
        with _pending_lock:
            batch = dict(_pending_views)
            _pending_views.clear()
            _pending_count[0] = 0
            _pending_since[0] = time.monotonic()
        if batch:
            cls.add_views(batch)

    @classmethod
    def add_views(cls, batch):
        """``{(translation_key, month): views}`` added in one statement (an upsert: PostgreSQL and SQLite)."""
        meta, quote = cls._meta, connection.ops.quote_name
        key_field, month_field = meta.get_field("translation_key"), meta.get_field("month")
        columns = [quote(meta.get_field(name).column) for name in ("translation_key", "month", "views", "contacts")]
        params = []
        for (key, month), amount in batch.items():
            params += [
                key_field.get_db_prep_value(uuid.UUID(str(key)), connection),
                month_field.get_db_prep_value(month, connection),
                amount,
                0,
            ]
        table, views = quote(meta.db_table), columns[2]
        values = ", ".join(["(%s, %s, %s, %s)"] * len(batch))
        # Names from the model's own metadata, values as parameters.
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {values} "  # noqa: S608
            f"ON CONFLICT ({columns[0]}, {columns[1]}) DO UPDATE SET {views} = {table}.{views} + excluded.{views}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)

    @classmethod
    def pending_views(cls, translation_key, months):
        """Views added up in this process and not written yet, per month."""
        with _pending_lock:
            return {month: _pending_views.get((str(translation_key), month), 0) for month in months}


_pending_views = collections.Counter()
_pending_count = [0]  # their sum
_pending_since = [time.monotonic()]
_pending_lock = threading.Lock()


class AccountDeletion(models.Model):
    """What happened when a member deleted their account, kept for editors without personal data."""

    deleted_at = models.DateTimeField(_("deleted on"), auto_now_add=True)
    user_id_hint = models.PositiveIntegerField(_("former account number"))
    pages = models.TextField(_("member pages"), blank=True, help_text=_("One page per line."))
    unpublished = models.BooleanField(_("pages unpublished"), default=False)
    messages_deleted = models.PositiveIntegerField(_("messages deleted"), default=0)

    class Meta:
        ordering = ["-deleted_at"]
        verbose_name = _("account deletion")
        verbose_name_plural = _("account deletions")

    def __str__(self):
        return f"{self.deleted_at:%Y-%m-%d} #{self.user_id_hint}"
