# Two commands matter: `make pdf` builds every guide, `make test` runs the tests.
# Both create the virtual environment and install the project on first use: building
# installs what building needs (RUN_STAMP); tests, lint and bench add the development
# tools (DEV_STAMP). Both install from the locks in requirements/ (`make lock` updates them).

PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
RUN_LOCK := requirements/run.txt
DEV_LOCK := requirements/dev.txt
# uv (from PyPI) installs many times faster than pip: the one on the PATH, else one that
# pip fetches for the install (UV_VERSION), else pip alone. `make NO_UV=1` uses pip.
UV       ?= $(shell command -v uv 2>/dev/null)
UV_VERSION := 0.13.9
CONTENT  := content
OUTPUT   := output
GUIDES   := $(wildcard $(CONTENT)/*/guide.yaml)
STUDYGUIDE := $(BIN)/studyguide
# Guides built at once (default: one per core); e.g. `make pdf JOBS=1`.
JOBS     ?=
BUILD_FLAGS := $(if $(JOBS),--jobs $(JOBS))

.PHONY: pdf html test lint check clean distclean syscheck bench booklet handout cards teacher watch schema fuzz lock new messages studio import-quality

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
$(PRODUCT_TARGETS): $(RUN_STAMP) syscheck
	$(if $(filter $@,$(firstword $(call products_for,$@))),$(call build_products,$(call products_for,$@)),@:)

html: $(RUN_STAMP) syscheck
	$(STUDYGUIDE) build $(dir $(GUIDES)) --output $(OUTPUT) --html-only

check: $(RUN_STAMP)
	$(STUDYGUIDE) check $(dir $(GUIDES))

# Live preview of one guide: make watch [WATCH_GUIDE=content/<slug>] [PORT=8000]
WATCH_GUIDE ?= $(firstword $(dir $(GUIDES)))
PORT ?= 8000
watch: $(RUN_STAMP) syscheck
	$(STUDYGUIDE) watch $(WATCH_GUIDE) --port $(PORT) --output $(OUTPUT)

# A new guide from the working example of every file: make new NAME=<slug>
new: $(RUN_STAMP)
	@test -n "$(NAME)" || { echo "give the guide's folder name: make new NAME=cold-war-1947" >&2; exit 2; }
	$(STUDYGUIDE) new $(NAME) --content $(CONTENT)

# Write and print guides in the browser: make studio [STUDIO_PORT=8100]
STUDIO_PORT ?= 8100
studio: $(RUN_STAMP) syscheck
	$(STUDYGUIDE) studio $(CONTENT) --port $(STUDIO_PORT) --output $(OUTPUT)

# Regenerate the JSON Schemas for editors after changing generator/content/model.py.
schema: $(RUN_STAMP)
	$(STUDYGUIDE) schema --write

# The catalogue templates from generator/i18n/messages.py (the booklet) and studio.py (the
# studio's page), merged into every language's .po.
LOCALES := generator/i18n/locales
messages: $(DEV_STAMP)
	$(BIN)/python -m generator.i18n.extract
	$(BIN)/pybabel update --input-file $(LOCALES)/studyguide.pot --output-dir $(LOCALES) --domain studyguide --width 100 --no-fuzzy-matching
	$(BIN)/pybabel update --input-file $(LOCALES)/studio.pot --output-dir $(LOCALES) --domain studio --width 100 --no-fuzzy-matching

test: $(DEV_STAMP) syscheck
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Style and types: ruff (lint and format) over the code and tests, mypy over the package.
lint: $(DEV_STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy

# The property tests with many more examples than `make test` runs (a few minutes).
fuzz: $(DEV_STAMP)
	HYPOTHESIS_EXAMPLES=5000 $(BIN)/python -m pytest tests/content/test_properties.py $(PYTEST_ARGS)

# Timings of full, no-op, incremental and parallel builds against WeasyPrint and pandoc
# (BENCH_RUNS=N repetitions each); the table goes to output/bench.md too.
bench: $(DEV_STAMP) syscheck
	$(BIN)/python bench/run.py --output $(OUTPUT)
	$(BIN)/python bench/import_speed.py
	$(BIN)/python bench/subsetters.py

# How much of each test article's dated events the importer proposes, against the hand
# annotation in tests/data/truth (about a minute of CPU on this project's machine: 50 imports, each
# checked and built to PDF).
# IMPORT_QUALITY_ARGS="--titles" lists the proposed titles beside the annotated ones.
import-quality: $(DEV_STAMP) syscheck
	$(BIN)/python bench/import_quality.py $(IMPORT_QUALITY_ARGS)

# Without pip: uv installs into the environment from outside it (24 MB of pip and
# setuptools saved); pip is added only where uv cannot be had.
$(BIN)/python:
	$(if $(UV),$(UV) venv --quiet --python $(PYTHON) $(VENV),$(PYTHON) -m venv --without-pip $(VENV))

# `install LOCK, ARGS`: `pip install ARGS` with every package at the lock's version, by uv
# (the one on the PATH, else one fetched for the install by the system's pip and removed
# after: it is no part of the environment) or, failing that, by pip.
define install
	@uv='$(UV)'; tmp=$(VENV)/.uv; \
	if [ -z "$$uv" ] && [ -z "$(NO_UV)" ] && \
	  $(PYTHON) -m pip install --quiet --target $$tmp uv==$(UV_VERSION) >/dev/null 2>&1; then uv=$$tmp/bin/uv; fi; \
	if [ -n "$$uv" ]; then \
	  echo "uv pip install -c $(1) $(2)"; "$$uv" pip install --quiet --python $(BIN)/python -c $(1) $(2); \
	else \
	  echo "pip install -c $(1) $(2)"; \
	  $(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --default-pip >/dev/null; \
	  $(BIN)/python -m pip install --quiet -c $(1) $(2); \
	fi; status=$$?; rm -rf $$tmp; exit $$status
endef

# What building needs: the runtime dependencies, nothing else.
$(RUN_STAMP): pyproject.toml $(RUN_LOCK) | $(BIN)/python
	$(call install,$(RUN_LOCK),-e .)
	@touch $@

# What tests, lint and bench add: the `dev` extra.
$(DEV_STAMP): $(RUN_STAMP) $(DEV_LOCK)
	$(call install,$(DEV_LOCK),-e '.[dev]')
	# An independent GIFT parser for the export tests; its declared extras pin an old
	# Markdown that the project cannot use, and parsing needs only yattag.
	$(call install,$(DEV_LOCK),--no-deps pygiftparser==1.1 yattag==1.16.1)
	@touch $@

# Everything a developer uses, as one target (what CI and the older stamp name ask for).
$(VENV)/.installed: $(DEV_STAMP)
	@touch $@

# Resolve every dependency, direct and indirect, to an exact version again, for every
# supported Python and platform: requirements/dev.txt (the `dev` extra too) first, then
# requirements/run.txt at the same versions. Commit both; CI and every user install them.
# Versions already locked are kept unless `make lock UPGRADE=1`.
lock: | $(BIN)/python
	@uv='$(UV)'; tmp=$(VENV)/.uv; \
	[ -n "$$uv" ] || { $(PYTHON) -m pip install --quiet --target $$tmp uv==$(UV_VERSION) && uv=$$tmp/bin/uv; }; \
	for spec in "dev --extra dev" "run -c $(DEV_LOCK)"; do set -- $$spec; out=requirements/$$1.txt; shift; \
	  "$$uv" pip compile pyproject.toml --quiet --universal --python-version 3.10 --no-header \
	    $(if $(UPGRADE),--upgrade) $$@ -o $$out || { rm -rf $$tmp; exit 1; }; \
	done; rm -rf $$tmp

# System libraries cannot come from pip. Only Pango is required (the check says how to
# get it); fonts are subset by the uharfbuzz wheel, with or without libharfbuzz-subset.
syscheck: $(RUN_STAMP)
	@$(BIN)/python -m generator.render.system

clean:
	rm -rf $(OUTPUT)

distclean: clean
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis
