"""A test-only proxy that lets the ``elasticsearch`` 9 client talk to osmem-server.

The client sends (and asks for) Elasticsearch's compatibility media types,
``application/vnd.elasticsearch+json; compatible-with=9`` and its ``+x-ndjson`` twin for bulk requests;
osmem answers those with 406. The proxy rewrites them to ``application/json`` and ``application/x-ndjson``
on the way in (and in the answer's Content-Type, should osmem echo one), and adds the
``X-Elastic-Product: Elasticsearch`` header the client checks when osmem leaves it out. Everything else
passes through untouched, so indexing, searches, aggregations and alias swaps run through the real client.
"""

import http.client
import re
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

COMPATIBLE = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)(\s*;\s*compatible-with=\d+)?")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


def plain(media_type):
    """``application/vnd.elasticsearch+json; compatible-with=9`` → ``application/json`` (and x-ndjson)."""
    return COMPATIBLE.sub(lambda match: f"application/{match.group(1)}", media_type)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the client's connection pool expects
    upstream = None  # (host, port), set on the server's own subclass

    def log_message(self, format, *args):  # quiet: the test's output is the test's
        pass

    def relay(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {name: plain(value) for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP}
        connection = http.client.HTTPConnection(*self.upstream, timeout=60)
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            answer = connection.getresponse()
            content = answer.read()
            answer_headers = [(name, value) for name, value in answer.getheaders() if name.lower() not in HOP_BY_HOP]
        finally:
            connection.close()
        self.send_response(answer.status)
        for name, value in answer_headers:
            self.send_header(name, plain(value))
        if not any(name.lower() == "x-elastic-product" for name, _value in answer_headers):
            self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = relay


@contextmanager
def elasticsearch_proxy(upstream_url):
    """Serve the proxy in a thread in front of ``upstream_url``; yields its own URL (http://127.0.0.1:port)."""
    parts = urlsplit(upstream_url)
    handler = type("BoundHandler", (Handler,), {"upstream": (parts.hostname, parts.port)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
