"""``/embed/directory.js``: the directory widget other sites embed, with its texts in the three languages.

    <script src="https://<portal>/embed/directory.js" data-lang="de" data-branch="design" data-limit="6" async></script>

The script reads the directory API (CORS), renders member cards in a shadow root placed after the script tag (so
neither the host page's styles nor its own leak across) and needs nothing else.
"""

import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from search.service import directory_page

SOURCE = Path(__file__).resolve().parent / "widget" / "directory.js"


@lru_cache(maxsize=1)
def source():
    return SOURCE.read_text()


def strings():
    texts = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            directory = directory_page(code)
            texts[code] = {
                "heading": _("Members of the creative cluster"),
                "loading": _("Loading members…"),
                "empty": _("No member matches this selection."),
                "error": _("The members could not be loaded."),
                "logo": _("Logo of %(name)s"),
                "more": _("All members in the directory"),
                "shown": _("%(count)s members shown"),
                "directory": directory.url if directory else f"/{code}/",
            }
    return texts


@require_GET
def directory_js(request):
    text = source().replace("__STRINGS__", json.dumps(strings(), ensure_ascii=False))
    response = HttpResponse(text, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response
