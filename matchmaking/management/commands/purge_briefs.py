"""Delete briefs older than the retention period, and briefs whose e-mail was never confirmed."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from matchmaking.models import Brief


class Command(BaseCommand):
    help = "Delete matchmaking briefs past MATCHMAKING_RETENTION_DAYS, and unconfirmed ones past MATCHMAKING_UNCONFIRMED_DAYS."

    def handle(self, *args, **options):
        now = timezone.now()
        old = Brief.objects.filter(created_at__lt=now - timedelta(days=settings.MATCHMAKING_RETENTION_DAYS))
        unconfirmed = Brief.objects.filter(
            confirmed_at__isnull=True, created_at__lt=now - timedelta(days=settings.MATCHMAKING_UNCONFIRMED_DAYS)
        )
        expired = old.count()
        old.delete()
        never_confirmed = unconfirmed.count()
        unconfirmed.delete()
        self.stdout.write(f"Briefs deleted: {expired} past the retention period, {never_confirmed} never confirmed.")
