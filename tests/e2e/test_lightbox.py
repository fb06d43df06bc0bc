"""The member page's portfolio lightbox: a keyboard user opens an image enlarged, goes through the portfolio with
the arrow keys, stays inside the dialog with Tab, closes it with Esc and is back on the thumbnail; a touch swipe
changes the image; without JavaScript the thumbnail leads to the work's own page."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import add_member, build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def member():
    tree = build_site_tree(members_per_branch=0)
    return add_member(tree, items=3, lang_versions=("en",), title="Atelier Lumière")


def test_the_lightbox_traps_focus_and_returns_it_to_the_thumbnail(member, page):
    page.goto(member["fr"].url)
    thumbnails = page.locator(".portfolio a[data-lightbox]")
    expect(thumbnails).to_have_count(3)
    thumbnails.nth(1).focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.lightbox")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Fermer")).to_be_focused()
    expect(dialog.locator("[data-lightbox-count]")).to_have_text("Image 2 sur 3")
    expect(dialog.locator(".lightbox__title")).to_have_text(thumbnails.nth(1).get_attribute("data-title"))
    expect(dialog.locator(".lightbox__media img")).to_have_attribute("alt", re.compile("Affiche colorée"))
    # Arrows go through the portfolio, round from the last to the first.
    page.keyboard.press("ArrowRight")
    expect(dialog.locator("[data-lightbox-count]")).to_have_text("Image 3 sur 3")
    page.keyboard.press("ArrowRight")
    expect(dialog.locator("[data-lightbox-count]")).to_have_text("Image 1 sur 3")
    page.keyboard.press("ArrowLeft")
    expect(dialog.locator("[data-lightbox-count]")).to_have_text("Image 3 sur 3")
    # Tab and Shift+Tab never leave the dialog.
    inside = "() => document.querySelector('dialog.lightbox').contains(document.activeElement)"
    for _ in range(8):
        page.keyboard.press("Tab")
        assert page.evaluate(inside)
    for _ in range(8):
        page.keyboard.press("Shift+Tab")
        assert page.evaluate(inside)
    # The page behind is inert while the dialog is open.
    assert page.evaluate("() => document.querySelector('dialog.lightbox').matches(':modal')")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # Focus is back on the thumbnail of the image last shown.
    expect(thumbnails.nth(2)).to_be_focused()


def test_the_close_button_and_the_page_link_of_the_lightbox(member, page):
    page.goto(member["en"].url)
    thumbnail = page.locator(".portfolio a[data-lightbox]").first
    thumbnail.click()
    dialog = page.locator("dialog.lightbox")
    expect(dialog.get_by_role("link", name="Open the page of this work")).to_have_attribute(
        "href", thumbnail.get_attribute("href")
    )
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    expect(thumbnail).to_be_focused()


def test_a_swipe_changes_the_image(member, new_page):
    page = new_page(has_touch=True, is_mobile=True, viewport={"width": 390, "height": 844})
    page.goto(member["fr"].url)
    page.locator(".portfolio a[data-lightbox]").first.click()
    count = page.locator("dialog.lightbox [data-lightbox-count]")
    expect(count).to_have_text("Image 1 sur 3")
    page.evaluate(
        """() => {
            const media = document.querySelector('[data-lightbox-media]');
            const touch = (x) => new Touch({ identifier: 1, target: media, clientX: x, clientY: 300 });
            media.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(300)], changedTouches: [touch(300)] }));
            media.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(120)] }));
        }"""
    )
    expect(count).to_have_text("Image 2 sur 3")


def test_reduced_motion_turns_the_opening_animation_off(member, new_page):
    page = new_page(reduced_motion="reduce")
    page.goto(member["fr"].url)
    page.locator(".portfolio a[data-lightbox]").first.click()
    animation = page.evaluate("() => getComputedStyle(document.querySelector('dialog.lightbox')).animationName")
    assert animation == "none"


def test_without_javascript_a_thumbnail_leads_to_the_work_page(member, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(member["fr"].url)
    thumbnail = page.locator(".portfolio a[data-lightbox]").first
    title = thumbnail.get_attribute("data-title")
    thumbnail.click()
    expect(page).to_have_url(re.compile(r"/realisations/\d+/$"))
    expect(page.locator("h1")).to_contain_text(title)
