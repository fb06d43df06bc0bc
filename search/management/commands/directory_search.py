import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from django.utils import translation

from search.facets import FACET_NAMES, WORK_FACET_NAMES, WORK_MULTI_VALUED, vocabulary
from search.models import IndexState
from search.query import InvalidQuery, parse
from search.service import search_directory
from search.works import search_works, works_vocabulary


class Command(BaseCommand):
    help = (
        "Query the member directory from the shell, through the same service as the site and the API. "
        'Example: manage.py directory_search "sound design" --lang en --param branch=music --param available=1'
    )

    def add_arguments(self, parser):
        parser.add_argument("text", nargs="?", default="", help="The words to search for.")
        parser.add_argument("--lang", default=settings.LANGUAGE_CODE, choices=[c for c, _n in settings.LANGUAGES])
        parser.add_argument(
            "--param",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help=f"A URL parameter of the directory, repeatable: {', '.join(FACET_NAMES)}, sort, page, page_size.",
        )
        parser.add_argument("--json", action="store_true", dest="as_json", help="Print the answer as JSON.")
        parser.add_argument(
            "--works", action="store_true", help="Search the works (portfolio items), as the directory's works view."
        )

    def handle(self, *args, text, lang, param, as_json, works, **options):
        params = QueryDict(mutable=True)
        params["q"] = text
        for pair in param:
            name, sep, value = pair.partition("=")
            if not sep:
                raise CommandError(f"--param wants NAME=VALUE, got {pair!r}")
            params.appendlist(name, value)
        version = IndexState.current()
        with translation.override(lang):
            vocab = works_vocabulary(lang, version) if works else vocabulary(lang, version)
            try:
                query, _notices = parse(
                    params, lang, vocab, strict=True, **({"multi_valued": WORK_MULTI_VALUED} if works else {})
                )
            except InvalidQuery as error:
                raise CommandError(
                    "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in error.errors.items())
                ) from error
            if works:
                query.facet_names, query.view = WORK_FACET_NAMES, "works"
            result = search_works(query, version=version) if works else search_directory(query, version=version)
            if works:  # the tiles as the API shows them: title, member and address
                found = [(work["id"], f"{work['title']} — {work['member']}", work["url"]) for work in result.items]
            else:
                found = [(item.id, item.name, item.url) for item in result.items]
            facets = {
                group.name: {v.value: v.count for v in group.values if v.count or v.selected} for group in result.facets
            }
            if as_json:
                answer = {
                    "count": result.total,
                    "backend": result.backend,
                    "degraded": result.degraded,
                    "results": [{"id": pk, "name": name, "url": url} for pk, name, url in found],
                    "facets": facets,
                }
                self.stdout.write(json.dumps(answer, ensure_ascii=False, indent=2))
                return
            what = "works" if works else "members"
            self.stdout.write(f"{result.total} {what} ({result.backend}{', degraded' if result.degraded else ''})")
            for _pk, name, url in found:
                self.stdout.write(f"  {name}  {url}")
            for name, counts in facets.items():
                shown = ", ".join(f"{value} {count}" for value, count in counts.items())
                self.stdout.write(f"{name}: {shown}")
