"""Production smoke test: the real stack on one machine, driven over HTTP, with one fault at a time.

    make smoke-prod                       # or: .venv/bin/python tools/smoke_prod.py [--members 60] [--seconds 16]

It creates a fresh PostgreSQL database (127.0.0.1:5432, user postgres; dropped at the end), starts its own
redis-server (port 6392, no persistence), osmem-server as the search engine and moto's S3 server for media (free
ports), migrates, seeds a small demo, builds the search index, collects the static files, starts gunicorn with the
production settings (``gunicorn.conf.py``, 2 workers, behind a pretend TLS proxy: ``X-Forwarded-Proto: https``
and ``X-Real-IP``, which ``RATELIMIT_IP_META_KEY`` reads) and the webhook worker, and runs the periodic
commands once.

Journeys, each a fresh browser (cookies, CSRF tokens read from the forms, its own address):
  visitor  home, the directory with a query and a facet, a member page, news, agenda, both JSON APIs;
  member   signs in (member@example.lu), edits the profile text, saves it (a new revision), signs out;
  editor   signs in to /admin/ (editor), opens a page's edit view;
  company  sends a brief, confirms it through its private link, reads the shortlist, asks the shortlist API,
           sends the contact form of a member.
Every write the site accepted (a brief, a contact message, a profile edit) is written down and looked for in the
database at the end.

Then a few threads send a mix of journeys for about ``--seconds`` per phase while a probe checks every half
second that the site answers fully (home, the directory page and API with a fresh query — not served from the
page cache — not degraded and finding as many members as before, My space of a signed-in member): first with no
fault, then with one fault at a time: Redis killed (and restarted empty), the search engine killed and restarted
empty, gunicorn reloaded (HUP), the database's connections terminated. It prints one row per phase: requests,
answers ≥ 500 (none allowed but in the database phase), requests without an answer (idem), answers a journey did
not expect (a refusal, a sign-in page; none allowed without a fault), writes accepted and lost (none may be
lost), and the seconds from the end of the fault to the probe's first fully good answer. Exit status 1 when a
limit is broken.
"""

import argparse
import contextlib
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import boto3
import psycopg
import redis
import requests
from bs4 import BeautifulSoup
from osmem_server import OsmemServer

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
REDIS_PORT = 6392
GUNICORN_PORT = 8140
GUNICORN_WORKERS = 2
BUCKET = "smoke-media"
TIMEOUT = 15  # seconds a journey waits for an answer before counting it as none
PROBE_EVERY = 0.5
PRE_FAULT = 3.0  # seconds of load before the fault
MEMBER_POOL = 12  # member pages per language the journeys visit (each warmed up once before the phases)
MEMBER = ("member@example.lu", "demo-member-2026")
EDITOR = ("editor", "demo-editor-2026")

LANGUAGES = {
    "fr": {
        "directory": "/fr/membres/",
        "news": "/fr/actualites/",
        "agenda": "/fr/agenda/",
        "matchmaking": "/fr/mise-en-relation/",
        "sign_in": "/fr/mon-espace/connexion/",
        "space": "/fr/mon-espace/",
        "contact": "/fr/contact/",  # then the member page's id
        "sign_out": "/fr/mon-espace/deconnexion/",
        "queries": ["photographe", "design graphique", "vidéo", "architecte"],
        "brief": "Nous cherchons un photographe pour les photos de produits de notre nouvelle collection.",
    },
    "en": {
        "directory": "/en/members/",
        "news": "/en/news/",
        "agenda": "/en/events/",
        "matchmaking": "/en/matchmaking/",
        "sign_in": "/en/my-space/sign-in/",
        "space": "/en/my-space/",
        "contact": "/en/contact/",  # then the member page's id
        "sign_out": "/en/my-space/sign-out/",
        "queries": ["photographer", "web design", "illustration", "sound"],
        "brief": "We need a graphic designer to create the logo and packaging of our new product.",
    },
    "de": {
        "directory": "/de/mitglieder/",
        "news": "/de/aktuelles/",
        "agenda": "/de/veranstaltungen/",
        "matchmaking": "/de/matchmaking/",
        "sign_in": "/de/mein-bereich/anmelden/",
        "space": "/de/mein-bereich/",
        "contact": "/de/kontakt/",  # then the member page's id
        "sign_out": "/de/mein-bereich/abmelden/",
        "queries": ["Fotograf", "Grafikdesign", "Webentwicklung", "Musik"],
        "brief": "Wir suchen einen Videografen für einen Imagefilm über unser Unternehmen in Luxemburg.",
    },
}
PROBE_QUERY = "design"  # the probe's directory query (French), with a fresh nonce each time

# Per phase: may answers be ≥ 500 or missing, and the most seconds from the fault's end to a fully good answer.
PHASES = {
    "none": {"errors_allowed": False, "recovery_limit": 0.0},
    "redis": {"errors_allowed": False, "recovery_limit": 10.0},
    "engine": {"errors_allowed": False, "recovery_limit": 40.0},
    "gunicorn-hup": {"errors_allowed": False, "recovery_limit": 10.0},
    "postgres": {"errors_allowed": True, "recovery_limit": 10.0},
}
PHASE_TITLES = {
    "none": "no fault",
    "redis": "Redis killed, restarted empty",
    "engine": "engine killed, restarted empty",
    "gunicorn-hup": "gunicorn reloaded (HUP)",
    "postgres": "PostgreSQL connections terminated",
}
CRON_COMMANDS = [["publish_scheduled"], ["send_brief_followups"], ["purge_briefs"]]


# ---------------------------------------------------------------------------------------------------------------
# What was seen: requests, writes, probes (pure data and pure functions: tests/test_smoke_prod.py)


@dataclass
class Sample:
    """One HTTP request of a journey or of the probe."""

    phase: str
    journey: str
    method: str
    path: str
    status: int | None  # None: no answer (refused, reset, timed out)
    expected: bool  # the answer the journey needed to go on
    detail: str = ""


