"""The cluster's vocabulary is real data: a fresh database gets it (migration 0002 runs ``load_taxonomy``), and
loading it again never overwrites what editors changed in the admin."""

import pytest

from taxonomy.loading import LANGS, fill_roles, load_taxonomy, read_data
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


def test_every_skill_has_role_nouns_in_each_language():
    """Who does the work, in French, English and German: each trade of the cluster has a name for its people."""
    load()
    for skill in Skill.objects.all():
        for lang in LANGS:
            roles = getattr(skill, f"roles_{lang}").splitlines()
            assert roles and all(role.strip() == role and role for role in roles), (skill.code, lang)
    photography = Skill.objects.get(code="product-photography")
    assert "photographe" in photography.roles_fr.splitlines()
    assert {"Fotograf", "Fotografin"} <= set(photography.roles_de.splitlines())


def test_role_nouns_fill_skills_that_have_none_and_keep_editors_ones():
    load()
    Skill.objects.filter(code="packaging").update(roles_fr="", roles_en="", roles_de="")
    Skill.objects.filter(code="typography").update(roles_fr="typographe\n", roles_en="", roles_de="")
    assert fill_roles(Skill) == 1
    assert "packaging designer" in Skill.objects.get(code="packaging").roles_en.splitlines()
    assert Skill.objects.get(code="typography").roles_fr == "typographe\n"
