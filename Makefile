PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := data/demo.db
PORT ?= 8001

CORPUS ?= ../shared/corpus/truth.jsonl

.PHONY: install test bench demo demo-db serve clean

$(BIN)/govcases: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/govcases

install: $(BIN)/govcases

test: install
	$(BIN)/python -m pytest

# Speed and quality beside trafilatura, on the shared corpus (medians of 5 runs per page).
bench: install
	$(BIN)/python benchmarks/bench_crawl.py --articles 2000
	$(BIN)/python benchmarks/bench_search.py --cases 1000000 --articles 200000
	$(BIN)/python benchmarks/bench_cases.py
	for t in tests/fixtures/cases*/truth.json; do echo "== $$t"; $(BIN)/govcases eval-cases $$t || exit 1; done
	@if [ -f $(CORPUS) ]; then $(BIN)/govcases eval $(CORPUS) --repeat 5; \
	else echo "bench: $(CORPUS) not found (set CORPUS=path/to/truth.jsonl)"; exit 1; fi

# Builds the demo archive from the shipped sample WARC, the same path as importing any WARC file.
demo-db: install
	rm -rf data/demo $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/govcases import-warc sample/shangguan-sample.warc.gz --db $(DEMO_DB) --data-dir data/demo

demo: demo-db
	$(BIN)/govcases stats --db $(DEMO_DB)
	@echo "Open http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/govcases serve --db $(DEMO_DB) --data-dir data/demo --port $(PORT)

clean:
	rm -rf $(VENV) data build *.egg-info
