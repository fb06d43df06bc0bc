"""The webhook worker: sends the outbox's due deliveries, then waits for more (``make run`` starts it)."""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from api.webhooks import drain
from search.healing import heal


class Command(BaseCommand):
    help = "Send due publish webhooks and retry failed ones; runs until stopped (--once: drain and exit)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Send what is due now, then exit.")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds between two looks at the outbox.")

    def handle(self, *args, once=False, interval=2.0, **options):
        while True:
            if not once:
                close_old_connections()  # a long-running worker: drop a connection the database has closed
            sent = drain()
            heal()  # the background process's other duty: rebuild a search index the engine lost (never raises)
            if sent and options["verbosity"] > 1:
                self.stdout.write(f"{sent} deliveries attempted")
            if once:
                if not sent:
                    return
                continue
            if not sent:
                time.sleep(interval)
