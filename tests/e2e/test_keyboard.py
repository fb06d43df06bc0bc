"""A keyboard-only visitor reaches every control of the directory and the member page, and always
sees where the focus is (WCAG 2.1.1 Keyboard, 2.4.3 Focus order, 2.4.7 Focus visible, 2.4.11 Focus not
obscured), in French with JavaScript and in German without it."""

import re

import pytest
from playwright.sync_api import expect

from search.tests.helpers import make_member
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Marks every control a keyboard user must be able to reach, and returns how many there are. A radio
# group is one stop (arrow keys move inside it); media players draw their own focus inside.
MARK_CONTROLS = """() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
        // Inside a closed <details> counts as hidden: its summary is the stop (Enter opens it).
        const hidden = !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
            || (el.closest('details:not([open])') && el.tagName !== 'SUMMARY');
        if (el.disabled || el.tabIndex < 0 || el.type === 'hidden' || hidden || el.closest('[inert]')) continue;
        el.dataset.kb = el.type === 'radio' ? `radio:${el.name}` : `c${n++}`;
    }
    return [...new Set([...document.querySelectorAll('[data-kb]')].map((el) => el.dataset.kb))];
}"""

# What the focused element looks like: its mark, whether a focus indicator is drawn (outline of at
# least 2px or a box shadow), and whether it is on screen and not hidden behind something else.
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const onScreen = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
    return {
        kb: el.dataset.kb || null,
        tag: el.tagName.toLowerCase(),
        label: (el.getAttribute('aria-label') || el.textContent || el.name || el.id || '').trim().slice(0, 60),
        visible: outline || shadow,
        onScreen,
        where: `${Math.round(rect.top)}..${Math.round(rect.bottom)} of ${innerHeight}, under <${top ? top.tagName.toLowerCase() + '.' + top.className : ''}>`,
        covered: !!top && !(el === top || el.contains(top) || top.contains(el) || (el.labels && [...el.labels].some((l) => l.contains(top)))),
    };
}"""


@pytest.fixture
def site():
    tree = build_site_tree(members_per_branch=1)
    make_member(tree, "design", title="Lumen Atelier", skill_codes=["branding"], available_for_hire=True,
                translate_to=["en", "de"], items=[{"title": "Affiche Lumen"}, {"title": "Livre Lumen"}])  # fmt: skip
    make_member(tree, "design", title="Lumen Paper", kind="freelancer", translate_to=["en", "de"])
    return tree


def sweep(page):
    """Tab through the whole page; fail on any control not reached or focused without a visible indicator."""
    controls = set(page.evaluate(MARK_CONTROLS))
    assert len(controls) > 10
    page.locator("body").focus()
    page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }")
    reached, problems, first = set(), [], None
    for _ in range(len(controls) + 20):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUSED)
        if state is None:
            continue
        if first is None:
            first = state
        if state["kb"] in reached:  # back to the start: the whole page went by
            break
        reached.add(state["kb"])
        if not state["visible"]:
            problems.append(f"no visible focus on <{state['tag']}> {state['label']!r}")
        if not state["onScreen"] or state["covered"]:
            problems.append(f"focused but out of sight: <{state['tag']}> {state['label']!r} at {state['where']}")
    missing = controls - reached
    labels = page.evaluate(
        "(marks) => marks.map((m) => { const el = document.querySelector(`[data-kb='${m}']`);"
        " return `<${el.tagName.toLowerCase()}> ${(el.textContent || el.name || el.id).trim().slice(0, 40)}`; })",
        sorted(missing),
    )
    assert not missing, f"not reachable with Tab: {labels}"
    assert not problems, problems
    return first


def tab_to(page, selector, limit=200):
    """Press Tab until ``selector`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


@pytest.mark.parametrize(
    ("lang", "javascript", "skip_text"),
    [("fr", True, "Aller au contenu"), ("de", False, "Zum Inhalt springen")],
)
def test_a_keyboard_user_searches_the_directory_and_opens_a_member(site, new_page, lang, javascript, skip_text):
    page = new_page(java_script_enabled=javascript, locale=f"{lang}-{lang.upper()}")
    page.goto(site.directory[lang].url)
    # The first Tab shows the skip link; Enter takes the focus to the content.
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_have_text(skip_text)
    assert skip.bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))

    tab_to(page, "#directory-q")
    page.keyboard.type("Lumen")
    expect(page.locator("#directory-q")).to_have_value("Lumen")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"q=Lumen"))
    expect(page.locator(".member-card")).to_have_count(2)

    # Every control of the results page (search, facets, results, pagination, footer) in turn.
    sweep(page)

    # Ticking a facet with the space bar keeps the focus on it while the results change.
    tab_to(page, "#f-kind-company")
    page.keyboard.press("Space")
    if javascript:
        expect(page).to_have_url(re.compile(r"kind=company"))
        expect(page.locator("#f-kind-company")).to_be_focused()
    else:
        tab_to(page, "#directory-live [data-nojs]")
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"kind=company"))
    expect(page.locator(".member-card")).to_have_count(1)
    expect(page.locator("#f-kind-company")).to_be_checked()

    tab_to(page, ".member-card a")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Lumen Atelier")

    # The member page: every link, the portfolio and the contact form.
    sweep(page)
    tab_to(page, "#contact [name=sender_name]")
    page.keyboard.type("Léa Muller")
    expect(page.locator("#contact [name=sender_name]")).to_have_value("Léa Muller")
