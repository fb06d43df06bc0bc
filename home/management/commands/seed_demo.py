import time
from importlib import import_module

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from core.bulk import deferred_indexing
from home import demo as site_demo
from home.models import HomePage
from members import demo as member_demo
from members.models import MemberPage
from members.space import demo as space_demo
from search import documents as directory_index
from search.models import MemberDocument

# Editorial sections, each app's ``demo.ensure_demo(home, locales, members)``, in menu order.
EDITORIAL_APPS = ("news", "agenda", "jobs", "portrait", "figures", "matchmaking")


class Command(BaseCommand):
    help = "Build a realistic demo site in French, English and German (idempotent, deterministic)."

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=300, help="How many members (default 300).")
        parser.add_argument("--seed", type=int, default=2016, help="Random seed (default 2016).")
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if the site already has members.")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, members, seed, if_empty, no_progress, **options):
        if members < 0 or members > 20000:
            raise CommandError("--members must be between 0 and 20000")
        if if_empty and HomePage.objects.exists() and MemberPage.objects.exists():
            if not MemberDocument.objects.exists():
                # A site seeded before the directory search existed: build its search documents.
                count = directory_index.refresh_all()
                self.stdout.write(f"Directory search documents built: {count}.")
            from news.models import NewsIndexPage

            if NewsIndexPage.objects.exists():
                # The member space came last: its demo inbox, statistics and applications are added if missing.
                space_demo.ensure_demo(site_demo.ensure_accounts()[1])
                self.stdout.write("The site already has content: nothing more to seed.")
                return
            # A site seeded before the editorial sections existed: add them (and the new site settings),
            # not more members.
            members = 0
        started = time.monotonic()
        locales = site_demo.ensure_locales()
        member_demo.ensure_vocabularies()
        home = site_demo.ensure_home(locales)
        directory = member_demo.ensure_directory(home, locales)
        site_demo.ensure_standard_pages(home, locales)
        site_demo.ensure_footer(locales)
        _editor, member_user = site_demo.ensure_accounts()
        builder = member_demo.MemberBuilder(directory, locales, member_demo.MediaPool(), owner=member_user)
        existing = builder.existing_slugs()
        todo = [spec for spec in member_demo.member_specs(seed, members) if spec.slug not in existing]
        created = []
        with deferred_indexing(MemberPage) as track, directory_index.paused():
            for spec in tqdm(todo, desc="Members", unit="member", disable=no_progress or not todo):
                for page in builder.build(spec).values():
                    track(page)
                    created.append(page.pk)
        for start in tqdm(range(0, len(created), 600), desc="Directory index", disable=no_progress or not created):
            directory_index.refresh(created[start : start + 600], force=True)
        featured = list(MemberPage.objects.filter(locale=locales["fr"]).live().order_by("pk")[:12])
        for app in tqdm(EDITORIAL_APPS, desc="Editorial content", disable=no_progress):
            import_module(f"{app}.demo").ensure_demo(home, locales, featured)
        space_demo.ensure_demo(member_user)
        if created:
            # Fresh statistics, so that the query planner (SQLite above all) picks the indexes.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready: {MemberPage.objects.filter(locale=locales['fr']).count()} members "
                f"({len(todo)} added) in {time.monotonic() - started:.1f}s."
            )
        )
