"""Recognising skills in a brief, in any of the three languages, and ranking members with reasons."""

import pytest
from django.core.management import call_command

from matchmaking.language import detect
from matchmaking.ranking import Criteria, recognise, shortlist
from search.backends.memory import DatabaseBackend
from search.models import MemberDocument

from .conftest import french_member


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Wir suchen jemanden für Logo und Verpackung unserer Bäckerei", ["brand-identity", "packaging"]),
        ("Unsere Produktverpackungen brauchen ein neues Design", ["packaging"]),  # compound, plural
        ("NOUS VOULONS UNE IDENTITE VISUELLE", ["brand-identity"]),  # case and accents
        ("We need logos and labels for our jam jars", ["brand-identity", "packaging"]),  # plurals
        ("Une charte très graphique", ["brand-identity"]),  # a phrase's words may stand a few words apart
        ("Sounddesign für unseren Podcast", ["sound-design"]),
        ("Nothing about any skill here", []),
    ],
)
@pytest.mark.django_db
def test_skills_are_recognised_in_every_language(taxonomy, text, codes):
    assert sorted(recognise(text)) == sorted(codes)


@pytest.mark.parametrize(
    ("text", "fallback", "language", "other"),
    [
        ("Nous cherchons un graphiste pour notre nouvelle boulangerie", "de", "fr", ""),
        ("We are looking for a designer for our new bakery", "fr", "en", ""),
        ("Wir suchen einen Grafiker für unsere neue Bäckerei", "en", "de", ""),
        ("Logo", "de", "de", ""),  # too short to tell: the page's language
        ("Buscamos un diseñador gráfico para nuestra nueva panadería", "fr", "fr", "es"),
        ("Cerchiamo un grafico per la nostra nuova panetteria a Lussemburgo", "fr", "fr", "it"),
    ],
)
def test_language_detection(text, fallback, language, other):
    found = detect(text, fallback)
    assert (found.language, found.other) == (language, other)


@pytest.mark.django_db
def test_free_tags_count_as_the_skills_they_name(site_tree, taxonomy):
    versions = french_member(site_tree, "design", title="Boîte à Idées", tagline="Studio")
    page = versions["fr"]
    page.tags.add("Verpackung")
    page.save_revision().publish()
    document = MemberDocument.objects.get(page=page)
    assert "packaging" in document.skills.split()
    assert "Design d'emballage" in document.skills_text
    found = shortlist(Criteria("Packaging for our tea boxes", "fr", "en"))
    match = next(m for m in found.results if m.page_id == page.pk)
    assert "Design d'emballage" in match.reasons[0]


@pytest.mark.django_db
def test_editing_a_skill_changes_what_briefs_name(site_tree, taxonomy):
    assert recognise("Nous voulons une affiche") == []
    skill = taxonomy["brand-identity"]
    skill.synonyms_fr += "\naffiche"
    skill.save()
    assert recognise("Nous voulons une affiche") == ["brand-identity"]


@pytest.mark.django_db
def test_weights_come_from_settings(site_tree, taxonomy, settings):
    both = french_member(site_tree, "design", skills=[taxonomy["packaging"], taxonomy["brand-identity"]], title="Zeta")
    available = french_member(
        site_tree, "design", skills=[taxonomy["packaging"]], title="Alpha", available_for_hire=True
    )
    brief = Criteria("Logo und Verpackung", "de", "de", limit=20)
    ranked = [m.page_id for m in shortlist(brief).results]
    assert ranked.index(both["de"].pk) < ranked.index(available["de"].pk)
    settings.MATCHMAKING_WEIGHTS = {**settings.MATCHMAKING_WEIGHTS, "skills": 0.1, "available": 20.0}
    ranked = [m.page_id for m in shortlist(brief).results]
    assert ranked.index(available["de"].pk) < ranked.index(both["de"].pk)


@pytest.mark.django_db
def test_same_shortlist_with_the_search_engine(mosaique, settings, osmem_url):
    from search.query import DirectoryQuery
    from search.service import search_directory

    brief = Criteria("Wir suchen jemanden für Logo und Verpackung unserer Bäckerei", "de", "de")
    on_database = shortlist(brief)
    settings.SEARCH_URL = osmem_url.replace("http://", "opensearch://")
    settings.SEARCH_INDEX = "matchmaking-test"
    call_command("rebuild_search_index", "--no-progress")
    assert search_directory(DirectoryQuery("de")).backend == "opensearch"
    DatabaseBackend.forget()
    on_engine = shortlist(brief)
    assert [(m.page_id, m.score, m.reasons) for m in on_engine.results] == [
        (m.page_id, m.score, m.reasons) for m in on_database.results
    ]
    assert on_engine.results[0].page_id == mosaique["de"].pk


@pytest.mark.django_db
def test_a_brief_without_known_skills_ranks_by_its_words(site_tree, taxonomy):
    member = french_member(site_tree, "music", title="Chorale Lumière", tagline="Chorale pour mariages et fêtes")
    found = shortlist(Criteria("Une chorale pour notre mariage", "fr", "fr"))
    assert found.skills == []
    assert found.results[0].page_id == member["fr"].pk
    assert found.results[0].reasons[0].startswith("mentionne")
