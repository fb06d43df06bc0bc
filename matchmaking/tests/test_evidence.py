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


def needs(text, language=None):
    reading = read_brief(text, language=language)
    return {
        code: weight for (_words, codes), weight in zip(reading.needs, reading.weights, strict=True) for code in codes
    }


@pytest.mark.django_db
def test_what_a_brief_says_is_already_taken_care_of_is_not_asked_for(full_taxonomy):
    # The sentence names animation and printing, but says they are done.
    text = (
        "Nous fêtons nos 100 ans et cherchons des portraits photographiques des employés. "
        "La soirée d'animation du jubilé est déjà organisée."
    )
    assert "animation" not in recognise(text)
    assert "portrait-photography" in recognise(text)  # the sentence before keeps what it asks for
    assert "print-production" not in recognise(
        "We need charts for our report. Printing is handled by our usual supplier."
    )
    assert "copywriting" not in recognise(
        "Wir suchen jemanden, der die Räume gestaltet. Die Texte liefern unsere Kuratoren selbst."
    )
    # A sentence that asks wins over a "self" in it: the assistant updates the site herself.
    # (A website she maintains herself reads as a website with a content management system.)
    found = recognise("Wir brauchen eine neue Website, die unsere Assistentin selbst pflegen kann.")
    assert {"web-development", "cms-websites"} & set(found)


@pytest.mark.django_db
def test_what_the_company_is_or_makes_is_context_not_the_need(full_taxonomy):
    found = needs("Je tiens une boutique de vêtements et je souhaite repenser la vitrine et les présentoirs.")
    assert found["retail-design"] == 1.0
    assert found["fashion-design"] < 1.0
    found = needs("I make handmade leather bags and I want to start selling online with a proper online shop.")
    assert found["e-commerce"] == 1.0
    assert found["leatherwork"] < 1.0
    # Looking for someone ends the description: "we are looking for a photographer" asks for one.
    assert needs("We are looking for a photographer.")["portrait-photography"] == 1.0
    # What the company builds is context too; what it wants to make or sell is what it asks for.
    found = needs("Wir sind ein Start-up und bauen eine App. Wir suchen jemanden für das UI-Design.")
    assert found["mobile-apps"] < 1.0
    assert found["ui-design"] == 1.0
    assert needs("We want to make a short documentary film about our farms.")["documentary"] == 1.0


@pytest.mark.django_db
def test_a_common_word_of_the_brief_s_language_is_not_read_in_another(full_taxonomy):
    text = "Unsere Kanzlei hat eine alte Website und braucht einen neuen Internetauftritt."
    assert "millinery" not in needs(text, language="de")  # "hat" is "has", not the English "hat"
    assert "millinery" in needs("We are looking for someone who makes a hat for our wedding.", language="en")


@pytest.mark.django_db
def test_an_acronym_in_capitals_is_a_sure_reading(full_taxonomy):
    text = "Wir suchen einen DJ für die Party und eine VR-Station für das Museum."
    assert {"djing", "virtual-augmented-reality"} <= set(recognise(text))
    # In small letters two letters are too little to be sure.
    assert "djing" not in recognise("wir suchen dj")
    assert "djing" in suggested("wir suchen dj")


@pytest.mark.django_db
def test_what_a_company_lacks_is_what_it_asks_for(full_taxonomy):
    text = "Wir sind ein Indie-Studio und entwickeln ein Spiel. Uns fehlen noch Soundeffekte und Musik im Spiel."
    found = needs(text)
    assert found["game-audio"] == 1.0


@pytest.mark.django_db
def test_a_clause_saying_something_is_done_takes_it_out_of_the_request(full_taxonomy):
    text = "Der Text ist fertig, es fehlen die Bilder für ein Bilderbuch für Kinder."
    assert "copywriting" not in recognise(text)
    assert "copywriting" in suggested(text)
    assert "childrens-illustration" in recognise(text)


@pytest.mark.django_db
def test_a_request_naming_no_skill_refers_to_the_sentences_before(full_taxonomy):
    text = (
        "The gold leaf on the frame of our chapel's altar is flaking off. "
        "We are looking for skilled people who can repair it."
    )
    assert needs(text)["gilding"] == 1.0


