import time

from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from core import schema_snapshot
from demo import seed as demo_seed
from demo import site, space
from home.models import HomePage
from members.models import MemberPage
from news.models import NewsIndexPage
from search import documents as directory_index
from search.models import MemberDocument


class Command(BaseCommand):
    help = "Build a realistic demo site in French, English and German (idempotent, deterministic)."

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=300, help="How many members (default 300).")
        parser.add_argument("--seed", type=int, default=2016, help="Random seed (default 2016).")
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if the site already has members.")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bars.")
        parser.add_argument(
            "--migrate",
            action="store_true",
            help="Bring the database up to date first, in this process (a new SQLite database from the schema "
            "snapshot, then the migrations it does not hold).",
        )

    def handle(self, *args, members, seed, if_empty, no_progress, migrate, **options):
        if members < 0 or members > 20000:
            raise CommandError("--members must be between 0 and 20000")
        if migrate:
            started = time.monotonic()
            loaded, run = schema_snapshot.migrate(progress=not no_progress)
            source = f"{loaded} migrations from the schema snapshot, " if loaded else ""
            self.stdout.write(f"Database up to date ({source}{run} run) in {time.monotonic() - started:.1f} s.")
        if if_empty and HomePage.objects.exists() and MemberPage.objects.exists():
            if not MemberDocument.objects.exists():
                # A site seeded before the directory search existed: build its search documents.
                count = directory_index.refresh_all()
                self.stdout.write(f"Directory search documents built: {count}.")
            if NewsIndexPage.objects.exists():
                # The member space came last: its demo inbox, statistics and applications are added if missing.
                space.ensure_demo(site.ensure_accounts()[1])
                self.stdout.write("The site already has content: nothing more to seed.")
                return
            # A site seeded before the editorial sections existed: add them (and the new site settings),
            # not more members.
            members = 0
        # DEBUG (``make run``'s settings) logs every query, quoting its parameters through SQLite: not while
        # loading thousands of rows.
        with override_settings(DEBUG=False):
            result = demo_seed.Seeder(seed, members, progress=not no_progress).run()
        for name, seconds in result.timings.items():
            self.stdout.write(f"  {name:<30} {seconds:6.1f} s")
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {result.added} members in {result.total:.1f} s "
                f"(the demo site has {result.count} members in French, English and German)."
            )
        )
