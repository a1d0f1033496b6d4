# Two commands matter: `make pdf` builds every guide, `make test` runs the tests.
# Both create the virtual environment and install the project on first use.

PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed
CONTENT  := content
OUTPUT   := output
GUIDES   := $(wildcard $(CONTENT)/*/guide.yaml)
STUDYGUIDE := $(BIN)/studyguide
# Guides built at once (default: one per core); e.g. `make pdf JOBS=1`.
JOBS     ?=
BUILD_FLAGS := $(if $(JOBS),--jobs $(JOBS))

.PHONY: pdf html test lint check clean distclean syscheck bench booklet handout cards teacher watch schema fuzz

pdf: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) $(BUILD_FLAGS)

html: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --html-only

# Print products: a folded booklet, a one-sheet handout, flashcards, the teacher's copy.
booklet: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --booklet

handout: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --handout

cards: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --cards

teacher: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --edition teacher

check: $(STAMP)
	$(STUDYGUIDE) check $(dir $(GUIDES))

# Live preview of one guide: make watch [WATCH_GUIDE=content/<slug>] [PORT=8000]
WATCH_GUIDE ?= $(firstword $(dir $(GUIDES)))
PORT ?= 8000
watch: $(STAMP) syscheck
	$(STUDYGUIDE) watch $(WATCH_GUIDE) --port $(PORT) --output $(OUTPUT)

# Regenerate the JSON Schemas for editors after changing generator/content/model.py.
schema: $(STAMP)
	$(STUDYGUIDE) schema --write

test: $(STAMP) syscheck
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Style and types: ruff (lint and format) over the code and tests, mypy over the package.
lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy

# The property tests with many more examples than `make test` runs (a few minutes).
fuzz: $(STAMP)
	HYPOTHESIS_EXAMPLES=5000 $(BIN)/python -m pytest tests/test_properties.py $(PYTEST_ARGS)

# Timings of full, no-op, incremental and parallel builds against WeasyPrint and pandoc
# (BENCH_RUNS=N repetitions each); the table goes to output/bench.md too.
bench: $(STAMP) syscheck
	$(BIN)/python bench/run.py --output $(OUTPUT)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# System libraries cannot come from pip. Only Pango is required (the check says how to
# get it); without libharfbuzz-subset it prints one line on how to make builds faster.
syscheck: $(STAMP)
	@$(BIN)/python -m generator.render.system

clean:
	rm -rf $(OUTPUT)

distclean: clean
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis
