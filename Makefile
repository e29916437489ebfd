# Ripe for Peace: the two commands a newcomer needs are `make serve` and `make test`.
# Each target first runs scripts/setup.sh, which installs only what is missing.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench floor setup setup-build lint native e2e size clean

## serve: build and serve the lesson at http://127.0.0.1:8080 with reload on change
serve: setup-build
	trunk serve --offline

## test: every check, as CI runs it
test: setup lint native build size e2e
	@echo "make test: all checks passed"

## build: the release site in dist/ (works from any static server and sub-path)
build: setup-build
	trunk build --release --offline

## bench: sizes and load times of the release build and of a bare Yew app (the floor),
## and the time from a slider change to the updated panel (figures, not assertions)
bench: setup build floor
	node scripts/bench.mjs --runs 12

## floor: the bare Yew app the benchmark compares with (benches/floor)
floor: setup-build
	cd benches/floor && CARGO_TARGET_DIR=$(CURDIR)/target/floor trunk build --release --offline

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

## size: the first-load download budget (gzipped) of dist/: 300 KB, so a regression fails
## loudly (the goal is 250 KB; `make bench` prints where it stands)
size:
	node scripts/size-budget.mjs dist --budget-kb 300

## e2e: browser tests in Debian's Chromium against dist/ served under a sub-path
e2e:
	npx playwright test

clean:
	rm -rf dist target test-results playwright-report
