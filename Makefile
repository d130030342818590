# Two entry points for people: `make serve` (or `make site`) and `make test`.
# Each one creates .venv and installs the locked dependencies first, so both work on a fresh clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.package-lock.json
export NO_MKDOCS_2_WARNING := true
# The site is dated by its last commit: notices on stale facts are judged against that day, so
# one commit builds one site. Set SOURCE_DATE_EPOCH (Unix seconds) to build as of another day.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)

.PHONY: serve site check test bench lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# axe-core, which the browser tests inject into pages, pinned in package-lock.json. Skipped
# (with a message) where npm is missing; the browser tests then skip too, except in CI.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund; \
	else echo "npm not found: the accessibility checks will be skipped (apt-get install npm)"; fi

serve: $(STAMP)  ## preview with live reload at http://127.0.0.1:8000/ (rebuilds only changed pages)
	SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(BIN)/mkdocs serve --livereload --dirty

site: $(STAMP)  ## build the site into site/
	SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(BIN)/mkdocs build --strict

check: $(STAMP)  ## validate data/ without building
	$(BIN)/python -m atlas check

test: $(STAMP) $(NODE_STAMP)  ## run every test (browser tests need Debian's chromium and npm)
	$(BIN)/python -m pytest

bench: $(STAMP)  ## time the build against plain MkDocs at several sizes (see docs/performance.md)
	$(BIN)/python -m atlas.bench $(BENCH)

lock: $(STAMP)  ## refresh requirements.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --strip-extras --no-emit-index-url \
		--no-emit-find-links --output-file requirements.lock pyproject.toml

clean:
	rm -rf site .atlas test-artifacts
