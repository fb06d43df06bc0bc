"""What an editor does in the admin: create a member under a branch, translate it, publish."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client, TestCase
from wagtail.models import Page

from core.translations import translate_with_localize
from members.models import MemberPage
from tests.factories import add_member
from tests.factories.members import SkillFactory, SpokenLanguageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = User.objects.create_user("ed", "ed@example.lu", "pw-for-tests-123")
    user.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    return client


def test_editor_sees_the_page_tree_per_locale(site_tree, editor):
    for lang in ("fr", "de"):
        branch = site_tree.branches["design"][lang]
        response = editor.get(f"/admin/pages/{branch.pk}/")
        assert response.status_code == 200
        assert site_tree.members[0][lang].title in response.content.decode()
    assert editor.get(f"/admin/pages/{Page.get_first_root_node().pk}/").status_code == 200


def test_anonymous_visitors_are_sent_to_the_admin_login(site_tree):
    response = Client().get("/admin/pages/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editor_creates_and_publishes_a_member_under_a_branch(site_tree, editor):
    branch = site_tree.branches["design"]["fr"]
    skill = SkillFactory(code="brand-identity", branch=branch.branch)
    language = SpokenLanguageFactory(code="de")
    form = editor.get(f"/admin/pages/add/members/memberpage/{branch.pk}/")
    assert form.status_code == 200
    data = {
        "title": "Atelier Lumière",
        "slug": "atelier-lumiere",
        "kind": "collective",
        "tagline": "Lumière et scénographie",
        "bio": '{"blocks":[{"key":"a","text":"Un collectif.","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "skills": [skill.pk],
        "languages": [language.pk],
        "canton": "luxembourg",
        "commune": "Luxembourg",
        "country": "LU",
        "available_for_hire": "on",
        "contact_email": "secret@lumiere.example.lu",
        "membership_status": "active",
        "tags": "",
        "social_links-TOTAL_FORMS": "0",
        "social_links-INITIAL_FORMS": "0",
        "social_links-MIN_NUM_FORMS": "0",
        "social_links-MAX_NUM_FORMS": "1000",
        "portfolio_items-TOTAL_FORMS": "0",
        "portfolio_items-INITIAL_FORMS": "0",
        "portfolio_items-MIN_NUM_FORMS": "0",
        "portfolio_items-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    response = editor.post(f"/admin/pages/add/members/memberpage/{branch.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = MemberPage.objects.get(slug="atelier-lumiere")
    assert page.live
    # The branch it sits under is one of its branches, so the directory counts it.
    assert list(page.branches.values_list("code", flat=True)) == ["design"]
    public = Client().get(page.url)
    assert public.status_code == 200
    assert "Lumière et scénographie" in public.content.decode()
    assert "secret@lumiere.example.lu" not in public.content.decode()


def test_editor_can_preview_a_member_page(site_tree, editor):
    page = site_tree.members[0]["fr"]
    page.tagline = "Brouillon pas encore publié"
    page.save_revision()
    response = editor.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert "Brouillon pas encore publié" in response.content.decode()
    assert "Brouillon pas encore publié" not in Client().get(page.url).content.decode()


def test_localize_translates_prose_and_keeps_facts_synchronised(site_tree):
    member = add_member(site_tree, lang_versions=(), tagline="Identité visuelle pour l'artisanat", kind="freelancer")[
        "fr"
    ]
    locales = site_tree.locales
    with TestCase.captureOnCommitCallbacks(execute=True):
        translated = translate_with_localize(
            member,
            {
                locales["en"]: {"Identité visuelle pour l'artisanat": "Brand identity for craftspeople"},
                locales["de"]: {"Identité visuelle pour l'artisanat": "Corporate Design für das Handwerk"},
            },
        )
    english = MemberPage.objects.get(pk=translated["en"].pk)
    assert english.locale.language_code == "en"
    assert english.live
    assert english.tagline == "Brand identity for craftspeople"
    assert english.kind == "freelancer"
    assert english.portfolio_items.count() == 1
    # The editor changes facts on the source and syncs: facts follow, translations stay.
    member.kind = "company"
    member.canton = "wiltz"
    member.available_for_hire = True
    member.save_revision().publish()
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_with_localize(member, {locales["en"]: {}})
    english.refresh_from_db()
    assert (english.kind, english.canton, english.available_for_hire) == ("company", "wiltz", True)
    assert english.tagline == "Brand identity for craftspeople"
    response = Client().get(english.url)
    assert "Brand identity for craftspeople" in response.content.decode()
    assert "Wiltz" in response.content.decode()
