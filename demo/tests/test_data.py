"""The demo's data files: complete in three languages, only known placeholders, consistent with the taxonomy."""

import re
import string

import pytest

from demo.data import DATA, LANGS, load
from demo.members import member_specs
from demo.taxonomy import taxonomy

PLACEHOLDERS = {"name", "branch", "skill1", "skill2", "skill3", "commune", "year", "client", "team", "last"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fields(text):
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def per_language(node):
    """Every {"fr", "en", "de"} object in a data file."""
    if isinstance(node, dict):
        if set(node) & set(LANGS):
            yield node
        else:
            for value in node.values():
                yield from per_language(value)
    elif isinstance(node, list):
        for value in node:
            yield from per_language(value)


# Files of texts (members.json and media.json hold shares and colours, keyed by language codes at times).
TEXT_FILES = sorted(path.stem for path in DATA.glob("*.json") if path.stem not in ("members", "media"))


# Members write their posts in the languages they choose (one to three): the other languages are translations.
SOME_LANGUAGES = {"posts"}


@pytest.mark.parametrize("name", TEXT_FILES)
def test_every_text_exists_in_the_three_languages(name):
    for values in per_language(load(name)):
        if name in SOME_LANGUAGES:
            assert values and set(values) <= set(LANGS), values
            assert len({tuple(sorted(texts)) for texts in values.values()}) == 1, values  # the same fields in each
            continue
        assert set(values) == set(LANGS), values
        kinds = {type(value) for value in values.values()}
        assert len(kinds) == 1, values
        if list in kinds:
            assert len({len(value) for value in values.values()}) == 1, values


def test_sentence_patterns_are_parallel_and_use_known_placeholders():
    for name, patterns in load("member_texts").items():
        if name.startswith("_"):
            continue
        lists = (
            patterns
            if name != "portfolio_titles"
            else {
                f"{lang}:{media}": titles for lang, by_media in patterns.items() for media, titles in by_media.items()
            }
        )
        for texts in lists.values():
            for text in texts:
                assert text == text.strip() and fields(text) <= PLACEHOLDERS, (name, text)
    titles = load("member_texts")["portfolio_titles"]
    assert {tuple(sorted(by_media)) for by_media in titles.values()} == {tuple(sorted(load("members")["media"]))}


def test_branch_pages_match_the_taxonomy():
    pages = load("branches")["pages"]
    assert [page["code"] for page in pages] == [branch["code"] for branch in taxonomy()["branches"]]
    for lang in LANGS:
        slugs = [page["slug"][lang] for page in pages]
        assert len(set(slugs)) == len(slugs) and all(SLUG.match(slug) for slug in slugs)


def test_draws_name_known_codes():
    members = load("members")
    assert set(members["cantons"]) == set(members["cantons_communes"])
    assert set(members["company_words"]) == {branch["code"] for branch in taxonomy()["branches"]}
    assert set(members["spoken_languages"]) <= set(taxonomy()["spoken_languages"])
    skills = {skill["code"] for skill in taxonomy()["skills"]}
    branches = {branch["code"] for branch in taxonomy()["branches"]}
    for event in load("agenda")["events"]:
        assert event["branch"] is None or event["branch"] in branches
    for job in load("jobs")["jobs"] + load("jobs")["collaborations"]:
        assert job["branch"] in branches
    assert skills  # the skills every member draws from


def test_members_are_deterministic_and_unique():
    first, again = member_specs(2016, 60), member_specs(2016, 60)
    assert [(s.name, s.text, s.portfolio) for s in first] == [(s.name, s.text, s.portfolio) for s in again]
    assert len({s.slug for s in first}) == 60
    # Member #17 is the same whatever the number of members.
    assert member_specs(2016, 18)[17].text == first[17].text
    writers = {s.writes_in for s in member_specs(2016, 300)}
    assert writers == {"", "fr", "de"}
