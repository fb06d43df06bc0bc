from django.core.management.base import BaseCommand, CommandError

from core import backup

from .backup import plural_files


class Command(BaseCommand):
    help = (
        "Restore an archive made by manage.py backup: replaces the whole database and writes the media files "
        "back. Stop the web processes and the webhook worker first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz written by manage.py backup")
        parser.add_argument("--no-media", action="store_true", help="the database only")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive", help="do not ask")

    def handle(self, *args, archive, no_media, interactive, **options):
        if interactive:
            answer = input(f"This replaces the whole database with the one in {archive}. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            manifest = backup.restore(archive, media=not no_media)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        media = "no media" if no_media else plural_files(manifest["media_files"])
        self.stdout.write(
            self.style.SUCCESS(f"Restored the {manifest['database']} database of {manifest['created']} and {media}.")
        )
        self.stdout.write(
            "Next: manage.py migrate (if the code is newer than the backup), manage.py rebuild_search_index "
            "(and manage.py update_index with SEARCH_URL), then start the web processes and the worker."
        )
