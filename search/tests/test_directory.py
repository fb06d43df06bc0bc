"""The directory search on the database backend: facets, text, locales, index upkeep, the page."""

import json
import random

import pytest
from django.core.management import CommandError, call_command
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from members.models import MemberPage, PortfolioItem
from search.facets import FACET_NAMES, vocabulary
from search.models import MemberDocument
from search.query import DirectoryQuery, parse
from search.service import search_directory

from .helpers import SKILL_CODES, make_member

KINDS = ("company", "freelancer", "collective")
CANTONS = ("esch-sur-alzette", "luxembourg", "wiltz")
LANGS = ("fr", "en", "de", "lb")
MEDIA = ("image", "video", "audio", "pdf")
WORDS = ("lumière", "affiche", "studio", "béton", "mélodie")


def member_values(page):
    """A member's facet values read from the page itself (not from the search documents)."""
    return {
        "branch": {b.code for b in page.branches.all()},
        "kind": {page.kind},
        "canton": {page.canton} if page.canton else set(),
        "language": {lang.code for lang in page.languages.all()},
        "skill": {s.code for s in page.skills.all()},
        "available": {"1"} if page.available_for_hire else set(),
        "collab": {"1"} if page.open_to_collaboration else set(),
        "media": {item.media_type for item in PortfolioItem.objects.filter(page=page)},
    }


def brute_force(members, filters, word):
    """Expected total and disjunctive counts, computed naively over every member."""

    def passes(values, text, skip=None):
        if word and word not in text:
            return False
        return all(values[name] & set(chosen) for name, chosen in filters.items() if name != skip and chosen)

    expected_ids = {pk for pk, values, text in members if passes(values, text)}
    counts = {name: {} for name in FACET_NAMES}
    for _pk, values, text in members:
        for name in FACET_NAMES:
            if passes(values, text, skip=name):
                for value in values[name]:
                    counts[name][value] = counts[name].get(value, 0) + 1
    return expected_ids, counts


@pytest.fixture
def population(site_tree):
    rng = random.Random(7)
    members = []
    for n in range(24):
        word = rng.choice(WORDS)
        page = make_member(
            site_tree,
            rng.choice(["design", "music"]),
            secondary=rng.sample(["design", "music"], rng.randint(0, 1)),
            skill_codes=rng.sample(SKILL_CODES, rng.randint(0, 3)),
            languages=rng.sample(LANGS, rng.randint(0, 3)),
            media=rng.sample(MEDIA, rng.randint(0, 2)),
            kind=rng.choice(KINDS),
            canton=rng.choice(CANTONS),
            available_for_hire=rng.random() < 0.5,
            open_to_collaboration=rng.random() < 0.4,
            tagline=f"Atelier {word} numéro {n}",
            bio="<p>Un travail soigné.</p>",
        )["fr"]
        members.append(page)
    existing = [m["fr"] for m in site_tree.members]
    return [(p.pk, member_values(p), f"{p.title} {p.tagline}".lower()) for p in existing + members]


filter_choices = st.fixed_dictionaries(
    {
        "branch": st.lists(st.sampled_from(["design", "music"]), unique=True, max_size=2),
        "kind": st.lists(st.sampled_from(KINDS), unique=True, max_size=2),
        "canton": st.lists(st.sampled_from(CANTONS), unique=True, max_size=2),
        "language": st.lists(st.sampled_from(LANGS), unique=True, max_size=2),
        "skill": st.lists(st.sampled_from(SKILL_CODES), unique=True, max_size=3),
        "available": st.sampled_from([[], ["1"]]),
        "collab": st.sampled_from([[], ["1"]]),
        "media": st.lists(st.sampled_from(MEDIA), unique=True, max_size=2),
    }
)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(filters=filter_choices, word=st.sampled_from([None, *WORDS]))
def test_counts_equal_a_brute_force_count(population, filters, word):
    query = DirectoryQuery("fr", word or "", {k: tuple(v) for k, v in filters.items() if v}, "name", 1, 100)
    result = search_directory(query)
    expected_ids, expected_counts = brute_force(population, filters, word)
    assert result.total == len(expected_ids)
    assert {item.id for item in result.items} == expected_ids
    for group in result.facets:
        for value in group.values:
            assert value.count == expected_counts[group.name].get(value.value, 0), (group.name, value.value)
    # A selected value stays listed even when its count falls to zero.
    for name, chosen in filters.items():
        shown = {v.value for v in result.facet(name).shown}
        assert set(chosen) <= shown