@pytest.mark.django_db
def test_a_word_naming_many_skills_weighs_less_than_a_precise_one(site_tree, full_taxonomy):
    gilder = french_member(site_tree, "design", skills=[full_taxonomy["gilding"]], title="Zeta dorure")
    photographer = french_member(
        site_tree,
        "design",
        skills=[full_taxonomy["painting"], full_taxonomy["event-photography"]],
        title="Alpha photo",
    )
    text = "We need someone to restore the gold leaf of our altar painting; we can send photos beforehand."
    ranked = [m.page_id for m in shortlist(Criteria(text, "en", "en")).results]
    assert ranked.index(gilder["en"].pk) < ranked.index(photographer["en"].pk)


@pytest.mark.django_db
def test_what_stays_as_it_is_is_not_asked_for(full_taxonomy):
    text = "Wir brauchen Übersetzungen unserer Website ins Französische. Layout und Bilder bleiben unverändert."
    assert "editorial-design" not in recognise(text)
    assert "translation" in recognise(text)
    assert "editorial-design" not in recognise(
        "We need our website translated into German. The layout remains unchanged."
    )


@pytest.mark.django_db
def test_a_purpose_put_before_the_request_is_context(full_taxonomy):
    # What the pictures are for, said before "we need", is not a second need; asked for alone, it is the need.
    found = needs("For the autumn collection we need a photographer for lookbook portraits with models.")
    assert found["fashion-design"] == 0.3
    assert found["portrait-photography"] == 1.0
    assert needs("Für die neue Kollektion suchen wir jemanden.")["fashion-design"] == 1.0


@pytest.mark.django_db
def test_what_should_be_made_is_asked_for(full_taxonomy):
    # German says what it wants done in the passive ("soll … übertragen werden", "soll … entstehen"); what should
    # stay as it is is still not asked for.
    text = (
        "Wir suchen eine Illustratorin für ein Bilderbuch. "
        "Im zweiten Schritt soll der Text ins Französische übertragen werden."
    )
    assert needs(text)["translation"] == 1.0
    assert "brand-identity" not in needs("Wir brauchen Fotos. Das Logo haben wir schon, das soll so bleiben.")


@pytest.mark.django_db
def test_what_a_need_is_for_is_context(full_taxonomy):
    # "for our brochure", "für den Onlineshop": where the pictures go, not a second need…
    found = needs(
        "We'd like professional photos of the rooms, the gardens and the chapel for our brochure, "
        "and an aerial drone video of the estate for our website."
    )
    assert found["drone-filming"] == 1.0
    assert found["web-development"] == 0.3 and found["print-design"] == 0.3
    found = needs("Wir suchen professionelle Produktfotos für den Onlineshop.")
    assert found["product-photography"] == 1.0 and found["e-commerce"] == 0.3
    # … also said before it, inside the request
    found = needs("Wir brauchen für die neue Website professionelle Produktfotos.")
    assert found["product-photography"] == 1.0 and found["web-development"] == 0.3
    # … but someone for something, or a purpose of the same trade, is asked for.
    found = needs("Nous cherchons un illustrateur, ainsi qu'une personne pour la mise en page.")
    assert found["editorial-design"] == 1.0
    assert needs("Wir suchen jemanden für die Website und einen Fotografen.")["web-development"] == 1.0
    assert needs("We need a photographer for product shots.")["product-photography"] == 1.0


@pytest.mark.django_db
def test_a_sentence_opening_with_what_the_company_is_describes_it(full_taxonomy):
    found = needs("Als Label für Brautmode brauchen wir passende Schuhe.")
    assert found["bridal-wear"] == 0.3 and found["footwear-design"] == 1.0
    assert needs("As a small fashion design studio, we need a photographer.")["fashion-design"] == 0.3
    # "Als wir …", "As we …" tell when or why, not what the company is.
    assert needs("As we redesign our website, we need new photos.")["web-development"] == 1.0
    assert needs("Als wir die Website erneuerten, brauchten wir neue Fotos.")["web-development"] == 1.0


