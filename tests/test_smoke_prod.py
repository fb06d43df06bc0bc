"""The production smoke test's own logic (tools/smoke_prod.py), without the stack: what it counts, how it judges a
phase, the table it prints, the forms it fills."""

from tools import smoke_prod
from tools.smoke_prod import Outcome, Probe, Sample, Write


def sample(phase, status, expected=True, journey="visitor"):
    return Sample(phase, journey, "GET", "/fr/", status, expected)


def row(phase="redis", **outcome):
    samples = [sample(phase, 200), sample(phase, 200)]
    return smoke_prod.summarise(phase, samples, [], set(), Outcome(**{"recovery": 1.0, **outcome}))


def test_recovery_counts_from_the_end_of_the_fault_to_the_first_good_round_after_it():
    probes = [Probe(9.0, True), Probe(10.5, False, "500"), Probe(11.0, False, "500"), Probe(12.5, True)]
    assert smoke_prod.recovery_seconds(probes, fault_end=10.0) == 2.5
    assert smoke_prod.recovery_seconds(probes, fault_end=13.0) is None
    assert smoke_prod.recovery_seconds([Probe(10.0, True)], fault_end=10.0) == 0.0


def test_a_phase_counts_its_own_requests_errors_and_lost_writes():
    samples = [
        sample("redis", 200),
        sample("redis", 500),
        sample("redis", 502),
        sample("redis", None, expected=False),
        sample("redis", 403, expected=False),
        sample("none", 500),
    ]
    writes = [Write("redis", "contact", "a"), Write("redis", "brief", "b"), Write("none", "profile", "c")]
    result = smoke_prod.summarise("redis", samples, writes, {"a"}, Outcome(2.0))
    assert (result.requests, result.server_errors, result.no_answer, result.unexpected) == (5, 2, 1, 1)
    assert (result.writes, result.lost) == (2, 1)
    assert [w.key for w in smoke_prod.lost_writes(writes, {"a", "c"})] == ["b"]


def test_a_clean_fault_phase_passes():
    assert smoke_prod.judge(row("redis")) == []


def test_answers_over_500_break_every_phase_but_the_database_one():
    errors = [sample("redis", 500), sample("redis", 200)]
    redis = smoke_prod.summarise("redis", errors, [], set(), Outcome(1.0))
    assert smoke_prod.judge(redis) == ["1 answers ≥ 500"]
    database = smoke_prod.summarise(
        "postgres", [sample("postgres", 500), sample("postgres", None, False)], [], set(), Outcome(1.0)
    )
    assert smoke_prod.judge(database) == []


def test_a_lost_write_breaks_even_the_database_phase():
    writes = [Write("postgres", "contact", "gone")]
    result = smoke_prod.summarise("postgres", [sample("postgres", 200)], writes, set(), Outcome(1.0))
    assert smoke_prod.judge(result) == ["1 accepted writes lost"]


def test_recovery_must_come_and_come_within_the_phase_limit():
    assert smoke_prod.judge(row("redis", recovery=None)) == ["never fully recovered"]
    assert smoke_prod.judge(row("redis", recovery=12.3)) == ["recovered in 12.3 s (limit 10 s)"]
    assert smoke_prod.judge(row("engine", recovery=35.0)) == []


def test_without_a_fault_nothing_unexpected_may_happen():
    quiet = smoke_prod.summarise("none", [sample("none", 200), sample("none", 429, False)], [], set(), Outcome(0.0))
    assert smoke_prod.judge(quiet) == ["1 unexpected answers without any fault"]
    assert smoke_prod.judge(row("none", recovery=None)) == ["some answers were not fully good"]


def test_a_signed_out_member_and_a_dead_process_break_the_phase():
    broken = smoke_prod.judge(row("redis", signed_out=2, problems=["the webhook worker died (exit 1): boom"]))
    assert broken == ["the signed-in member was signed out 2 times", "the webhook worker died (exit 1): boom"]


def test_an_empty_phase_fails():
    empty = smoke_prod.summarise("gunicorn-hup", [], [], set(), Outcome(0.5))
    assert smoke_prod.judge(empty) == ["no request was sent"]


