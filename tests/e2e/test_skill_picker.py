"""My space → Edit: the skills picker, with JavaScript (a searchable combobox with chips) and without (checkboxes
grouped by branch in <details>); either way the form saves the chosen skills."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from members.models import MemberPage
from taxonomy.models import Branch
from tests.factories import build_site_tree
from tests.factories.members import SkillFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-passphrase-42"


@pytest.fixture
def member(django_user_model):
    site = build_site_tree(members_per_branch=1)
    design, music = Branch.objects.get(code="design"), Branch.objects.get(code="music")
    skills = {
        "poster": SkillFactory(code="poster", branch=design, label_en="Poster design", label_de="Plakatgestaltung"),
        "branding": SkillFactory(code="branding", branch=design, label_en="Branding"),
        "mixing": SkillFactory(code="mixing", branch=music, label_en="Mixing", synonyms_de="Abmischung"),
        "mastering": SkillFactory(code="mastering", branch=music, label_en="Mastering"),
    }
    page = site.members[0]["fr"]
    owner = django_user_model.objects.create_user("nord@example.lu", "nord@example.lu", PASSWORD)
    page.owners.add(owner)
    with translation.override("en"):
        edit_url = reverse("space:edit", kwargs={"page_id": page.pk})
    return page, skills, edit_url


def open_form(new_page, edit_url, **options):
    browser_page = new_page(locale="en-GB", **options)
    browser_page.goto(edit_url)
    browser_page.fill("[name=username]", "nord@example.lu")
    browser_page.fill("[name=password]", PASSWORD)
    browser_page.locator("form button[type=submit]").click()
    expect(browser_page).to_have_url(re.compile(re.escape(edit_url) + "$"))
    return browser_page


def saved_skills(page):
    draft = MemberPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    return sorted(skill.code for skill in draft.skills.all())


def test_with_javascript_skills_are_found_by_typing_chosen_by_keyboard_and_removed_from_their_chips(
    member, new_page
):  # fmt: skip
    page, _skills, edit_url = member
    form = open_form(new_page, edit_url)
    # The 130-odd checkboxes are replaced by one search box.
    expect(form.locator(".choice-picker__groups")).to_be_hidden()
    combo = form.get_by_role("combobox", name="Find a skill")
    expect(combo).to_have_attribute("aria-expanded", "false")
    expect(form.locator(".choice-combo__none")).to_have_text("No skill chosen yet.")

    combo.fill("abmisch")  # a German synonym finds the skill on the English form
    expect(combo).to_have_attribute("aria-expanded", "true")
    listbox = form.get_by_role("listbox", name="Find a skill")
    expect(listbox.get_by_role("option")).to_have_count(1)
    expect(listbox.get_by_role("group", name="Music")).to_be_visible()
    expect(form.locator(".choice-combo [role=status]")).to_have_text("1 skill matches")
    combo.press("ArrowDown")
    option = listbox.get_by_role("option", name="Mixing")
    expect(combo).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    combo.press("Enter")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(form.locator(".choice-combo [role=status]")).to_have_text("Mixing added.")

    combo.fill("")
    combo.type("post")
    combo.press("ArrowDown")
    combo.press("Enter")
    # The open list with chosen options passes axe (no serious or critical violation).
    problems = [
        violation["id"]
        for violation in Axe().run(form).response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert problems == []
    combo.press("Escape")
    expect(combo).to_have_attribute("aria-expanded", "false")
    chips = form.get_by_role("list", name="Chosen skills")
    expect(chips.get_by_role("listitem")).to_have_count(2)

    # A chip's button removes its skill; the focus stays in the picker.
    form.get_by_role("button", name="Remove Mixing").click()
    expect(chips.get_by_role("listitem")).to_have_count(1)
    expect(chips).to_contain_text("Poster design")
    expect(form.locator(".choice-combo [role=status]")).to_have_text("Mixing removed.")
    expect(form.get_by_role("button", name="Remove Poster design")).to_be_focused()

    # Enter in the search box never sends the form; the button does, with the same field as the checkboxes.
    form.get_by_role("button", name="Save and send for review").click()
    expect(form.locator(".space-state .status")).to_have_text("In moderation")
    assert saved_skills(page) == ["poster"]
    # The form comes back with the choice.
    form.goto(edit_url)
    expect(form.get_by_role("list", name="Chosen skills").get_by_role("listitem")).to_have_count(1)


def test_without_javascript_skills_are_checkboxes_grouped_by_branch_opened_by_keyboard(member, new_page):
    page, skills, edit_url = member
    page.skills.add(skills["mastering"])
    page.save_revision()
    form = open_form(new_page, edit_url, java_script_enabled=False)
    groups = form.locator("details.choice-group")
    expect(groups).to_have_count(2)
    design, music = groups.nth(0), groups.nth(1)
    expect(design).not_to_have_attribute("open", "")
    expect(music).to_have_attribute("open", "")
    expect(form.get_by_label("Poster design")).to_be_hidden()

    design.locator("summary").focus()
    form.keyboard.press("Enter")
    expect(form.get_by_label("Poster design")).to_be_visible()
    form.get_by_label("Poster design").focus()
    form.keyboard.press("Space")
    form.get_by_label("Mastering").uncheck()
    form.get_by_label("Mixing").check()
    form.get_by_role("button", name="Save and send for review").click()
    expect(form.locator(".space-state .status")).to_have_text("In moderation")
    assert saved_skills(page) == ["mixing", "poster"]