@dataclass
class Write:
    """A write the site accepted: ``key`` is the unique text it carried, looked for in the database afterwards."""

    phase: str
    kind: str  # "brief", "contact", "profile"
    key: str


@dataclass
class Probe:
    """One round of the probe: when it ended (monotonic seconds) and whether every answer was fully good."""

    at: float
    good: bool
    reason: str = ""


@dataclass
class Row:
    """One line of the table."""

    phase: str
    requests: int
    server_errors: int
    no_answer: int
    unexpected: int
    writes: int
    lost: int
    recovery: float | None  # None: never within the observation
    errors_allowed: bool
    recovery_limit: float
    signed_out: int = 0  # times the probe's signed-in member was signed out
    problems: list = field(default_factory=list)  # each breaks the row: a process died...
    notes: list = field(default_factory=list)


def recovery_seconds(probes, fault_end):
    """Seconds from the end of the fault to the first probe round, begun after it, that was fully good."""
    for probe in sorted(probes, key=lambda p: p.at):
        if probe.at >= fault_end and probe.good:
            return max(0.0, probe.at - fault_end)
    return None


def lost_writes(writes, found_keys):
    """The accepted writes whose key the database does not hold."""
    return [write for write in writes if write.key not in found_keys]


@dataclass
class Outcome:
    """What the controller saw of one phase besides the requests: the recovery, the probe's member signed out,
    processes that died (``problems``, each breaks the phase), and notes."""

    recovery: float | None
    signed_out: int = 0
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)


def summarise(phase, samples, writes, found_keys, outcome):
    """The table row of one phase from its samples, writes and outcome."""
    limits = PHASES[phase]
    mine = [sample for sample in samples if sample.phase == phase]
    accepted = [write for write in writes if write.phase == phase]
    return Row(
        phase=phase,
        requests=len(mine),
        server_errors=sum(1 for s in mine if s.status is not None and s.status >= 500),
        no_answer=sum(1 for s in mine if s.status is None),
        unexpected=sum(1 for s in mine if s.status is not None and s.status < 500 and not s.expected),
        writes=len(accepted),
        lost=len(lost_writes(accepted, found_keys)),
        recovery=outcome.recovery,
        errors_allowed=limits["errors_allowed"],
        recovery_limit=limits["recovery_limit"],
        signed_out=outcome.signed_out,
        problems=list(outcome.problems),
        notes=list(outcome.notes),
    )


def judge(row):
    """The limits a row breaks, each as a sentence (empty: the row passes)."""
    broken = []
    if row.requests == 0:
        broken.append("no request was sent")
    if not row.errors_allowed and row.server_errors:
        broken.append(f"{row.server_errors} answers ≥ 500")
    if not row.errors_allowed and row.no_answer:
        broken.append(f"{row.no_answer} requests without an answer")
    if row.phase == "none" and row.unexpected:
        broken.append(f"{row.unexpected} unexpected answers without any fault")
    if row.lost:
        broken.append(f"{row.lost} accepted writes lost")
    if row.signed_out:
        broken.append(f"the signed-in member was signed out {row.signed_out} times")
    broken += row.problems
    if row.recovery is None:
        broken.append("some answers were not fully good" if row.phase == "none" else "never fully recovered")
    elif row.recovery > row.recovery_limit:
        broken.append(f"recovered in {row.recovery:.1f} s (limit {row.recovery_limit:.0f} s)")
    return broken


def writes_by_kind(writes, found_keys):
    """One line: the accepted writes of each kind, and how many of them the database lacks."""
    kinds = sorted({write.kind for write in writes})
    parts = []
    for kind in kinds:
        mine = [write for write in writes if write.kind == kind]
        parts.append(f"{kind} {len(mine)} ({len(lost_writes(mine, found_keys))} lost)")
    return "Accepted writes: " + (", ".join(parts) if parts else "none")


def format_seconds(value):
    return "never" if value is None else f"{value:.1f}"


def format_table(rows):
    """The table printed at the end: one line per phase, a verdict, then the broken limits."""
    header = [
        "fault",
        "requests",
        "≥500",
        "no answer",
        "unexpected",
        "writes",
        "lost",
        "recover s",
        "limit s",
        "verdict",
    ]
    lines = []
    for row in rows:
        broken = judge(row)
        lines.append(
            [
                PHASE_TITLES.get(row.phase, row.phase),
                str(row.requests),
                f"{row.server_errors}" + (" (allowed)" if row.errors_allowed and row.server_errors else ""),
                f"{row.no_answer}" + (" (allowed)" if row.errors_allowed and row.no_answer else ""),
                str(row.unexpected),
                str(row.writes),
                str(row.lost),
                format_seconds(row.recovery),
                f"{row.recovery_limit:.0f}",
                "FAIL" if broken else "ok",
            ]
        )
    widths = [max(len(header[i]), *(len(line[i]) for line in lines)) for i in range(len(header))]

    def render(cells):
        return "  ".join(
            cell.ljust(widths[i]) if i == 0 or i == len(cells) - 1 else cell.rjust(widths[i])
            for i, cell in enumerate(cells)
        ).rstrip()

    out = [render(header), render(["-" * w for w in widths])]
    out += [render(line) for line in lines]
    for row in rows:
        for sentence in judge(row):
            out.append(f"FAIL {PHASE_TITLES.get(row.phase, row.phase)}: {sentence}")
        for note in row.notes:
            out.append(f"     {PHASE_TITLES.get(row.phase, row.phase)}: {note}")
    return "\n".join(out)


def csrf_token(html):
    """The CSRF token of the first form on the page, or None."""
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return found.group(1) if found else None


def form_fields(html, predicate=None):
    """The fields a browser would send for the first form (``predicate(form)`` chooses), as (name, value) pairs:
    text-like inputs, checked boxes, selected options (the first one when none is), text areas; no file, no button."""
    soup = BeautifulSoup(html, "html.parser")
    forms = [f for f in soup.find_all("form") if predicate is None or predicate(f)]
    if not forms:
        return None
    pairs = []
    for element in forms[0].find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            pairs.append((name, element.text.removeprefix("\n")))
        elif element.name == "select":
            options = element.find_all("option")
            chosen = [o for o in options if o.has_attr("selected")] or (
                [] if element.has_attr("multiple") else options[:1]
            )
            pairs += [(name, o.get("value", o.text)) for o in chosen]
        else:
            kind = (element.get("type") or "text").lower()
            if kind in ("file", "submit", "button", "image", "reset"):
                continue
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    pairs.append((name, element.get("value", "on")))
                continue
            pairs.append((name, element.get("value", "")))
    return pairs


