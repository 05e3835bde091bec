# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint os-deps bench bench-short clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

os-deps:
	./packaging/os-deps.sh

run: os-deps $(STAMP)
	$(VENV)/bin/bedside --demo

test: os-deps $(STAMP)
	$(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder
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
	rm -rf $(VENV) build dist *.egg-info
