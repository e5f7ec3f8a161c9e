# Samla: `make help` lists the commands.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PG_URL ?= postgres://samla:samla@127.0.0.1:5432/samla
MANAGE := $(PY) manage.py
# The suite runs on one pytest-xdist worker per CPU core, each with its own
# copy of one migrated test database (tests/databases.py); PYTEST_WORKERS=0
# runs it in one process. loadscope hands out whole modules, and the browser
# tests first, in two halves, one per worker (tests/conftest.py).
PYTEST_WORKERS ?= auto
PYTEST := $(VENV)/bin/pytest -q -n $(PYTEST_WORKERS) --dist loadscope

.DEFAULT_GOAL := help
.PHONY: help install system-deps run demo test test-suites test-sqlite test-postgres test-browser test-stack lint format check stack stack-stop faults bench bench-cache bench-search scan translations clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

# Lighthouse for the browser tests (tests/browser/test_lighthouse.py), pinned
# in its own package.json; installed once npm is there (make system-deps).
LIGHTHOUSE := tests/browser/lighthouse/node_modules/.package-lock.json
$(LIGHTHOUSE): tests/browser/lighthouse/package.json tests/browser/lighthouse/package-lock.json
	cd tests/browser/lighthouse && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

install: $(VENV)/.installed $(if $(shell command -v npm),$(LIGHTHOUSE)) ## Create the virtual environment and install the pinned packages (and Lighthouse, when npm is there)

system-deps: ## Install Debian packages the tests need (chromium, postgresql, redis-server, varnish, wrk, gettext, nodejs and npm, fonts, libraqm0)
	@bash scripts/system-deps.sh

run: install ## Run Samla at http://127.0.0.1:8000/ with demo content (SQLite)
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:8000

demo: install ## Load the demo content into the current database
	mkdir -p var
	$(MANAGE) load_demo

lint: install ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=samla.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=samla.settings.test $(MANAGE) makemigrations --check --dry-run

test: install system-deps lint check test-suites ## Everything CI runs: lint, checks, the suite on SQLite (with browser tests) and PostgreSQL

# The two runs at once: the PostgreSQL run's work fills the time the browser
# tests spend waiting for Chromium and the server. Each run's output is
# printed whole when it ends; either one failing fails the build. PostgreSQL
# is started first, once. The multi-server tests (make test-stack) are not
# part of it: building their stack costs minutes of both cores.
test-suites: install ## The suite on SQLite (with browser tests) and on PostgreSQL, at the same time
	bash scripts/postgres.sh start
	$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres

test-sqlite: install $(LIGHTHOUSE) ## The whole suite on SQLite, browser tests included
	$(PYTEST) -m "not stack"

test-postgres: install ## The suite (without browser tests) on PostgreSQL, started on loopback
	bash scripts/postgres.sh start
	DATABASE_URL=$(PG_URL) $(PYTEST) -m "not browser and not stack"

test-browser: install $(LIGHTHOUSE) ## Only the browser tests (Chromium, axe and Lighthouse)
	$(PYTEST) -m browser

# tests/stack starts its own stack (scripts/stack.py) on other ports than `make stack`.
test-stack: install ## The multi-server tests (tests/stack) against a stack of their own
	$(VENV)/bin/pytest -q -m stack tests/stack

stack: install system-deps ## Start the production topology on loopback: PostgreSQL, Redis, S3 (moto), two gunicorn app servers, the task worker, Varnish at http://127.0.0.1:8700/
	$(PY) scripts/stack.py start

stack-stop: ## Stop everything `make stack` started, leaving no process behind
	$(PY) scripts/stack.py stop

faults: install system-deps ## Fault suite: PostgreSQL restart, Redis stop, search failure, mail down and a form flood under load
	$(PY) scripts/faults.py

bench: install ## All benchmarks (docs/benchmarks.md): uncached pages, Varnish against static nginx with the publication delay, site search on 10,000 stories
	$(PY) scripts/bench.py
	$(PY) scripts/bench_cache.py
	$(PY) scripts/bench_search.py

bench-cache: install system-deps ## Pages through Varnish (make stack) against nginx serving the same HTML, and publication-to-visible time
	$(PY) scripts/bench_cache.py

bench-search: install ## Site search on PostgreSQL with 10,000 stories in the eight languages (builds the data set): p50/p95
	$(PY) scripts/bench_search.py

scan: install ## Attack a production-settings copy over TLS on loopback with wapiti; fails on any finding above info
	$(PY) scripts/scan.py

translations: install ## Update and compile the public catalogues (site/, home/, stories/, campaigns/)
	for folder in site home stories campaigns; do bash scripts/makemessages.sh $$folder || exit 1; done
	for folder in site home stories campaigns; do (cd $$folder && ../$(PY) ../manage.py compilemessages -v 0) || exit 1; done

clean: ## Remove the virtual environment and local data
	rm -rf $(VENV) var
