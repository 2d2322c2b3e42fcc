#!/usr/bin/env bash
# The whole suite, twice: on SQLite with the in-memory channel layer, then on PostgreSQL with
# Redis. Installs the system packages it needs (redis-server, postgresql, chromium) when they
# are missing and starts throwaway servers on free loopback ports, stopped on exit.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/rooms -x).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Persona avatars are emoji: without a colour emoji font, screenshots show empty boxes.
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
PGBIN=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1)")

free_port() { "$BIN/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

WORK=$(mktemp -d /tmp/salon-test.XXXXXX)
chmod 755 "$WORK"
REDIS_PORT=$(free_port)
PG_PORT=$(free_port)
PG_USER_CMD=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres user.
  install -d -o postgres -g postgres -m 700 "$WORK/pg"
  PG_USER_CMD=(runuser -u postgres --)
else
  install -d -m 700 "$WORK/pg"
fi

cleanup() {
  set +e
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
  [ -f "$WORK/pg/data/postmaster.pid" ] && "${PG_USER_CMD[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" \
  --daemonize yes --logfile "$WORK/redis.log" >/dev/null
"${PG_USER_CMD[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 \
  --locale=C.UTF-8 >/dev/null
"${PG_USER_CMD[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -o \
  "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

# Both runs also get a Redis for the tests that start several server processes.
export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/2"
export DJANGO_SETTINGS_MODULE=chatsite.settings
mkdir -p test-artifacts

echo "== Run 1 of 2: SQLite + in-memory channel layer"
env -u DATABASE_URL -u REDIS_URL "$BIN/pytest" "$@"

echo "== Run 2 of 2: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') + Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2)"
DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/salon" \
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/1" \
  "$BIN/pytest" "$@"
