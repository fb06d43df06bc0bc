"""Lighthouse and the Nu HTML checker on the site as production serves it.

    make audit                      # or: .venv/bin/python tools/audit.py [--members 36] [--keep DIR]

Builds a fresh site in a temporary directory (SQLite, the database search backend, local media: the embedded
defaults), migrates, seeds a small demo, collects the static files and starts gunicorn with the production
settings behind a small front server that serves /media/ from MEDIA_ROOT as the web server of a deployment does
(gunicorn never serves media in production). Then, on the home page, the directory, a branch page and a member
page in fr, en and de:

- Lighthouse 12 (tools/audit/package.json, installed with ``npm ci``), mobile, simulated throttling, Chrome from
  ``CHROME_PATH`` (default /usr/bin/chromium): fails when performance < 95, accessibility, best practices or SEO
  < 100. A page whose performance alone is under the bar is measured once more and keeps its better score: the
  simulation starts from the timings observed on this machine, which other work on it slows down.
- the Nu HTML checker (vnu-jar, Java 17) on the HTML of the same pages: fails on any error.

It prints a table of the scores, the audits that lost points and the checker's errors; exit status 1 when a
limit is broken.
"""

import argparse
import contextlib
import http.client
import json
import mimetypes
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools" / "audit"
PYTHON = sys.executable
LIGHTHOUSE = TOOLS / "node_modules" / ".bin" / "lighthouse"
VNU = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

LANGUAGES = ("fr", "en", "de")
PAGES = ("home", "directory", "branch", "member")
CATEGORIES = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
HEADERS = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}

# The page of each kind audited in each language: the first of its type in the tree (a branch page and a member
# page with the demo's cover, logo and portfolio), found through the pages API.
PAGE_TYPES = {
    "home": "home.HomePage",
    "directory": "members.DirectoryPage",
    "branch": "members.BranchPage",
    "member": "members.MemberPage",
}


