"""The skill facet, up to 132 values long, as a visitor without JavaScript gets it: the selected skills, then the
most frequent, then by label; twelve shown besides the selected ones and the rest behind "More skills", all in
the plain GET form. The filter box is there for the script to show, named nowhere so that it is never sent."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from members.templatetags.facet_tags import by_relevance, split_frequent
from search.service import FacetValue
from taxonomy.models import Branch
from tests.factories.home import translate_page
from tests.factories.members import MemberPageFactory, SkillFactory

pytestmark = pytest.mark.django_db

# Skill labels (French) and how many members have each: the frequent ones, then eleven held by one member.
COUNTS = {"Typographie": 5, "Photographie": 4, "Éclairage": 3, "Animation": 3}
RARE = ["Zèbre", "Broderie", "Céramique", "Dorure", "Ébénisterie", "Gravure", "Harpe", "Imprimerie", "Joaillerie",
        "Kinétique", "Lutherie"]  # fmt: skip
FIRST = ["Typographie", "Photographie", "Animation", "Éclairage", "Broderie", "Céramique", "Dorure", "Ébénisterie",
         "Gravure", "Harpe", "Imprimerie", "Joaillerie"]  # fmt: skip


def code(label):
    return label.lower().translate(str.maketrans("éèç", "eec"))


@pytest.fixture
def skilled(site_tree):
    """Five French members (also in German) holding the fifteen skills with the counts above."""
    design = Branch.objects.get(code="design")
    counts = {**COUNTS, **dict.fromkeys(RARE, 1)}
    skills = {
        label: SkillFactory(code=code(label), branch=design, label_fr=label, label_en=label, label_de=f"{label} DE")
        for label in counts
    }
    for n in range(1, 6):
        page = MemberPageFactory(
            parent=site_tree.branches["design"]["fr"], locale=site_tree.locales["fr"], title=f"Atelier {n}"
        )
        page.skills.add(*[skill for label, skill in skills.items() if counts[label] >= n])
        page.save_revision().publish()
        translate_page(page, site_tree.locales["de"])
    return site_tree


def skill_facet(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one('details.facet[data-facet="skill"]')


def labels(items):
    return [item.select_one(".facet__label").get_text() for item in items]


def shown_first(facet):
    return labels(facet.select("fieldset > ul.facet__values > li"))


def behind_more(facet):
    return labels(facet.select("details.facet__more li"))


def test_selected_then_most_frequent_then_by_label_with_twelve_shown_and_the_rest_behind_more(skilled):
    facet = skill_facet(Client().get(skilled.directory["fr"].url))
    assert not facet.has_attr("open")  # closed until the visitor opens it or ticks a skill
    assert shown_first(facet) == FIRST
    assert behind_more(facet) == ["Kinétique", "Lutherie", "Zèbre"]
    more = facet.select_one("details.facet__more")
    assert not more.has_attr("open")
    assert more.summary.get_text(strip=True) == "Plus de compétences (3)"
    # Counts as the visitor reads them, behind "More skills" too.
    assert facet.select_one('label[for="f-skill-typographie"]').get_text(" ", strip=True) == "Typographie (5)"
    assert more.select_one('label[for="f-skill-zebre"]').get_text(" ", strip=True) == "Zèbre (1)"


def test_every_skill_stays_in_the_plain_get_form_and_a_skill_ticked_behind_more_comes_first(skilled):
    client = Client()
    doc = BeautifulSoup(client.get(skilled.directory["fr"].url).content, "html.parser")
    form = doc.select_one("form[data-directory]")
    boxes = form.select('details[data-facet="skill"] input[type=checkbox][name=skill]')
    assert len(boxes) == 15
    assert all(doc.select_one(f'label[for="{box["id"]}"]') for box in boxes)

    facet = skill_facet(client.get(skilled.directory["fr"].url, {"skill": ["lutherie", "dorure"]}))
    assert facet.has_attr("open")
    assert shown_first(facet) == ["Dorure", "Lutherie", *[label for label in FIRST if label != "Dorure"], "Kinétique"]
    assert behind_more(facet) == ["Zèbre"]
    checked = [box["value"] for box in facet.select("input[checked]")]
    assert checked == ["dorure", "lutherie"]


def test_the_filter_box_is_for_the_script_and_never_sent_with_the_form(skilled):
    facet = skill_facet(Client().get(skilled.directory["fr"].url))
    box = facet.select_one("[data-facet-filter]")
    assert box.has_attr("hidden")  # without JavaScript it would do nothing
    field = box.select_one('input[type="search"]')
    assert not field.has_attr("name")
    assert box.select_one(f'label[for="{field["id"]}"]').get_text(strip=True) == "Filtrer les compétences"
    status = box.select_one('[role="status"][aria-live="polite"]')
    assert (status["data-none"], status["data-one"], status["data-other"]) == (
        "Aucune compétence ne correspond",
        "1 compétence correspond",
        "{count} compétences correspondent",
    )


def test_the_facet_speaks_the_page_language(skilled):
    facet = skill_facet(Client().get(skilled.directory["de"].url))
    assert facet.select_one("details.facet__more summary").get_text(strip=True) == "Weitere Kompetenzen (3)"
    assert facet.select_one("[data-facet-filter] label").get_text(strip=True) == "Kompetenzen filtern"
    assert shown_first(facet)[:4] == ["Typographie DE", "Photographie DE", "Animation DE", "Éclairage DE"]
    assert facet.select_one("[role=status]")["data-other"] == "{count} Kompetenzen passen"


def test_a_short_skill_facet_has_neither_more_nor_filter(site_tree):
    design = Branch.objects.get(code="design")
    page = MemberPageFactory(parent=site_tree.branches["design"]["fr"], locale=site_tree.locales["fr"])
    page.skills.add(SkillFactory(code="web", branch=design, label_fr="Web"))
    page.save_revision().publish()
    facet = skill_facet(Client().get(site_tree.directory["fr"].url))
    assert shown_first(facet) == ["Web"]
    assert facet.select("details.facet__more, [data-facet-filter]") == []
    # A search that leaves no skill says so, as the other facets do.
    facet = skill_facet(Client().get(site_tree.directory["fr"].url, {"kind": "freelancer"}))
    assert "Aucun membre de ces résultats" in facet.get_text()


def value(label, count, selected=False):
    return FacetValue(value=code(label), label=label, count=count, selected=selected)


def test_ordering_puts_selected_values_first_even_at_zero_and_breaks_ties_by_label_without_accents():
    values = [value("Zèbre", 2), value("écriture", 2), value("Broderie", 7), value("Dorure", 0, selected=True),
              value("Animation", 2, selected=True), value("Édition", 2)]  # fmt: skip
    assert [v.label for v in by_relevance(values)] == [
        "Animation",
        "Dorure",
        "Broderie",
        "écriture",
        "Édition",
        "Zèbre",
    ]
    split = split_frequent(values, 2)
    assert [v.label for v in split.first] == ["Animation", "Dorure", "Broderie", "écriture"]
    assert [v.label for v in split.more] == ["Édition", "Zèbre"]
    assert split_frequent(values[:3]).more == []