@pytest.mark.django_db
def test_a_word_of_several_trades_is_read_in_the_trade_of_the_brief(full_taxonomy):
    # "Schnitte" are sewing patterns beside knitwear, and film cuts beside a video.
    found = needs("Wir verkaufen Pullover aus Wolle und suchen jemanden für saubere Schnitte.")
    assert "pattern-making" in found and "video-editing" not in found
    assert {"pattern-making", "video-editing"} <= set(needs("Wir suchen jemanden für saubere Schnitte."))
    found = needs("Wir brauchen einen Imagefilm und danach die Schnitte in kurzen Clips.")
    assert "video-editing" in found and "pattern-making" not in found


@pytest.mark.django_db
def test_what_is_said_to_be_taken_care_of_elsewhere_is_not_needed(full_taxonomy):
    text = "Für unsere neue Website brauchen wir schöne Bilder von unseren Broten. Die Website selbst baut unser Neffe."
    assert "web-development" not in needs(text)
    # Said to stay as it is, but asked for in so many words: still asked for.
    assert needs("Wir brauchen eine neue Website. Das Logo bleibt, wie es ist.")["web-development"] == 1.0


@pytest.mark.django_db
def test_a_whole_trade_named_is_met_by_any_of_its_skills(full_taxonomy):
    found = needs("Für Website und Messen brauchen wir einen Film von zwei Minuten.", "de")
    assert found["corporate-video"] == found["documentary"] == 1.0
    assert found["web-development"] == 0.3
    # Beside a need that says which of its skills, it adds nothing…
    assert set(needs("Wir brauchen ein neues Design für unsere Verpackung.", "de")) == {"packaging"}
    # … nor as a word of another language ("auf neue Art" is no art, "Kunst").
    assert "ceramics" not in needs("Die Gemeinde möchte auf neue Art informieren und sucht einen Podcast.", "de")


@pytest.mark.django_db
def test_a_fact_about_things_is_not_what_the_company_is(full_taxonomy):
    # "sind" is what the company is only with "wir": here the windows are what is to be repaired.
    text = "In unserer Kirche sind zwei Bleiglasfenster beschädigt. Wir suchen eine Fachperson, die sie repariert."
    assert needs(text)["stained-glass"] == 1.0
    assert needs("Wir sind ein Glasatelier und suchen einen Fotografen.").get("stained-glass", 0.3) < 1.0


@pytest.mark.django_db
def test_questions_and_offers_of_help_ask(full_taxonomy):
    assert (
        needs("Die Gemeinde plant eine Hörreihe. Wer kann uns bei Aufnahme und Schnitt von Podcasts unterstützen?")[
            "podcast-production"
        ]
        == 1.0
    )
    assert needs("Can you help us with a new logo? We are a bakery.")["brand-identity"] == 1.0
    # Someone who takes a task on is asked for, not taken care of: "jemanden, der das Layout übernimmt".
    assert needs("Für den Jahresbericht suchen wir jemanden, der das Layout übernimmt.")["editorial-design"] == 1.0


@pytest.mark.django_db
def test_a_need_taken_up_by_the_request_is_asked_for(full_taxonomy):
    text = "Die Hochschule plant ein Lernspiel für die Mittelstufe. Wir suchen ein Team, das das Spiel entwickelt."
    assert needs(text)["serious-games"] == 1.0
    assert needs("Die Hochschule plant ein Lernspiel. Wir suchen einen Fotografen.")["serious-games"] == 0.3


@pytest.mark.django_db
def test_a_common_word_is_not_the_trade_of_a_rare_role_noun_made_from_it(full_taxonomy):
    # "Konzept" is no "Konzepter" (a copywriter); "Text" is close enough to "Texter".
    text = "Können Sie uns ein Konzept mit Kostenschätzung für die Wegweiser schicken?"
    assert needs(text) == {"signage-wayfinding": 1.0}
    assert "copywriting" in suggested(text)
    assert "copywriting" in needs("Wir brauchen einen Text für unsere Website.")