def form_action(html, pattern):
    """The action of the first form whose action matches ``pattern`` (a regular expression), or None."""
    form = BeautifulSoup(html, "html.parser").find("form", action=re.compile(pattern))
    return form["action"] if form else None


def replace_field(pairs, name, value):
    """``pairs`` with ``name`` set to ``value`` (added when missing)."""
    out, done = [], False
    for key, old in pairs:
        if key == name:
            if not done:
                out.append((key, value))
                done = True
        else:
            out.append((key, old))
    return out if done else [*out, (name, value)]


# ---------------------------------------------------------------------------------------------------------------
# HTTP: a browser behind a TLS proxy


class JourneyStop(Exception):
    """The journey cannot go on (an answer it did not expect, or none)."""


class Recorder:
    """Everything the journeys and the probe saw, by phase (appends from several threads)."""

    def __init__(self, dump_dir=None):
        self.phase = "setup"
        self.dump_dir = dump_dir  # where the bodies of the first unexpected answers are kept
        self.dumped = 0
        self.samples = []
        self.writes = []
        self.script_errors = []  # exceptions of this script's own code, not the site's answers
        self.lock = threading.Lock()
        self.examples = {}  # phase → first few problems, for the report

    def sample(self, sample):
        with self.lock:
            self.samples.append(sample)
            if sample.status is None or sample.status >= 500 or not sample.expected:
                self.example(sample)

    def refused(self, sample, reason):
        """An answer with the right status that the journey still cannot go on with."""
        with self.lock:
            sample.expected = False
            sample.detail = reason
            self.example(sample)

    def keep(self, sample, body):
        """Keep the body of one of the first unexpected answers (or ≥ 500) in ``dump_dir``; says where."""
        with self.lock:
            if self.dump_dir is None or self.dumped >= 20:
                return
            self.dumped += 1
            path = self.dump_dir / f"answer-{self.dumped:02d}-{sample.status}.html"
        path.write_text(body, errors="replace")
        sample.detail = f"{sample.detail} [{path.name}]".strip()

    def example(self, sample):
        if len(self.examples.setdefault(sample.phase, [])) < 8:
            status = "no answer" if sample.status is None else sample.status
            line = f"{sample.journey}: {sample.method} {sample.path} → {status} {sample.detail}"
            self.examples[sample.phase].append(line.rstrip())

    def write(self, phase, kind, key):
        with self.lock:
            self.writes.append(Write(phase, kind, key))

    def script_error(self, text):
        with self.lock:
            self.script_errors.append(text)


def random_address():
    return f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


class Browser:
    """A requests session that looks like a browser behind the TLS proxy: ``X-Forwarded-Proto: https``, its own
    ``X-Real-IP``, a Referer on every request (Django checks it on HTTPS POSTs). The proxy speaks HTTPS to the
    browser, so the Secure cookies are sent back over the plain connection to gunicorn."""

    def __init__(self, base, recorder, journey, language="fr"):
        self.base = base
        self.origin = "https://" + urllib.parse.urlsplit(base).netloc
        self.recorder = recorder
        self.phase = recorder.phase  # a journey belongs to the phase it began in
        self.journey = journey
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Forwarded-Proto": "https",
                "X-Real-IP": random_address(),
                "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) smoke-prod",
                "Accept-Language": language,
            }
        )
        self.last_path = "/"
        self.last_sample = None
        self.last_body = ""

    def request(self, method, path, expect=(200,), **kwargs):
        """Send; record; return the response when its status is in ``expect``, else stop the journey."""
        headers = {"Referer": self.origin + self.last_path, **kwargs.pop("headers", {})}
        label = path.split("?")[0]
        kwargs.setdefault("timeout", TIMEOUT)
        try:
            response = self.session.request(method, self.base + path, headers=headers, allow_redirects=False, **kwargs)
        except requests.RequestException as error:
            self.recorder.sample(Sample(self.phase, self.journey, method, label, None, False, type(error).__name__))
            raise JourneyStop(f"{method} {path}: no answer") from error
        for cookie in self.session.cookies:
            cookie.secure = False
        ok = response.status_code in expect
        detail = "" if ok else f"(expected {'/'.join(map(str, expect))}) {response.headers.get('Location', '')}"
        self.last_sample = Sample(self.phase, self.journey, method, label, response.status_code, ok, detail)
        self.last_body = response.text
        if not ok:
            self.recorder.keep(self.last_sample, self.last_body)
        self.recorder.sample(self.last_sample)
        if not ok:
            raise JourneyStop(f"{method} {path}: {response.status_code}")
        if method == "GET":
            self.last_path = path
        return response

    def refuse(self, reason):
        """Stop the journey on the last answer, counted as unexpected: its status was right, its content not."""
        if self.last_sample is not None:
            self.recorder.keep(self.last_sample, self.last_body)
            self.recorder.refused(self.last_sample, f"{reason} {self.last_sample.detail}".strip())
        raise JourneyStop(reason)

    def json(self, response):
        """The answer's JSON, or the journey stops (counted as unexpected)."""
        try:
            return response.json()
        except ValueError:
            return self.refuse("not JSON")

    def write(self, kind, key):
        """The site accepted a write carrying ``key``."""
        self.recorder.write(self.phase, kind, key)

    def get(self, path, expect=(200,), **kwargs):
        return self.request("GET", path, expect=expect, **kwargs)

    def post(self, path, expect=(302, 303), **kwargs):
        return self.request("POST", path, expect=expect, **kwargs)

    def sign_in(self, path, username, password):
        """Fill the sign-in form as it comes (its ``next`` included) and send it: the redirect."""
        page = self.get(path)
        pairs = form_fields(page.text, lambda form: form.find("input", attrs={"name": "password"}) is not None)
        if pairs is None:
            self.refuse("no sign-in form")
        pairs = replace_field(replace_field(pairs, "username", username), "password", password)
        return self.post(path, data=pairs, expect=(302,))


