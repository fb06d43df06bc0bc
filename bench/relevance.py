"""Relevance of the directory search and the matchmaking shortlist, on the judged sets of ``tests/relevance/``.

    make bench-relevance                                  # 300 demo members, database backend and osmem
    .venv/bin/python bench/relevance.py --no-engine --part heldout
    .venv/bin/python bench/relevance.py --json /tmp/relevance.json

The judged sets were written and labelled from the query text alone (``heldout.json`` by a helper who saw
only the skill labels, frozen before any tuning; ``tuning.json`` likewise, and used while tuning). A member is
relevant to a query when it has one of the query's intended skills or branches (facet codes, the same in
every language). Each query is run as the directory page runs it (the same parser, so the same default order);
each brief as the shortlist page runs it (brief language detected).

Printed per part (tuning, held-out), backend and language:
- directory: mean precision@10 over the results shown (at most 10; a query without results counts 0), mean
  recall@10 of min(10, relevant), and the queries without results although relevant members exist;
- briefs: mean R-precision (precision at R = min(relevant, shortlist length 10)) and MRR (1 / rank of the
  first relevant member, 0 if none in the shortlist).
An engine answer that was ``degraded`` (served by the database because the engine failed) fails the run.
"""

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, configure  # noqa: E402

SETS = ROOT / "tests" / "relevance"
PARTS = ("tuning", "heldout")
LANGUAGES = ("fr", "en", "de")
TOP = 10


def load_part(part):
    path = SETS / f"{part}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"queries": [], "briefs": []}


class Judge:
    """Which members are relevant to an intent: read from the search documents' facet codes."""

    def __init__(self):
        from search.models import MemberDocument

        self.codes = {}
        self.by_language = defaultdict(list)
        for doc in MemberDocument.objects.all():
            codes = {("skill", c) for c in doc.facet_values("skill")} | {
                ("branch", c) for c in doc.facet_values("branch")
            }
            self.codes[doc.page_id] = codes
            self.by_language[doc.language].append(doc.page_id)

    @staticmethod
    def wanted(intent):
        return {("skill", c) for c in intent.get("skills", [])} | {("branch", c) for c in intent.get("branches", [])}

    def relevant(self, page_id, intent):
        return bool(self.codes.get(page_id, set()) & self.wanted(intent))

    def count(self, language, intent):
        wanted = self.wanted(intent)
        return sum(1 for pk in self.by_language[language] if self.codes[pk] & wanted)


def run_queries(queries, judge, backend_name):
    from django.http import QueryDict

    from search.facets import vocabulary
    from search.models import IndexState
    from search.query import parse
    from search.service import search_directory

    version = IndexState.current()
    rows = []
    for item in queries:
        lang = item["lang"]
        params = QueryDict(mutable=True)
        params["q"] = item["query"]
        query, notices = parse(params, lang, vocabulary(lang, version))
        query.page_size = TOP
        result = search_directory(query, notices, version=version)
        if backend_name != "database" and (result.degraded or result.backend != backend_name):
            raise SystemExit(f"degraded answer from {backend_name} for {item['id']}: {result.backend}")
        shown = [member.id for member in result.items][:TOP]
        hits = sum(1 for pk in shown if judge.relevant(pk, item["intent"]))
        relevant = judge.count(lang, item["intent"])
        rows.append(
            {
                "id": item["id"],
                "lang": lang,
                "query": item["query"],
                "precision": hits / len(shown) if shown else 0.0,
                "recall": hits / min(TOP, relevant) if relevant else 1.0,
                "empty": not shown and relevant > 0,
                "relevant": relevant,
                "total": result.total,
            }
        )
    return rows


