"""Browser tests: Playwright driving Debian's chromium against pytest-django's live server.

Playwright cannot download its own browsers here, so it always launches /usr/bin/chromium
(``make browser`` installs it). Without that browser the tests are skipped on a developer's
machine, but under CI (the ``CI`` variable set) a missing browser fails the run.
"""

import os

# Playwright's sync API keeps an event loop in the main thread, which makes Django's
# async-safety check refuse ORM calls in the test body. Must be set before Django runs.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import re  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1280, "height": 800}
E2E_DIR = Path(__file__).resolve().parent
MISSING_BROWSER = f"{CHROMIUM} is not installed: run `make browser` (apt-get install chromium) for the browser tests"


def _in_ci():
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pytest_collection_modifyitems(config, items):
    """Skip every browser test at once when chromium is absent, unless running under CI."""
    if CHROMIUM.exists() or _in_ci():
        return
    skip = pytest.mark.skip(reason=MISSING_BROWSER)
    for item in items:
        if E2E_DIR in Path(item.path).resolve().parents:
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item (``item.rep_call``) so fixtures can see a failure. A test made of
    subtests gets a call report per subtest, then its own (failed only once pytest's terminal has counted the
    subtests, which an xdist worker does not do): ``item.call_failed`` remembers any failed one."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    if report.when == "call" and report.failed:
        item.call_failed = True
    return report


def call_failed(item):
    """Whether the test's call, or one of its subtests, failed."""
    return getattr(item, "call_failed", False)


def _keep_django_connections(connections_by_alias):
    """Make Django use the same database connection objects while Playwright is alive.

    Between two calls, Playwright's sync API leaves its event loop marked as running in
    this thread (``asyncio._set_running_loop`` in playwright/_impl/_greenlets.py). Django's
    connection handler (an asgiref ``Local(thread_critical=True)``) then keeps connections
    per async context instead of per thread, so the test code would get fresh connection
    objects: ones without the ``_test_serialized_contents`` that ``serialized_rollback``
    restores, so every later transactional test of this worker would start from an empty
    database (no Wagtail root page). Registering the thread's own connections in that
    storage as well keeps one connection per alias, whichever storage Django looks in.
    """
    from django.db import connections

    for alias, connection in connections_by_alias.items():
        connections[alias] = connection


@pytest.fixture(autouse=True)
def _links_on_the_live_server(request, settings):
    """A browser test runs the portal at the live server's address: BASE_URL (core.absolute) is that address, so
    every absolute link the portal writes (canonical, widget cards, e-mails) leads to the server the browser uses."""
    if "live_server" not in request.fixturenames:
        return
    url = request.getfixturevalue("live_server").url
    settings.BASE_URL = url
    settings.WAGTAILADMIN_BASE_URL = url
    settings.WAGTAILAPI_BASE_URL = url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{MISSING_BROWSER} (CI is set, so this is an error, not a skip)", pytrace=False)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    thread_connections = {alias: connections[alias] for alias in connections}  # taken before the loop runs
    playwright = sync_playwright().start()
    _keep_django_connections(thread_connections)
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        browser.thread_connections = thread_connections
        yield browser
        browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def new_page(request, browser, live_server):
    """Open a page in a fresh context (``new_page(java_script_enabled=False)``); screenshots on failure."""
    _keep_django_connections(browser.thread_connections)
    contexts = []
    pages = []
    refused = []  # what the Content-Security-Policy blocked: a page that needs it is a failure

    def make(**options):
        options = {"viewport": VIEWPORT, "base_url": live_server.url, "locale": "fr-FR", **options}
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                refused.append(f"{page.url}: {message.text}") if "Content Security Policy" in message.text else None
            ),
        )
        pages.append(page)
        return page

    yield make

    if call_failed(request.node):
        folder = request.config.rootpath / "test-artifacts" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")
        for n, page in enumerate(pages):
            suffix = f"-{n + 1}" if n else ""
            try:
                page.screenshot(path=str(folder / f"{name}{suffix}.png"), full_page=True)
            except Exception as error:  # a screenshot must never hide the real failure
                print(f"could not save a screenshot of {page.url}: {error}")
    for context in contexts:
        context.close()
    if refused:
        pytest.fail("The Content-Security-Policy blocked something:\n" + "\n".join(refused), pytrace=False)


@pytest.fixture
def page(new_page):
    """A desktop-sized (1280x800) page with JavaScript, its URLs relative to the live server."""
    return new_page()
