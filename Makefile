# civickg — two commands on a fresh machine:
#   make run    install, build the graph, validate it, write the explorer and exports, show how to query
#   make test   install (Python and Debian packages), lint, and run every test
#   make notebook  open notebooks/walkthrough.ipynb in JupyterLab (installed into .venv on first use)
#   make corpus    the graph of every curated article (the seed's and the dev set's) in build/corpus/
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CIVICKG := $(BIN)/civickg

.PHONY: run test setup system-deps notebook corpus build validate exports lint bench clean

run: setup
	$(CIVICKG) build
	$(CIVICKG) validate
	$(CIVICKG) stats | head -n 1
	$(CIVICKG) export --format graphml -o build/civickg.graphml
	$(CIVICKG) export --format csv -o build/civickg-edges.csv
	$(CIVICKG) explore -o build/explorer.html
	$(CIVICKG) ontology docs -o build/ontology
	$(CIVICKG) query awards --format csv
	@echo
	@echo "The graph is in build/ (civickg.ttl, .nt, .trig, .jsonld, .graphml, -edges.csv)."
	@echo "Explore it:  open build/explorer.html in any browser (offline)."
	@echo "Ontology:    open build/ontology/index.html"
	@echo "Query it:"
	@echo "  $(CIVICKG) queries                          # the competency questions"
	@echo "  $(CIVICKG) query admin-chain                # run one by name"
	@echo "  $(CIVICKG) query entity -p entity=jinan     # everything about one entity, with quotes"
	@echo "  $(CIVICKG) query 'SELECT ?s ?label WHERE { ?s a civic:Studio ; rdfs:label ?label }'"
	@echo "  $(CIVICKG) query awards --format csv        # csv, tsv, json, xml"
	@echo "  $(CIVICKG) serve                            # SPARQL endpoint at http://127.0.0.1:8000/sparql"
	@echo "  $(BIN)/python -c 'import civickg; print(len(civickg.load_graph()))'"
	@echo "  make notebook                               # notebooks/walkthrough.ipynb in JupyterLab: the same from Python and pandas"

test: setup system-deps
	$(BIN)/ruff check civickg tests scripts
	$(CIVICKG) ontology lint
	$(BIN)/python scripts/vendor_vocab.py --check
	bash scripts/install-web-audit.sh
	$(BIN)/python -m pytest -q

# JupyterLab is not needed to run the notebook (the tests execute it with nbclient), only to open it.
notebook: setup
	@test -x $(BIN)/jupyter-lab || $(BIN)/python -m pip install -q -e ".[notebook]"
	$(BIN)/jupyter-lab notebooks/walkthrough.ipynb

# The seed and the dev set's curated articles as one project (scripts/corpus_graph.py), built, validated, explored.
corpus: setup
	$(BIN)/python scripts/corpus_graph.py --out build/corpus
	$(CIVICKG) --root build/corpus build
	$(CIVICKG) --root build/corpus validate
	$(CIVICKG) --root build/corpus stats | head -n 1
	$(CIVICKG) --root build/corpus explore -o build/corpus/build/explorer.html
	@echo "Query it:    $(CIVICKG) --root build/corpus query awards"

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "python3 -m venv failed: installing python3-venv"; bash scripts/install-python-venv.sh && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	@touch $(STAMP)

system-deps:
	bash scripts/install-system-deps.sh

# One table of targets and measurements (docs/scale.md); BENCH_ARGS=--quick for a small run.
# The older per-topic scripts (scripts/bench_*.py) stay runnable on their own.
bench: setup system-deps
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf build
