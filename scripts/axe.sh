#!/usr/bin/env bash
# axe-core (the accessibility checker the browser tests inject into pages), pinned, installed
# from npm into a cache outside the tree on first use; prints the path of its axe.min.js.
# Needs npm (scripts/test.sh installs it with apt-get when it is missing).
set -euo pipefail
AXE_VERSION=4.10.3
dir="${XDG_CACHE_HOME:-$HOME/.cache}/salon/axe-core-$AXE_VERSION"
script="$dir/node_modules/axe-core/axe.min.js"
if [ ! -f "$script" ]; then
  mkdir -p "$dir"
  npm install --silent --no-save --no-audit --no-fund --prefix "$dir" "axe-core@$AXE_VERSION" >&2
fi
echo "$script"
