"""Briefs from companies, the creatives they were sent to, their answers and the outcome.

A brief is stored when the company sends the form, but reaches nobody until the company
confirms its e-mail address (double opt-in). Briefs are deleted after
``MATCHMAKING_RETENTION_DAYS`` by ``manage.py purge_briefs``.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import Canton
from taxonomy.models import Branch, Skill, SpokenLanguage

REMOTE = "remote"


class BudgetBand(models.TextChoices):
    UNKNOWN = "", _("Not known yet")
    UNDER_5K = "lt5k", _("Under 5,000 €")
    FROM_5K = "5k-20k", _("5,000 to 20,000 €")
    FROM_20K = "20k-50k", _("20,000 to 50,000 €")
    OVER_50K = "gt50k", _("Over 50,000 €")


class Brief(models.Model):
    """What a company needs, in its own words, and what the portal understood of it."""

    class Outcome(models.TextChoices):
        UNKNOWN = "", _("Not known")
        WORKED_TOGETHER = "worked", _("Worked together")
        NO_DEAL = "none", _("Did not work together")

    token = models.UUIDField(_("private link key"), default=uuid.uuid4, unique=True, editable=False)
    nonce = models.UUIDField(_("form key"), unique=True, null=True, blank=True, editable=False)
    text = models.TextField(_("the need"), max_length=5000)
    language = models.CharField(_("language of the brief"), max_length=5, choices=settings.LANGUAGES)
    page_language = models.CharField(_("language of the site"), max_length=5, choices=settings.LANGUAGES)
    company = models.CharField(_("company"), max_length=200, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    budget = models.CharField(_("budget"), max_length=10, choices=BudgetBand.choices, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    canton = models.CharField(
        _("where"), max_length=30, blank=True, choices=[(REMOTE, _("Remote work is fine")), *Canton.choices]
    )
    languages = models.ManyToManyField(SpokenLanguage, verbose_name=_("languages needed"), blank=True)
    branches = models.ManyToManyField(Branch, verbose_name=_("branches"), blank=True, related_name="+")
    skills = models.ManyToManyField(Skill, verbose_name=_("skills recognised"), blank=True, related_name="briefs")
    skills_confirmed = models.BooleanField(
        _("skills confirmed"), default=False, help_text=_("The company corrected the skills read in its brief.")
    )
    consent_at = models.DateTimeField(_("privacy notice accepted on"))
    created_at = models.DateTimeField(_("written on"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed on"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent to creatives on"), null=True, blank=True)
    followup_sent_at = models.DateTimeField(_("follow-up e-mail sent on"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    outcome_at = models.DateTimeField(_("outcome reported on"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("brief")
        verbose_name_plural = _("briefs")

    def __str__(self):
        excerpt = " ".join(self.text.split())
        return excerpt[:60] + ("…" if len(excerpt) > 60 else "")

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class BriefRecipient(models.Model):
    """A creative a brief was sent to, and their answer."""

    class Answer(models.TextChoices):
        NONE = "", _("No answer yet")
        INTERESTED = "interested", _("Interested")
        DECLINED = "declined", _("Not for me")

    brief = models.ForeignKey(Brief, verbose_name=_("brief"), on_delete=models.CASCADE, related_name="recipients")
    page = models.ForeignKey(
        "members.MemberPage", verbose_name=_("member page"), on_delete=models.CASCADE, related_name="briefs_received"
    )
    rank = models.PositiveSmallIntegerField(_("rank in the shortlist"))
    score = models.FloatField(_("score"))
    reasons = models.TextField(_("why it matched"), blank=True)
    sent_at = models.DateTimeField(_("sent on"), default=timezone.now)
    read_at = models.DateTimeField(_("read on"), null=True, blank=True)
    answer = models.CharField(_("answer"), max_length=12, choices=Answer.choices, blank=True)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    worked_together = models.BooleanField(_("worked together"), default=False)

    class Meta:
        ordering = ["rank"]
        constraints = [models.UniqueConstraint(fields=["brief", "page"], name="brief_recipient_unique")]
        verbose_name = _("brief recipient")
        verbose_name_plural = _("brief recipients")

    def __str__(self):
        return f"{self.brief} → {self.page}"
