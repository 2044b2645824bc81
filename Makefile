# make run    set up (system libraries, .venv, the project) and start rsdesk
# make test   set up and run the whole test suite: lint, core, GUI
# make bundle        the one-folder application in dist/rsdesk (PyInstaller)
# make bundle-smoke  build it, copy it away from the tree and do real work through it
# make bench         the performance suite: one table, each figure beside its baseline
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test setup forms translations screenshots bundle bundle-smoke bench

run: setup
	$(VENV)/bin/rsdesk

test: setup
	bash packaging/install-test-deps.sh
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	bash packaging/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

forms: setup
	$(PY) -m rsdesk.gui.build forms

translations: setup
	$(PY) -m rsdesk.gui.build translations

screenshots: setup
	$(PY) -m rsdesk.gui.screenshots screenshots

bundle: setup
	PYTHON=$(PY) bash packaging/build.sh

bundle-smoke: setup
	PYTHON=$(PY) $(PY) packaging/smoke.py

bench: setup
	$(PY) tests/benchmarks/suite.py
