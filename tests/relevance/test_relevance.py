"""The search issue's targets on the held-out judged set, on the database backend and on OpenSearch (osmem).

``bench/relevance.py`` runs in a subprocess on a fresh demo database of 300 members (the same command as
``make bench-relevance``); an engine answer served by the database instead fails the run. The held-out part was
written and labelled by a helper from the query text alone and frozen before tuning; the tuning part is only
reported. Where a target is not met yet, it is recorded below with the measured value, and the test fails as
soon as the measurement differs from the record either way (a regression, or a target reached).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {"precision@10": 0.85, "recall@10": 0.85}
BRIEF_TARGETS = {"r_precision": 0.8, "mrr": 0.9}
# (backend, language): measured on the held-out part when this was written, below the targets. The
# directory met them all on both backends on 2026-12-06 (German: database 0.906/0.881, OpenSearch 0.882/0.857).
BELOW_TARGET = {}
# German briefs met theirs on 2026-12-07 (held-out R-precision 0.82; 0.74 and 0.72 in the sessions before,
# 0.62 on 2026-12-06, 0.60 before that).
BRIEFS_BELOW_TARGET = {}
# Set by .ci/run for its PostgreSQL leg only: the benchmark runs on its own SQLite database and osmem whatever
# DATABASE_URL says, so that leg would repeat exactly what the SQLite leg measured (about 105 s). ``make test``
# alone, without it, runs the benchmark.
ALREADY_RUN = "RELEVANCE_ALREADY_RUN"


def already_run(environ=os.environ):
    return environ.get(ALREADY_RUN, "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relevance")
    output = folder / "relevance.json"
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": f"sqlite:///{folder / 'members-300.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
    }
    env.pop("DATABASE_URL", None)
    env.pop("SEARCH_URL", None)
    command = [sys.executable, str(ROOT / "bench" / "relevance.py"), "--members", "300", "--json", str(output)]
    # Our own script with fixed arguments.
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200, check=False)  # noqa: S603
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(output.read_text(encoding="utf-8"))


def below_target(report):
    """{(backend, language) or ("briefs", language)} where the held-out part misses a target of the issue."""
    below = set()
    for backend in ("database", "opensearch"):
        for lang, row in report[backend]["heldout"]["table"].items():
            assert row["queries"] >= 17
            if any(row[name] < target for name, target in TARGETS.items()) or row["no_result"]:
                below.add((backend, lang))
    for lang, row in report["database"]["heldout"]["table"].items():
        assert row["briefs"] >= 5
        if any(row[name] < target for name, target in BRIEF_TARGETS.items()):
            below.add(("briefs", lang))
    return below


@pytest.mark.skipif(
    already_run(),
    reason=f"{ALREADY_RUN} is set: .ci/run's SQLite leg already ran bench/relevance.py, which uses its own SQLite "
    "database and osmem whatever DATABASE_URL says",
)
def test_held_out_targets_met_except_where_recorded_and_the_tuning_part_reported(report):
    # Fails both ways: a target missed that was met (a regression), or one met that is still recorded as missed
    # (then remove it from the lists above). The recorded misses keep the issue open.
    expected = set(BELOW_TARGET) | {("briefs", lang) for lang in BRIEFS_BELOW_TARGET}
    assert below_target(report) == expected
    # One test, so that the benchmark runs once whichever worker gets it.
    for backend in ("database", "opensearch"):
        for part in ("tuning", "heldout"):
            table = report[backend][part]["table"]
            assert set(table) == {"fr", "en", "de"}
            assert all(row["queries"] for row in table.values())
    # The understanding layer lifted the tuning part well above where it was (P@10 0.29 to 0.45 before).
    assert min(row["precision@10"] for row in report["database"]["tuning"]["table"].values()) >= 0.85


def test_only_the_postgresql_leg_of_ci_skips_the_benchmark():
    assert not already_run({}) and not already_run({ALREADY_RUN: "0"}) and already_run({ALREADY_RUN: "1"})
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    sqlite_leg = script.index('stage "SQLite leg')
    postgresql_leg = script.index('stage "$leg')
    setting = script.index(f"export {ALREADY_RUN}=1")
    assert sqlite_leg < script.index("export DATABASE_URL=") < setting < postgresql_leg, (
        "set for the PostgreSQL leg only"
    )
    assert "make test" in script[postgresql_leg : script.index("\n", postgresql_leg)]
    assert script.count(ALREADY_RUN) == 1
