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


@pytest.mark.parametrize(
    ("text", "expected", "how"),
    [
        ("Logogestaltung", {"brand-identity"}, "compound"),  # a skill's word, then a common word
        ("Möbelbau", {"furniture-design"}, "compound"),
        ("Produktfotos", {"product-photography"}, "exact"),  # a synonym once the plural -s is read
        ("Altbau sanieren", {"heritage-renovation"}, "joined"),  # a verb as its noun, written apart: Altbausanierung
        ("grafik designer", {"brand-identity"}, "joined"),  # Grafikdesigner written apart
        ("grafic designer", {"brand-identity"}, "exact"),  # another spelling: c for k, ph for f
        ("data visualization", {"data-visualisation"}, "exact"),  # American spelling
    ],
)
def test_german_compounds_verbs_and_spellings_name_their_skills(version, text, expected, how):
    found = read(text, version)
    assert expected <= set(found.skills()), found.skills()
    assert how in {reading.how for concept in found.concepts for reading in concept.readings}


def test_a_word_spelt_otherwise_is_read_as_the_word_and_a_typo_of_it_corrected(version):
    found = read("grafiste", version)  # f for ph: the same word
    assert "brand-identity" in found.skills()
    assert found.corrected_text == ""
    typo = read("webentwikler", version)  # a letter left out
    assert typo.corrected_text == "webentwickler"


def test_a_common_word_is_never_corrected_into_a_skill(version):
    # "shots" is one edit from "shoes", "office" from "officer": both are words people mean as typed.
    for text in ("product shots", "photos of our office"):
        found = read(text, version)
        assert found.corrections == {}, found.corrections
        assert "footwear-design" not in found.skills()


def test_a_verb_reads_as_its_noun_only_when_the_noun_is_known(version):
    assert "translation" in read("übersetzen", version).skills()
    assert read("schlafen", version).skills() == []


def test_what_a_need_is_for_ranks_but_does_not_restrict(version):
    found = read("Musik für Werbespot", version)
    assert [concept.purpose for concept in found.concepts] == [False, True]
    assert found.needs[0].words == ("musik",)
    alone = read("für Werbespot", version)  # nothing else named: it is the need
    assert [concept.purpose for concept in alone.concepts] == [False]
    both = read("logo for a bakery and a website", version)  # "and" names a second need
    assert [concept.purpose for concept in both.concepts] == [False, False]


def test_a_trailing_stop_word_of_a_phrase_is_kept(version):
    # "monteur son" is a sound editor: "son" is not a possessive there, so "monteur" alone is not sound work.
    assert "podcast-production" not in read("monteuse", version).skills()
    assert "video-editing" in read("monteuse", version).skills()
    assert "podcast-production" in read("monteuse son", version).skills()


def test_a_far_more_common_form_is_read_as_another_word_and_only_suggested(version):
    # "wollen" (to want) is a form of "Wolle" (wool) but ten times as common: a brief saying "wir wollen" asks
    # for no knitwear. The reading stays, as a loose one, for a company to confirm.
    found = read("Wir wollen unser Haus umbauen", version, ways=tuple(HOW_RANK))
    hows = {(reading.code, reading.how) for concept in found.concepts for reading in concept.readings}
    assert ("knitwear", "sense") in hows
    assert not any(concept.strong for concept in found.concepts if "knitwear" in concept.skills)
    # A root more common than its role noun is not another word: Musik is what a Musiker does.
    assert "music-composition" in read("Musik", version).skills()


@pytest.mark.parametrize(
    ("text", "branch"),
    [("Film", "audiovisual-film"), ("cinéma", "audiovisual-film"), ("publishing", "publishing-media")],
)
def test_a_part_of_a_branch_label_names_the_branch(version, text, branch):
    """ "Audiovisual & film", "Édition & médias": a visitor types one of the trades a branch joins."""
    found = read(text, version)
    assert found.branches() == [branch]
    assert found.rest == []


def test_a_part_of_a_branch_label_that_a_skill_names_reads_as_the_skill(version):
    """ "illustration" is a skill of Graphic design & illustration: the skill, not the whole branch; and
    "Photographie" is a form of the role noun "photographe": the photography skills."""
    assert read("illustration", version).branches() == []
    found = understand("Photographie", version, stop=ALL_STOP_WORDS, language="fr")
    assert found.branches() == [] and set(found.skills()) >= PHOTOGRAPHY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jemand, der den ganzen Tag fotografiert", PHOTOGRAPHY),  # a conjugated verb names its role noun
        ("wir möchten die Produkte fotografieren", {"product-photography"}),
        ("photographier nos produits", {"product-photography"}),
        ("someone to photograph our products", {"product-photography"}),
        ("die Geschichte illustrieren", {"illustration"}),
        ("jemand, der die Melodie komponiert", {"music-composition"}),  # -ieren, the one who does it: -ist
    ],
)
def test_a_verb_names_the_trade_of_the_one_who_does_it(version, text, expected):
    found = read(text, version)
    surely = {code for concept in found.concepts if concept.strong for code in concept.skills}
    assert expected <= surely, found.skills()


def test_a_verb_sharing_the_root_of_another_trade_s_role_noun_is_not_that_trade(version):
    # "schneidet" (cuts, edits a recording) is no "Schneider" (tailor).
    found = read("jemand, der die Aufnahmen schneidet", version)
    assert not {code for concept in found.concepts if concept.strong for code in concept.skills} & {
        "bespoke-tailoring",
        "bridal-wear",
    }
