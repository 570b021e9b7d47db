# Two commands for a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint typecheck clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,peers,spark]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/khabar extract examples/*.txt --format text

test: $(STAMP)
	$(BIN)/ruff check khabar tests
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check khabar tests
	$(BIN)/mypy khabar

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
