"""The skills of the profile form: grouped by branch in <details>, open where a skill is chosen; saved as before."""

import pytest
from bs4 import BeautifulSoup

from members.models import MemberPage
from taxonomy.models import Branch
from tests.factories.members import SkillFactory

from .helpers import url
from .test_space_profile import edit_data, owned  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def skills(site_tree):
    design, music = Branch.objects.get(code="design"), Branch.objects.get(code="music")
    return {
        "poster": SkillFactory(code="poster", branch=design, label_en="Poster design", label_de="Plakatgestaltung"),
        "branding": SkillFactory(code="branding", branch=design, label_en="Branding", label_de="Markenbildung"),
        "mixing": SkillFactory(code="mixing", branch=music, label_en="Mixing", synonyms_de="Abmischung"),
    }


def _groups(client, page, lang="en"):
    doc = BeautifulSoup(client.get(url("space:edit", lang=lang, page_id=page.pk)).content, "html.parser")
    fieldset = doc.find(
        "legend",
        string=lambda text: (
            text
            and text.strip().startswith({"en": "Skills and services", "de": "Kompetenzen und Leistungen"}.get(lang, ""))
        ),
    ).parent
    return fieldset, fieldset.find_all("details", class_="choice-group")


def test_skills_are_grouped_by_branch_each_group_open_when_one_of_its_skills_is_chosen(client, owned, skills):  # noqa: F811
    page, _member = owned
    page.skills.add(skills["mixing"])
    page.save_revision()
    fieldset, groups = _groups(client, page)

    by_branch = {group.summary.get_text(" ", strip=True): group for group in groups}
    assert list(by_branch) == ["Design", "Music (1 chosen)"]
    design, music = by_branch["Design"], by_branch["Music (1 chosen)"]
    assert not design.has_attr("open") and music.has_attr("open")
    assert [label.get_text() for label in design.find_all("label")] == ["Branding", "Poster design"]
    checkbox = music.find("input", attrs={"value": str(skills["mixing"].pk)})
    assert checkbox["name"] == "skills" and checkbox["type"] == "checkbox" and checkbox.has_attr("checked")
    assert music.find("label", attrs={"for": checkbox["id"]}).get_text() == "Mixing"
    # The picker's search knows every language's labels and synonyms.
    assert "abmischung" in checkbox["data-search"]
    assert "plakatgestaltung" in design.find("input", attrs={"value": str(skills["poster"].pk)})["data-search"]
    assert len(fieldset.find_all("input", attrs={"name": "skills"})) == 3
    # The texts of the script come with the widget, translated.
    picker = fieldset.find(attrs={"data-choice-picker": True})
    assert picker["data-search-label"] == "Find a skill" and picker["data-remove"] == "Remove %(skill)s"


def test_the_groups_and_the_picker_speak_the_visitors_language(client, owned, skills):  # noqa: F811
    page, _member = owned
    fieldset, groups = _groups(client, page, lang="de")
    labels = [label.get_text() for group in groups for label in group.find_all("label")]
    assert "Plakatgestaltung" in labels and "Markenbildung" in labels
    assert fieldset.find(attrs={"data-choice-picker": True})["data-search-label"] == "Kompetenz suchen"


def test_the_chosen_skills_are_saved_with_the_draft(client, owned, skills):  # noqa: F811
    page, _member = owned
    chosen = [skills["poster"].pk, skills["mixing"].pk]
    response = client.post(url("space:edit", page_id=page.pk), edit_data(page, skills=chosen))
    assert response.status_code == 302
    draft = MemberPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert sorted(skill.pk for skill in draft.skills.all()) == sorted(chosen)
    _fieldset, groups = _groups(client, page)
    assert [group.has_attr("open") for group in groups] == [True, True]


def test_an_unknown_skill_is_refused_with_a_message_and_nothing_is_lost(client, owned, skills):  # noqa: F811
    page, _member = owned
    response = client.post(url("space:edit", page_id=page.pk), edit_data(page, skills=[skills["poster"].pk, 999999]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html and "Nouvelle accroche" in html
