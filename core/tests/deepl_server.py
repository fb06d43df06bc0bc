"""A fake DeepL API on 127.0.0.1 for tests: no network, DeepL's /v2/translate as its documentation describes.

``POST /v2/translate`` with a form body (``text`` repeated, as wagtail-localize sends it) or a JSON body
(``{"text": [...], "target_lang": ...}``), authenticated by ``Authorization: DeepL-Auth-Key <key>``;
answers ``{"translations": [{"detected_source_language": "FR", "text": "..."}]}``. A text in
``glossary`` is translated as given, any other one is returned with ``[DE] `` (the target language)
in front, its markup untouched (DeepL's ``tag_handling=xml``). Every request is kept in ``requests``.

    with FakeDeepL(key="test-key:fx") as deepl:
        ... deepl.url ...
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class FakeDeepL:
    def __init__(self, key="test-key:fx", glossary=None):
        self.key = key
        self.glossary = glossary or {}
        self.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}/v2/translate"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def translate(self, text, target):
        return self.glossary.get(text, f"[{target}] {text}")

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status, payload):
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if self.path.split("?")[0] != "/v2/translate":
                    return self._answer(404, {"message": "Not found"})
                if self.headers.get("Authorization") != f"DeepL-Auth-Key {fake.key}":
                    return self._answer(403, {"message": "Authorization failed"})
                if (self.headers.get("Content-Type") or "").startswith("application/json"):
                    data = json.loads(raw or "{}")
                    texts = data.get("text") or []
                    source, target = data.get("source_lang", ""), data.get("target_lang", "")
                else:
                    form = parse_qs(raw, keep_blank_values=True)
                    texts = form.get("text", [])
                    source, target = form.get("source_lang", [""])[0], form.get("target_lang", [""])[0]
                fake.requests.append({"texts": texts, "source_lang": source, "target_lang": target})
                if not texts or not target:
                    return self._answer(400, {"message": "Parameter 'text' or 'target_lang' not specified."})
                translations = [
                    {"detected_source_language": source or "FR", "text": fake.translate(text, target)} for text in texts
                ]
                return self._answer(200, {"translations": translations})

        return Handler
