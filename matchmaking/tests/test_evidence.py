"""Only sure readings choose creatives: loose ones are offered to the company, which corrects what was read."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from matchmaking.models import Brief
from matchmaking.ranking import Criteria, read_brief, recognise, shortlist
from taxonomy.loading import load_taxonomy
from taxonomy.models import Branch, Skill, SpokenLanguage
from tests.factories.matchmaking import BriefFactory

from .conftest import french_member


@pytest.fixture
def full_taxonomy(site_tree):
    load_taxonomy(Branch, Skill, SpokenLanguage)
    return {skill.code: skill for skill in Skill.objects.all()}


def suggested(text):
    return {code for _words, codes in read_brief(text).suggestions for code in codes}


@pytest.mark.django_db
def test_context_words_that_merely_resemble_a_skill_preselect_nobody(full_taxonomy):
    # "restaurant" shares its stem with "restauration": a suggestion at most, never a need.
    text = "Nous ouvrons un restaurant à Esch et il nous faut un logo."
    assert recognise(text) == ["brand-identity"]
    assert not {"heritage-renovation", "art-conservation"} & set(recognise(text))
    assert {"heritage-renovation", "art-conservation"} & suggested(text)
    # Bio-Tee: "bio" is too short to be anything but a word of its own.
    tea = "Wir brauchen eine Verpackung für unseren Bio-Tee."
    assert recognise(tea) == ["packaging"]
    assert "ghostwriting" not in recognise(tea) + sorted(suggested(tea))


@pytest.mark.django_db
def test_a_photographer_for_product_shots_is_a_product_photographer(full_taxonomy):
    found = recognise("We need a photographer for product shots of our new jam jars.")
    assert found == ["product-photography"]
    assert "film-production" not in found and "music-production" not in found


@pytest.mark.django_db
def test_part_of_a_compound_is_only_a_suggestion(full_taxonomy):
    text = "Für unseren Zoo suchen wir Tierfotografen."  # not a role noun of ours: Tier + Fotograf
    assert recognise(text) == []
    assert suggested(text)


@pytest.mark.django_db
def test_fit_outweighs_availability_languages_and_canton(site_tree, full_taxonomy):
    fits = french_member(site_tree, "design", skills=[full_taxonomy["packaging"]], title="Zeta", languages=("fr",))
    handy = french_member(
        site_tree,
        "design",
        skills=[full_taxonomy["typography"]],
        title="Alpha",
        languages=("de", "fr"),
        available_for_hire=True,
        canton="luxembourg",
    )
    found = shortlist(Criteria("Wir brauchen eine Verpackung für unsere Pralinen.", "de", "de", canton="luxembourg"))
    ranked = [m.page_id for m in found.results]
    assert ranked[0] == fits["de"].pk
    assert handy["de"].pk not in ranked[:1]


def page_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_the_company_removes_a_wrongly_read_skill_and_the_list_follows(client, site_tree, full_taxonomy):
    logo = french_member(site_tree, "design", skills=[full_taxonomy["brand-identity"]], title="Logo Lux")
    sound = french_member(site_tree, "music", skills=[full_taxonomy["sound-design"]], title="Sonar")
    text = "Un logo et un sound design pour notre festival."
    brief = BriefFactory(text=text, language="fr", page_language="fr")
    brief.skills.set(Skill.objects.filter(code__in=recognise(text)))
    with translation.override("fr"):
        url = reverse("matchmaking:shortlist", kwargs={"token": brief.token})
    page = page_of(client.get(url))
    boxes = {box["value"]: box.has_attr("checked") for box in page.select(".brief-reading input[name=read-skills]")}
    assert boxes == {"brand-identity": True, "sound-design": True}
    listed = [int(box["value"]) for box in page.select("input[name=creatives]")]
    assert {logo["fr"].pk, sound["fr"].pk} <= set(listed)
    # Without JavaScript: untick sound design, update.
    response = client.post(url, {"action": "skills", "read-skills": ["brand-identity"]})
    assert response.status_code == 303
    brief.refresh_from_db()
    assert brief.skills_confirmed and list(brief.skills.values_list("code", flat=True)) == ["brand-identity"]
    page = page_of(client.get(url))
    boxes = {box["value"]: box.has_attr("checked") for box in page.select(".brief-reading input[name=read-skills]")}
    assert boxes == {"brand-identity": True, "sound-design": False}
    listed = [int(box["value"]) for box in page.select("input[name=creatives]")]
    assert listed[0] == logo["fr"].pk
    assert Brief.objects.get(pk=brief.pk).sent_at is None  # updating the list sends nothing
