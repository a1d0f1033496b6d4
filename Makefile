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

.PHONY: pdf html test lint check clean distclean syscheck bench booklet handout cards teacher watch schema fuzz studio

# Products: the guide (pdf), a folded booklet, a one-sheet handout, flashcards, the
# teacher's copy. Every product goes through one build with up-to-date stamps, and the
# products named on one command line (`make pdf booklet handout cards teacher`) are one
# run: one up-to-date check, one pool of workers.
PRODUCT_TARGETS := pdf booklet handout cards teacher
PRODUCT_FLAG_pdf := --guide
PRODUCT_FLAG_booklet := --booklet
PRODUCT_FLAG_handout := --handout
PRODUCT_FLAG_cards := --cards
PRODUCT_FLAG_teacher := --teacher
GOAL_PRODUCTS := $(filter $(PRODUCT_TARGETS),$(MAKECMDGOALS))
build_products = $(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) $(foreach p,$(1),$(PRODUCT_FLAG_$(p))) $(BUILD_FLAGS)

# The first product goal builds them all; the others have nothing left to do.
products_for = $(if $(filter $(1),$(GOAL_PRODUCTS)),$(GOAL_PRODUCTS),$(1))
$(PRODUCT_TARGETS): $(STAMP) syscheck
	$(if $(filter $@,$(firstword $(call products_for,$@))),$(call build_products,$(call products_for,$@)),@:)

html: $(STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --html-only

check: $(STAMP)
	$(STUDYGUIDE) check $(dir $(GUIDES))

# Live preview of one guide: make watch [WATCH_GUIDE=content/<slug>] [PORT=8000]
WATCH_GUIDE ?= $(firstword $(dir $(GUIDES)))
PORT ?= 8000
watch: $(STAMP) syscheck
	$(STUDYGUIDE) watch $(WATCH_GUIDE) --port $(PORT) --output $(OUTPUT)

# Write and print guides in the browser: make studio [STUDIO_PORT=8100]
STUDIO_PORT ?= 8100
studio: $(STAMP) syscheck
	$(STUDYGUIDE) studio $(CONTENT) --port $(STUDIO_PORT) --output $(OUTPUT)

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
	$(BIN)/python bench/import_speed.py

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# An independent GIFT parser for the export tests; its declared extras pin an old
	# Markdown that the project cannot use, and parsing needs only yattag.
	$(BIN)/python -m pip install --quiet --no-deps pygiftparser==1.1 yattag
	@touch $@

# System libraries cannot come from pip. Only Pango is required (the check says how to
# get it); without libharfbuzz-subset it prints one line on how to make builds faster.
syscheck: $(STAMP)
	@$(BIN)/python -m generator.render.system

clean:
	rm -rf $(OUTPUT)

distclean: clean
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis
