# make run    set up (system libraries, .venv, the project) and start rsdesk
# make test   set up and run the whole test suite: lint, core, GUI
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test setup forms translations screenshots

run: setup
	$(VENV)/bin/rsdesk

test: setup
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
