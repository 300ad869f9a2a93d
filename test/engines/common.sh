# Shared by the engine scripts (sourced): the port check and the start loop that picks the
# first free port under a lock, so two callers never pick the same port.
# The sourcing script defines LOCK, BASE_PORT, PORT_TRIES and the functions
#   root_of PORT, server_running ROOT, start_on PORT, announce PORT ROOT,
#   after_failed_start PORT ROOT (shows the log, cleans up)
# and may redefine port_free PORT (a server that listens on more than one port).

port_in_use() {
  ss -Htln "sport = :$1" | grep -q .
}

port_free() {
  ! port_in_use "$1"
}

start_on_free_port() {
  local name=$1 port root failures=0
  exec 9>"$LOCK"
  flock 9
  for ((port = BASE_PORT; port < BASE_PORT + PORT_TRIES; port++)); do
    root=$(root_of "$port")
    if server_running "$root" || ! port_free "$port"; then continue; fi
    if start_on "$port"; then
      announce "$port" "$root"
      return 0
    fi
    echo "could not start $name on port $port; log:" >&2
    after_failed_start "$port" "$root"
    # Another process (any listen(0) picks from the same range) may have taken the port between
    # the check and the start: try the next one, but not forever when the engine itself is broken.
    failures=$((failures + 1))
    if ((failures >= 3)); then return 1; fi
  done
  echo "no free port in $BASE_PORT..$((BASE_PORT + PORT_TRIES - 1))" >&2
  return 1
}
