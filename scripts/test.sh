#!/usr/bin/env bash
# The whole suite, twice: on SQLite with the in-memory channel layer, then on PostgreSQL with
# Redis; between them, the bench (scripts/bench.py) once on each stack in its seconds-long
# smoke mode, so that it keeps working. Installs the system packages it needs (redis-server,
# postgresql, chromium, npm, nginx, systemd, wordnet-base) when they are missing and starts
# throwaway servers on free loopback ports (scripts/services.sh), stopped on exit.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/rooms -x), and skip the bench.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# The accessibility test injects axe-core, installed from npm (scripts/axe.sh).
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The proxy test runs deploy/nginx.conf with Debian's nginx (tests/e2e/test_proxy_browser.py).
[ -x /usr/sbin/nginx ] || missing+=(nginx)
# deploy/'s systemd units are checked with systemd-analyze (tests/chatsite/test_systemd_units.py).
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
# The personas' field lexicon is checked against the WordNet it is built from
# (tests/bots/test_lexicon13.py, scripts/build_lexicon.py).
[ -f /usr/share/wordnet/data.noun ] || missing+=(wordnet-base)
# Persona avatars are emoji: without a colour emoji font, screenshots show empty boxes.
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
scripts/services.sh install "${missing[@]}"
AXE_CORE_JS=$(scripts/axe.sh)
export AXE_CORE_JS

WORK=$(mktemp -d /tmp/salon-test.XXXXXX)
chmod 755 "$WORK"  # the postgres user must be able to enter it
trap 'scripts/services.sh stop "$WORK/services"; rm -rf "$WORK"' EXIT
eval "$(scripts/services.sh start "$WORK/services")"
PG_URL="postgres://postgres@127.0.0.1:$PG_PORT"

# Both runs also get a Redis for the tests that start several server processes.
export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/2"
export DJANGO_SETTINGS_MODULE=chatsite.settings
# The suite runs in development mode, as `make run` does; tests of production settings load
# them in a process of their own (tests/chatsite).
export DEBUG=true
mkdir -p test-artifacts

echo "== Run 1 of 2: SQLite + in-memory channel layer"
env -u DATABASE_URL -u REDIS_URL "$BIN/pytest" "$@"

if [ $# -eq 0 ]; then
  for stack in sqlite postgres; do
    echo "== Bench smoke run: $stack (table in test-artifacts/bench-smoke-$stack.md)"
    "$BIN/python" scripts/bench.py --smoke --stack "$stack" --pg-url "$PG_URL" \
      --redis-url "redis://127.0.0.1:$REDIS_PORT/3" \
      --json "test-artifacts/bench-smoke-$stack.json" >"test-artifacts/bench-smoke-$stack.md"
  done
fi

echo "== Run 2 of 2: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') + Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2)"
DATABASE_URL="$PG_URL/salon" \
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/1" \
  "$BIN/pytest" "$@"