def test_the_table_has_a_line_per_phase_a_verdict_and_the_broken_limits():
    database = smoke_prod.summarise(
        "postgres", [sample("postgres", 500), sample("postgres", 200)], [], set(), Outcome(1.1, notes=["3 + 2"])
    )
    redis = smoke_prod.summarise("redis", [sample("redis", 500)], [], set(), Outcome(None))
    table = smoke_prod.format_table([database, redis])
    lines = table.splitlines()
    assert lines[0].split() == [
        "fault",
        "requests",
        "≥500",
        "no",
        "answer",
        "unexpected",
        "writes",
        "lost",
        "recover",
        "s",
        "limit",
        "s",
        "verdict",
    ]
    assert lines[2].startswith("PostgreSQL connections terminated")
    assert "1 (allowed)" in lines[2] and lines[2].endswith("ok")
    assert lines[3].startswith("Redis killed, restarted empty") and "never" in lines[3] and lines[3].endswith("FAIL")
    assert "FAIL Redis killed, restarted empty: 1 answers ≥ 500" in lines
    assert "FAIL Redis killed, restarted empty: never fully recovered" in lines
    assert "     PostgreSQL connections terminated: 3 + 2" in lines
    # Columns line up: every cell of the requests column ends where its header does.
    end = lines[0].index("requests") + len("requests")
    assert lines[2][end - 1] == "2" and lines[3][end - 1] == "1"


FORM = """
<form action="/fr/mon-espace/deconnexion/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="T0"></form>
<form method="post" enctype="multipart/form-data">
  <input type="hidden" name="csrfmiddlewaretoken" value="T1">
  <input type="text" name="tagline_fr" value="Des idées">
  <textarea name="bio_fr">
Première ligne</textarea>
  <select name="kind"><option value="freelancer">Indépendant</option><option value="company" selected>Entreprise</option></select>
  <select name="canton"><option value="">—</option><option value="capellen">Capellen</option></select>
  <select name="skills" multiple><option value="a">A</option></select>
  <input type="checkbox" name="available" checked>
  <input type="checkbox" name="collab">
  <input type="checkbox" name="languages" value="fr" checked><input type="checkbox" name="languages" value="de">
  <input type="file" name="logo">
  <input type="text" name="frozen" value="x" disabled>
  <button type="submit" name="go" value="1">Enregistrer</button>
</form>
"""


def test_a_form_is_sent_as_a_browser_sends_it():
    pairs = smoke_prod.form_fields(FORM, lambda form: form.find("textarea") is not None)
    assert pairs == [
        ("csrfmiddlewaretoken", "T1"),
        ("tagline_fr", "Des idées"),
        ("bio_fr", "Première ligne"),
        ("kind", "company"),
        ("canton", ""),
        ("available", "on"),
        ("languages", "fr"),
    ]
    assert smoke_prod.form_fields(FORM, lambda form: form.find("select", attrs={"name": "nothing"})) is None
    assert smoke_prod.csrf_token(FORM) == "T0"
    assert smoke_prod.csrf_token("<form></form>") is None


def test_a_field_is_replaced_once_or_added():
    pairs = [("a", "1"), ("b", "2"), ("a", "3")]
    assert smoke_prod.replace_field(pairs, "a", "x") == [("a", "x"), ("b", "2")]
    assert smoke_prod.replace_field(pairs, "c", "y") == [*pairs, ("c", "y")]


def test_a_forms_action_is_found_whatever_the_order_of_its_attributes():
    html = '<form method="post" action="/de/contact/80/" class="form"></form><form action="/x/"></form>'
    assert smoke_prod.form_action(html, r"^/[a-z]{2}/contact/\d+/$") == "/de/contact/80/"
    assert smoke_prod.form_action(html, r"^/y/$") is None


def test_the_accepted_writes_are_counted_by_kind():
    writes = [Write("none", "brief", "a"), Write("redis", "contact", "b"), Write("redis", "brief", "c")]
    assert smoke_prod.writes_by_kind(writes, {"a", "b"}) == "Accepted writes: brief 2 (1 lost), contact 1 (0 lost)"
    assert smoke_prod.writes_by_kind([], set()) == "Accepted writes: none"
