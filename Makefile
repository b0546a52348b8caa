# Guichet: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

.PHONY: run test bench translations screenshots package clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Guichet needs Python 3.11 or newer")'
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { echo "Python's venv module is missing: sudo apt-get install python3-venv" >&2; exit 1; }
	@# a .venv left half-made (venv missing at the first try) is made again
	@$(PY) -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	@# the project's own folders are the package (flat layout): setuptools'
	@# warning about exactly that is noise here
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $@

## Start the application (demo data on a new, empty database; DEMO= for a real centre).
DEMO ?= --demo
run: $(STAMP)
	@scripts/check-desktop.sh
	$(strip $(VENV)/bin/guichet $(DEMO) $(ARGS))

## Run the whole test suite, headless.
test: $(STAMP)
	@scripts/setup-print-test.sh
	@scripts/setup-postgres-test.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

## Benchmarks: our figure against a floor measured in the same run.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

## Refresh the French catalogue and rebuild the .qm.
translations: $(STAMP)
	scripts/update_translations.sh

## Render every screen to PNG in docs/screenshots/ (the README shows them).
screenshots: $(STAMP)
	$(PY) scripts/screenshots.py docs/screenshots

## A folder to copy to a counter PC: dist/guichet/guichet (PyInstaller).
package: $(STAMP)
	$(PY) -m pip install --quiet pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) .pytest_cache *.egg-info
