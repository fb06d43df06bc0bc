"""A webhook receiver for trying the publish webhooks on one machine: prints each event and checks its signature.

    .venv/bin/python manage.py receive_webhooks --port 8001 --secret <the endpoint's secret>

then add an endpoint http://127.0.0.1:8001/ in the admin (Webhooks → Endpoints) with that secret, and publish.
"""

import hmac
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management.base import BaseCommand

from api.webhooks import EVENT_HEADER, SIGNATURE_HEADER, sign


class Command(BaseCommand):
    help = "Listen for the portal's publish webhooks on 127.0.0.1 and print them with their signature check."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8001)
        parser.add_argument("--secret", required=True, help="The endpoint's secret, as in the admin.")

    def handle(self, *args, port, secret, **options):
        command = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                valid = hmac.compare_digest(self.headers.get(SIGNATURE_HEADER, ""), sign(body, secret))
                self.send_response(200 if valid else 401)
                self.end_headers()
                event = self.headers.get(EVENT_HEADER, "?")
                command.stdout.write(f"{event}: signature {'valid' if valid else 'INVALID'}")
                command.stdout.write(json.dumps(json.loads(body), indent=2, ensure_ascii=False))

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.stdout.write(f"Receiving webhooks on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            server.server_close()
