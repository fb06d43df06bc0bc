from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from members.models import MemberPage
from search import documents, healing
from search.backends import EngineUnavailable, configured_engine


class Command(BaseCommand):
    help = (
        "Rebuild the directory search: the member documents in the database, then, when SEARCH_URL "
        "names a search engine, a fresh index per language swapped in behind its alias."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bars.")
        parser.add_argument(
            "--engine-only", action="store_true", help="Reuse the database documents; only reload the engine."
        )

    def handle(self, *args, no_progress, engine_only, **options):
        if not engine_only:
            total = MemberPage.objects.count()
            with tqdm(total=total, desc="Documents", unit="page", disable=no_progress) as bar:
                count = documents.refresh_all(progress=bar.update)
            self.stdout.write(f"{count} member documents in the database.")
        engine = configured_engine()
        if engine is None:
            self.stdout.write("SEARCH_URL is not set: the database backend reads those documents directly.")
            return

        def bar(language, total):
            return tqdm(total=total, desc=f"Engine ({language})", unit="doc", disable=no_progress)

        try:
            healing.repair(engine, only=healing.languages(), bar=bar)
        except healing.RepairBusy as error:
            raise CommandError(f"Not rebuilt: {error}.") from error
        except EngineUnavailable as error:
            raise CommandError(f"The search engine at {settings.SEARCH_URL} did not answer: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"The {engine.name} indexes are rebuilt."))
