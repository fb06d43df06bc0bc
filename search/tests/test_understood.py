"""The directory understands the words visitors type: role nouns, other languages, typos; relevance first, cards
that show skills, and a way forward when nothing matches (database backend; the engine in test_engine.py)."""

import pytest
from bs4 import BeautifulSoup

from taxonomy.loading import load_taxonomy
from taxonomy.models import Branch, Skill, SpokenLanguage
from tests.factories.home import translate_page
from tests.factories.members import MemberPageFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(node):
    return " ".join(node.get_text(" ").split())


def member(tree, branch, skills, translate_to=("en", "de"), **fields):
    page = MemberPageFactory(parent=tree.branches[branch]["fr"], locale=tree.locales["fr"], **fields)
    page.branches.add(Branch.objects.get(code=branch))
    page.skills.add(*Skill.objects.filter(code__in=skills))
    page.save_revision().publish()
    page.refresh_from_db()
    versions = {"fr": page}
    for lang in translate_to:
        versions[lang] = translate_page(page, tree.locales[lang], tagline=page.tagline)
    return versions


@pytest.fixture
def members(site_tree):
    load_taxonomy(Branch, Skill, SpokenLanguage)
    return {
        "mosaique": member(
            site_tree,
            "design",
            ["brand-identity", "packaging"],
            title="Atelier Mosaïque",
            tagline="Des marques qui durent",
            bio="<p>Chartes et emballages pour les artisans.</p>",
        ),
        "lumen": member(
            site_tree,
            "design",
            ["product-photography"],
            title="Lumen",
            tagline="Packshots pour le commerce en ligne",
            bio="<p>Studio lumière du jour.</p>",
        ),
        "sonar": member(
            site_tree,
            "music",
            ["sound-design"],
            title="Sonar",
            tagline="Ambiances sonores",
            bio="<p>Un photographe amateur à ses heures.</p>",
        ),
        "graphiste": member(
            site_tree, "music", [], title="Le Graphiste", tagline="Un nom trompeur", bio="<p>Musique.</p>"
        ),
    }


def names(page):
    return [text_of(h) for h in page.select(".member-card__name")]


@pytest.mark.django_db
def test_a_role_noun_finds_the_members_with_its_skills(client, members):
    page = soup(client.get("/fr/membres/", {"q": "graphiste"}))
    # The member named so comes first, then the one whose skills a graphiste has, although its texts never say it.
    assert names(page) == ["Le Graphiste", "Atelier Mosaïque"]
    card = page.select(".member-card")[1]
    assert [text_of(tag) for tag in card.select(".member-card__skills li")] == [
        "Identité visuelle",
        "Design d'emballage",
    ]
    assert text_of(card.select_one(".member-card__match")) == (
        "Correspond à votre recherche : « graphiste » → Design d'emballage, Identité visuelle"
    )
    understood = text_of(page.select_one(".directory__understood"))
    assert understood.startswith("Nous avons compris : « graphiste » → ")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "typed"),
    [
        ("/en/members/", "Fotografin"),  # German feminine role noun on the English page
        ("/de/mitglieder/", "photographe"),
        ("/en/members/", "photographers"),
        ("/fr/membres/", "Produktfotografie"),
    ],
)
def test_words_of_any_language_and_their_forms_find_photographers(client, members, url, typed):
    page = soup(client.get(url, {"q": typed}))
    assert names(page)[0] == "Lumen"


@pytest.mark.django_db
def test_a_typo_is_read_as_the_word_meant_and_said_so(client, members):
    page = soup(client.get("/en/members/", {"q": "photgrapher"}))
    assert names(page)[0] == "Lumen"
    assert "Including results for “photographer”." in [text_of(p) for p in page.select(".notice")]


@pytest.mark.django_db
def test_skill_cards_never_show_synonym_lists(client, members):
    page = soup(client.get("/en/members/", {"q": "logo"}))
    card = page.select_one(".member-card")
    assert text_of(card.select_one(".member-card__name")) == "Atelier Mosaïque"
    assert "·" not in text_of(card.select_one(".member-card__match"))  # not "logo · visual identity · …"
    assert "“logo” → Brand identity" in text_of(card)


@pytest.mark.django_db
def test_a_typed_search_is_ordered_by_relevance_with_or_without_javascript(client, members):
    # The sort menu's first option sends nothing: a text typed after it is ordered by relevance.
    listing = soup(client.get("/fr/membres/"))
    first = listing.select_one("#directory-sort option")
    assert (first["value"], text_of(first)) == ("", "Nom")
    page = soup(client.get("/fr/membres/", {"q": "photographe", "sort": ""}))
    selected = page.select_one("#directory-sort option[selected]")
    assert (selected["value"], text_of(selected)) == ("", "Pertinence")
    # The photographer by skill before the sound designer whose presentation mentions the word.
    assert names(page) == ["Lumen", "Sonar"]
    by_name = soup(client.get("/fr/membres/", {"q": "photographe", "sort": "name"}))
    assert names(by_name) == ["Lumen", "Sonar"] and by_name.select_one("option[selected]")["value"] == "name"
    assert client.get("/api/v1/directory/", {"lang": "fr", "q": "photographe"}).json()["results"][0]["name"] == "Lumen"


