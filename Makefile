# Ripe for Peace: the two commands a newcomer needs are `make serve` and `make test`.
# Each target first runs scripts/setup.sh, which installs only what is missing.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build portable single package bench floor setup setup-build lint native e2e size clean

## serve: build and serve the lesson at http://127.0.0.1:8080 with reload on change
serve: setup-build
	trunk serve --offline

## test: every check, as CI runs it
test: setup lint native build size single package e2e
	@echo "make test: all checks passed"

## build: the release site in dist/ (works from any static server and sub-path; installable,
## and offline after the first visit: manifest.webmanifest and sw.js)
build: setup-build
	trunk build --release --offline

## portable: the release build that the single file and the SCORM packages are made from,
## in target/dist-portable: the `portable` feature adds the LMS code and the source texts
## shown in the page, which the site in dist/ never loads
portable: setup-build
	trunk build --release --offline --features portable --dist target/dist-portable

## single: the whole lesson in one HTML file, dist-single/ripe-for-peace.html, for a USB
## stick, a double-click (file://), any static server, a sandboxed frame; prints its size
single: portable
	node scripts/single-file.mjs target/dist-portable dist-single/ripe-for-peace.html

## package: SCORM packages for an LMS, dist-scorm/ripe-for-peace-scorm12.zip and
## -scorm2004.zip (imsmanifest.xml validated against the SCORM schema files)
package: portable
	node scripts/scorm-package.mjs target/dist-portable dist-scorm

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

## lint: formatting, and clippy with warnings denied (native and wasm targets, the wasm with
## and without the `portable` feature)
lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked --features portable -- -D warnings

## native: the model, content, URL and state tests
native:
	cargo test --locked

## size: the first-load download budget (gzipped) of dist/: 300 KB, so a regression fails
## loudly (the goal is 250 KB; `make bench` prints where it stands)
size:
	node scripts/size-budget.mjs dist --budget-kb 300

## e2e: browser tests in Debian's Chromium against dist/ served under a sub-path (the
## single-file and SCORM tests use target/dist-portable: `make single package` first)
e2e:
	npx playwright test

clean:
	rm -rf dist dist-single dist-scorm target test-results playwright-report