def location_path(response):
    return urllib.parse.urlsplit(response.headers.get("Location", "")).path


# ---------------------------------------------------------------------------------------------------------------
# The journeys


@dataclass
class Site:
    """What the journeys need to know about the seeded site, read over HTTP once it runs."""

    base: str
    members: dict  # language → [member page path]
    branches: list  # branch codes
    member_page_id: int  # the demo member's page, in My space
    admin_page_ids: list  # pages the editor opens
    baseline_count: int  # members the probe's query finds
    database: str
    member_lock: threading.Lock = field(default_factory=threading.Lock)


def visitor(site, recorder, rng):
    language = rng.choice(list(LANGUAGES))
    paths = LANGUAGES[language]
    browser = Browser(site.base, recorder, "visitor", language)
    browser.get(f"/{language}/")
    query = rng.choice(paths["queries"])
    params = {"q": query, "branch": rng.choice(site.branches)}
    if rng.random() < 0.5:
        params["available"] = "1"
    browser.get(paths["directory"] + "?" + urllib.parse.urlencode(params))
    url = rng.choice(site.members[language])
    browser.get(url)
    browser.get(paths["news"])
    browser.get(paths["agenda"])
    api = browser.get("/api/v1/directory/?" + urllib.parse.urlencode({"lang": language, "q": query}))
    if "results" not in browser.json(api):
        browser.refuse("directory API without results")
    browser.get(f"/api/v2/pages/?locale={language}&type=news.NewsPage&fields=date")


def member(site, recorder, rng):
    if not site.member_lock.acquire(blocking=False):  # one person edits that page at a time
        return visitor(site, recorder, rng)
    try:
        browser = Browser(site.base, recorder, "member", "fr")
        paths = LANGUAGES["fr"]
        signed = browser.sign_in(paths["sign_in"], *MEMBER)
        if location_path(signed) != paths["space"]:
            browser.refuse(f"sign-in went to {location_path(signed)}")
        browser.get(paths["space"])
        edit_path = f"{paths['space']}{site.member_page_id}/"
        page = browser.get(edit_path)
        pairs = form_fields(page.text, lambda form: form.find("textarea", attrs={"name": "bio_fr"}) is not None)
        if not pairs:
            browser.refuse("no profile form")
        key = f"smoke-edit-{uuid.uuid4().hex[:12]}"
        bio = dict(pairs).get("bio_fr", "")
        bio = re.sub(r"\s*smoke-edit-[0-9a-f]{12}\.?$", "", bio.rstrip()) + f"\n\n{key}."
        pairs = replace_field(pairs, "bio_fr", bio)
        saved = browser.post(edit_path, files=[(name, (None, value)) for name, value in pairs], expect=(302,))
        if location_path(saved) == edit_path:
            browser.write("profile", key)
        else:
            browser.refuse(f"profile saved to {location_path(saved)}")
        browser.get(edit_path)
        space = browser.get(paths["space"])
        browser.post(paths["sign_out"], data={"csrfmiddlewaretoken": csrf_token(space.text)}, expect=(302,))
    finally:
        site.member_lock.release()


def editor(site, recorder, rng):
    browser = Browser(site.base, recorder, "editor", "fr")
    signed = browser.sign_in("/admin/login/", *EDITOR)
    if location_path(signed) != "/admin/":
        browser.refuse(f"admin sign-in went to {location_path(signed)}")
    browser.get("/admin/")
    browser.get(f"/admin/pages/{rng.choice(site.admin_page_ids)}/edit/")


def company(site, recorder, rng):
    language = rng.choice(list(LANGUAGES))
    paths = LANGUAGES[language]
    browser = Browser(site.base, recorder, "company", language)
    # A brief, then its private link (the e-mail's, read from the database), confirmed, then the shortlist.
    form = browser.get(paths["matchmaking"])
    pairs = form_fields(form.text, lambda f: f.find("textarea", attrs={"name": "text"}) is not None)
    email = f"smoke-{uuid.uuid4().hex[:12]}@example.com"
    pairs = replace_field(pairs, "text", paths["brief"])
    pairs = replace_field(pairs, "company", "Smoke Test SARL")
    pairs = replace_field(pairs, "contact_name", "Camille Smoke")
    pairs = replace_field(pairs, "email", email)
    pairs = replace_field(pairs, "consent", "on")
    sent = browser.post(paths["matchmaking"], data=pairs, expect=(302,))
    if not location_path(sent).startswith(paths["matchmaking"]) or location_path(sent) == paths["matchmaking"]:
        browser.refuse(f"brief sent to {location_path(sent)}")
    browser.write("brief", email)
    token = brief_token(site.database, email)
    if token:
        link = f"{paths['matchmaking']}{token}/"
        to_confirm = browser.get(link, expect=(302,))
        confirm_path = location_path(to_confirm)
        page = browser.get(confirm_path)
        confirmed = browser.post(confirm_path, data={"csrfmiddlewaretoken": csrf_token(page.text)}, expect=(303,))
        browser.get(location_path(confirmed))
    # The same ranking as JSON.
    answer = browser.json(
        browser.post("/api/v1/matchmaking/shortlist/", json={"text": paths["brief"], "lang": language}, expect=(200,))
    )
    if not answer.get("results"):
        browser.refuse("shortlist API: no results")
    # The contact form of a member page.
    url = rng.choice(site.members[language])
    page = browser.get(url)
    action = form_action(page.text, rf"^{re.escape(paths['contact'])}\d+/$")
    if action is None:
        browser.refuse(f"no contact form on {url}")
    key = f"smoke-contact-{uuid.uuid4().hex[:12]}"
    data = {
        "csrfmiddlewaretoken": csrf_token(page.text),
        "sender_name": "Camille Smoke",
        "sender_email": f"{key}@example.com",
        "subject": key,
        "body": "Bonjour, nous aimerions discuter d'un projet avec vous. (smoke test)",
        "website_url": "",
        "consent": "on",
    }
    sent = browser.post(action, data=data, expect=(303,))
    if "contact=sent" in sent.headers.get("Location", ""):
        browser.write("contact", key)
    else:
        browser.refuse(f"contact form went to {sent.headers.get('Location')}")


