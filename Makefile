# Everything a newcomer needs: `make run`, `make test`. The venv is built on first use
# and rebuilt when pyproject.toml changes.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench lint clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# the suite without the slow crash, soak and pool tests, nor the held-out floors (markers in
# pyproject.toml): what to run while changing the layout, so no rule is chosen by held-out pages
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not (slow or crash or soak or pool or heldout)"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench resources seeds
	$(BIN)/ruff format --check desktop tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