def run_briefs(briefs, judge):
    from matchmaking.language import detect
    from matchmaking.ranking import Criteria, shortlist
    from search.models import IndexState

    version = IndexState.current()
    rows = []
    for item in briefs:
        lang = item["lang"]
        detection = detect(item["text"], lang)
        found = shortlist(Criteria(item["text"], lang, detection.language, limit=TOP), version=version)
        flags = [judge.relevant(match.page_id, item["intent"]) for match in found.results]
        relevant = judge.count(lang, item["intent"])
        r = min(relevant, TOP)
        rows.append(
            {
                "id": item["id"],
                "lang": lang,
                "r_precision": sum(flags[:r]) / r if r else 1.0,
                "mrr": next((1 / (rank + 1) for rank, flag in enumerate(flags) if flag), 0.0),
                "relevant": relevant,
                "skills": [code for code, _label in found.skills],
            }
        )
    return rows


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def summarise(query_rows, brief_rows):
    table = {}
    for lang in LANGUAGES:
        queries = [row for row in query_rows if row["lang"] == lang]
        briefs = [row for row in brief_rows if row["lang"] == lang]
        table[lang] = {
            "queries": len(queries),
            "precision@10": round(mean(row["precision"] for row in queries), 3),
            "recall@10": round(mean(row["recall"] for row in queries), 3),
            "no_result": sum(1 for row in queries if row["empty"]),
            "briefs": len(briefs),
            "r_precision": round(mean(row["r_precision"] for row in briefs), 3),
            "mrr": round(mean(row["mrr"] for row in briefs), 3),
        }
    return table


def print_table(title, table):
    print(f"\n{title}")
    print(f"{'lang':5} {'queries':>7} {'P@10':>6} {'R@10':>6} {'no result':>9} {'briefs':>7} {'R-prec':>7} {'MRR':>6}")
    for lang, row in table.items():
        print(
            f"{lang:5} {row['queries']:7} {row['precision@10']:6.3f} {row['recall@10']:6.3f} {row['no_result']:9} "
            f"{row['briefs']:7} {row['r_precision']:7.3f} {row['mrr']:6.3f}"
        )


def evaluate(backend_name, parts, judge, verbose):
    results = {}
    for part in parts:
        data = load_part(part)
        query_rows = run_queries(data["queries"], judge, backend_name)
        brief_rows = run_briefs(data["briefs"], judge) if backend_name == "database" else []
        table = summarise(query_rows, brief_rows)
        results[part] = {"table": table, "queries": query_rows, "briefs": brief_rows}
        print_table(f"{part} — {backend_name}", table)
        if verbose:
            for row in query_rows:
                if row["precision"] < 1 or row["recall"] < 1:
                    print(
                        f"  {row['id']:9} {row['query'][:40]:40} P {row['precision']:.2f} R {row['recall']:.2f} "
                        f"(relevant {row['relevant']}, found {row['total']})"
                    )
            for row in brief_rows:
                if row["r_precision"] < 1 or row["mrr"] < 1:
                    print(f"  {row['id']:9} R-prec {row['r_precision']:.2f} MRR {row['mrr']:.2f} read {row['skills']}")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--no-engine", action="store_true", help="skip the osmem (OpenSearch) leg")
    parser.add_argument("--verbose", action="store_true", help="list the queries and briefs below 1.0")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    configure(args.members)

    from django.core.management import call_command
    from django.test.utils import override_settings

    from search.backends import configured_engine

    parts = PARTS if args.part == "all" else (args.part,)
    judge = Judge()
    print(f"{len(judge.by_language['fr'])} members per language")
    report = {"database": evaluate("database", parts, judge, args.verbose)}
    if not args.no_engine:
        from osmem_server import OsmemServer

        with OsmemServer.start(japanese=False) as server:
            url = server.url.replace("http://", "opensearch://")
            with override_settings(SEARCH_URL=url, SEARCH_INDEX="relevance"):
                call_command("rebuild_search_index", "--engine-only", "--no-progress")
                engine = configured_engine()
                assert engine is not None
                report["opensearch"] = evaluate(engine.name, parts, judge, args.verbose)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
