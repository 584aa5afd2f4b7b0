# Tollgate — every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
BOOTSTRAP := bash scripts/bootstrap.sh
PYTEST_WORKERS ?= 2

.PHONY: help install install-node install-browser run worker migrate test test-py check lint format typecheck \
        generate check-generated lint-contract contract-diff fuzz bench clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

install: ## Install the Python environment from uv.lock (uv itself goes to .uv/)
	@$(BOOTSTRAP)

install-node: ## Install Python and the npm tooling (Redocly, openapi-typescript, tsc, playwright-core) from the lock files
	@$(BOOTSTRAP) --node

install-browser: ## Install Debian's chromium for the docs browser test when it is missing (as root: CI)
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "install-browser: installing Debian's chromium"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "install-browser: /usr/bin/chromium is missing; install it (sudo apt-get install chromium)" \
	         "or the docs browser test is skipped (it fails in CI)"; \
	  fi; \
	fi

run: install ## Start the API on http://127.0.0.1:8000 (embedded PostgreSQL 16 unless DATABASE_URL is set), migrated and seeded
	@$(PY) -m handlers.cli serve

worker: install ## Start a Celery worker for background jobs (needs REDIS_URL; see the README)
	@.venv/bin/celery -A handlers.worker worker --loglevel=INFO -Q "$${TOLLGATE_CELERY_QUEUE:-tollgate}"

migrate: install ## Apply the migrations to the configured database
	@$(PY) -m handlers.cli migrate

test: install-node install-browser ## Run every check and test (lint, types, contract, breaking changes, generated in sync, pytest)
	@$(MAKE) --no-print-directory check
	@$(MAKE) --no-print-directory test-py

test-py: install ## Run the pytest suite only (in parallel)
	@$(PY) -m pytest -n $(PYTEST_WORKERS) -q

check: install-node ## Review breaking changes, lint, type-check, lint the contract, verify generated/ is in sync
	@$(MAKE) --no-print-directory contract-diff CONTRACT_DIFF_FLAGS=--summary
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory typecheck
	@$(MAKE) --no-print-directory lint-contract
	@$(MAKE) --no-print-directory check-generated

lint: install ## ruff lint and format check
	@.venv/bin/ruff check handlers tests migrations codegen scripts
	@.venv/bin/ruff format --check handlers tests migrations codegen scripts

format: install ## Apply ruff fixes and formatting
	@.venv/bin/ruff check --fix handlers tests migrations codegen scripts
	@.venv/bin/ruff format handlers tests migrations codegen scripts

typecheck: install ## mypy over handlers/ and generated/ (a handler that drifts from its route fails here)
	@.venv/bin/mypy

generate: install-node ## Regenerate generated/ (bundle, models, routers, TypeScript and Python clients) from openapi/
	@$(PY) -m codegen.generate generate

check-generated: install-node ## Fail when generated/ differs from what openapi/ and codegen/ produce
	@$(PY) -m codegen.generate check

lint-contract: install-node ## Validate and lint the OpenAPI contract with our rules
	@$(PY) -m codegen.generate lint

contract-diff: install-node ## Breaking changes of openapi/ since BASE=<git rev> (default: last v* tag, else HEAD~1); fails unless released
	@$(PY) -m codegen.contract_diff $(if $(BASE),--base=$(BASE)) $(CONTRACT_DIFF_FLAGS)

fuzz: install ## Longer randomized Schemathesis run against a live server (starts one)
	@$(PY) -m tests.contract.fuzz

bench: install ## Benchmark the API against a raw-asyncpg baseline at 100k and 1M initiatives (QUICK=1: 10k smoke run; bench/README.md)
	@QUICK="$(QUICK)" $(PY) -m bench

clean: ## Remove caches (keeps .venv, node_modules and the embedded database)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis
