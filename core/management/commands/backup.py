from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core import backup


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into one archive (.tar.gz): SQLite through its online backup, "
        "PostgreSQL through pg_dump. The site may keep running."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "output",
            nargs="?",
            help="the archive to write, or a folder to write it in (default: backups/portal-<date>-<time>.tar.gz)",
        )
        parser.add_argument("--no-media", action="store_true", help="the database only (media kept elsewhere)")

    def handle(self, *args, output, no_media, **options):
        name = f"portal-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        path = Path(output or "backups")
        if path.is_dir() or not path.name.endswith((".tar.gz", ".tgz")):
            path = path / name  # a folder
        try:
            manifest = backup.create(path, media=not no_media)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        media = "no media" if no_media else plural_files(manifest["media_files"])
        size = path.stat().st_size / 1e6
        self.stdout.write(
            self.style.SUCCESS(f"Backed up the {manifest['database']} database and {media} to {path} ({size:.1f} MB).")
        )


def plural_files(count):
    return f"{count} media file{'' if count == 1 else 's'}"
