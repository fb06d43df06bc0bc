"""Ask companies what came of their brief, MATCHMAKING_FOLLOWUP_DAYS after they sent it."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core import emails
from matchmaking.models import Brief
from matchmaking.views import brief_url


class Command(BaseCommand):
    help = "E-mail each company whose brief was sent MATCHMAKING_FOLLOWUP_DAYS ago a link to report the outcome."

    def handle(self, *args, **options):
        due = Brief.objects.filter(
            sent_at__lte=timezone.now() - timedelta(days=settings.MATCHMAKING_FOLLOWUP_DAYS),
            followup_sent_at__isnull=True,
            outcome="",
        )
        sent = 0
        for item in due.iterator():
            # Marked first: a failure to send is not retried every run, and never sent twice.
            if Brief.objects.filter(pk=item.pk, followup_sent_at__isnull=True).update(followup_sent_at=timezone.now()):
                context = {"brief": item, "link": brief_url("outcome", item)}
                emails.send("matchmaking/emails/followup.txt", [item.email], context, item.page_language)
                sent += 1
        self.stdout.write(f"Follow-up e-mails sent: {sent}.")
