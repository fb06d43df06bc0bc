"""The admin's choice of members in a portrait story, a news article and the home page: each member once, by its
name in the editor's language (the original when it has no version in that language), searchable."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from members.models import MemberPage
from news.models import NewsPage
from tests.factories import add_member

pytestmark = pytest.mark.django_db


def editor(language):
    user = get_user_model().objects.create_superuser(f"editor-{language}", f"{language}@example.lu", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def members(portrait):
    """Every member's versions, each titled in its language; one member has no German version."""
    tree = portrait.tree
    only_fr_en = add_member(tree, "music", lang_versions=("en",), title="Atelier Sans Allemand")
    for versions in tree.members:
        for lang, page in versions.items():
            if page.translation_key != only_fr_en["fr"].translation_key:
                MemberPage.objects.filter(pk=page.pk).update(title=f"{versions['fr'].title} [{lang}]")
    return tree.members, only_fr_en


def offered(client, url, field):
    response = client.get(url)
    assert response.status_code == 200
    doc = BeautifulSoup(response.content, "html.parser")
    boxes = doc.select(f'input[type=checkbox][name="{field}"]')
    assert not doc.select(f'select[name="{field}"]')
    labels = {box["value"]: doc.find("label", attrs={"for": box["id"]}).get_text() for box in boxes}
    checked = {labels[box["value"]] for box in boxes if box.has_attr("checked")}
    picker = boxes[0].find_parent(attrs={"data-choice-picker": True})
    return labels, checked, picker, doc


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_story_offers_each_member_once_in_the_editors_language(portrait, members, language):
    versions, only_fr_en = members
    story = portrait.stories[0]["fr"]
    chosen = versions[1]["en"]  # chosen in English before: the same member in any language
    story.related_members.set([chosen])
    story.save_revision().publish()

    labels, checked, picker, doc = offered(editor(language), f"/admin/pages/{story.pk}/edit/", "related_members")

    assert len(labels) == len(versions)  # 450 options before: each member three times
    # German: the member without a German version under its original (French) name.
    expected = [MemberPage.objects.get(pk=v.get(language, v["fr"]).pk).title for v in versions]
    assert expected.count("Atelier Sans Allemand") == 1 and f"{versions[0]['fr'].title} [{language}]" in expected
    assert sorted(labels.values()) == sorted(expected)
    # The values are the member pages of that language (the original where there is none).
    for versions_of_one in versions:
        page = versions_of_one.get(language, versions_of_one["fr"])
        assert labels[str(page.pk)] == MemberPage.objects.get(pk=page.pk).title
    assert checked == {f"{versions[1]['fr'].title.split(' [')[0]} [{language}]"}
    # Grouped by branch, searchable by the script (its words in the editor's language), the script on the page.
    summaries = [summary.get_text(" ", strip=True) for summary in picker.select("summary")]
    assert summaries[0].startswith("Design") and summaries[1].startswith("Music")
    assert picker["data-search-label"] == {"de": "Mitglied suchen", "en": "Find a member"}[language]
    assert doc.find("script", src=lambda src: src and "js/choice-picker" in src)


def test_saving_a_story_keeps_the_chosen_member_pages(portrait, members):
    versions, _only = members
    story = portrait.stories[0]["fr"]
    chosen = [versions[0]["de"].pk, versions[1]["de"].pk]
    data = nested_form_data(
        {
            "title": story.title,
            "slug": story.slug,
            "kind": story.kind,
            "body": streamfield([]),
        }
    )
    data["related_members"] = [str(pk) for pk in chosen]  # the checkboxes' field, as the browser sends it
    response = editor("de").post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    saved = type(story).objects.get(pk=story.pk).get_latest_revision_as_object()
    assert sorted(member.pk for member in saved.related_members.all()) == sorted(chosen)


def test_news_and_home_offer_each_member_once(editorial_site):
    client = editor("en")
    keys = set(MemberPage.objects.values_list("translation_key", flat=True))
    english = {str(pk) for pk in MemberPage.objects.filter(locale__language_code="en").values_list("pk", flat=True)}
    article = NewsPage.objects.filter(locale__language_code="fr").first()
    for page, field in ((editorial_site.home["fr"], "featured_members"), (article, "related_members")):
        labels, _checked, _picker, _doc = offered(client, f"/admin/pages/{page.pk}/edit/", field)
        assert len(labels) == len(keys), field
        assert set(labels) <= english, field
