"""The demo's content files, ``demo/data/<name>.json``, read once per process.

Python holds the logic (what is drawn, how pages are built), the files hold the content (texts in
French, English and German, names, shares). A per-language value is a ``{"fr": …, "en": …, "de": …}``
object; a key starting with ``_`` is a comment.
"""

import functools
import json
from pathlib import Path

LANGS = ("fr", "en", "de")
DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def load(name):
    with (DATA / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)
