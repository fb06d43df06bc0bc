"""What visitors type, read as the cluster's skills and branches: role nouns, other languages, typos, compounds."""

import pytest

from taxonomy.loading import load_taxonomy
from taxonomy.models import Branch, Skill, SpokenLanguage
from taxonomy.skills import ALL_STOP_WORDS, HOW_RANK, matcher
from taxonomy.understanding import forget, understand

pytestmark = pytest.mark.django_db
PHOTOGRAPHY = {
    "architectural-photography",
    "event-photography",
    "food-photography",
    "portrait-photography",
    "product-photography",
}


@pytest.fixture
def version():
    load_taxonomy(Branch, Skill, SpokenLanguage)
    forget()
    return "test-taxonomy"


def read(text, version, ways=None):
    kwargs = {"ways": ways} if ways else {}
    return understand(text, version, stop=ALL_STOP_WORDS, **kwargs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("graphiste", {"brand-identity", "print-design", "typography"}),
        ("Fotografin", PHOTOGRAPHY),  # a feminine role noun
        ("photographes", PHOTOGRAPHY),  # a plural
        ("Illustratoren", {"illustration"}),
        ("illustratrice", {"illustration"}),
        ("développeuse web", {"web-development"}),
        ("web developer", {"web-development"}),
        ("Webentwickler", {"web-development"}),
        ("Verpackungsdesign", {"packaging"}),  # a German compound that is a label
        ("Produktfotografie", {"product-photography"}),
    ],
)
def test_role_nouns_forms_and_compounds_name_their_skills(version, text, expected):
    found = read(text, version)
    assert expected <= set(found.skills()), found.skills()
    assert found.rest == []


def test_a_word_of_another_language_is_read_on_any_page(version):
    assert set(read("Fotograf", version).skills()) >= PHOTOGRAPHY
    assert "brand-identity" in read("graphiste", version).skills()


def test_the_longer_phrase_wins_over_the_shorter_one_inside_it(version):
    concept = read("photographe culinaire", version).concepts[0]
    assert concept.skills == ["food-photography"]
    assert concept.words == ("photographe", "culinaire")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("photgrapher", "photographer"),  # one letter missing, 11 letters
        ("Fotogarf", "fotograf"),  # two letters swapped count as one edit
        ("ilustratrice", "illustratrice"),
        ("Webentwikler", "webentwickler"),
        ("photograhpes", "photographer"),  # 12 letters: two edits allowed (a swap, one letter)
    ],
)
def test_typos_are_corrected_within_the_thresholds(version, typed, meant):
    found = read(typed, version)
    assert found.corrected_text == meant
    assert found.concepts[0].how == "typo"
    assert found.skills()


def test_short_words_are_never_corrected(version):
    # "logp" is one edit from "logo", but a four-letter word is too short to guess at.
    found = read("logp", version)
    assert (found.corrections, found.concepts, found.rest) == ({}, [], ["logp"])


def test_an_eight_letter_word_two_edits_away_is_not_a_typo(version):
    found = read("grafiste", version)  # graphiste is two edits away; eight letters allow one
    assert found.corrections == {}


def test_a_plural_ending_is_not_a_compound(version):
    assert read("designers", version).concepts == [] or all(
        reading.how != "compound" for concept in read("designers", version).concepts for reading in concept.readings
    )


def test_each_reading_says_how_it_was_made(version):
    words, _corrections, readings = matcher(version).read("restaurant Bio-Tee translate Verpackungsdesign")
    how = {(reading.code, reading.how) for reading in readings}
    # A shared stem between different words is weak: a restaurant is not a restoration.
    assert ("heritage-renovation", "stem") in how or ("art-conservation", "stem") in how
    assert all(h != "exact" for code, h in how if code in ("heritage-renovation", "art-conservation"))
    assert ("translation", "form") in how  # translate, translator: short endings apart
    assert ("packaging", "exact") in how
    assert {h for _code, h in how} <= set(HOW_RANK)
    assert words[:3] == ["restaurant", "bio", "tee"]


def test_the_search_does_not_expand_on_a_shared_stem(version):
    found = read("restaurant", version)
    assert (found.concepts, found.rest) == ([], ["restaurant"])


def test_branches_are_read_from_their_labels(version):
    found = read("Architektur", version)
    assert found.branches() == ["architecture"]


def test_what_was_understood_is_told_in_the_visitors_words(version):
    found = read("photographe culinaire", version)
    labels = {"food-photography": "Photographie culinaire"}
    assert found.explained(lambda facet, code: labels.get(code, code)) == [
        ("photographe culinaire", ["Photographie culinaire"], 0)
    ]
