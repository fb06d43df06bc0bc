"""The webhook worker: sends the outbox's due deliveries, then waits for more (``make run`` starts it)."""

import logging
import time

from django.core.management.base import BaseCommand
from django.db import InterfaceError, OperationalError, close_old_connections, connections

from api.webhooks import drain
from search.healing import heal

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Send due publish webhooks and retry failed ones; runs until stopped (--once: drain and exit)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Send what is due now, then exit.")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds between two looks at the outbox.")

    def handle(self, *args, once=False, interval=2.0, **options):
        while True:
            if not once:
                close_old_connections()  # a long-running worker: drop a connection the database has closed
            try:
                sent = drain()
                heal()  # the background process's other duty: rebuild a search index the engine lost (never raises)
            except (OperationalError, InterfaceError) as error:
                if once:
                    raise
                # The database restarted or ended our connection (which close_old_connections cannot see): close
                # it, wait, and carry on with a new one; what was due is still in the outbox.
                logger.warning("Webhook worker: database unavailable (%s); retrying in %s s", error, interval)
                connections.close_all()
                time.sleep(interval)
                continue
            if sent and options["verbosity"] > 1:
                self.stdout.write(f"{sent} deliveries attempted")
            if once:
                if not sent:
                    return
                continue
            if not sent:
                time.sleep(interval)
