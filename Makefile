# Ripe for Peace: the two commands a newcomer needs are `make serve` and `make test`.
# Each target first runs scripts/setup.sh, which installs only what is missing.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench setup setup-build lint native e2e size clean

## serve: build and serve the lesson at http://127.0.0.1:8080 with reload on change
serve: setup-build
	trunk serve --offline

## test: every check, as CI runs it
test: setup lint native build size e2e
	@echo "make test: all checks passed"

## build: the release site in dist/ (works from any static server and sub-path)
build: setup-build
	trunk build --release --offline

## bench: sizes and load times of the release build (figures, not assertions)
bench: setup build
	node scripts/bench.mjs --runs 12

setup:
	@scripts/setup.sh test

setup-build:
	@scripts/setup.sh build

## lint: formatting, and clippy with warnings denied (native and wasm targets)
lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked -- -D warnings

## native: the model, content, URL and state tests
native:
	cargo test --locked

## size: the first-load download budget (gzipped) of dist/
size:
	node scripts/size-budget.mjs dist --budget-kb 400

## e2e: browser tests in Debian's Chromium against dist/ served under a sub-path
e2e:
	npx playwright test

clean:
	rm -rf dist target test-results playwright-report
