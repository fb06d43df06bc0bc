"""The style guide in a browser: every component shows, axe finds no serious or critical WCAG A/AA violation at
390, 768 and 1280 pixels, and a picture of its gallery opens in the lightbox and closes with Esc."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client

from tests.factories import build_site_tree

from .test_accessibility import VIEWPORTS, serious

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def staff_session(django_user_model):
    build_site_tree(members_per_branch=1)
    user = django_user_model.objects.create_user("editor", "editor@example.lu", "a-long-passphrase-42", is_staff=True)
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_the_style_guide_passes_axe_at_three_widths_and_its_lightbox_works(staff_session, new_page, live_server):
    axe = Axe()
    problems = []
    for name, viewport in VIEWPORTS.items():
        page = new_page(viewport=viewport, locale="en-GB")
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": staff_session, "url": live_server.url}]
        )
        page.goto("/en/styleguide/")
        assert page.locator("h1").inner_text() == "Style guide"
        for heading in ("Member cards", "Work cards", "Facet panel and results", "Gallery and lightbox", "Forms"):
            assert page.get_by_role("heading", name=heading, exact=True).is_visible()
        problems += [f"{name}: {problem}" for problem in serious(axe.run(page))]
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            problems.append(f"{name}: scrolls sideways ({width}px)")
    assert not problems, "\n".join(problems)
    # The gallery is the member page's: a picture opens in the lightbox, Esc closes it and the focus comes back.
    opener = page.locator(".portfolio__open").first
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.lightbox")
    dialog.wait_for(state="visible")
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('portfolio__open')")
