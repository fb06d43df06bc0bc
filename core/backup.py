"""A backup of the site in one archive: the database and the media files (``manage.py backup`` and ``restore``).

The archive is a gzipped tar file::

    manifest.json        what it holds: format, date, database vendor, number of media files
    database.sqlite3     SQLite: a consistent copy made with SQLite's online backup (the site may keep running)
    database.pgdump      PostgreSQL: ``pg_dump --format=custom`` (needs the PostgreSQL client programs)
    media/...            every file of the media storage (local folder or S3 bucket), uploads and renditions

Restoring replaces the whole database with the archive's (SQLite: SQLite's backup into the open database;
PostgreSQL: ``pg_restore --clean --single-transaction``, so a failed restore leaves the database as it was) and
writes every media file back under its name; files added since the backup are left where they are. The
database must be of the same kind as the archive's, and the code of the same version (then ``migrate``).
"""

import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone
from wagtail.models import Site

from .performance.page_cache import invalidate
from .storage import keeping_names

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup or restore that cannot be made, with the reason in words."""


def media_names(storage=default_storage, folder=""):
    """Every file name in ``storage``, folders walked depth first (an absent media folder holds none)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for name in sorted(folders):
        yield from media_names(storage, f"{folder}/{name}" if folder else name)


def create(path, *, media=True, storage=default_storage):
    """Write the archive ``path`` (database, and media unless ``media`` is false); return its manifest."""
    vendor = _vendor()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as work:
        dump = Path(work) / DATABASE_FILES[vendor]
        _dump_database(vendor, dump)
        manifest = {"format": FORMAT, "created": timezone.now().isoformat(), "database": vendor, "media_files": 0}
        with tarfile.open(partial, "w:gz", compresslevel=1) as archive:  # images are compressed already
            archive.add(dump, arcname=dump.name)
            if media:
                for name in media_names(storage):
                    info = tarfile.TarInfo(f"{MEDIA}/{name}")
                    info.size = storage.size(name)
                    info.mtime = int(timezone.now().timestamp())
                    with storage.open(name, "rb") as content:
                        archive.addfile(info, content)
                    manifest["media_files"] += 1
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(timezone.now().timestamp())
            with tempfile.TemporaryFile() as manifest_file:
                manifest_file.write(data)
                manifest_file.seek(0)
                archive.addfile(info, manifest_file)
    partial.replace(path)  # a backup that stopped halfway never takes the final name
    return manifest


def read_manifest(archive):
    try:
        member = archive.getmember(MANIFEST)
    except KeyError:
        raise BackupError(f"{archive.name} is not a backup of this site: it has no {MANIFEST}.") from None
    manifest = json.loads(archive.extractfile(member).read())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive.name} is a backup in format {manifest.get('format')}; this site reads {FORMAT}.")
    return manifest


def restore(path, *, media=True, storage=default_storage):
    """Replace the database with the archive's and write its media files back; return its manifest."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no backup at {path}.")
    vendor = _vendor()
    if not tarfile.is_tarfile(path):
        raise BackupError(f"{path} is not a backup archive (a .tar.gz written by manage.py backup).")
    try:
        with tarfile.open(path, "r:*") as archive, tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
            manifest = read_manifest(archive)
            if manifest["database"] != vendor:
                raise BackupError(
                    f"{path} holds a {manifest['database']} database and this site uses {vendor}: "
                    "restore it into a site configured with the same kind of database."
                )
            dump = Path(work) / DATABASE_FILES[vendor]
            with archive.extractfile(DATABASE_FILES[vendor]) as source, open(dump, "wb") as target:
                shutil.copyfileobj(source, target)
            _load_database(vendor, dump)
            forget_cached_content()
            if media:
                for member in archive:
                    if not member.isfile() or not member.name.startswith(f"{MEDIA}/"):
                        continue
                    name = str(PurePosixPath(member.name).relative_to(MEDIA))
                    if ".." in PurePosixPath(name).parts:
                        raise BackupError(f"{path} names a file outside the media folder: {member.name}")
                    if storage.exists(name):
                        storage.delete(name)
                    with keeping_names():  # the names the site gave them when they were uploaded
                        saved = storage.save(name, File(archive.extractfile(member), name=name))
                    if saved != name:
                        raise BackupError(f"The media storage saved {name} as {saved}.")
    except (tarfile.TarError, EOFError, gzip.BadGzipFile) as error:
        raise BackupError(f"{path} is damaged: {error}") from error
    return manifest


def forget_cached_content():
    """What this process and the shared cache remember of the database replaced: content types, the sites' root
    paths, every cached page and fragment (a new generation). Other processes still hold their own: restart them."""
    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()
    invalidate()


def _vendor():
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(f"Backups cover SQLite and PostgreSQL databases, not {connection.vendor}.")
    return connection.vendor


def _dump_database(vendor, dump):
    if vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(dump)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    else:
        _run_postgres("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", str(dump)])


def _load_database(vendor, dump):
    if connection.in_atomic_block:
        raise BackupError("A restore replaces the whole database: it cannot run inside a transaction.")
    if vendor == "sqlite":
        connection.ensure_connection()
        source = sqlite3.connect(dump)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    else:
        connection.close()  # pg_restore drops the tables: no session of ours may hold them
        options = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
        _run_postgres("pg_restore", [*options, str(dump)])


def _run_postgres(program, arguments):
    """Run ``pg_dump`` or ``pg_restore`` on the site's database, with its connection settings."""
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(f"{program} is not installed: install the PostgreSQL client programs (postgresql-client).")
    database = connection.settings_dict
    command = [executable, "--dbname", database["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command += [option, str(database[key])]
    env = {**os.environ, **({"PGPASSWORD": database["PASSWORD"]} if database.get("PASSWORD") else {})}
    result = subprocess.run([*command, *arguments], env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")
