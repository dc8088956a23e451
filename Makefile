# filing-kg: `make demo` builds, validates, queries and exports the sample graph;
# `make test` runs the tests. Both create the virtual environment on first use.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= out/demo
STAMP   = $(VENV)/.installed-stamp

.PHONY: install demo test lint bench clean screenshot

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
	$(BIN)/python bench/run.py

# docs/screenshot.png: the seed's page in headless Chromium, a product selected (needs chromium, chromium-driver)
screenshot: $(STAMP)
	$(BIN)/filing-kg build data/filings/immunogen-8k-2003-01-24.txt --out out/seed --quiet --no-validate
	$(BIN)/filing-kg export out/seed --to html --out out/seed/graph.html
	$(BIN)/python tests/browser.py out/seed/graph.html docs/screenshot.png product/cantuzumab-mertansine
	command -v pngquant >/dev/null && pngquant --quality 60-90 --force --output docs/screenshot.png docs/screenshot.png || true

clean:
	rm -rf out build dist *.egg-info
