# Two entry points for people: `make serve` (or `make site`) and `make test`.
# Each one creates .venv and installs the locked dependencies first, so both work on a fresh clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := true

.PHONY: serve site check test lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

serve: $(STAMP)  ## preview with live reload at http://127.0.0.1:8000/
	$(BIN)/mkdocs serve --livereload

site: $(STAMP)  ## build the site into site/
	$(BIN)/mkdocs build --strict

check: $(STAMP)  ## validate data/ without building
	$(BIN)/python -m atlas check

test: $(STAMP)  ## run every test (browser tests need Debian's chromium)
	$(BIN)/python -m pytest

lock: $(STAMP)  ## refresh requirements.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --strip-extras --no-emit-index-url \
		--no-emit-find-links --output-file requirements.lock pyproject.toml

clean:
	rm -rf site .atlas
