# Two commands on a fresh machine: `make run` and `make test`. `make help` lists the rest.
# The Python that creates the virtual environment: the first of python3.13, 3.12, 3.11 (or python3) that runs
# and is 3.11 to 3.13. Choose another with `make run PYTHON=python3.12`, and where the environment lives with
# VENV (`VENV=.venv-3.13 PYTHON=python3.13 make test`: .ci/run tests two Pythons side by side). Looked for once,
# when the environment is created (each try of a pyenv shim costs a few tenths of a second).
SUPPORTED_PYTHONS := python3.13 python3.12 python3.11 python3
FIND_PYTHON = $(shell for p in $(SUPPORTED_PYTHONS); do $$p -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' >/dev/null 2>&1 && { echo $$p; break; }; done)
PYTHON ?= $(eval PYTHON := $(FIND_PYTHON))$(PYTHON)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
MEMBERS ?= 300
BENCH_MEMBERS ?= 10000
# apt-get needs root: sudo only when not already root.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.DEFAULT_GOAL := help
.PHONY: help install install-dev messages browser run seed schema-snapshot test lint check makemessages bench bench-search bench-relevance bench-digests search-index clean smoke-prod audit screenshots

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

# The requirements go in with uv (pinned here; pip puts it into the venv in about 3 s): about 5 s where pip takes 35.
# If uv cannot be installed or fails, pip installs them, after a one-line message. pip as the venv brings it (no
# self-upgrade: one download and reinstall less). Neither compiles the modules (uv never does by default; pip
# with --no-compile): `compile` does that afterwards, in the background (of `make run`'s seeding, say), in one
# process at the lowest priority: on two cores it takes the core the seeding leaves idle (about 17 s of CPU for
# the runtime requirements here), never the seeding's. The .pyc files matter where PYTHONDONTWRITEBYTECODE is set
# (Docker images, this machine): Python then never writes them.
UV_VERSION := 0.13.8
UV := $(BIN)/uv
PIP := $(PY) -m pip install --quiet --disable-pip-version-check --no-compile
# $(call requirements,file): install a requirements file with uv $(UV_VERSION) (put into the venv first when it is
# missing or another version), else with pip.
requirements = { { case "$$($(UV) --version 2>/dev/null)" in "uv $(UV_VERSION)"*) ;; *) $(PIP) uv==$(UV_VERSION) >/dev/null 2>&1;; esac \
	&& $(UV) pip install --quiet --python $(PY) -r $(1); } \
	|| { echo "   uv could not install $(1): pip installs it instead (slower)"; $(PIP) -r $(1); }; }
compile = (nice -n 19 $(PY) -m compileall -qq -j 1 $$($(PY) -c 'import sysconfig; print(sysconfig.get_path("purelib"))') >/dev/null 2>&1 &)
# A step that says what it does and how long it took: $(call timed,Message,command).
timed = @start=$$(date +%s); printf '%s\n' "$(1)"; $(2) && echo "   done in $$(( $$(date +%s) - start )) s"

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || test -n "$(PYTHON)" || { echo "No Python 3.11, 3.12 or 3.13 found: install one, or name it: make $(MAKECMDGOALS) PYTHON=/path/to/python3.12" >&2; exit 1; }
	@test -x $(PY) || { echo "Creating $(VENV) with $$($(PYTHON) --version)"; $(PYTHON) -m venv $(VENV); }
	$(call timed,Installing the pinned requirements into $(VENV) with uv $(UV_VERSION),$(call requirements,requirements.txt))
	@$(compile)
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(call timed,Installing the test and lint tools into $(VENV) with uv $(UV_VERSION),$(call requirements,requirements-dev.txt))
	@$(compile)
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned runtime requirements

install-dev: $(VENV)/.installed-dev ## Install runtime and test requirements

messages: $(VENV)/.installed ## Compile the fr/en/de catalogues in locale/ (in Python: no gettext needed)
	@$(PY) tools/compile_messages.py

browser: ## Install Debian's chromium for the browser tests
	command -v chromium >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# seed_demo --migrate brings the database up to date in the same process (a new SQLite database from the schema
