"""The directory widget embedded in a page of another origin (a second local server), in a real browser."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HOST_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partner site</title>
<style>h3 {{ color: rgb(255, 0, 0); }} .cw__card {{ border: 9px solid rgb(0, 255, 0); }}</style></head>
<body><h1>A partner's page</h1><p class="cw__card" id="own">The host's own element.</p>
<script src="{portal}/embed/directory.js" data-lang="de" data-branch="design" data-limit="6" async></script>
</body></html>"""


@pytest.fixture
def partner_site(live_server):
    """Serves the host page from http://127.0.0.1:<another port>: another origin than the live server's."""
    page = HOST_PAGE.format(portal=live_server.url).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_widget_renders_german_cards_on_another_origin_through_cors(new_page, partner_site, live_server):
    tree = build_site_tree()
    page = new_page(base_url=partner_site)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    with page.expect_response(lambda response: "/api/v1/directory/" in response.url) as api_call:
        page.goto(partner_site)
    response = api_call.value
    assert response.status == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert "lang=de" in response.url and "branch=design" in response.url and "page_size=6" in response.url
    assert not page.url.startswith(live_server.url)

    widget = page.locator("[data-cluster-directory=de]")
    expect(widget).to_have_attribute("data-state", "ready")
    cards = widget.locator("article.cw__card")
    expect(cards).to_have_count(2)
    names = widget.locator(".cw__name a")
    german = [
        versions["de"] for versions in tree.members if versions["fr"].get_parent().specific.branch.code == "design"
    ]
    for member in german:
        link = names.filter(has_text=member.title)
        expect(link).to_have_attribute("href", f"{live_server.url}{member.url}")
        assert "/de/" in member.url
    expect(widget.locator(".cw__tagline").first).to_contain_text("(de)")
    expect(widget.get_by_role("heading", level=2)).to_have_text("Mitglieder des Kreativclusters")
    expect(widget.get_by_role("status")).to_have_text("2 Mitglieder angezeigt")
    expect(widget.get_by_role("link", name="Alle Mitglieder im Verzeichnis")).to_have_attribute(
        "href", f"{live_server.url}/de/mitglieder/"
    )
    # Styles stay on their own side of the shadow root.
    name_colour = names.first.evaluate("element => getComputedStyle(element.parentElement).color")
    assert name_colour != "rgb(255, 0, 0)"
    own_border = page.locator("#own").evaluate("element => getComputedStyle(element).borderTopWidth")
    assert own_border == "9px"
    assert widget.evaluate("element => element.shadowRoot !== null")
    # Keyboard: the first card's link takes focus with Tab.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-cluster-directory')") == "de"
    assert not [error for error in errors if "CORS" in error or "Access-Control" in error]
