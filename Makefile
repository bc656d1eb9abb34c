# recuento: `make run` builds and shows the demo; `make test` runs every test (PostgreSQL and
# Tesseract OCR included: both come from Debian packages when missing and the user is root).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= $(abspath ../shared)
ARTICLE := $(SHARED)/examples/fujimori-pardon-2018/article.txt

.PHONY: run test lint bench format clean install

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,postgres,fast,plot,ingest]'
	touch $@

run: install
	$(BIN)/recuento demo --db demo.db --replace $(if $(wildcard $(ARTICLE)),--article $(ARTICLE),)

test: install
	@set -e; scripts/tesseract-for-tests.sh; eval "$$(scripts/postgres-for-tests.sh start)"; \
	  export RECUENTO_SHARED_DIR="$${RECUENTO_SHARED_DIR:-$(if $(wildcard $(SHARED)),$(SHARED),)}"; \
	  status=0; $(BIN)/pytest -n 2 -q $(PYTEST_ARGS) || status=$$?; \
	  scripts/postgres-for-tests.sh stop; exit $$status

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format src tests benchmarks scripts
	$(BIN)/ruff check --fix src tests benchmarks scripts

bench: install
	RECUENTO_SHARED_DIR="$${RECUENTO_SHARED_DIR:-$(SHARED)}" $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) demo.db .pytest_cache .mypy_cache .ruff_cache
