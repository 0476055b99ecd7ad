# kamervraag — the one task runner. `make help` lists the targets.
SHELL := /bin/bash
CARGO ?= cargo
PYTHON ?= python3
SHARED ?= ../shared
# Corpus accuracy floors (percent of field checks / documents fully right); raise them as accuracy rises.
CORPUS_MIN_FIELDS ?= 99
CORPUS_MIN_DOCS ?= 90
# The same corpus rewritten as real text arrives (CRLF, no-break and doubled spaces, blank lines, …).
CORPUS_VARIANTS_MIN_FIELDS ?= 99.5
# Where cargo builds (CARGO_TARGET_DIR when set), and the command-line tool it builds.
KV_TARGET := $(or $(CARGO_TARGET_DIR),target)
CLI := $(KV_TARGET)/release/kamervraag

.PHONY: help example test test-rust test-corpus lint build test-c header install-c test-python python-dev bench-python

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

build: ## build the command-line tool (release)
	$(CARGO) build --release

example: build ## parse the bundled example and print its JSON
	$(CLI) parse --pretty examples/tweedemonitor-2019Z16002.txt

test: test-rust lint test-corpus test-c test-python ## run every test: Rust, corpus accuracy, Python, C

test-rust: ## Rust unit, golden and property tests
	$(CARGO) test --workspace

lint: ## formatting and clippy, warnings are errors
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-corpus: build ## field accuracy over ../shared/corpus and rewritten variants of it (skipped when absent)
	@if [ -f $(SHARED)/tools/score.py ] && [ -d $(SHARED)/corpus/expected ]; then \
		$(PYTHON) tests/corpus_floor.py --shared $(SHARED) --cmd "$(CLI) parse" \
			--min-fields $(CORPUS_MIN_FIELDS) --min-docs $(CORPUS_MIN_DOCS) && \
		$(PYTHON) tests/corpus_variants.py --shared $(SHARED) --cmd "$(CLI) parse" \
			--min-fields $(CORPUS_VARIANTS_MIN_FIELDS); \
	else echo "test-corpus: skipped, $(SHARED)/corpus not found"; fi

# ---- C library (bindings/c) ------------------------------------------------------------------------
PREFIX ?= /usr/local
KV_PROFILE ?= release
KV_VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

test-c: ## C library: C tests under ASan+UBSan, valgrind and static linking; example; pkg-config install
	CARGO="$(CARGO)" bash bindings/c/tests/run.sh

header: ## regenerate bindings/c/include/kamervraag.h with cbindgen
	KAMERVRAAG_BLESS=1 $(CARGO) test -p kamervraag-ffi --test header

install-c: ## install libkamervraag (.so, .a), kamervraag.h and kamervraag.pc under PREFIX
	$(CARGO) build -p kamervraag-ffi $(if $(filter release,$(KV_PROFILE)),--release)
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include
	install -m 755 $(KV_TARGET)/$(KV_PROFILE)/libkamervraag_ffi.so $(DESTDIR)$(PREFIX)/lib/libkamervraag.so
	install -m 644 $(KV_TARGET)/$(KV_PROFILE)/libkamervraag_ffi.a $(DESTDIR)$(PREFIX)/lib/libkamervraag.a
	install -m 644 bindings/c/include/kamervraag.h $(DESTDIR)$(PREFIX)/include/kamervraag.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(KV_VERSION)|' bindings/c/kamervraag.pc.in \
		> $(DESTDIR)$(PREFIX)/lib/pkgconfig/kamervraag.pc

# ---- Benchmarks (benches/, divan) -------------------------------------------------------------------
# Not part of `make test`. BENCH_ARGS filters or configures the benchmark binary (e.g. BENCH_ARGS=throughput);
# BENCH_PYTHON is the hook for the Python binding's benchmark (benches/python_vs_re.py): a command whose
# output `make bench-report` puts under the tables.
BENCH_ARGS ?=
BENCH_PYTHON ?=
.PHONY: bench bench-report

bench: ## run the benchmarks (cargo bench) and print MB/s per dialect and the ratio to UTF-8 validation
	$(PYTHON) benches/report.py --cargo "$(CARGO)" -- $(BENCH_ARGS)

bench-report: ## run the benchmarks and rewrite the results table in benches/README.md
	$(PYTHON) benches/report.py --cargo "$(CARGO)" --write benches/README.md \
		$(if $(BENCH_PYTHON),--python-bench "$(BENCH_PYTHON)") -- $(BENCH_ARGS)

# ---- Python package (bindings/python) ---------------------------------------------------------------
# A private virtualenv with pinned tools from PyPI; the extension is built into it with `maturin develop`.
VENV ?= .venv
VENV_PY := $(VENV)/bin/python
PY_TOOLS ?= maturin==1.16.0 pytest==9.2.0 mypy==2.4.1

python-dev: ## build the Python extension (release) into .venv with maturin
	@[ -x $(VENV_PY) ] || $(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install -q --disable-pip-version-check $(PY_TOOLS)
	source $(VENV)/bin/activate && maturin develop --release -m bindings/python/Cargo.toml

test-python: build python-dev ## Python package: pytest (API, CLI parity, corpus, threads; runs stubtest and mypy --strict)
	KAMERVRAAG_CLI=$(abspath $(CLI)) KAMERVRAAG_SHARED=$(abspath $(SHARED)) \
		$(VENV_PY) -m pytest -p no:cacheprovider -q bindings/python/tests

bench-python: python-dev ## Python: kamervraag.parse vs a plain `re` extractor, and parse_many scaling
	$(VENV_PY) benches/python_vs_re.py --shared $(SHARED)
