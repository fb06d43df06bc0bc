"""The Content-Security-Policy in a real browser: injected inline script does not run; the portal's own
features (the directory script, the click-to-load video player) work under it."""

import contextlib

import pytest
from playwright.sync_api import Error, expect

from tests.factories import build_site_tree
from tests.factories.members import PortfolioItemFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def site():
    tree = build_site_tree(members_per_branch=1)
    member = tree.members[0]["fr"]
    PortfolioItemFactory(
        page=member,
        locale=member.locale,
        media_type="video",
        title="Clip",
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        image=None,
    )
    member.save_revision().publish()
    return tree


def test_an_injected_inline_script_does_not_run(site, browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto("/fr/")
    with contextlib.suppress(Error):  # Playwright may report the refused script as an error
        page.add_script_tag(content="window.__injected = true;")
    assert page.evaluate("window.__injected === true") is False
    assert any("Content Security Policy" in text for text in messages)
    context.close()


def test_the_video_player_loads_on_request_under_the_policy(site, page):
    member = site.members[0]["fr"]
    page.goto(member.url)
    page.get_by_role("button", name="Lire la vidéo « Clip »").click()
    frame = page.locator("iframe.video-consent__frame")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    # The page fixture fails the test if the policy refused the frame.


def test_without_javascript_the_video_offers_only_the_link(site, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(site.members[0]["fr"].url)
    expect(page.locator(".video-consent__load")).to_be_hidden()
    expect(page.get_by_role("link", name="Regarder sur le site du fournisseur")).to_be_visible()


def test_no_page_asks_another_origin_before_the_visitor_acts(site, browser, live_server):
    """Home, directory (with a search), a member page with a video and a work's page, on a phone and a desktop:
    every request (fonts, styles, scripts, images) goes to the portal's own origin until the visitor clicks; the
    video's provider is asked only after "play"."""
    member = site.members[0]["fr"]
    paths = ["/fr/", "/en/", "/de/", "/fr/membres/?q=design", member.url]

    def outside(url):
        return not url.startswith((live_server.url, "data:", "blob:"))

    for viewport in ({"width": 390, "height": 844}, {"width": 1280, "height": 900}):
        context = browser.new_context(base_url=live_server.url, viewport=viewport)
        page = context.new_page()
        elsewhere = []
        page.on("request", lambda request, found=elsewhere: found.append(request.url) if outside(request.url) else None)
        for path in paths:
            page.goto(path)
            page.wait_for_load_state("networkidle")
            page.mouse.wheel(0, 4000)  # lazy images below the fold load too
            page.wait_for_load_state("networkidle")
        assert elsewhere == [], elsewhere
        page.goto(member.url)
        # The frame is in the page before the browser asks its address: wait for that request, not for the frame.
        with page.expect_request(lambda request: "youtube-nocookie.com" in request.url):
            page.get_by_role("button", name="Lire la vidéo « Clip »").click()
        expect(page.locator("iframe.video-consent__frame")).to_be_attached()
        assert any("youtube-nocookie.com" in url for url in elsewhere), elsewhere
        context.close()
