"""The admin's member picker works in Wagtail's editor: typed search, Enter adds a chip, the page saves it."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from portrait.tests.builders import build_portrait
from tests.factories import build_site_tree

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-passphrase-42"


def test_an_editor_finds_a_member_by_typing_and_adds_it_to_a_story(new_page):
    tree = build_site_tree(members_per_branch=1)
    portrait = build_portrait(tree, stories=1)
    story = portrait.stories[0]["fr"]
    story.related_members.clear()
    story.save_revision().publish()
    member = tree.members[1]
    user = get_user_model().objects.create_superuser("editor", "editor@example.lu", PASSWORD)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})

    page = new_page(locale="en-GB")
    page.goto("/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"/admin/pages/{story.pk}/edit/")

    combo = page.get_by_role("combobox", name="Find a member")
    expect(combo).to_be_visible()
    expect(page.locator(".choice-picker__groups")).to_be_hidden()
    combo.fill(member["en"].title)
    combo.press("ArrowDown")
    combo.press("Enter")
    chips = page.get_by_role("list", name="Chosen members")
    expect(chips.get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_role("button", name=f"Remove {member['en'].title}")).to_be_visible()
    checked = page.locator("input[name=related_members]:checked")
    expect(checked).to_have_count(1)
    assert checked.get_attribute("value") == str(member["en"].pk)
