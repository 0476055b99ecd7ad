# kamervraag — the one task runner. `make help` lists the targets.
SHELL := /bin/bash
CARGO ?= cargo
PYTHON ?= python3
SHARED ?= ../shared
# Corpus accuracy floors (percent of field checks / documents fully right); raise them as accuracy rises.
CORPUS_MIN_FIELDS ?= 0
CORPUS_MIN_DOCS ?= 0

.PHONY: help example test test-rust test-corpus lint build

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

build: ## build the command-line tool (release)
	$(CARGO) build --release --locked

example: build ## parse the bundled example and print its JSON
	./target/release/kamervraag parse --pretty examples/tweedemonitor-2019Z16002.txt

test: test-rust lint test-corpus ## run every test: Rust, corpus accuracy, Python, C

test-rust: ## Rust unit, golden and property tests
	$(CARGO) test --workspace --locked

lint: ## formatting and clippy, warnings are errors
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

test-corpus: build ## field accuracy over ../shared/corpus (skipped when absent)
	@if [ -f $(SHARED)/tools/score.py ] && [ -d $(SHARED)/corpus/expected ]; then \
		$(PYTHON) tests/corpus_floor.py --shared $(SHARED) --cmd "target/release/kamervraag parse" \
			--min-fields $(CORPUS_MIN_FIELDS) --min-docs $(CORPUS_MIN_DOCS); \
	else echo "test-corpus: skipped, $(SHARED)/corpus not found"; fi
