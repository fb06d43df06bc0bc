"""manage.py backup and restore: a site backed up, wiped and restored shows the same pages and files."""

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Page

from tests.factories import build_site_tree
from tests.factories.members import ImageFactory


def pages():
    return sorted(
        Page.objects.filter(depth__gt=1).values_list("pk", "locale__language_code", "url_path", "title", "live")
    )


def media_files(root):
    root = Path(root)
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # starts from the migrated database
def test_a_wiped_site_comes_back_from_its_backup(client, settings, tmp_path):
    tree = build_site_tree()
    ImageFactory(title="Affiche")
    member = tree.members[0]["de"]
    before_pages, before_files = pages(), media_files(settings.MEDIA_ROOT)
    assert len(before_pages) > 10
    assert any(name.startswith("original_images/") for name in before_files)

    out = io.StringIO()
    call_command("backup", str(tmp_path / "backups"), stdout=out)
    assert f"{len(before_files)} media files" in out.getvalue()
    [archive] = (tmp_path / "backups").glob("portal-*.tar.gz")

    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    shutil.rmtree(settings.MEDIA_ROOT)
    assert pages() == []
    assert client.get(member.url).status_code == 404

    out = io.StringIO()
    call_command("restore", str(archive), interactive=False, stdout=out)
    assert f"Restored the {connection.vendor} database" in out.getvalue()
    assert "rebuild_search_index" in out.getvalue()
    assert pages() == before_pages
    assert media_files(settings.MEDIA_ROOT) == before_files
    response = client.get(member.url)
    assert response.status_code == 200
    assert member.title in response.text
    # The restore emptied this process's content-type cache; filled again from the restored rows (the same ids as
    # the migrated database), a later test's restore of those rows finds no content type created meanwhile.
    ContentType.objects.get_for_models(*apps.get_models())


@pytest.mark.django_db
def test_restore_refuses_what_is_not_a_backup_of_this_site(tmp_path):
    not_an_archive = tmp_path / "notes.txt"
    not_an_archive.write_text("hello")
    with pytest.raises(CommandError, match="is not a backup archive"):
        call_command("restore", str(not_an_archive), interactive=False)
    with pytest.raises(CommandError, match="There is no backup at"):
        call_command("restore", str(tmp_path / "missing.tar.gz"), interactive=False)

    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    archive = tmp_path / "other.tar.gz"
    manifest = json.dumps({"format": 1, "created": "2026-01-01T00:00:00+00:00", "database": other, "media_files": 0})
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("manifest.json")
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest.encode()))
    with pytest.raises(CommandError, match=f"holds a {other} database and this site uses {connection.vendor}"):
        call_command("restore", str(archive), interactive=False)


@pytest.mark.django_db
def test_restore_asks_before_replacing_the_database(monkeypatch, tmp_path):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Restore cancelled"):
        call_command("restore", str(tmp_path / "any.tar.gz"))
