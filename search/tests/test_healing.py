"""A search engine that lost its indexes (restarted empty, a new cluster) heals: the directory answers from the
database meanwhile, the worker rebuilds the indexes from the documents, one worker at a time."""

from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from search import healing
from search.models import EngineRepair
from search.query import DirectoryQuery
from search.service import search_directory

from .helpers import make_member

EXPECTED = {"database": "ok", "cache": "ok" if settings.REDIS_URL else "local"}


def lose_every_index(engine):
    """What the cluster looks like after a restart with nothing kept: no index, no alias (the site's processes
    still believe the aliases exist)."""
    for collection in ("members", "works"):
        for name in engine.client.indices.get(index=f"{engine.prefix}-{collection}-*"):
            engine.client.indices.delete(index=name)


def directory(language="fr", text=""):
    result = search_directory(DirectoryQuery(language, text))
    return result.backend, result.degraded, sorted(item.name for item in result.items)


@pytest.mark.django_db
def test_a_lost_index_is_rebuilt_by_the_worker_while_the_directory_answers_from_the_database(
    engine_tree, engine, client
):
    before = directory()
    assert before[:2] == ("opensearch", False) and len(before[2]) == 2
    lose_every_index(engine)

    # A member published now is in the database; the engine gets no bare index in place of the alias.
    make_member(engine_tree, title="Nouvelle venue")
    assert not engine.client.indices.exists(index=engine.alias("fr"))
    assert EngineRepair.objects.get(pk=engine.prefix).requested_at is not None
    # Searches answer from the database, with every member, and say so.
    assert directory() == ("database", True, sorted([*before[2], "Nouvelle venue"]))
    assert "moins précis" in client.get("/fr/membres/").content.decode()

    # The worker's next turn rebuilds every language from the documents.
    call_command("run_webhooks", "--once")
    assert directory() == ("opensearch", False, sorted([*before[2], "Nouvelle venue"]))
    assert directory("de")[:2] == ("opensearch", False)
    repair = EngineRepair.objects.get(pk=engine.prefix)
    assert (repair.requested_at, repair.started_at, repair.error) == (None, None, "")
    # Healed, it stays so: the next turns do nothing.
    assert healing.heal(engine) == []


@pytest.mark.django_db
def test_the_worker_notices_a_lost_index_by_itself(engine_tree, engine, monkeypatch):
    lose_every_index(engine)
    assert not EngineRepair.objects.filter(pk=engine.prefix, requested_at__isnull=False).exists()
    assert healing.heal(engine) == ["fr", "en", "de"]  # its first look: no one had to search first
    assert directory()[:2] == ("opensearch", False)
    lose_every_index(engine)
    assert healing.heal(engine) == []  # it looks again CHECK_EVERY seconds later, not on every turn
    monkeypatch.setattr(healing, "CHECK_EVERY", 0)
    healing.forget()
    assert healing.heal(engine) == ["fr", "en", "de"]


@pytest.mark.django_db
def test_two_workers_never_rebuild_together(engine_tree, engine):
    lose_every_index(engine)
    directory()  # asks for a repair
    started = timezone.now()
    EngineRepair.objects.filter(pk=engine.prefix).update(started_at=started, worker="other-host:4242")
    assert healing.heal(engine) == []
    assert not engine.client.indices.exists_alias(name=engine.alias("fr"))
    with pytest.raises(CommandError, match="other-host:4242"):
        call_command("rebuild_search_index", "--engine-only", "--no-progress")
    assert not engine.client.indices.exists_alias(name=engine.alias("fr"))
    # A worker that stopped renewing its claim (killed mid-rebuild) does not block the others for ever.
    EngineRepair.objects.filter(pk=engine.prefix).update(started_at=started - healing.LEASE - timedelta(seconds=1))
    assert healing.heal(engine) == ["fr", "en", "de"]
    assert directory()[:2] == ("opensearch", False)


@pytest.mark.django_db
def test_only_one_of_two_claims_wins(engine):
    healing.claim(engine, "worker-a")
    with pytest.raises(healing.RepairBusy, match="worker-a"):
        healing.claim(engine, "worker-b")
    healing.release(engine, "worker-a")
    healing.claim(engine, "worker-b")


@pytest.mark.django_db
def test_a_repair_waits_while_the_engine_is_down(engine_tree, engine):
    lose_every_index(engine)
    directory()
    engine.hosts = ["http://127.0.0.1:9"]  # nothing listens there
    engine._client = None
    assert healing.heal(engine) == []  # logged, not raised: the worker goes on with its webhooks
    assert EngineRepair.objects.get(pk=engine.prefix).requested_at is not None
    # The next turns (every 2 seconds) leave the engine alone for a while, though the repair is still asked for.
    with mock.patch.object(engine, "missing_languages") as look:
        assert healing.heal(engine) == []
    look.assert_not_called()


@pytest.mark.django_db
def test_a_rebuild_replaces_an_index_that_took_the_alias_name(engine_tree, engine):
    """Before writes required the alias, a publish after a restart made a bare index under the alias's name."""
    lose_every_index(engine)
    engine.client.indices.create(index=engine.alias("fr"))
    engine.client.index(index=engine.alias("fr"), id="1", body={"stray": "document"}, refresh=True)
    call_command("rebuild_search_index", "--engine-only", "--no-progress")
    assert engine.client.indices.exists_alias(name=engine.alias("fr"))
    assert directory()[:2] == ("opensearch", False) and len(directory()[2]) == 2


@pytest.mark.django_db
def test_what_changes_while_the_index_loads_reaches_the_new_index(engine_tree, engine, monkeypatch):
    early = make_member(engine_tree, title="Premier")["fr"]
    lose_every_index(engine)
    point_alias = engine.point_alias

    def publish_during_the_load(language, index, collection="members"):
        if language == "fr" and collection == "members":  # the documents are loaded, the aliases not yet made
            early.delete()
            make_member(engine_tree, title="Arrivée pendant la reconstruction")
        point_alias(language, index, collection)

    monkeypatch.setattr(engine, "point_alias", publish_during_the_load)
    assert healing.heal(engine) == ["fr", "en", "de"]
    names = directory()[2]
    assert "Arrivée pendant la reconstruction" in names and "Premier" not in names
    assert engine.client.count(index=engine.alias("fr"))["count"] == len(names)


@pytest.mark.django_db
def test_readiness_reports_the_engine_and_its_index(engine_tree, engine, client):
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json() == {**EXPECTED, "status": "ok", "engine": "ok", "index": "ok"}
    lose_every_index(engine)
    answer = client.get("/readyz")
    assert (answer.status_code, answer.json()["status"], answer.json()["index"]) == (200, "degraded", "missing")
    assert EngineRepair.objects.get(pk=engine.prefix).requested_at is not None  # the check asked for a repair
    EngineRepair.objects.filter(pk=engine.prefix).update(started_at=timezone.now(), worker="w:1")
    assert client.get("/readyz").json()["index"] == "rebuilding"


@pytest.mark.django_db
def test_readiness_with_the_engine_down(settings, client):
    settings.SEARCH_URL = "opensearch://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_TIMEOUT = 1
    answer = client.get("/readyz")
    assert answer.status_code == 200  # the site serves from the database
    assert answer.json() == {**EXPECTED, "status": "degraded", "engine": "down", "index": "unknown"}