JOURNEYS = [(visitor, 45), (company, 25), (member, 20), (editor, 10)]


def brief_token(database, email):
    """The brief's private link key, as the company reads it in its e-mail (here: from the database)."""
    try:
        with psycopg.connect(dbname=database, connect_timeout=5, **PG) as connection:
            row = connection.execute("SELECT token FROM matchmaking_brief WHERE email = %s", [email]).fetchone()
    except psycopg.Error:
        return None
    return row[0] if row else None


def run_journey(site, recorder, rng):
    journey = rng.choices([j for j, _w in JOURNEYS], weights=[w for _j, w in JOURNEYS])[0]
    try:
        journey(site, recorder, rng)
    except JourneyStop:
        pass
    except Exception as error:  # a mistake of this script: told at the end, and the run fails
        recorder.script_error(f"{journey.__name__}: {type(error).__name__}: {error}")


class Prober:
    """Checks twice a second that the site answers fully: home; the directory page and API with a fresh query
    (a nonce the page cache has never seen), the API not degraded and finding the baseline's count; My space
    for a signed-in member."""

    def __init__(self, site, recorder):
        self.site = site
        self.recorder = recorder
        self.probes = []
        self.member = None
        self.count = 0
        self.signed_out = 0  # times the signed-in member found itself signed out

    def sign_in(self):
        self.member = Browser(self.site.base, self.recorder, "probe", "fr")
        try:
            self.member.sign_in(LANGUAGES["fr"]["sign_in"], *MEMBER)
        except JourneyStop:
            self.member = None

    def directory_count(self, browser):
        self.count += 1
        query = urllib.parse.urlencode({"lang": "fr", "q": PROBE_QUERY, "nonce": f"{time.time_ns()}-{self.count}"})
        answer = browser.json(browser.get(f"/api/v1/directory/?{query}"))
        return answer.get("count"), answer.get("degraded")

    def once(self):
        anonymous = Browser(self.site.base, self.recorder, "probe", "fr")
        try:
            anonymous.get("/fr/")
            anonymous.get(LANGUAGES["fr"]["directory"] + f"?q={PROBE_QUERY}&nonce={time.time_ns()}")
            count, degraded = self.directory_count(anonymous)
            if degraded:
                return Probe(time.monotonic(), False, "directory API: degraded")
            if count != self.site.baseline_count:
                return Probe(
                    time.monotonic(), False, f"directory API: {count} members, {self.site.baseline_count} before"
                )
            if self.member is None:
                self.sign_in()
                if self.member is None:
                    return Probe(time.monotonic(), False, "member sign-in failed")
            space = self.member.get(LANGUAGES["fr"]["space"], expect=(200, 302))
            if space.status_code == 302:
                self.signed_out += 1
                self.member = None
                return Probe(time.monotonic(), False, f"My space: the member was signed out ({location_path(space)})")
        except JourneyStop as stop:
            return Probe(time.monotonic(), False, str(stop))
        return Probe(time.monotonic(), True)

    def run(self, stop):
        while not stop.is_set():
            started = time.monotonic()
            try:
                self.probes.append(self.once())
            except Exception as error:  # a mistake of this script: told at the end, and the run fails
                self.recorder.script_error(f"probe: {type(error).__name__}: {error}")
                self.probes.append(Probe(time.monotonic(), False, "the probe failed"))
            stop.wait(max(0.0, PROBE_EVERY - (time.monotonic() - started)))


# ---------------------------------------------------------------------------------------------------------------
# The stack


def free_port(preferred=None):
    for port in [preferred] if preferred else []:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, what, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.1)
    raise SystemExit(f"{what} did not start within {seconds} s")


