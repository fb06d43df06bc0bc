"""The skill facet's filter box in a real browser: typing narrows the list (accents and case ignored), opens "More
skills", announces how many skills match, Escape restores the list, and none of it reloads the results; with the
keyboard alone, and across a reload of the results when a skill is ticked."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from taxonomy.models import Branch
from tests.e2e.test_accessibility import serious
from tests.factories import build_site_tree
from tests.factories.members import MemberPageFactory, SkillFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# French labels and how many members hold each: twelve are shown at once (four frequent, then eight of the
# rare ones by label), "Kinétique", "Lutherie" and "Photogravure" wait behind "More skills".
COUNTS = {"Typographie": 5, "Photographie": 4, "Éclairage": 3, "Animation": 3}
RARE = ["Photogravure", "Broderie", "Céramique", "Dorure", "Ébénisterie", "Gravure", "Harpe", "Imprimerie",
        "Joaillerie", "Kinétique", "Lutherie"]  # fmt: skip
HAS_FOCUS_RING = """() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
}"""


@pytest.fixture
def site():
    tree = build_site_tree(members_per_branch=1)
    design = Branch.objects.get(code="design")
    counts = {**COUNTS, **dict.fromkeys(RARE, 1)}
    skills = {
        label: SkillFactory(
            code=label.lower().translate(str.maketrans("éè", "ee")), branch=design, label_fr=label, label_en=label
        )
        for label in counts
    }
    for n in range(1, 6):
        page = MemberPageFactory(parent=tree.branches["design"]["fr"], locale=tree.locales["fr"], title=f"Atelier {n}")
        page.skills.add(*[skill for label, skill in skills.items() if counts[label] >= n])
        page.save_revision().publish()
    return tree


def visible_skills(page):
    return page.locator('details[data-facet="skill"] .facet__values li:visible .facet__label')


def test_typing_narrows_the_skills_announces_the_count_and_escape_restores_without_reloading(page, site):
    page.goto("/fr/membres/")
    expect(page.locator(".member-card")).to_have_count(7)
    fetched = []
    page.on("request", lambda request: fetched.append(request.url) if request.resource_type == "fetch" else None)
    page.evaluate("window.__marker = 1")

    page.locator('details[data-facet="skill"] > summary').click()
    box = page.get_by_label("Filtrer les compétences")
    expect(box).to_be_visible()
    expect(box).to_have_attribute("type", "search")
    more = page.locator("details.facet__more")
    expect(more).not_to_have_attribute("open", "")
    expect(visible_skills(page)).to_have_count(12)
    status = page.locator("#f-skill-filter-status")
    expect(status).to_have_attribute("aria-live", "polite")

    box.press_sequentially("PHOTO", delay=20)
    expect(visible_skills(page)).to_have_text(["Photographie", "Photogravure"])
    expect(more).to_have_attribute("open", "")  # the match behind "More skills" is shown
    expect(status).to_have_text("2 compétences correspondent")

    box.fill("eclai")  # no accent typed, one in the label
    expect(visible_skills(page)).to_have_text(["Éclairage"])
    expect(status).to_have_text("1 compétence correspond")
    expect(more).to_be_hidden()  # nothing matches in there

    box.fill("gravure")
    expect(visible_skills(page)).to_have_text(["Gravure", "Photogravure"])
    expect(status).to_have_text("2 compétences correspondent")

    box.fill("xyz")
    expect(visible_skills(page)).to_have_count(0)
    expect(status).to_have_text("Aucune compétence ne correspond")

    box.press("Enter")  # not a search of the directory
    box.press("Escape")
    expect(box).to_have_value("")
    expect(box).to_be_focused()
    expect(visible_skills(page)).to_have_count(12)
    expect(more).to_be_visible()
    expect(more).not_to_have_attribute("open", "")  # as the visitor left it
    expect(status).to_have_text("")

    expect(page).to_have_url(re.compile(r"/fr/membres/$"))
    assert page.evaluate("window.__marker") == 1, "the page was reloaded"
    assert fetched == [], f"typing in the filter box reloaded the results: {fetched}"
    expect(page.locator(".member-card")).to_have_count(7)


def test_a_keyboard_user_filters_ticks_a_skill_and_the_filter_survives_the_new_results(page, site):
    page.goto("/fr/membres/")
    summary = page.locator('details[data-facet="skill"] > summary')
    for _ in range(100):
        page.keyboard.press("Tab")
        if summary.evaluate("(el) => el === document.activeElement"):
            break
    expect(summary).to_be_focused()
    page.keyboard.press("Enter")  # opens the facet
    page.keyboard.press("Tab")
    box = page.locator("#f-skill-filter")
    expect(box).to_be_focused()
    assert page.evaluate(HAS_FOCUS_RING), "no visible focus on the filter box"
    page.keyboard.type("photo")
    expect(visible_skills(page)).to_have_text(["Photographie", "Photogravure"])

    # Tab goes to the first skill that matches, then past the "More skills" summary to the one behind it;
    # the skills hidden by the filter are no stops.
    page.keyboard.press("Tab")
    expect(page.locator("#f-skill-photographie")).to_be_focused()
    assert page.evaluate(HAS_FOCUS_RING), "no visible focus on the checkbox"
    page.keyboard.press("Tab")
    expect(page.locator("details.facet__more > summary")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#f-skill-photogravure")).to_be_focused()
    page.keyboard.press("Space")  # ticks it: the results change in place
    expect(page).to_have_url(re.compile(r"[?&]skill=photogravure(&|$)"))
    expect(page.locator(".member-card")).to_have_count(1)
    expect(page.locator("#directory-status")).to_have_text("1 membre trouvé")

    # New facets, the same filter: the ticked skill first, the other match still listed, the focus kept.
    expect(page.locator("#f-skill-filter")).to_have_value("photo")
    expect(visible_skills(page)).to_have_text(["Photogravure", "Photographie"])
    expect(page.locator("#f-skill-photogravure")).to_be_focused()
    expect(page.locator("#f-skill-photogravure")).to_be_checked()
    expect(page.locator("#f-skill-filter-status")).to_have_text("2 compétences correspondent")

    # Unticking the last skill closes nothing the visitor opened.
    page.keyboard.press("Space")
    expect(page).not_to_have_url(re.compile(r"skill="))
    expect(page.locator(".member-card")).to_have_count(7)
    expect(page.locator('details[data-facet="skill"]')).to_have_attribute("open", "")
    expect(page.locator("#f-skill-photogravure")).to_be_focused()
    expect(visible_skills(page)).to_have_text(["Photographie", "Photogravure"])


def test_without_javascript_every_skill_is_reachable_through_more_skills(new_page, site):
    page = new_page(java_script_enabled=False)
    page.goto("/fr/membres/")
    page.locator('details[data-facet="skill"] > summary').click()
    expect(page.locator("#f-skill-filter")).to_be_hidden()
    page.locator("details.facet__more > summary").click()
    expect(visible_skills(page)).to_have_count(15)
    page.locator("#f-skill-lutherie").check()
    page.locator("#directory-live [data-nojs]").first.click()
    expect(page).to_have_url(re.compile(r"[?&]skill=lutherie(&|$)"))
    expect(page).not_to_have_url(re.compile(r"f-skill-filter|&=|\?=|filter"))
    expect(page.locator(".member-card")).to_have_count(1)
    expect(page.locator("#f-skill-lutherie")).to_be_checked()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 800}, {"width": 320, "height": 640}])
def test_the_open_filter_and_more_skills_have_no_serious_accessibility_violation(new_page, site, viewport):
    page = new_page(viewport=viewport)
    page.goto("/fr/membres/")
    if viewport["width"] < 896:  # on a small screen the facets wait behind the "Filtres (n)" button
        page.locator(".filters__toggle").click()
    page.locator('details[data-facet="skill"] > summary').click()
    page.locator("details.facet__more > summary").click()
    axe = Axe()
    assert serious(axe.run(page)) == []
    page.get_by_label("Filtrer les compétences").fill("photo")
    expect(page.locator("#f-skill-filter-status")).to_have_text("2 compétences correspondent")
    assert serious(axe.run(page)) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
