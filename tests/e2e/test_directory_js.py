"""The directory page's JavaScript in a real browser: facets in place, history, autocomplete, keyboard.

Each test builds a small site (``build_site_tree`` plus a few members) in a committed
transaction so that the live server's thread sees it.
"""

import re

import pytest
from playwright.sync_api import expect

from search.tests.helpers import make_member
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def names(page):
    return page.locator(".member-card__name a")


@pytest.fixture
def site():
    """Four company members from the tree (two per branch) plus three named ones in French and English.

    French directory: 7 members; companies 6 (Lumen Atelier, Pixel Forge and the tree's four),
    of which 2 in music (the tree's two music members).
    """
    tree = build_site_tree()
    make_member(
        tree, "design", title="Lumen Atelier", skill_codes=["branding"], available_for_hire=True, translate_to=["en"]
    )
    make_member(tree, "design", title="Pixel Forge", skill_codes=["web"], translate_to=["en"])
    make_member(tree, "music", title="Sonar Studio", skill_codes=["mixing"], kind="freelancer", translate_to=["en"])
    return tree


def test_french_facets_update_results_in_place_and_history_follows(page, site):
    page.goto("/fr/membres/")
    expect(page.locator("#results-heading")).to_contain_text("7 membres trouvés")
    expect(names(page)).to_have_count(7)
    # The script ran: it marked the no-JS submit buttons hidden (whether CSS honours that is tested below).
    expect(page.locator("#directory-live [data-nojs]")).to_have_count(2)
    expect(page.locator("#directory-live [data-nojs]:not([hidden])")).to_have_count(0)
    # The stylesheet is served too.
    assert page.evaluate("getComputedStyle(document.querySelector('.visually-hidden')).position") == "absolute"

    page.evaluate("window.__marker = 1")
    page.locator("#f-kind-company").click()
    expect(page).to_have_url(re.compile(r"[?&]kind=company(&|$)"))
    expect(names(page)).to_have_count(6)
    expect(names(page).filter(has_text="Sonar Studio")).to_have_count(0)
    expect(page.locator("#results-heading")).to_contain_text("6 membres trouvés")
    expect(page.locator("#directory-status")).to_have_text("6 membres trouvés")
    assert page.evaluate("window.__marker") == 1, "the page was reloaded instead of updated in place"
    assert page.evaluate("document.activeElement.id") == "f-kind-company"
    expect(page.locator("#f-kind-company")).to_be_checked()
    expect(page.locator("#directory-live [data-nojs]:not([hidden])")).to_have_count(0)

    page.locator("#f-branch-music").click()
    expect(page).to_have_url(re.compile(r"branch=music"))
    expect(page).to_have_url(re.compile(r"kind=company"))
    expect(names(page)).to_have_count(2)
    expect(page.locator("#directory-status")).to_have_text("2 membres trouvés")
    assert page.evaluate("document.activeElement.id") == "f-branch-music"

    page.go_back()
    expect(page).not_to_have_url(re.compile(r"branch=music"))
    expect(page).to_have_url(re.compile(r"[?&]kind=company(&|$)"))
    expect(names(page)).to_have_count(6)
    expect(page.locator("#f-branch-music")).not_to_be_checked()
    expect(page.locator("#f-kind-company")).to_be_checked()
    expect(page.locator("#directory-status")).to_have_text("6 membres trouvés")

    page.go_back()
    expect(page).to_have_url(re.compile(r"/fr/membres/$"))
    expect(names(page)).to_have_count(7)
    expect(page.locator("#f-kind-company")).not_to_be_checked()
    assert page.evaluate("window.__marker") == 1, "going back reloaded the page"


def test_no_js_submit_buttons_are_not_shown_when_the_script_runs(page, site):
    page.goto("/fr/membres/")
    buttons = page.locator("#directory-live [data-nojs]")
    expect(buttons).to_have_count(2)
    expect(page.locator("#directory-live [data-nojs]:not([hidden])")).to_have_count(0)
    for n in range(buttons.count()):
        expect(buttons.nth(n)).to_be_hidden(timeout=1_000)
    # Still true after the results were replaced by the script.
    page.locator("#f-kind-company").click()
    expect(page).to_have_url(re.compile(r"kind=company"))
    for n in range(buttons.count()):
        expect(buttons.nth(n)).to_be_hidden(timeout=1_000)


def test_a_facet_ticked_before_the_script_ran_is_applied_when_it_runs(page, site):
    """On a slow connection a visitor can tick a box before the deferred script arrives.

    The script then finds the box changed since the page was served and shows those results,
    instead of leaving a ticked box over unfiltered results with the submit button hidden.
    """
    held = []
    # The script's request is held (neither continued nor answered) until released below.
    page.route(re.compile(r"/js/directory[^/]*\.js"), lambda route: held.append(route))
    page.goto("/fr/membres/", wait_until="commit")
    page.locator("#f-kind-company").check()
    expect(page.locator("#directory-live [data-nojs]").first).to_be_visible()  # the script has not run
    for _ in range(100):  # the route's callback runs on Playwright's next turn of its event loop
        if held:
            break
        page.wait_for_timeout(50)
    assert len(held) == 1
    held[0].continue_()
    expect(page).to_have_url(re.compile(r"[?&]kind=company(&|$)"))
    expect(names(page)).to_have_count(6)
    expect(page.locator("#directory-status")).to_have_text("6 membres trouvés")
    expect(page.locator("#f-kind-company")).to_be_checked()
    expect(page.locator("#directory-live [data-nojs]:not([hidden])")).to_have_count(0)

    page.go_back()  # the page as served, before the box was ticked
    expect(names(page)).to_have_count(7)
    expect(page.locator("#f-kind-company")).not_to_be_checked()


