# civickg — two commands on a fresh machine:
#   make run    install, build the graph, validate it, write the explorer and exports, show how to query
#   make test   install (Python and Debian packages), lint, and run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CIVICKG := $(BIN)/civickg

.PHONY: run test setup system-deps build validate exports lint bench clean

run: setup
	$(CIVICKG) build
	$(CIVICKG) validate
	$(CIVICKG) stats | head -n 1
	$(CIVICKG) export --format graphml -o build/civickg.graphml
	$(CIVICKG) export --format csv -o build/civickg-edges.csv
	@echo
	@echo "Query it:"
	@echo "  $(CIVICKG) export --format ttl | head"
	@echo "  $(BIN)/python -c 'import civickg; print(len(civickg.load_graph()))'"

test: setup system-deps
	$(BIN)/ruff check civickg tests scripts
	$(BIN)/python -m pytest -q

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

bench: setup system-deps
	$(BIN)/python scripts/bench.py

clean:
	rm -rf build
