#!/usr/bin/env bash
# Throwaway PostgreSQL and Redis servers on free loopback ports, for the tests and the bench.
#
#   scripts/services.sh install [PACKAGE...]  apt-get installs redis-server and postgresql when
#                                             missing, and the PACKAGEs given
#   scripts/services.sh start DIR             starts both with their data in DIR (created; the
#                                             postgres user must be able to enter its parent)
#                                             and prints REDIS_PORT=, PG_PORT= and PGBIN= lines
#   scripts/services.sh stop DIR              stops both and removes DIR
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1)"; }

# initdb refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

packages_install() {
  local missing=("$@")
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

services_start() {
  local dir=$1 pgbin redis_port pg_port
  pgbin=$(pg_bin)
  mkdir -p "$dir"
  chmod 755 "$dir"  # the postgres user must be able to enter it
  if [ "$(id -u)" -eq 0 ]; then
    install -d -o postgres -g postgres -m 700 "$dir/pg"
  else
    install -d -m 700 "$dir/pg"
  fi
  redis_port=$(free_port)
  pg_port=$(free_port)
  printf 'REDIS_PORT=%s\nPG_PORT=%s\nPGBIN=%s\n' "$redis_port" "$pg_port" "$pgbin" >"$dir/ports"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" \
    --daemonize yes --logfile "$dir/redis.log" >/dev/null
  as_pg "$pgbin/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/log" -w -o \
    "-p $pg_port -c listen_addresses=127.0.0.1 -k $dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  for _ in $(seq 50); do
    redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  cat "$dir/ports"
}

services_stop() {
  local dir=$1
  set +e
  if [ -f "$dir/ports" ]; then
    # shellcheck disable=SC1091
    . "$dir/ports"
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
    [ -f "$dir/pg/data/postmaster.pid" ] &&
      as_pg "$PGBIN/pg_ctl" -D "$dir/pg/data" -m immediate stop >/dev/null 2>&1
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) shift; packages_install "$@" ;;
  start) services_start "$2" ;;
  stop) services_stop "$2" ;;
  *) echo "usage: $0 install [PACKAGE...] | start DIR | stop DIR" >&2; exit 2 ;;
esac