# snapshot, core/snapshots/sqlite.sql, in a second instead of ~270 migrations) and skips Django's system checks:
# runserver runs them before it serves.
# The processes of `make run` write the .pyc of what they import even where PYTHONDONTWRITEBYTECODE is set: the
# seeding compiles nearly every module runserver and the worker import anyway, and writing them costs next to
# nothing; runserver's two processes and the worker then start from them instead of compiling again (about 3 s of
# CPU each; `compile` may not be done yet on a busy machine). Where they cannot be written, Python goes on.
WRITE_PYC := PYTHONDONTWRITEBYTECODE=
run: install messages ## Install, migrate, seed demo data if the database is empty, serve on http://127.0.0.1:8000/ with the webhook worker
	$(WRITE_PYC) $(MANAGE) seed_demo --migrate --if-empty --members $(MEMBERS) --skip-checks
	$(WRITE_PYC) $(MANAGE) run_webhooks & WORKER=$$!; trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; $(WRITE_PYC) $(MANAGE) runserver $(HOST):$(PORT)

seed: install messages ## (Re)build the demo data: make seed MEMBERS=1000
	$(MANAGE) seed_demo --migrate --members $(MEMBERS)

schema-snapshot: install ## Write core/snapshots/sqlite.sql again (after adding migrations: a test says when)
	$(MANAGE) schema_snapshot

test: install-dev messages browser ## Install everything and run the whole test suite
	$(BIN)/pytest -n 2

lint: install-dev ## ruff and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev messages lint ## Lint, layers (import-linter), imports in functions, migrations up to date, Django system checks
	$(BIN)/lint-imports
	$(PY) tools/function_imports.py
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=check-deploy-$$(date +%s)-dummy-secret-key-that-is-long-enough-0123456789 \
		ALLOWED_HOSTS=portal.example.org $(MANAGE) check --deploy --fail-level WARNING

makemessages: install ## Extract strings into locale/*/LC_MESSAGES/django.po (for developers)
	$(MANAGE) makemessages --locale fr --locale en --locale de --ignore '.venv/*' --ignore 'bench/*' --ignore 'media/*' --ignore 'test-media/*' --no-obsolete --no-location

bench: install-dev messages ## Page benchmark: gunicorn under load at BENCH_MEMBERS members, ratios to a bare view (Redis database 12 as cache, emptied)
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/12} $(PY) bench/pages.py --members $(BENCH_MEMBERS)

bench-relevance: install-dev messages ## Directory and matchmaking relevance on the judged sets (tuning, held-out), database and osmem
	$(PY) bench/relevance.py --members 300

bench-search: install-dev messages ## Directory search benchmark at BENCH_MEMBERS (default 10000) members, database and osmem
	$(PY) bench/search.py --members $(BENCH_MEMBERS)

bench-digests: install-dev messages ## Digest benchmark: send_digests for 5,000 subscriptions at BENCH_MEMBERS members (target ≤ 60 s)
	$(PY) bench/digests.py --members $(BENCH_MEMBERS) --subscriptions 5000

search-index: install ## Rebuild the directory search documents (and the engine indexes when SEARCH_URL is set)
	$(MANAGE) rebuild_search_index

clean: ## Remove the virtual environment, the SQLite database, generated media and compiled catalogues
	rm -rf $(VENV) db.sqlite3 media test-media collected-static locale/*/LC_MESSAGES/*.mo

smoke-prod: install-dev messages ## The production stack on this machine (PostgreSQL, Redis :6392, osmem, S3 emulator, gunicorn) under faults
	$(PY) tools/smoke_prod.py

# Pinned in tools/audit/package-lock.json: Lighthouse 12 (13 needs Node 22) and the Nu HTML checker (vnu-jar, Java).
tools/audit/node_modules/.installed: tools/audit/package.json tools/audit/package-lock.json
	$(call timed,Installing Lighthouse and the Nu HTML checker (npm ci in tools/audit),cd tools/audit && npm ci --no-audit --no-fund --loglevel=error)
	@touch $@

audit: install messages browser tools/audit/node_modules/.installed ## Lighthouse (mobile) and the Nu HTML checker on 12 pages served by gunicorn with the production settings
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(PY) tools/audit.py

# Against a running site with the demo data (`make run` in another terminal; BASE_URL to point elsewhere).
BASE_URL ?= http://$(HOST):$(PORT)
screenshots: install-dev browser ## PNGs of home, directory, a member page, My space's form at 390 and 1280 px in fr/en/de (screenshots/)
	$(PY) tools/screenshots.py --base-url $(BASE_URL) --out screenshots