@pytest.mark.django_db
def test_words_nobody_matches_are_left_out_with_a_notice(client, members):
    page = soup(client.get("/en/members/", {"q": "photographer for our bakery"}))
    assert names(page) == ["Lumen", "Sonar"]  # Sonar's presentation mentions a photographer
    notices = [text_of(p) for p in page.select(".notice")]
    assert "No member matches every word: showing the members for what we understood, without “bakery”." in notices


@pytest.mark.django_db
def test_no_dead_end_remove_the_narrowest_filter(client, members):
    page = soup(client.get("/fr/membres/", {"q": "graphiste", "branch": "architecture"}))
    assert names(page) == []
    way_out = page.select(".no-results a")
    assert [text_of(a) for a in way_out][0].startswith("Retirer le filtre Branche : Architecture (")
    followed = soup(client.get("/fr/membres/" + way_out[0]["href"]))
    assert "Atelier Mosaïque" in names(followed) or "Le Graphiste" in names(followed)


@pytest.mark.django_db
def test_no_dead_end_closest_skills_with_counts(client, members):
    nothing = soup(client.get("/fr/membres/", {"q": "photogenic"}))  # too far from any word to be a typo
    assert names(nothing) == []
    closest = [(text_of(a), a["href"]) for a in nothing.select(".no-results__closest a")]
    assert closest[0] == ("Photographie de produits (1 membre)", "?skill=product-photography")
    hopeless = soup(client.get("/fr/membres/", {"q": "kalligrafik"}))
    assert "Essayez moins de mots ou d'autres mots, ou parcourez les branches." in text_of(hopeless)


@pytest.mark.django_db
def test_the_api_gives_skills_and_what_was_understood(client, members):
    data = client.get("/api/v1/directory/", {"lang": "en", "q": "Fotograf"}).json()
    assert data["results"][0]["name"] == "Lumen"
    assert data["results"][0]["skills"] == ["Product photography"]
    assert data["results"][0]["matched"] == [{"words": "fotograf", "skills": "Product photography"}]
    assert data["understood"][0]["words"] == "fotograf"
    assert data["corrected"] == ""


@pytest.mark.django_db
def test_a_page_number_too_far_is_refused_clearly_or_shows_the_last_page(client, members):
    huge = "99999999999999999999999"
    response = client.get("/api/v1/directory/", {"lang": "de", "page": huge})
    assert response.status_code == 400
    assert response.json()["errors"]["page"] == ["Die Seite muss eine ganze Zahl von 1 bis 416 sein."]
    page = soup(client.get("/fr/membres/", {"page": huge}))  # the last page, here the first
    assert "Lumen" in names(page)


@pytest.mark.django_db
def test_autocomplete_understands_role_nouns_and_other_languages(client, members):
    found = client.get("/api/v1/directory/suggest/", {"lang": "en", "q": "Fotografin"}).json()["skills"]
    assert found[0]["label"] == "Product photography"
    typed = client.get("/api/v1/directory/suggest/", {"lang": "fr", "q": "Fotogr"}).json()["skills"]
    assert [s["label"] for s in typed] == ["Photographie de produits"]


@pytest.mark.django_db
def test_nobody_matching_everything_named_shows_who_matches_part_of_it(client, members):
    # No member has both a brand identity and sound design: those with either, and a notice saying so.
    page = soup(client.get("/en/members/", {"q": "logo sound design"}))
    assert set(names(page)) == {"Atelier Mosaïque", "Sonar"}
    assert "No member matches all of “logo sound design”" in text_of(page)
    data = client.get("/api/v1/directory/", {"lang": "de", "q": "Logo Sounddesign"}).json()
    assert data["relaxed"] is True
    assert {item["name"] for item in data["results"]} == {"Atelier Mosaïque", "Sonar"}
    # A query one member matches entirely is not relaxed.
    assert client.get("/api/v1/directory/", {"lang": "en", "q": "packaging"}).json()["relaxed"] is False


@pytest.mark.django_db
def test_what_a_need_is_for_ranks_the_members_without_excluding_others(client, members):
    # "for e-commerce" is what the photos are for: Lumen (photos) is found though no member does e-commerce.
    page = soup(client.get("/en/members/", {"q": "product photos for an online shop"}))
    assert names(page)[0] == "Lumen"
    assert "No member matches all" not in text_of(page)
