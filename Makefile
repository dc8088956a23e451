# filing-kg: `make demo` builds, validates, queries and exports the sample graph;
# `make test` runs the tests. Both create the virtual environment on first use.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out/demo
STAMP   = $(VENV)/.installed-stamp

.PHONY: install demo test lint bench fuzz clean screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@echo "== build: data/filings -> $(OUT)"
	$(BIN)/filing-kg build data/filings --out $(OUT) --quiet || [ $$? -eq 3 ]
	@echo "== validate"
	$(BIN)/filing-kg validate $(OUT)
	@echo "== queries"
	$(BIN)/filing-kg query --all $(OUT)
	@echo "== exports"
	$(BIN)/filing-kg export $(OUT) --to graphml --out $(OUT)/graph.graphml
	$(BIN)/filing-kg export $(OUT) --to gexf --out $(OUT)/graph.gexf
	$(BIN)/filing-kg export $(OUT) --to cyjs --out $(OUT)/graph.cyjs
	$(BIN)/filing-kg export $(OUT) --to dot --out $(OUT)/graph.dot
	$(BIN)/filing-kg export $(OUT) --to csv --out $(OUT)/graph.csv
	$(BIN)/filing-kg export $(OUT) --to html --out $(OUT)/graph.html
	@echo "== extraction scores on the sample filings (gold: data/gold)"
	$(BIN)/filing-kg eval --gold data/gold $(OUT) --json $(OUT)/eval.json
	@echo "== summary"
	$(BIN)/filing-kg summary $(OUT)

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check builders tests

bench: $(STAMP)
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Longer fuzzing than `make test` does: thousands of hypothesis examples per test, then
# FUZZ_SECONDS of coverage-guided atheris from a corpus seeded with the bad inputs.
FUZZ_EXAMPLES ?= 3000
FUZZ_SECONDS  ?= 300
FUZZ_STAMP     = $(VENV)/.fuzz-stamp

$(FUZZ_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,fuzz]'
	touch $(FUZZ_STAMP)

fuzz: $(FUZZ_STAMP)
	FILING_KG_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q tests/test_fuzz.py --hypothesis-show-statistics
	mkdir -p out/fuzz-corpus
	cp tests/bad_inputs/*.txt tests/bad_inputs/*.htm tests/bad_inputs/*.nc data/filings/immunogen-8k-2003-01-24.txt out/fuzz-corpus/
	$(BIN)/python -m tests.fuzz_atheris -max_total_time=$(FUZZ_SECONDS) -max_len=20000 -timeout=60 -print_final_stats=1 -artifact_prefix=out/fuzz- out/fuzz-corpus

# docs/screenshot.png: the seed's page in headless Chromium, a product selected (needs chromium, chromium-driver)
screenshot: $(STAMP)
	$(BIN)/filing-kg build data/filings/immunogen-8k-2003-01-24.txt --out out/seed --quiet --no-validate
	$(BIN)/filing-kg export out/seed --to html --out out/seed/graph.html
	$(BIN)/python tests/browser.py out/seed/graph.html docs/screenshot.png product/cantuzumab-mertansine
	command -v pngquant >/dev/null && pngquant --quality 60-90 --force --output docs/screenshot.png docs/screenshot.png || true

clean:
	rm -rf out build dist *.egg-info
