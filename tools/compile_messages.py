"""Compile the gettext catalogues (``locale/<lang>/LC_MESSAGES/*.po`` → ``.mo``) in Python, with polib.

``make messages`` (and so ``make run`` and ``make test``) calls this instead of ``manage.py compilemessages``,
which needs GNU gettext's ``msgfmt`` on the machine. polib writes what msgfmt writes for these catalogues: the
translated entries, fuzzy and obsolete ones left out, contexts and plural forms kept, the header first.

    python tools/compile_messages.py              # the project's catalogues whose .mo is missing or older
    python tools/compile_messages.py --force      # all of them
    python tools/compile_messages.py path/to/locale ...   # other locale folders (an older checkout's)

It needs no Django settings and no database: only polib (pinned in requirements.txt).
"""

import argparse
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {".venv", ".git", "node_modules", "media", "test-media", "collected-static", "static", "bench"}


def project_locale_dirs(root=ROOT):
    """The project's ``locale`` folder and each app's (``<app>/locale``), as Django's LOCALE_PATHS and apps see them."""
    dirs = [root / "locale"] + sorted(path for path in root.glob("*/locale") if path.parent.name not in SKIPPED)
    return [path for path in dirs if path.is_dir() and not path.parent.name.startswith((".", "test-"))]


def catalogues(locale_dirs):
    for locale_dir in locale_dirs:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


def duplicate_entries(catalogue):
    """The (context, msgid) keys that ``catalogue`` has more than once, obsolete entries aside."""
    seen, twice = set(), []
    for entry in catalogue:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    return twice


def compile_catalogue(po_path, force=False):
    """Write ``po_path``'s ``.mo`` beside it unless it is newer than the ``.po``; True when it was written."""
    mo_path = po_path.with_suffix(".mo")
    if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        return False
    catalogue = polib.pofile(str(po_path), wrapwidth=0)
    duplicates = duplicate_entries(catalogue)
    if duplicates:
        # msgfmt refuses these; polib would keep one silently (two branches adding the same string, merged).
        raise SystemExit(f"{po_path}: the same message twice: " + "; ".join(repr(key[1]) for key in duplicates))
    temporary = mo_path.with_suffix(".mo.tmp")
    catalogue.save_as_mofile(str(temporary))
    temporary.replace(mo_path)  # a server reading the catalogue never sees half a file
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("locale_dirs", nargs="*", type=Path, help="locale folders (default: the project's)")
    parser.add_argument("--force", action="store_true", help="compile even the catalogues that are up to date")
    parser.add_argument("--verbose", "-v", action="store_true", help="name each catalogue compiled")
    options = parser.parse_args(argv)
    written = 0
    for po_path in catalogues(options.locale_dirs or project_locale_dirs()):
        if compile_catalogue(po_path, force=options.force):
            written += 1
            if options.verbose:
                print(f"compiled {po_path.with_suffix('.mo')}")
    if options.verbose:
        print(f"{written} catalogue(s) compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
