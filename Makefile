# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint os-deps bench bench-short clean translations qm

# The interface's translations: the .ts files are the source (committed); lrelease compiles
# each into the .qm the app loads (never committed). `make translations` refreshes the .ts
# files from the code (then translate what is unfinished: pyside6-linguist FILE.ts).
TS := $(wildcard resources/i18n/bedside_*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

os-deps:
	./packaging/os-deps.sh

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

translations: $(STAMP)
	$(PY) tools/update_translations.py

run: os-deps $(STAMP) qm
	$(VENV)/bin/bedside --demo

test: os-deps $(STAMP) qm
	$(PY) -m pytest
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Clinic-scale speed, every figure beside its floor (several minutes); bench-short: small sizes,
# checks that the benchmark works (CI), not the budgets.
bench: os-deps $(STAMP)
	timeout 2400 $(PY) bench/run.py

bench-short: os-deps $(STAMP)
	timeout 120 $(PY) bench/run.py --short

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm
