"""Matchmaking quality on the gold set: recall@10 and MRR, overall and across languages.

The 300 demo members are built as the demo builds them (``demo.members``), turned into
search documents by the search app's own ``document_for`` and compiled into the database
backend's snapshots, without writing 900 pages: the ranking reads nothing else.
"""

import pytest

from demo.data import LANGS
from demo.members import member_specs, only_language, unsaved_page, vocabularies
from demo.site import ensure_locales
from demo.taxonomy import ensure_taxonomy
from matchmaking.language import detect
from matchmaking.ranking import Criteria, shortlist
from search.backends.memory import ROW_FIELDS, DatabaseBackend, Snapshot, compile_row
from search.documents import document_for

from .gold import GOLD

SEED, MEMBERS, TOP = 2016, 300, 10
VERSION = "gold-set"


def fake_id(index, lang):
    return 1_000_000 + index * 3 + LANGS.index(lang)


@pytest.fixture
def demo_index(db):
    locales = ensure_locales()
    ensure_taxonomy()
    branches, skills, languages = vocabularies()
    specs = member_specs(SEED, MEMBERS)
    for lang in LANGS:
        rows = []
        for spec in specs:
            page = unsaved_page(spec, lang, locales[lang], branches, skills, languages)
            page.pk = page.id = fake_id(spec.index, lang)
            page.url_path = f"/{lang}/{spec.slug}/"
            document = document_for(page)
            rows.append(compile_row({name: getattr(document, name) for name in ROW_FIELDS}))
        rows.sort(key=lambda row: (row["name"].casefold(), row["page_id"]))
        DatabaseBackend._snapshots[lang] = Snapshot(lang, VERSION, rows)
    yield specs
    DatabaseBackend.forget()


def evaluate(specs):
    by_slug = {spec.slug: spec for spec in specs}
    outcomes = []
    for brief in GOLD:
        lang = brief["lang"]
        missing = [slug for slug in brief["expected"] if slug not in by_slug]
        assert not missing, f"unknown demo members in the gold set: {missing}"
        detection = detect(brief["text"], lang)
        assert detection.language == lang, brief["text"]
        found = shortlist(Criteria(brief["text"], lang, detection.language, limit=TOP), version=VERSION)
        ranked = [match.page_id for match in found.results]
        expected = {fake_id(by_slug[slug].index, lang) for slug in brief["expected"]}
        ranks = [ranked.index(pk) + 1 for pk in ranked if pk in expected]
        cross = any(
            only_language(SEED, by_slug[slug].index, by_slug[slug].languages) not in ("", lang)
            for slug in brief["expected"]
        )
        outcomes.append(
            {
                "brief": brief,
                "cross": cross,
                "recall": len(ranks) / len(expected),
                "rr": 1 / ranks[0] if ranks else 0.0,
                "skills": [code for code, _label in found.skills],
            }
        )
    return outcomes


def figures(outcomes):
    count = len(outcomes)
    return (
        count,
        sum(o["recall"] for o in outcomes) / count if count else 0.0,
        sum(o["rr"] for o in outcomes) / count if count else 0.0,
    )


def test_gold_set_recall_and_mrr(demo_index, capsys):
    assert len(GOLD) >= 30
    assert all(sum(1 for b in GOLD if b["lang"] == lang) >= 10 for lang in LANGS)
    outcomes = evaluate(demo_index)
    lines = []
    for label, subset in [
        ("all", outcomes),
        *((f"briefs in {lang}", [o for o in outcomes if o["brief"]["lang"] == lang]) for lang in LANGS),
        ("cross-language", [o for o in outcomes if o["cross"]]),
    ]:
        count, recall, mrr = figures(subset)
        lines.append(f"{label:>16}: {count:2d} briefs, recall@{TOP} = {recall:.2f}, MRR = {mrr:.2f}")
    misses = [
        f"  missed ({o['brief']['lang']}): {o['brief']['text'][:70]} skills={o['skills']}"
        for o in outcomes
        if not o["recall"]
    ]
    with capsys.disabled():
        print("\nMatchmaking gold set\n" + "\n".join(lines + misses))
    cross = [o for o in outcomes if o["cross"]]
    assert len(cross) >= 10
    assert figures(outcomes)[1] >= 0.8
    assert figures(cross)[1] >= 0.7
