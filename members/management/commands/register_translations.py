import time

from django.core.management.base import BaseCommand

from members.translations import register_all_members


class Command(BaseCommand):
    help = (
        "Register every member page with wagtail-localize: its main language as the source, its other language "
        "versions as translations (their texts recorded as translated). Members registered already only get what "
        "is missing. Safe to run again."
    )

    def handle(self, *args, **options):
        start = time.monotonic()
        count = register_all_members()
        self.stdout.write(f"{count} members registered with wagtail-localize in {time.monotonic() - start:.1f} s.")
