#!/usr/bin/env bash
# A throwaway Debian PostgreSQL 15 for tests, on 127.0.0.1 with its data under /tmp.
#
#   postgres.sh start        initialise (if needed) and start; prints PGPORT=... and PGDATA=...
#   postgres.sh stop [PORT]  stop the server on PORT (default $PGPORT, else the default port)
#                            and remove its data
#
# The first free port from $REVMETA_PG_PORT (default 54329) upward is used, so several test
# files (or engineers) can each run their own server at once.
# REVMETA_PG_SETTINGS adds server options (`-c max_locks_per_transaction=10 ...`).
# Authentication: the `postgres` superuser is trusted (no password); every other role must
# give its password over TCP (scram-sha-256), which is what a wrong-password test needs.
# initdb refuses to run as root: as root the server runs as the `postgres` user.
set -euo pipefail

BIN=${REVMETA_PG_BIN:-/usr/lib/postgresql/15/bin}
BASE_PORT=${REVMETA_PG_PORT:-54329}
PORT_TRIES=50
LOCK=/tmp/revmeta-pg.lock

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

root_of() { echo "/tmp/revmeta-pg-$1"; }

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

server_running() {
  [ -f "$1/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

initialise() {
  local root=$1
  mkdir -p "$root/sock"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$root"; fi
  as_owner "$BIN/initdb" -D "$root/data" -U postgres --auth=trust --no-sync -E UTF8 \
    --locale=C.UTF-8 >"$root/initdb.log" 2>&1
  cat >"$root/data/pg_hba.conf" <<'HBA'
local all all                trust
host  all postgres 127.0.0.1/32 trust
host  all all      127.0.0.1/32 scram-sha-256
host  all all      ::1/128      scram-sha-256
HBA
}

start_on() {
  local port=$1 root
  root=$(root_of "$port")
  [ -f "$root/data/PG_VERSION" ] || { rm -rf "$root"; initialise "$root"; }
  # The server must not inherit the lock descriptor, or it would hold the lock for its lifetime.
  as_owner "$BIN/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $root/sock -c fsync=off ${REVMETA_PG_SETTINGS:-}" start >/dev/null 9>&-
}

start() {
  [ -x "$BIN/pg_ctl" ] || { echo "PostgreSQL binaries not found in $BIN" >&2; exit 127; }
  start_on_free_port PostgreSQL
}

announce() {
  echo "PGPORT=$1"
  echo "PGDATA=$2/data"
}

after_failed_start() {
  tail -n 20 "$2/server.log" >&2 || true
}

stop() {
  local port=${1:-${PGPORT:-$BASE_PORT}} root
  root=$(root_of "$port")
  if server_running "$root"; then
    as_owner "$BIN/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [PORT]" >&2; exit 2 ;;
esac