@pytest.mark.django_db
def test_every_facet_value_is_listed_without_a_cap(site_tree):
    many = [f"s{n:02d}" for n in range(15)]
    from tests.factories.members import SkillFactory

    for code in many:
        SkillFactory(code=code)
    member = site_tree.members[0]["fr"]
    member.skills.add(*member.skills.model.objects.filter(code__in=many))
    member.save_revision().publish()
    result = search_directory(DirectoryQuery("fr"))
    counts = {v.value: v.count for v in result.facet("skill").values}
    assert all(counts[code] == 1 for code in many)
    assert len(result.facet("skill").shown) == 15


@pytest.mark.django_db
def test_a_member_in_two_branches_counts_in_both(site_tree):
    make_member(site_tree, "design", secondary=["music"], tagline="Double appartenance")
    result = search_directory(DirectoryQuery("fr", "appartenance"))
    counts = {v.value: v.count for v in result.facet("branch").values}
    assert counts == {"design": 1, "music": 1}


@pytest.mark.django_db
def test_results_come_from_the_current_language_only(site_tree):
    versions = make_member(site_tree, translate_to=["en"], tagline="Sérigraphie artisanale")
    versions["en"].tagline = "Handmade screen printing"
    versions["en"].save_revision().publish()
    fr = search_directory(DirectoryQuery("fr", "sérigraphie"))
    en = search_directory(DirectoryQuery("en", "sérigraphie"))
    en_native = search_directory(DirectoryQuery("en", "screen printing"))
    assert [i.id for i in fr.items] == [versions["fr"].pk]
    assert en.total == 0
    assert [i.id for i in en_native.items] == [versions["en"].pk]
    assert search_directory(DirectoryQuery("de")).total == 4  # the four German members of the tree


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("eclectique", "Un atelier éclectique"),
        ("ÉCLECTIQUE", "Un atelier éclectique"),
        ("créatrices", "Une créatrice de bijoux"),
        ("designers", "Designer graphique"),
        ("Künstlerinnen", "Künstlerin aus Esch"),
        ("oeuvres", "Œuvres uniques"),
    ],
)
def test_database_backend_ignores_accents_and_plurals(site_tree, typed, stored):
    page = make_member(site_tree, tagline=stored)["fr"]
    result = search_directory(DirectoryQuery("fr", typed))
    assert [i.id for i in result.items] == [page.pk]
    assert "<mark>" in result.items[0].snippet


@pytest.mark.django_db
def test_text_covers_bio_skills_and_portfolio_and_says_why(site_tree):
    by_bio = make_member(site_tree, title="Alpha", bio="<p>Nous restaurons des vitraux anciens.</p>")["fr"]
    by_skill = make_member(site_tree, title="Beta", skill_codes=["sound-design"])["fr"]
    by_item = make_member(
        site_tree,
        title="Gamma",
        items=[{"title": "Théâtre des Capucins", "caption": "Une scénographie", "credits": ""}],
    )["fr"]
    assert [i.id for i in search_directory(DirectoryQuery("fr", "vitraux")).items] == [by_bio.pk]
    skill_hit = search_directory(DirectoryQuery("fr", "compétence sound")).items
    assert [i.id for i in skill_hit] == [by_skill.pk]
    item_hit = search_directory(DirectoryQuery("fr", "capucins")).items
    assert [i.id for i in item_hit] == [by_item.pk]
    assert "Théâtre des Capucins" in item_hit[0].reason
    assert "<mark>Capucins</mark>" in item_hit[0].snippet


@pytest.mark.django_db
def test_sorting_by_name_newest_and_relevance(site_tree):
    from datetime import timedelta

    from django.utils import timezone

    old = make_member(site_tree, title="Aaa Studio", tagline="affiche")["fr"]
    new = make_member(site_tree, title="Zzz Studio", tagline="autre", bio="<p>affiche</p>")["fr"]
    MemberPage.objects.filter(pk=old.pk).update(first_published_at=timezone.now() - timedelta(days=400))
    old.save_revision().publish()
    by_name = search_directory(DirectoryQuery("fr", "affiche", sort="name"))
    newest = search_directory(DirectoryQuery("fr", "affiche", sort="newest"))
    relevance = search_directory(DirectoryQuery("fr", "zzz affiche"))
    assert [i.id for i in by_name.items] == [old.pk, new.pk]
    assert [i.id for i in newest.items] == [new.pk, old.pk]
    assert relevance.items[0].id == new.pk