def test_english_autocomplete_goes_to_the_chosen_member(page, site):
    page.goto("/en/members/?q=studio")
    expect(page.locator("#results-heading")).to_contain_text("found")
    search = page.locator("#directory-q")
    expect(search).to_have_value("studio")
    expect(search).to_have_attribute("aria-expanded", "false")
    suggestions = page.locator("#directory-suggestions")
    expect(suggestions).to_be_hidden()

    search.fill("")
    search.press_sequentially("lu", delay=30)
    expect(suggestions).to_be_visible()
    # Escape closes the list without leaving the page.
    search.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(search).to_have_attribute("aria-expanded", "false")
    expect(page).to_have_url(re.compile(r"/en/members/\?q=studio$"))
    # Typing again opens it again.
    search.press_sequentially("m", delay=30)
    expect(search).to_have_value("lum")
    expect(suggestions).to_be_visible()
    option = suggestions.get_by_role("option", name="Lumen Atelier")
    expect(option).to_be_visible()
    expect(search).to_have_attribute("aria-expanded", "true")
    expect(suggestions.locator("[role=presentation]").first).to_have_text("Members")

    search.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(search).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    search.press("Enter")
    page.wait_for_url(re.compile(r"/en/members/design-en/[^/?]+/$"))
    expect(page.locator("h1")).to_have_text("Lumen Atelier")


def test_form_works_without_javascript(new_page, site):
    page = new_page(java_script_enabled=False)
    page.goto("/fr/membres/")
    expect(names(page)).to_have_count(7)
    apply = page.get_by_role("button", name="Appliquer les filtres")
    expect(apply).to_be_visible()
    page.locator("#f-kind-freelancer").check()
    apply.click()
    page.wait_for_url(re.compile(r"[?&]kind=freelancer(&|$)"))
    expect(names(page)).to_have_text(["Sonar Studio"])
    expect(page.locator("#results-heading")).to_contain_text("1 membre trouvé")
    expect(page.locator("#f-kind-freelancer")).to_be_checked()
    # Nothing was announced: the live region is only written by the script.
    expect(page.locator("#directory-status")).to_have_text("")


def test_keyboard_reaches_the_facets_and_focus_is_visible(page, site):
    page.goto("/fr/membres/")
    expect(page.locator("#directory-live [data-nojs]:not([hidden])")).to_have_count(0)
    page.locator("#directory-q").focus()
    checkbox_id = None
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate("({id: document.activeElement.id, type: document.activeElement.type})")
        if focused["type"] == "checkbox":
            checkbox_id = focused["id"]
            break
    assert checkbox_id, "Tab never reached a facet checkbox from the search box"
    assert checkbox_id.startswith("f-")
    checkbox = page.locator(f"#{checkbox_id}")
    expect(checkbox).not_to_be_checked()
    assert_focus_visible(page)

    expect(names(page)).to_have_count(7)
    page.evaluate("window.__marker = 1")
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    name, value = checkbox.get_attribute("name"), checkbox.get_attribute("value")
    expect(page).to_have_url(re.compile(rf"[?&]{name}={value}(&|$)"))
    status = page.locator("#directory-status")
    expect(status).to_contain_text("membre")
    # The announcement matches the new results.
    count = int(re.match(r"\d+", status.inner_text()).group())
    assert count < 7
    expect(names(page)).to_have_count(count)
    expect(page.locator("#results-heading")).to_have_text(status.inner_text())
    assert page.evaluate("window.__marker") == 1, "Space reloaded the page instead of updating it"
    assert page.evaluate("document.activeElement.id") == checkbox_id, "focus was lost when the results changed"
    assert_focus_visible(page)

    page.keyboard.press("Space")
    expect(checkbox).not_to_be_checked()
    expect(status).to_have_text("7 membres trouvés")
    expect(names(page)).to_have_count(7)
    assert page.evaluate("document.activeElement.id") == checkbox_id


def assert_focus_visible(page):
    style = page.evaluate(
        """() => {
            const el = document.activeElement;
            const s = getComputedStyle(el);
            return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow,
                    focusVisible: el.matches(":focus-visible")};
        }"""
    )
    assert style["focusVisible"], style
    outlined = style["outlineStyle"] != "none" and style["outlineWidth"] not in ("0px", "")
    assert outlined or style["boxShadow"] != "none", f"the focused control has no visible focus indicator: {style}"


def test_the_language_switcher_follows_the_search_changed_in_place(page, site):
    page.goto("/fr/membres/?q=studio&page=1")
    english = page.locator('.language-switcher a[hreflang="en"]')
    german = page.locator('.language-switcher a[hreflang="de"]')
    expect(english).to_have_attribute("href", "/en/members/?q=studio")
    page.evaluate("window.__marker = 1")
    page.locator("#f-kind-company").click()
    expect(page).to_have_url(re.compile(r"[?&]kind=company(&|$)"))
    expect(english).to_have_attribute("href", re.compile(r"^/en/members/\?q=studio&kind=company(&sort=[a-z]+)?$"))
    expect(german).to_have_attribute("href", re.compile(r"^/de/mitglieder/\?q=studio&kind=company(&sort=[a-z]+)?$"))
    page.go_back()
    expect(english).to_have_attribute("href", "/en/members/?q=studio")
    assert page.evaluate("window.__marker") == 1

    english.click()  # the same search, in English
    expect(page).to_have_url(re.compile(r"/en/members/\?q=studio$"))
    expect(page.locator("#directory-q")).to_have_value("studio")
    expect(page.locator("html")).to_have_attribute("lang", "en")
