# The two promises of the README: `make run` and `make test`. Everything else supports them.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test install lint checks pytest assets messages bench loadtest lock clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Set up an embedded SQLite database with demo content and accounts, then serve the site.
run: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo_data
	@echo "Open http://127.0.0.1:$(PORT)/ — demo accounts are listed in README.md"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## Every check. Set PORTAL_TEST_DATABASE_URL=postgres://… to run the suite on PostgreSQL too.
test: install lint checks pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -q -r portal cms -lll  # high-severity findings fail the build
	$(BIN)/djlint --lint portal cms  # every template; rules in [tool.djlint], pyproject.toml

checks:
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production \
	DJANGO_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	DJANGO_ALLOWED_HOSTS=portal.example \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

# Two workers by default (these machines have two cores); each has its own test database. Files
# go to one worker whole, so data a module builds once is built once. The slowest tests are listed.
PYTEST_WORKERS ?= 2
PYTEST_ARGS := -q -n $(PYTEST_WORKERS) --dist loadfile --durations=15
pytest:
	@echo "== pytest on SQLite =="
	DATABASE_URL= $(BIN)/pytest $(PYTEST_ARGS) -m "not flushes_db"
	DATABASE_URL= $(BIN)/pytest $(PYTEST_ARGS) -m flushes_db
	@if [ -n "$${PORTAL_TEST_DATABASE_URL:-}" ]; then \
		echo "== pytest on PostgreSQL =="; \
		DATABASE_URL="$$PORTAL_TEST_DATABASE_URL" $(BIN)/pytest $(PYTEST_ARGS) -m "not flushes_db" && \
		DATABASE_URL="$$PORTAL_TEST_DATABASE_URL" $(BIN)/pytest $(PYTEST_ARGS) -m flushes_db; \
	else \
		echo "PORTAL_TEST_DATABASE_URL is not set: skipping the PostgreSQL run."; \
	fi

## Load test on loopback: gunicorn + PostgreSQL, public pages, sign-ins and downloads (README, "Performance").
## Needs a PostgreSQL server: PORTAL_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
LOADTEST_USERS ?= 20
LOADTEST_SECONDS ?= 30
loadtest: install
	$(BIN)/python -m portal.tools.loadtest --users $(LOADTEST_USERS) --seconds $(LOADTEST_SECONDS)

## Rebuild static/css and static/js from static/src (needs Node and npm; nothing else does).
assets:
	cd static/src && npm ci && npm run build

## Extract interface strings into locale/*/django.po and compile them (extraction needs GNU gettext).
messages: install
	$(BIN)/python manage.py update_catalogues

## Speed benchmark: gunicorn + PostgreSQL (PORTAL_BENCH_DATABASE_URL) with 10,000 cases, measured with wrk
## (sudo apt-get install wrk); writes its tables into README.md. See README "Performance".
bench: install
	$(BIN)/python -m portal.tools.bench

## Refresh the lock file after changing dependencies in pyproject.toml.
lock:
	rm -rf /tmp/portal-lock-venv && $(PYTHON) -m venv /tmp/portal-lock-venv
	/tmp/portal-lock-venv/bin/pip install --quiet --upgrade pip
	/tmp/portal-lock-venv/bin/pip install --quiet '.[dev]'
	/tmp/portal-lock-venv/bin/pip freeze --exclude family-court-portal > constraints.txt

clean:
	rm -rf $(VENV) var