@pytest.mark.django_db
def test_pages_of_results(site_tree):
    for n in range(5):
        make_member(site_tree, title=f"Page test {n}", tagline="pagination")
    first = search_directory(DirectoryQuery("fr", "pagination", page=1, page_size=2))
    last = search_directory(DirectoryQuery("fr", "pagination", page=3, page_size=2))
    assert (first.total, first.num_pages, len(first.items), first.has_next) == (5, 3, 2, True)
    assert (len(last.items), last.has_next, last.has_previous) == (1, False, True)
    assert [i.name for i in last.items] == ["Page test 4"]


@pytest.mark.django_db
def test_index_follows_unpublish_republish_delete_and_privacy(site_tree, django_capture_on_commit_callbacks):
    page = make_member(site_tree, tagline="Ferronnerie d'art")["fr"]

    def found():
        return [i.id for i in search_directory(DirectoryQuery("fr", "ferronnerie")).items]

    assert found() == [page.pk]
    page.unpublish()
    assert found() == []
    page.save_revision().publish()
    assert found() == [page.pk]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert found() == []
    restriction.delete()
    assert found() == [page.pk]
    with django_capture_on_commit_callbacks(execute=True):
        PortfolioItem.objects.create(page=page, locale=page.locale, title="Grille de jardin", sort_order=9)
    assert [i.id for i in search_directory(DirectoryQuery("fr", "jardin")).items] == [page.pk]
    page.delete()
    assert found() == []
    assert not MemberDocument.objects.filter(pk=page.pk).exists()


@pytest.mark.django_db
def test_moving_a_member_updates_its_branches(site_tree):
    page = make_member(site_tree, "design", tagline="Déménagement")["fr"]
    page.move(site_tree.branches["music"]["fr"], pos="last-child")
    result = search_directory(DirectoryQuery("fr", "déménagement"))
    assert {v.value for v in result.facet("branch").values if v.count} >= {"music"}


@pytest.mark.django_db
def test_rebuild_command_restores_the_documents(site_tree, capsys):
    MemberDocument.objects.all().delete()
    assert search_directory(DirectoryQuery("fr")).total == 0
    call_command("rebuild_search_index", "--no-progress")
    assert "member documents" in capsys.readouterr().out
    assert search_directory(DirectoryQuery("fr")).total == 4


def test_lenient_parsing_repairs_bad_links(db):
    vocab = vocabulary("fr")
    params = QueryDict(mutable=True)
    params.update({"q": "x" * 10_000, "page": "abc", "sort": "sideways", "available": "maybe"})
    params.setlist("kind", ["company", "pirate", "company"])
    query, notices = parse(params, "fr", vocab)
    assert len(query.text) == 200
    assert (query.page, query.sort, query.filters) == (1, "relevance", {"kind": ("company",)})
    assert len(notices) == 2


@pytest.mark.django_db
def test_command_line_uses_the_same_service(site_tree, capsys):
    make_member(site_tree, "music", title="Écho Studio", tagline="Prise de son", available_for_hire=True)
    call_command("directory_search", "son", "--param", "available=1", "--json")
    answer = json.loads(capsys.readouterr().out)
    assert answer["count"] == 1 and answer["results"][0]["name"] == "Écho Studio"
    assert answer["facets"]["branch"] == {"music": 1}
    with pytest.raises(CommandError, match="sort"):
        call_command("directory_search", "--param", "sort=price")


@pytest.mark.django_db
def test_make_run_builds_missing_documents_of_an_older_site(editorial_site, capsys):
    MemberDocument.objects.all().delete()
    call_command("seed_demo", "--if-empty", "--no-progress")
    out = capsys.readouterr().out
    assert "Directory search documents built: 12." in out
    assert "nothing more to seed" in out
    assert search_directory(DirectoryQuery("de")).total == 4
