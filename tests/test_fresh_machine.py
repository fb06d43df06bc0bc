"""A fresh machine needs two commands: the catalogues compile without GNU gettext, the Makefile finds a Python
from 3.11 to 3.13 on its own, and every log line is printed once."""

import gettext
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import polib
import pytest
from django.core.management import get_commands
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
MAKE = shutil.which("make")
LANGUAGES = ("fr", "en", "de")


def po_messages(po_path):
    """What a .po file says each message is in its language (translated entries; fuzzy and obsolete ones left
    out, as gettext does), keyed as Python's gettext keys a compiled catalogue."""
    messages = {}
    for entry in polib.pofile(str(po_path)).translated_entries():
        msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            for index, text in entry.msgstr_plural.items():
                messages[(msgid, int(index))] = text
        else:
            messages[msgid] = entry.msgstr
    return messages


def mo_messages(mo_path):
    with open(mo_path, "rb") as mo_file:
        catalogue = gettext.GNUTranslations(mo_file)
    return {key: text for key, text in catalogue._catalog.items() if key != ""}  # "" is the header


def empty_path(tmp_path):
    """A PATH where no program is found (no msgfmt, no python3)."""
    folder = tmp_path / "empty-bin"
    folder.mkdir()
    return str(folder)


def test_catalogues_compile_in_python_without_msgfmt(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "tools" / "compile_messages.py"), str(locale)],
        env={"PATH": empty_path(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    for language in LANGUAGES:
        po_path = locale / language / "LC_MESSAGES" / "django.po"
        compiled = mo_messages(po_path.with_suffix(".mo"))
        assert compiled == po_messages(po_path)
        assert len(compiled) > 500
    with open(locale / "de" / "LC_MESSAGES" / "django.mo", "rb") as mo_file:
        assert gettext.GNUTranslations(mo_file).gettext("Members") == "Mitglieder"


def test_compiling_again_leaves_up_to_date_catalogues_alone(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    tool = [sys.executable, str(ROOT / "tools" / "compile_messages.py"), "--verbose", str(locale)]
    assert "3 catalogue(s) compiled" in subprocess.run(tool, capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert "0 catalogue(s) compiled" in subprocess.run(tool, capture_output=True, text=True, check=True).stdout  # noqa: S603
    po_path = locale / "fr" / "LC_MESSAGES" / "django.po"
    po_path.write_text(po_path.read_text() + '\nmsgid "A new string"\nmsgstr "Une nouvelle chaîne"\n')
    os.utime(po_path, (po_path.stat().st_mtime + 5,) * 2)
    assert "compiled " + str(po_path.with_suffix(".mo")) in subprocess.run(tool, capture_output=True, text=True).stdout  # noqa: S603
    assert mo_messages(po_path.with_suffix(".mo"))["A new string"] == "Une nouvelle chaîne"


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_make_messages_needs_no_gettext(tmp_path):
    """``make messages`` (run by ``make run`` and ``make test``) on a machine without msgfmt: a copy of the
    project's Makefile, tools and catalogues, with this virtual environment."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "tools", project / "tools")
    shutil.copytree(ROOT / "locale", project / "locale", ignore=shutil.ignore_patterns("*.mo"))
    venv = Path(sys.prefix)
    result = subprocess.run(  # noqa: S603
        [MAKE, "-o", f"{venv}/.installed", "messages", f"VENV={venv}"],
        cwd=project,
        env={"PATH": empty_path(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for language in LANGUAGES:
        po_path = project / "locale" / language / "LC_MESSAGES" / "django.po"
        assert mo_messages(po_path.with_suffix(".mo")) == po_messages(po_path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_are_up_to_date(language):
    """The catalogues the site reads say what the .po files say (``make messages`` compiles them)."""
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run make messages"
    assert mo_messages(mo_path) == po_messages(po_path), f"{mo_path} is out of date: run make messages"


def fake_python(folder, name, version):
    """A ``python3.X`` that answers the Makefile's version check as Python ``version`` would; None: a command
    that exists and fails (a pyenv shim for a version that is not selected)."""
    script = folder / name
    if version is None:
        script.write_text("#!/bin/sh\necho 'pyenv: command not found' >&2\nexit 127\n")
    else:
        in_range = (3, 11) <= version <= (3, 13)
        script.write_text(f"#!/bin/sh\nexit {0 if in_range else 1}\n")
    script.chmod(0o755)


def make_install_plan(tmp_path, pythons):
    """The commands ``make install`` would run for a new virtual environment with these Pythons on PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, version in pythons.items():
        fake_python(folder, name, version)
    return subprocess.run(  # noqa: S603
        [MAKE, "-n", "install", f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        env={"PATH": str(folder)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
@pytest.mark.parametrize(
    ("pythons", "chosen"),
    [
        ({"python3.13": (3, 13), "python3.12": (3, 12), "python3.11": (3, 11)}, "python3.13"),
        ({"python3.12": (3, 12), "python3": (3, 12)}, "python3.12"),
        ({"python3.13": None, "python3.12": None, "python3.11": (3, 11)}, "python3.11"),
        ({"python3": (3, 13)}, "python3"),
        ({"python3": (3, 10), "python3.11": (3, 11)}, "python3.11"),
    ],
)
def test_make_finds_a_supported_python(tmp_path, pythons, chosen):
    assert f"{chosen} -m venv {tmp_path / 'venv'}" in make_install_plan(tmp_path, pythons)


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_make_says_when_no_supported_python_is_found(tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    fake_python(folder, "python3", (3, 10))
    fake_python(folder, "python3.13", None)
    result = subprocess.run(  # noqa: S603
        [MAKE, "install", f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        env={"PATH": str(folder)},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "No Python 3.11, 3.12 or 3.13 found" in result.stderr
    assert not (tmp_path / "venv").exists()


def test_pyproject_accepts_the_pythons_the_makefile_uses():
    requires = SpecifierSet(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"])
    assert all(version in requires for version in ("3.11.7", "3.12.1", "3.13.0"))
    assert "3.10.13" not in requires


def test_every_log_line_is_printed_once():
    """With the development settings (DEBUG on), Django's records ("Not Found: ...") and the project's are
    printed once, and runserver's request lines keep their time stamp."""
    script = (
        "import logging, django; django.setup(); "
        "logging.getLogger('django.request').warning('Not Found: /nowhere/'); "
        "logging.getLogger('search.service').warning('The search engine does not answer'); "
        "logging.getLogger('django.server').info('\"GET / HTTP/1.1\" 302 0')"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PYTHONPATH": str(ROOT)}
    env.pop("LOG_LEVEL", None)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)  # noqa: S603
    lines = result.stderr.splitlines()
    assert lines.count("Not Found: /nowhere/") == 1, result.stderr
    assert lines.count("The search engine does not answer") == 1, result.stderr
    [request_line] = [line for line in lines if '"GET / HTTP/1.1" 302 0' in line]
    assert request_line.startswith("[")


def test_operations_name_commands_that_exist():
    """The commands the deploy/ files and README's "Operations" run are this project's (or Django's, Wagtail's)."""
    readme = (ROOT / "README.md").read_text()
    operations = readme[readme.index("## Operations") :]
    code = re.findall(r"```.*?```|`[^`]+`", operations, flags=re.DOTALL)  # the README's code, not its prose
    for path in (ROOT / "deploy").rglob("*"):
        if path.is_file():
            code += [line for line in path.read_text().splitlines() if not line.lstrip().startswith("#")]
    named = {name for text in code for name in re.findall(r"manage\.(?:py|sh) ([a-z_]+)", text)}
    assert {"run_webhooks", "publish_scheduled", "send_brief_followups", "purge_briefs", "clearsessions"} <= named
    assert {"backup", "restore", "rebuild_search_index"} <= named
    assert named <= set(get_commands())


def test_a_message_written_twice_stops_the_compilation_with_its_name(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    po_path = locale / "fr" / "LC_MESSAGES" / "django.po"
    po_path.write_text(po_path.read_text() + '\nmsgid "Members"\nmsgstr "Membres (encore)"\n')
    tool = [sys.executable, str(ROOT / "tools" / "compile_messages.py"), str(locale)]
    result = subprocess.run(tool, capture_output=True, text=True)  # noqa: S603
    assert result.returncode != 0
    assert "the same message twice: 'Members'" in result.stderr


FAKE_PYTHON = """#!/bin/sh
# A virtual environment's python as the Makefile's install steps call it: it notes each call; "pip install uv==..."
# puts a uv into bin/ (unless FAIL says pip cannot), a uv that notes its calls and fails when FAIL says so.
bin=$(dirname "$0")
echo "python $*" >> "$bin/../calls"
case "$*" in
  "-c "*) echo "$bin/../site-packages" ;;
  *"pip install"*"uv=="*) case "$FAIL" in pip-uv) exit 1 ;; esac; cp "$bin/../uv-wheel" "$bin/uv" ;;
esac
"""

FAKE_UV = """#!/bin/sh
case "$1" in --version) echo "uv {version} (x86_64-unknown-linux-gnu)"; exit 0 ;; esac
echo "uv $*" >> "$(dirname "$0")/../calls"
case "$FAIL" in uv) echo "error: no network" >&2; exit 2 ;; esac
"""


def make_install(tmp_path, target, fail=""):
    """``make target`` with a virtual environment whose python and uv only note what they are asked: (output,
    the calls)."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    uv_version = re.search(r"^UV_VERSION := (\S+)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    for path, text in ((venv / "bin" / "python", FAKE_PYTHON), (venv / "uv-wheel", FAKE_UV.format(version=uv_version))):
        path.write_text(text)
        path.chmod(0o755)
    result = subprocess.run(  # noqa: S603
        [MAKE, target, f"VENV={venv}"],
        cwd=ROOT,
        env={**os.environ, "FAIL": fail},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    calls = [
        line for line in (venv / "calls").read_text().splitlines() if "compileall" not in line and " -c " not in line
    ]
    return result.stdout + result.stderr, calls, uv_version


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_make_installs_the_requirements_with_the_pinned_uv(tmp_path):
    """uv (put into the environment by pip, once) installs the runtime requirements, then the test tools; pip
    installs nothing else and neither compiles (the Makefile compiles in the background)."""
    output, calls, uv_version = make_install(tmp_path, "install-dev")
    python = tmp_path / "venv" / "bin" / "python"
    assert calls == [
        f"python -m pip install --quiet --disable-pip-version-check --no-compile uv=={uv_version}",
        f"uv pip install --quiet --python {python} -r requirements.txt",
        f"uv pip install --quiet --python {python} -r requirements-dev.txt",
    ]
    assert "Installing the pinned requirements" in output and "done in" in output and "pip installs" not in output


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
@pytest.mark.parametrize("fail", ["uv", "pip-uv"])
def test_make_installs_with_pip_when_uv_fails_or_cannot_be_installed(tmp_path, fail):
    output, calls, _uv_version = make_install(tmp_path, "install", fail=fail)
    assert calls[-1] == "python -m pip install --quiet --disable-pip-version-check --no-compile -r requirements.txt"
    assert output.count("uv could not install requirements.txt: pip installs it instead (slower)") == 1
    assert "done in" in output
