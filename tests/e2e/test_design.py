"""The header and the directory's filter panel in a browser (issue 29): one line from 1024 px, at most 15 % of a
phone's first screen, a menu and a filter panel that open and close by keyboard with and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.factories import build_editorial_content, build_site_tree
from tests.factories.home import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LANGS = ("fr", "en", "de")
PHONE = {"width": 390, "height": 844}
LOCALES = {"fr": "fr-FR", "en": "en-GB", "de": "de-DE"}
STANDARD_PAGES = [  # the demo's: the longest menu the site has
    {"fr": "À propos", "en": "About", "de": "Über uns"},
    {"fr": "Devenir membre", "en": "Membership", "de": "Mitglied werden"},
]

# Every visible control of the header's line, and the vertical centre of each.
HEADER_CONTROLS = """() => {
  const header = document.querySelector('.site-header');
  const shown = [...header.querySelectorAll('a, summary')].filter(el => {
    const box = el.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && !el.closest('.main-nav__more ul') && getComputedStyle(el).visibility !== 'hidden';
  });
  return {
    height: header.getBoundingClientRect().height,
    centres: shown.map(el => { const b = el.getBoundingClientRect(); return Math.round(b.top + b.height / 2); }),
    count: shown.length,
    menuLinks: [...header.querySelectorAll('.main-nav__item a')].filter(a => a.getBoundingClientRect().width > 1).length,
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""


@pytest.fixture
def site():
    tree = build_site_tree(members_per_branch=1)
    build_editorial_content(tree)
    home = tree.home["fr"]
    for n, titles in enumerate(STANDARD_PAGES):
        page = StandardPageFactory(
            parent=home, title=titles["fr"], slug=f"menu-{n}", show_in_menus=True, locale=home.locale
        )
        for lang in ("en", "de"):
            translate_page(page, tree.locales[lang], title=titles[lang], slug=f"menu-{n}")
    return tree


def the_header_is_one_line_at_1024_pixels_and_compact_on_a_phone(site, new_page, lang):
    for width in (1024, 1280):
        page = new_page(viewport={"width": width, "height": 800}, locale=LOCALES[lang])
        page.goto(site.home[lang].url)
        found = page.evaluate(HEADER_CONTROLS)
        assert len(set(found["centres"])) == 1, f"{lang} at {width}px: {found}"
        assert found["menuLinks"] >= 3 and found["scrollWidth"] <= width, found
        assert found["height"] <= 80, found
        expect(page.locator(".site-menu__toggle")).to_be_hidden()
    phone = new_page(viewport=PHONE, locale=LOCALES[lang])
    phone.goto(site.home[lang].url)
    found = phone.evaluate(HEADER_CONTROLS)
    assert found["height"] <= 0.15 * PHONE["height"], f"{lang}: the header takes {found['height']}px of 844"
    expect(phone.locator(".main-nav")).to_be_hidden()
    expect(phone.locator(".site-menu__toggle")).to_be_visible()


def tab_to(page, locator, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("(el) => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


def the_phone_menu_opens_and_closes_by_keyboard(site, new_page, javascript):
    page = new_page(viewport=PHONE, java_script_enabled=javascript)
    page.goto(site.home["de"].url)
    toggle = page.locator(".site-menu__toggle")
    expect(toggle).to_have_text("Menü")
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    first = page.locator(".main-nav a").first
    expect(first).to_be_visible()
    expect(page.locator(".language-switcher a").first).to_be_visible()
    if javascript:
        expect(toggle).to_have_attribute("aria-expanded", "true")
        page.keyboard.press("Tab")
        expect(first).to_be_focused()
        page.keyboard.press("Escape")
        expect(toggle).to_be_focused()
        expect(toggle).to_have_attribute("aria-expanded", "false")
    else:
        page.keyboard.press("Enter")  # the summary closes what it opened
    expect(first).to_be_hidden()


def the_filter_panel_comes_after_a_button_on_a_phone_and_opens_by_keyboard(site, new_page, javascript):
    page = new_page(viewport=PHONE, java_script_enabled=javascript)
    page.goto(site.directory["fr"].url + "?kind=company")
    toggle = page.locator(".filters__toggle")
    expect(toggle).to_have_text("Filtres (1)")
    facets = page.locator(".filters__panel .facet").first
    expect(facets).to_be_hidden()
    # The results start within the first screen: only the search box and the button come before them.
    top = page.locator("#results-heading").bounding_box()["y"]
    assert top < PHONE["height"], f"the results start {top}px down"
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    expect(facets).to_be_visible()
    if javascript:
        expect(page.locator(".directory__facets-title")).to_be_focused()  # focus moved into the panel
        expect(toggle).to_have_attribute("aria-expanded", "true")
        page.keyboard.press("Tab")
        page.keyboard.press("Escape")
        expect(toggle).to_be_focused()
        expect(toggle).to_have_attribute("aria-expanded", "false")
    else:
        page.keyboard.press("Enter")
    expect(facets).to_be_hidden()


def the_filter_panel_is_a_sidebar_on_a_large_screen(site, new_page, javascript):
    page = new_page(java_script_enabled=javascript)
    page.goto(site.directory["en"].url)
    expect(page.locator(".filters__toggle")).to_be_hidden()
    panel = page.locator(".filters__panel")
    expect(panel).to_be_visible()
    expect(page.locator(".filters__panel .facet").first).to_be_visible()
    results = page.locator(".directory__results").bounding_box()
    assert panel.bounding_box()["x"] + panel.bounding_box()["width"] <= results["x"], "the panel is beside the results"


CASES = [
    *((the_header_is_one_line_at_1024_pixels_and_compact_on_a_phone, {"lang": lang}) for lang in LANGS),
    *(
        (check, {"javascript": javascript})
        for check in (
            the_phone_menu_opens_and_closes_by_keyboard,
            the_filter_panel_comes_after_a_button_on_a_phone_and_opens_by_keyboard,
            the_filter_panel_is_a_sidebar_on_a_large_screen,
        )
        for javascript in (True, False)
    ),
]


def test_header_menu_and_filter_panel_in_every_language_width_and_with_and_without_javascript(site, new_page, subtests):
    """Every case on one built site: building it (the demo's editorial sections, whose index pages make the longest
    menu) costs about 20 s, and a transactional test empties the database when it ends. Each case is a subtest named
    after its check and parameter, so one that fails is reported by name and the others still run."""
    for check, parameters in CASES:
        case = check.__name__ + "".join(f"[{name}={value}]" for name, value in parameters.items())
        with subtests.test(msg=case):
            check(site, new_page, **parameters)
