"""Daily (cron): purge stale unconfirmed subscriptions, then e-mail each confirmed subscription its digest."""

import time

from django.core.management.base import BaseCommand

from alerts.digests import send_digests


class Command(BaseCommand):
    help = "E-mail each confirmed alert subscription one digest of what is new since its last one."

    def handle(self, *args, **options):
        started = time.perf_counter()
        report = send_digests()
        self.stdout.write(
            f"{report.sent} digests sent ({report.items} items) for {report.subscriptions} subscriptions; "
            f"{report.purged} unconfirmed subscriptions purged; {time.perf_counter() - started:.1f} s"
        )