def children(pid):
    """The process ids whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.add(int(stat.parent.name))
    return found


def healthy(base):
    answer = requests.get(base + "/healthz", headers={"X-Forwarded-Proto": "https"}, timeout=2, allow_redirects=False)
    return answer.status_code == 200


def last_line(path):
    lines = path.read_text(errors="replace").strip().splitlines() if path.exists() else []
    return lines[-1][:300] if lines else "(nothing logged)"


def stop_process(process, grace=10):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Stack:
    """The services, their processes and the environment every command and gunicorn get."""

    def __init__(self, args, workdir):
        self.args = args
        self.workdir = workdir
        self.database = args.database or f"smoke_prod_{os.getpid()}"
        self.own_database = not args.database
        self.redis = None
        self.engine = None
        self.engine_port = free_port()
        self.s3 = None
        self.s3_port = free_port()
        self.gunicorn = None
        self.worker = None
        self.port = free_port(args.port)
        self.base = f"http://127.0.0.1:{self.port}"
        self.notes = []  # checks besides the table: (ok, sentence)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "smoke-prod-only-" + uuid.uuid4().hex + uuid.uuid4().hex,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{self.database}",
            "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
            "CACHE_KEY_PREFIX": "smoke",
            "SEARCH_URL": f"opensearch://127.0.0.1:{self.engine_port}",
            "SEARCH_INDEX": "smoke",
            "RATELIMIT_IP_META_KEY": "HTTP_X_REAL_IP",
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            "BASE_URL": self.base,
            "LOG_LEVEL": "WARNING",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{self.s3_port}",
            "AWS_ACCESS_KEY_ID": "smoke",
            "AWS_SECRET_ACCESS_KEY": "smoke-secret",
            "AWS_DEFAULT_REGION": "us-east-1",
            "MEDIA_ROOT": str(workdir / "media"),
        }

    # -- services -------------------------------------------------------------------------------------------

    def start_redis(self):
        log = open(self.workdir / "redis.log", "a")  # noqa: SIM115 (kept open as long as the process)
        command = ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.redis = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603, S607
        wait_for(lambda: redis.Redis(port=REDIS_PORT, socket_timeout=1).ping(), "redis-server", 20)

    def start_engine(self):
        self.engine = OsmemServer.start(japanese=False, addr=f"127.0.0.1:{self.engine_port}")

    def start_s3(self):
        log = open(self.workdir / "s3.log", "a")  # noqa: SIM115
        command = [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.s3_port)]
        self.s3 = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        wait_for(lambda: requests.get(self.env["AWS_S3_ENDPOINT_URL"], timeout=1).ok, "moto S3 server", 60)
        self.s3_client().create_bucket(Bucket=BUCKET)

    def s3_client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.env["AWS_S3_ENDPOINT_URL"],
            aws_access_key_id=self.env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.env["AWS_SECRET_ACCESS_KEY"],
            region_name=self.env["AWS_DEFAULT_REGION"],
        )

    def s3_objects(self):
        return self.s3_client().list_objects_v2(Bucket=BUCKET).get("KeyCount", 0)

    def check_s3_settings(self):
        """Can the production settings write media to the bucket? If not, the run goes on with local media
        (noted as a failure), so that the rest still says something."""
        script = (
            "import django; django.setup()\n"
            "from django.core.files.base import ContentFile\n"
            "from django.core.files.storage import default_storage\n"
            "print(default_storage.save('smoke/preflight.txt', ContentFile(b'smoke')))\n"
        )
        done = self.manage_python(script)
        keys = [o["Key"] for o in self.s3_client().list_objects_v2(Bucket=BUCKET).get("Contents", [])]
        # The site names what it stores (a random name, the extension of the content): look for the name it gave.
        stored = done.stdout.strip().splitlines()[-1] if done.returncode == 0 and done.stdout.strip() else None
        if stored and any(k.endswith(stored) for k in keys):
            self.notes.append((True, "media: the production settings write to the S3 bucket (moto)"))
            return True
        last = (done.stderr.strip().splitlines() or ["(nothing on stderr)"])[-1]
        self.notes.append(
            (
                False,
                "media: with AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL and the keys set, the production settings "
                f"cannot write to the bucket ({last}); the run goes on with local media",
            )
        )
        for name in ("AWS_STORAGE_BUCKET_NAME", "AWS_S3_ENDPOINT_URL"):
            self.env.pop(name)
        return False

    def create_database(self):
        with psycopg.connect(dbname="postgres", autocommit=True, **PG) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.database}"')
            connection.execute(f'CREATE DATABASE "{self.database}"')

    def drop_database(self):
        with psycopg.connect(dbname="postgres", autocommit=True, **PG) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def terminate_connections(self):
        with psycopg.connect(dbname="postgres", autocommit=True, **PG) as connection:
            rows = connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [self.database],
            ).fetchall()
        return len(rows)

    # -- Django -------------------------------------------------------------------------------------------------

    def manage(self, *command, check=True):
        started = time.monotonic()
        done = subprocess.run(  # noqa: S603
            [PYTHON, "manage.py", *command], cwd=ROOT, env=self.env, capture_output=True, text=True
        )
        if check and done.returncode:
            sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
            raise SystemExit(f"manage.py {' '.join(command)} failed ({done.returncode})")
        print(f"  manage.py {' '.join(command)}: {time.monotonic() - started:.1f} s")
        return done

    def start_manage(self, *command):
        """A management command started in the background: (command, process, start time)."""
        log = open(self.workdir / f"{command[0]}.log", "w")  # noqa: SIM115
        process = subprocess.Popen(  # noqa: S603
            [PYTHON, "manage.py", *command], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        return command, process, time.monotonic()

    def finish_manage(self, started):
        command, process, at = started
        if process.wait():
            sys.stderr.write(last_line(self.workdir / f"{command[0]}.log") + "\n")
            raise SystemExit(f"manage.py {' '.join(command)} failed ({process.returncode})")
        print(f"  manage.py {' '.join(command)}: {time.monotonic() - at:.1f} s")

    def start_cron(self):
        """The periodic commands, once each, side by side (each is a cron job of its own): the processes."""
        running = []
        for command in CRON_COMMANDS:
            log = open(self.workdir / f"cron-{command[0]}.log", "w")  # noqa: SIM115
            process = subprocess.Popen(  # noqa: S603
                [PYTHON, "manage.py", *command], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
            running.append((command, process))
        return running

    def finish_cron(self, running):
        for command, process in running:
            code = process.wait()
            self.notes.append((code == 0, f"cron: manage.py {' '.join(command)} exit {code}"))

    def manage_python(self, script):
        return subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=self.env, capture_output=True, text=True)  # noqa: S603

    def start_gunicorn(self):
        self.gunicorn_log = self.workdir / "gunicorn.log"
        log = open(self.gunicorn_log, "a")  # noqa: SIM115
        command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(GUNICORN_WORKERS), "--log-level", "warning"]
        self.gunicorn = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        wait_for(lambda: healthy(self.base), "gunicorn", 90)
        wait_for(lambda: len(children(self.gunicorn.pid)) == GUNICORN_WORKERS, "gunicorn's workers", 60)

    def start_worker(self):
        log = open(self.workdir / "webhooks.log", "a")  # noqa: SIM115
        command = [PYTHON, "manage.py", "run_webhooks"]
        self.worker = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603

    def stop(self):
        for process in (self.worker, self.gunicorn, self.redis, self.s3):
            stop_process(process)
        if self.engine is not None:
            self.engine.close()
        if self.own_database:
            with contextlib.suppress(psycopg.Error):
                self.drop_database()

    # -- faults ---------------------------------------------------------------------------------------------------

    def fault_redis(self, down=5.0):
        self.redis.kill()
        self.redis.wait()
        time.sleep(down)
        self.start_redis()
        return []

    def fault_engine(self, down=3.0):
        self.engine.process.kill()
        self.engine.process.wait()
        time.sleep(down)
        self.start_engine()
        return []

    def fault_gunicorn(self):
        before = children(self.gunicorn.pid)
        self.gunicorn.send_signal(signal.SIGHUP)
        wait_for(
            lambda: not (children(self.gunicorn.pid) & before) and len(children(self.gunicorn.pid)) == GUNICORN_WORKERS,
            "gunicorn's new workers",
            90,
        )
        return []

    def fault_postgres(self, times=3, every=3.0):
        terminated = []
        for n in range(times):
            if n:
                time.sleep(every)
            terminated.append(self.terminate_connections())
        return [f"connections terminated: {' + '.join(map(str, terminated))}"]

    def check_processes(self):
        """Processes that died during a phase, each as a sentence; they are started again for the next phase
        (as the service manager would)."""
        problems = []
        if self.worker.poll() is not None:
            problems.append(
                f"the webhook worker died (exit {self.worker.returncode}): {last_line(self.workdir / 'webhooks.log')}"
            )
            self.start_worker()
        if self.gunicorn.poll() is not None:
            problems.append(f"gunicorn died (exit {self.gunicorn.returncode}): {last_line(self.gunicorn_log)}")
            self.start_gunicorn()
        return problems

    def repair(self, phase):
        """After a phase that did not recover: what an operator would do, so that the next phase starts whole."""
        if phase == "engine":
            self.manage("rebuild_search_index", "--engine-only", "--no-progress", check=False)
            return "repaired by hand afterwards: manage.py rebuild_search_index --engine-only"
        return None


# ---------------------------------------------------------------------------------------------------------------
# Running it


def discover(stack):
    """What the journeys need, read from the running site."""
    base = stack.base
    recorder = Recorder()
    browser = Browser(base, recorder, "setup")
    members, branches, count = {}, [], 0
    for language in LANGUAGES:
        answer = browser.get(f"/api/v1/directory/?lang={language}&page_size=100").json()
        pool = answer["results"][:: max(1, len(answer["results"]) // MEMBER_POOL)][:MEMBER_POOL]
        members[language] = [urllib.parse.urlsplit(r["url"]).path for r in pool]
        branches = [f["value"] for f in answer["facets"]["branch"] if f["count"]]
    count = browser.get(f"/api/v1/directory/?lang=fr&q={PROBE_QUERY}").json()["count"]
    member_browser = Browser(base, recorder, "setup")
    member_browser.sign_in(LANGUAGES["fr"]["sign_in"], *MEMBER)
    space = member_browser.get(LANGUAGES["fr"]["space"]).text
    page_id = int(re.search(r'href="/fr/mon-espace/(\d+)/"', space).group(1))
    news = browser.get("/api/v2/pages/?locale=fr&type=news.NewsPage&limit=5").json()["items"]
    home = browser.get("/api/v2/pages/?locale=fr&type=home.HomePage&limit=1").json()["items"]
    admin_ids = [item["id"] for item in news + home]
    return Site(base, members, branches, page_id, admin_ids, count, stack.database)


def warm_up(site):
    """Every page the journeys open, once, before the phases: a fresh deployment renders each page (and makes its
    images' renditions) on its first view, which is no fault's doing. Not counted; slow answers are waited for."""
    started = time.monotonic()
    paths = []
    for language, names in LANGUAGES.items():
        paths += [f"/{language}/", names["directory"], names["news"], names["agenda"], names["matchmaking"]]
        paths += [f"/api/v1/directory/?lang={language}&q={query}" for query in names["queries"]]
        paths += site.members[language]
    recorder = Recorder()

    def visit(chunk):
        browser = Browser(site.base, recorder, "warm-up")
        for path in chunk:
            with contextlib.suppress(JourneyStop):
                browser.get(path, timeout=120)

    threads = [threading.Thread(target=visit, args=(paths[n::2],)) for n in range(2)]
    for thread in threads:
        thread.start()
    editor_browser = Browser(site.base, recorder, "warm-up")
    with contextlib.suppress(JourneyStop):
        editor_browser.sign_in("/admin/login/", *EDITOR)
        for page_id in site.admin_page_ids:
            editor_browser.get(f"/admin/pages/{page_id}/edit/", timeout=120)
    for thread in threads:
        thread.join()
    failed = [s for s in recorder.samples if not s.expected]
    print(f"  warm-up: {len(recorder.samples)} pages in {time.monotonic() - started:.1f} s, {len(failed)} failed")


def found_keys(database, writes):
    """The keys of ``writes`` the database holds."""
    found = set()
    with psycopg.connect(dbname=database, **PG) as connection:
        for write in writes:
            if write.kind == "brief":
                sql = "SELECT 1 FROM matchmaking_brief WHERE email = %s"
                value = write.key
            elif write.kind == "contact":
                sql = "SELECT 1 FROM members_contactmessage WHERE subject = %s"
                value = write.key
            else:
                sql = "SELECT 1 FROM wagtailcore_revision WHERE content::text LIKE %s"
                value = f"%{write.key}%"
            if connection.execute(sql, [value]).fetchone():
                found.add(write.key)
    return found


def run_phase(stack, site, recorder, phase, seconds, threads, fault):
    """Load and probe for ``seconds`` (at least), the fault injected after PRE_FAULT; then until recovered (or
    until the phase's limit has passed, when it never does)."""
    recorder.phase = phase
    prober = Prober(site, recorder)
    prober.sign_in()
    stop = threading.Event()
    seeds = [random.randrange(2**32) for _n in range(threads)]

    def load(seed):
        rng = random.Random(seed)
        while not stop.is_set():
            run_journey(site, recorder, rng)

    workers = [threading.Thread(target=load, args=(seed,), daemon=True) for seed in seeds]
    workers.append(threading.Thread(target=prober.run, args=(stop,), daemon=True))
    for worker in workers:
        worker.start()
    started = time.monotonic()
    notes = []
    if fault is None:
        time.sleep(seconds)
        fault_end = None
    else:
        time.sleep(PRE_FAULT)
        notes += fault()
        fault_end = time.monotonic()
        limit = PHASES[phase]["recovery_limit"]
        deadline = fault_end + limit + 5.0
        while time.monotonic() < started + seconds or (
            recovery_seconds(prober.probes, fault_end) is None and time.monotonic() < deadline
        ):
            time.sleep(0.2)
    stop.set()
    for worker in workers:
        worker.join(60)
    if fault_end is None:  # without a fault, every round must be good
        bad = [p.reason for p in prober.probes if not p.good]
        recovery = 0.0 if prober.probes and not bad else None
    else:
        recovery = recovery_seconds(prober.probes, fault_end)
        bad = [p.reason for p in prober.probes if p.at >= fault_end and not p.good]
    if recovery is None and bad:
        notes.append(f"the probe's last problem: {bad[-1]}")
    return Outcome(recovery, prober.signed_out, stack.check_processes(), notes)


def report_errors(stack, recorder):
    """The first problems of each phase, and the tracebacks gunicorn logged."""
    for phase, lines in recorder.examples.items():
        print(f"\nFirst problems, {PHASE_TITLES.get(phase, phase)}:")
        for line in lines:
            print(f"  {line}")
    log = stack.gunicorn_log.read_text(errors="replace") if stack.gunicorn is not None else ""
    errors = [line for line in log.splitlines() if re.match(r"^\w*(Error|Exception)\b|^[\w.]+(Error|Exception):", line)]
    if errors:
        print("\nExceptions in gunicorn's log (distinct, first 12):")
        for line in list(dict.fromkeys(errors))[:12]:
            print(f"  {line[:300]}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=60, help="demo members to seed (default 60)")
    parser.add_argument("--seconds", type=float, default=16, help="seconds of load per phase (default 16)")
    parser.add_argument("--threads", type=int, default=3, help="threads sending journeys (default 3)")
    parser.add_argument("--port", type=int, default=GUNICORN_PORT, help="gunicorn's port if free (default 8140)")
    parser.add_argument(
        "--database", help="use this existing, seeded database and keep it (to work on this script; no seed)"
    )
    parser.add_argument("--phases", default=",".join(PHASES), help="phases to run, comma-separated")
    args = parser.parse_args(argv)
    random.seed(2026)
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="smoke-prod-"))
    stack = Stack(args, workdir)
    rows, failed = [], True
    try:
        print(f"Stack: database {stack.database}, Redis :{REDIS_PORT}, osmem :{stack.engine_port}, ", end="")
        print(f"S3 :{stack.s3_port}, gunicorn :{stack.port}; logs in {workdir}")
        stack.start_redis()
        stack.start_engine()
        stack.start_s3()
        static = stack.start_manage("collectstatic", "--noinput", "--verbosity", "0")
        if stack.own_database:
            stack.create_database()
            migrate = stack.start_manage("migrate", "--noinput", "--verbosity", "0")
        s3 = stack.check_s3_settings()  # meanwhile: it decides where the seed's media go
        if stack.own_database:
            stack.finish_manage(migrate)
            stack.manage("seed_demo", "--members", str(args.members), "--no-progress")
        cron = stack.start_cron()
        stack.manage("rebuild_search_index", "--no-progress")
        stack.finish_cron(cron)
        stack.finish_manage(static)
        stack.start_gunicorn()
        stack.start_worker()
        site = discover(stack)
        warm_up(site)
        print(f"Ready after {time.monotonic() - started:.0f} s: {len(site.members['fr'])} members in French, ", end="")
        print(f"{site.baseline_count} found by “{PROBE_QUERY}”")
        if s3:
            stack.notes.append(check_media(stack, site))
        recorder = Recorder(dump_dir=workdir)
        faults = {
            "none": None,
            "redis": stack.fault_redis,
            "engine": stack.fault_engine,
            "gunicorn-hup": stack.fault_gunicorn,
            "postgres": stack.fault_postgres,
        }
        results = {}
        for phase in args.phases.split(","):
            phase_started = time.monotonic()
            outcome = run_phase(stack, site, recorder, phase, args.seconds, args.threads, faults[phase])
            if outcome.recovery is None:
                repaired = stack.repair(phase)
                if repaired:
                    outcome.notes.append(repaired)
            results[phase] = outcome
            print(f"  phase “{PHASE_TITLES[phase]}”: {time.monotonic() - phase_started:.0f} s")
        found = found_keys(stack.database, recorder.writes)
        rows = [summarise(phase, recorder.samples, recorder.writes, found, results[phase]) for phase in results]
        print()
        print(format_table(rows))
        print()
        print(writes_by_kind(recorder.writes, found))
        for ok, sentence in stack.notes:
            print(f"{'ok  ' if ok else 'FAIL'} {sentence}")
        report_errors(stack, recorder)
        for text in dict.fromkeys(recorder.script_errors):
            print(f"FAIL this script: {text}")
        failed = (
            any(judge(row) for row in rows) or not all(ok for ok, _s in stack.notes) or bool(recorder.script_errors)
        )
    finally:
        stack.stop()
        print(f"\nTotal {time.monotonic() - started:.0f} s; {'FAILED' if failed else 'passed'}")
        if not failed:
            shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


def check_media(stack, site):
    """A member page's pictures come from the bucket and are there."""
    browser = Browser(site.base, Recorder(), "setup")
    endpoint = stack.env["AWS_S3_ENDPOINT_URL"]
    for url in site.members["fr"][:10]:
        html = browser.get(url).text
        sources = re.findall(r'(?:src|srcset)="([^" ]+)', html)
        remote = [s.replace("&amp;", "&") for s in sources if s.startswith(endpoint)]
        if remote:
            answer = requests.get(remote[0], timeout=10)
            ok = answer.status_code == 200 and answer.headers.get("Content-Type", "").startswith("image/")
            return (
                ok,
                f"media: a member page's picture is served by the bucket ({answer.status_code}, {stack.s3_objects()} objects)",
            )
    return False, "media: no member page among the first ten shows a picture from the bucket"


if __name__ == "__main__":
    sys.exit(main())
