PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# import-linter lives in a venv of its own: it brings `rich`, and with rich installed Datasette 0.65
# crashes on its own 4xx errors (handle_exception prints a traceback outside an except block).
LINT := .venv-lint
DEMO_DB := data/demo/demo.db
PORT ?= 8001

.PHONY: install test eval bench demo demo-db serve clean

$(BIN)/govcases: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/govcases

install: $(BIN)/govcases

$(LINT)/bin/lint-imports:
	$(PYTHON) -m venv $(LINT)
	$(LINT)/bin/pip install --quiet 'import-linter>=2.1'

# The layer contracts (pyproject.toml, [tool.importlinter]) first, then the whole suite. The
# project's modules are compiled once first: the end-to-end tests start dozens of crawler and
# archive processes, and where PYTHONDONTWRITEBYTECODE is set (CI images) each one would compile
# them again.
test: install $(LINT)/bin/lint-imports
	PYTHONPATH=. $(LINT)/bin/lint-imports --no-cache
	$(BIN)/python -m compileall -q crawler archive benchmarks tests
	$(BIN)/python -m pytest

# The evaluation gates (tests marked `eval`): every case truth set's targets or floors and the corpus's,
# each page through the whole page path. Kept out of `make test` (about two thirds of its CPU, and
# growing with every hold-out set); CI runs both.
eval: install
	$(BIN)/python -m pytest -m eval

# One report for the whole archive: bench/results/latest.md and latest.json (benchmarks/report.py:
# crawl beside its ceiling, extraction beside trafilatura, reparse, search, the test suite), then
# case extraction's cost, then every case truth set scored side by side (bench/results/case-sets.md).
# Needs ../shared beside the clone; the 1M-row search database is kept in bench/cache/ and reused.
bench: install
	$(BIN)/python benchmarks/report.py
	$(BIN)/python benchmarks/bench_cases.py
	$(BIN)/python benchmarks/case_sets.py

# Builds the demo archive from the shipped sample WARC, the same path as importing any WARC file.
demo-db: install
	rm -rf data/demo
	$(BIN)/govcases import-warc sample/shangguan-sample.warc.gz --db $(DEMO_DB)

demo: demo-db
	$(BIN)/govcases stats --db $(DEMO_DB)
	@echo "Open http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/govcases serve --db $(DEMO_DB) --port $(PORT)

clean:
	rm -rf $(VENV) $(LINT) data build *.egg-info