def find_pages(base):
    """{language: {kind: path}} of the audited pages."""
    found = {}
    for lang in LANGUAGES:
        found[lang] = {}
        for kind, page_type in PAGE_TYPES.items():
            query = urllib.parse.urlencode({"type": page_type, "locale": lang, "limit": 1, "order": "id"})
            with urllib.request.urlopen(f"{base}/api/v2/pages/?{query}", timeout=60) as answer:  # noqa: S310
                items = json.loads(answer.read())["items"]
            if not items:
                raise SystemExit(f"No {page_type} in {lang}: the demo data is incomplete")
            found[lang][kind] = urllib.parse.urlsplit(items[0]["meta"]["html_url"]).path
    return found


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as answer:  # noqa: S310
            if answer.status == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def front_server(port, backend_port, media_root):
    """A threaded HTTP server on ``port``: /media/ from ``media_root``, everything else passed to gunicorn."""

    class Front(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet: Lighthouse asks for a few hundred files
            pass

        def do_GET(self):  # noqa: N802 (the standard library's name)
            if self.path.startswith("/media/"):
                self.media()
            else:
                self.forward()

        do_HEAD = do_GET  # noqa: N815

        def media(self):
            relative = self.path.split("?", 1)[0][len("/media/") :]
            path = (media_root / relative).resolve()
            if not path.is_file() or media_root.resolve() not in path.parents:
                self.send_error(404)
                return
            body = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def forward(self):
            connection = http.client.HTTPConnection("127.0.0.1", backend_port, timeout=60)
            headers = {name: value for name, value in self.headers.items() if name.lower() != "connection"}
            try:
                connection.request(self.command, self.path, headers=headers)
                answer = connection.getresponse()
                body = answer.read()
            except OSError:
                self.send_error(502)  # gunicorn not answering yet (the wait for /healthz)
                return
            finally:
                connection.close()
            self.send_response(answer.status, answer.reason)
            for name, value in answer.getheaders():
                if name.lower() not in {"connection", "transfer-encoding", "content-length", "server", "date"}:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # a browser closing a connection early (Lighthouse does) is no error of the site

    server = Server(("127.0.0.1", port), Front)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(command, env, what):
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit(f"{what} failed (exit status {result.returncode})")
    print(f"   {what}: {time.monotonic() - started:.0f} s", flush=True)
    return result.stdout


def lighthouse(url, output, chrome):
    """{category: score 0–100} and the audits that lost points, from one Lighthouse run."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        "--only-categories=" + ",".join(CATEGORIES),
        "--form-factor=mobile",
        "--throttling-method=simulate",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    env = {**os.environ, "CHROME_PATH": chrome}
    for attempt in (1, 2):
        output.unlink(missing_ok=True)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)  # noqa: S603
        report = json.loads(output.read_text()) if output.exists() else {}
        # A run that could not record the page (NO_NAVSTART, a trace lost to a busy machine) is made again.
        if result.returncode == 0 and not report.get("runtimeError"):
            break
        if attempt == 2:
            error = report.get("runtimeError", {}).get("message") or result.stderr[-2000:]
            raise SystemExit(f"Lighthouse failed twice on {url}: {error}")
    scores, lost = {}, []
    for name, category in report["categories"].items():
        scores[name] = round((category["score"] or 0) * 100)
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                lost.append(f"{name}: {ref['id']} ({audit['title']}){_what(audit)}")
    return scores, lost


def _what(audit):
    """ " — " and what an audit found (the first two items: an address, an element), without the server's port."""
    found = []
    for item in (audit.get("details") or {}).get("items", [])[:2]:
        where = (
            (item.get("sourceLocation") or {}).get("url") or item.get("url") or (item.get("node") or {}).get("snippet")
        )
        if isinstance(where, str):
            found.append(urllib.parse.urlsplit(where).path if where.startswith("http") else where[:80])
    return " — " + ", ".join(found) if found else ""


def vnu(files):
    """[(file, line, message)] of the Nu HTML checker's errors on ``files``."""
    command = ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)  # noqa: S603
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        (Path(message.get("url", "")).name, message.get("lastLine", "?"), message["message"])
        for message in messages
        if message.get("type") == "error" or message.get("subType") == "fatal"
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=36, help="demo members (default 36: three per branch)")
    parser.add_argument("--keep", type=Path, help="keep the database, pages and reports in this directory")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    args = parser.parse_args()
    for tool in (LIGHTHOUSE, VNU):
        if not tool.exists():
            raise SystemExit(f"{tool} is missing: run `npm ci` in {TOOLS} (make audit does)")

    workdir = Path(args.keep or tempfile.mkdtemp(prefix="audit-"))
    workdir.mkdir(parents=True, exist_ok=True)
    port, backend_port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "audit-only-" + uuid.uuid4().hex + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "BASE_URL": base,
        # Served over plain HTTP on this machine: no redirect to https (a deployment's proxy terminates TLS).
        "SECURE_SSL_REDIRECT": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    for name in ("DATABASE_URL_TEST", "REDIS_URL", "SEARCH_URL", "AWS_STORAGE_BUCKET_NAME"):
        env.pop(name, None)

    started = time.monotonic()
    print(f"== Building the site in {workdir}", flush=True)
    manage = [PYTHON, "manage.py"]
    # The static files are collected meanwhile (they need no database).
    collect = [*manage, "collectstatic", "--noinput", "--verbosity", "0", "--skip-checks"]
    collecting = subprocess.Popen(collect, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # noqa: S603
    run([*manage, "migrate", "--noinput", "--verbosity", "0", "--skip-checks"], env, "migrate")
    run([*manage, "seed_demo", "--members", str(args.members), "--no-progress", "--skip-checks"], env, "seed_demo")
    output, _ = collecting.communicate()
    if collecting.returncode:
        sys.stderr.write(output.decode(errors="replace")[-3000:])
        raise SystemExit("collectstatic failed")

    log = open(workdir / "gunicorn.log", "a")  # noqa: SIM115 (open as long as gunicorn)
    command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{backend_port}", "--workers", "2"]
    gunicorn = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    front = front_server(port, backend_port, workdir / "media")
    try:
        wait_for(base + "/healthz")
        urls = find_pages(base)
        # Each page once before measuring: the page cache and the images' renditions are made.
        for lang in LANGUAGES:
            for kind in PAGES:
                with urllib.request.urlopen(base + urls[lang][kind], timeout=60) as answer:  # noqa: S310
                    (workdir / f"{lang}-{kind}.html").write_bytes(answer.read())
        version = json.loads((TOOLS / "node_modules" / "lighthouse" / "package.json").read_text())["version"]
        print(f"== Lighthouse {version} on {len(LANGUAGES) * len(PAGES)} pages", flush=True)
        rows, lost_points, failures = [], {}, []
        for lang in LANGUAGES:
            for kind in PAGES:
                url = base + urls[lang][kind]
                report = workdir / f"{lang}-{kind}.lighthouse.json"
                scores, lost = lighthouse(url, report, args.chrome)
                if scores["performance"] < CATEGORIES["performance"]:
                    again, lost_again = lighthouse(url, report.with_suffix(".again.json"), args.chrome)
                    if again["performance"] > scores["performance"]:
                        scores, lost = {**scores, "performance": again["performance"]}, lost_again
                rows.append((lang, kind, urls[lang][kind], scores))
                lost_points[(lang, kind)] = lost
                failures += [
                    f"{lang} {kind}: {name} {scores[name]} < {limit}"
                    for name, limit in CATEGORIES.items()
                    if scores[name] < limit
                ]
                print(
                    f"   {lang} {kind:<9} " + " ".join(f"{HEADERS[n]} {scores[n]:>3}" for n in CATEGORIES), flush=True
                )
        print("== Nu HTML checker", flush=True)
        errors = vnu(sorted(workdir.glob("*.html")))
    finally:
        front.shutdown()
        gunicorn.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            gunicorn.wait(10)
        log.close()

    print()
    print(f"{'page':<16} {'address':<48} " + " ".join(f"{HEADERS[n]:>5}" for n in CATEGORIES))
    for lang, kind, path, scores in rows:
        print(f"{lang + ' ' + kind:<16} {path:<48} " + " ".join(f"{scores[n]:>5}" for n in CATEGORIES))
    print(f"{'limits':<16} {'':<48} " + " ".join(f"{'≥' + str(limit):>5}" for limit in CATEGORIES.values()))
    lost = sorted({entry for entries in lost_points.values() for entry in entries})
    if lost:
        print("\nAudits that lost points (on some page):")
        for entry in lost:
            pages = [f"{lang} {kind}" for (lang, kind), entries in lost_points.items() if entry in entries]
            print(f"  {entry}: {', '.join(pages)}")
    print(f"\nNu HTML checker: {len(errors)} error(s)")
    for name, line, message in errors:
        print(f"  {name}:{line}: {message}")
    print(f"\n== Audit done in {time.monotonic() - started:.0f} s")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    if failures or errors:
        for failure in failures:
            print("FAILED: " + failure)
        if errors:
            print(f"FAILED: the Nu HTML checker found {len(errors)} error(s)")
        return 1
    print("Audit passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
