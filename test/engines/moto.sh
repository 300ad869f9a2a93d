#!/usr/bin/env bash
# A throwaway moto server (AWS fakes: Glue stores databases, tables, parameters and column
# comments; Athena accepts queries but does not run them) for tests, on 127.0.0.1.
#
#   moto.sh start        start moto_server on a free port, wait until it answers; prints
#                        MOTO_PORT=... and MOTO_ROOT=...
#   moto.sh stop [PORT]  stop the server on PORT (default $MOTO_PORT, else the default port)
#                        and remove its folder
#
# The first free port from $REVMETA_MOTO_PORT (default 15500) upward is used, so several test
# files can each run their own server. The server keeps everything in memory: stopping it
# forgets every database and table. $REVMETA_MOTO_SERVER names the executable (default:
# moto-server.py with python3's moto, which adds Glue's VersionId check; else the moto_server on PATH).
set -euo pipefail

BASE_PORT=${REVMETA_MOTO_PORT:-15500}
PORT_TRIES=50
START_SECONDS=30
LOCK=/tmp/revmeta-moto.lock

root_of() { echo "/tmp/revmeta-moto-$1"; }

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# The command that runs the server, as words; empty when moto is not installed. With python3's
# moto: moto-server.py, moto_server with Glue's VersionId check (a stale UpdateTable refused).
server_command() {
  if [ -n "${REVMETA_MOTO_SERVER:-}" ]; then
    echo "$REVMETA_MOTO_SERVER"
  elif python3 -c 'import moto.server' 2>/dev/null; then
    echo "python3 $(dirname "${BASH_SOURCE[0]}")/moto-server.py"
  elif command -v moto_server >/dev/null; then
    command -v moto_server
  fi
}

pid_of() {
  local file="$1/server.pid"
  [ -s "$file" ] && cat "$file"
}

server_running() {
  local pid
  pid=$(pid_of "$1" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null
}

# GET /moto-api/ over bash's /dev/tcp, so the script needs no HTTP client.
answers() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /moto-api/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    timeout 2 cat <&3
  ) 2>/dev/null | grep -q '^HTTP/1\.[01] 200'
}

wait_until_answering() {
  local root=$1 port=$2 tries=$((START_SECONDS * 20))
  for ((i = 0; i < tries; i++)); do
    if answers "$port"; then return 0; fi
    # A server that died (port taken meanwhile, broken install) will never answer.
    if ! server_running "$root"; then return 1; fi
    sleep 0.05
  done
  return 1
}

start_on() {
  local port=$1 root command
  root=$(root_of "$port")
  rm -rf "$root"
  mkdir -p "$root"
  command=$(server_command)
  # The background job becomes the server (exec; pyenv shims exec too), so its pid ($!) is
  # the server's, recorded before anything waits on it. It must not inherit the lock
  # descriptor nor the caller's stdout, or it would hold them for its lifetime.
  # shellcheck disable=SC2086 # $command may be `python3 -m moto.server`: words on purpose.
  exec $command -H 127.0.0.1 -p "$port" </dev/null >"$root/server.log" 2>&1 9>&- &
  echo $! >"$root/server.pid"
  wait_until_answering "$root" "$port"
}

start() {
  [ -n "$(server_command)" ] || { echo "moto is not installed (no moto_server on PATH, no python3 module moto)" >&2; exit 127; }
  start_on_free_port moto
}

announce() {
  echo "MOTO_PORT=$1"
  echo "MOTO_ROOT=$2"
}

after_failed_start() {
  tail -n 20 "$2/server.log" >&2 2>/dev/null || true
  stop "$1"
}

stop() {
  local port=${1:-${MOTO_PORT:-$BASE_PORT}} root pid
  root=$(root_of "$port")
  if pid=$(pid_of "$root" 2>/dev/null); then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$root"
}

# Stopping takes the start lock too: otherwise a start could pick the port while the folder
# of the server that had it is still being removed, and lose its own pid file with it.
stop_locked() {
  exec 9>"$LOCK"
  flock 9
  stop "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop_locked "${2:-}" ;;
  *) echo "usage: $0 start | stop [PORT]" >&2; exit 2 ;;
esac
