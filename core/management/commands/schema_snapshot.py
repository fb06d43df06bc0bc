import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import schema_snapshot


class Command(BaseCommand):
    help = (
        "Write core/snapshots/sqlite.sql, what a new SQLite database starts from (make run, make seed): every "
        "migration run the usual way on a new database, in another process, with these settings."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=schema_snapshot.SNAPSHOT, help="where to write it")

    def handle(self, *args, output, **options):
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "snapshot.sqlite3"
            migrate(database)
            schema_snapshot.write(database, output)
        about, _sql = schema_snapshot.read(output)
        self.stdout.write(self.style.SUCCESS(f"Wrote {output}: the database of {len(about['migrations'])} migrations."))


def migrate(database):
    """Run ``manage.py migrate`` on a new SQLite database at ``database`` (a process of its own, so that
    this one's database connection is left alone)."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    result = subprocess.run(  # noqa: S603 (this Python, this project's manage.py)
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "migrate", "--noinput", "--verbosity", "0"],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise CommandError(f"migrate failed:\n{result.stderr}")
