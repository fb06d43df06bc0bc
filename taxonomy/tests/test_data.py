"""The cluster's vocabulary is real data: a fresh database gets it (migration 0002 runs ``load_taxonomy``), and
loading it again never overwrites what editors changed in the admin."""

import pytest

from taxonomy.loading import LANGS, load_taxonomy, read_data
from taxonomy.models import Branch, Skill, SpokenLanguage

pytestmark = pytest.mark.django_db


def load():
    return load_taxonomy(Branch, Skill, SpokenLanguage)


def test_an_empty_database_gets_the_twelve_branches_and_their_skills():
    made = load()
    assert Branch.objects.count() == 12
    assert Skill.objects.count() == 132
    assert set(SpokenLanguage.objects.values_list("code", flat=True)) == {
        "lb",
        "fr",
        "de",
        "en",
        "pt",
        "it",
        "nl",
        "es",
    }
    assert made == 12 + 132 + 8
    for skill in Skill.objects.select_related("branch"):
        assert all(getattr(skill, f"label_{lang}") for lang in LANGS), skill.code
        assert all(getattr(skill, f"synonyms_{lang}") for lang in LANGS), skill.code
    assert {branch.code: branch.skills.count() > 0 for branch in Branch.objects.all()} == {
        spec["code"]: True for spec in read_data()["branches"]
    }
    assert Skill.objects.get(code="packaging").label_de == "Verpackungsdesign"


def test_loading_again_adds_only_what_is_missing_and_keeps_editors_changes():
    load()
    skill = Skill.objects.get(code="packaging")
    skill.label_en = "Packaging and labels"
    skill.save()
    Skill.objects.filter(code="typography").delete()
    assert load() == 1
    assert Skill.objects.get(code="packaging").label_en == "Packaging and labels"
    assert Skill.objects.filter(code="typography").exists()
