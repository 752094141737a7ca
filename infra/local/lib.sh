# shellcheck shell=bash
# Shared helpers for infra/local/*.sh. Sourced, never run.
# Downloads live in $LIENTHONG_CACHE, server state (data, logs, pid files) in $LIENTHONG_STATE: both outside the repo.

LIENTHONG_CACHE="${LIENTHONG_CACHE:-${HOME}/.cache/lienthong}"
LIENTHONG_STATE="${LIENTHONG_STATE:-${LIENTHONG_CACHE}/state}"
INFRA_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${INFRA_LOCAL_DIR}/../.." && pwd)"

say() { printf '[infra/local] %s\n' "$*" >&2; }
die() { printf '[infra/local] ERROR: %s\n' "$*" >&2; exit 1; }

# Print the tail of a server log to stderr and exit non-zero.
fail_with_log() {
  local log="$1"; shift
  printf '[infra/local] ERROR: %s\n' "$*" >&2
  if [[ -f "$log" ]]; then
    printf '[infra/local] last 40 lines of %s:\n' "$log" >&2
    tail -n 40 "$log" >&2
  fi
  exit 1
}

# Serialise start/stop/clean of one server (two callers starting at once must not launch two JVMs).
take_lock() {
  local name="$1"
  mkdir -p "$LIENTHONG_STATE"
  exec 9>"${LIENTHONG_STATE}/${name}.lock"
  flock -w 300 9 || die "could not take ${LIENTHONG_STATE}/${name}.lock within 300 s"
}

# The java binary: $JAVA, else $JAVA_HOME/bin/java, else java on PATH. Must be 17 or newer.
find_java() {
  local java="${JAVA:-}"
  if [[ -z "$java" ]]; then
    if [[ -n "${JAVA_HOME:-}" ]]; then java="${JAVA_HOME}/bin/java"; else java="$(command -v java || true)"; fi
  fi
  [[ -n "$java" && -x "$java" ]] || die "java not found (install Java 17+ or set JAVA_HOME)"
  local major
  major="$("$java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' | cut -d. -f1)"
  [[ "$major" =~ ^[0-9]+$ && "$major" -ge 17 ]] || die "${java} is Java ${major:-?}; Java 17 or newer is needed"
  printf '%s\n' "$java"
}

require_cmd() {
  local c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || die "'$c' is needed but not installed"; done
}

# True when something accepts TCP connections on host:port.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# The pid in a pid file, when that process is alive and its command line contains the marker.
# A stale pid file (dead process, or a pid reused by something else) is removed.
live_pid() {
  local pidfile="$1" marker="$2" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -qF -- "$marker"; then
    printf '%s\n' "$pid"
    return 0
  fi
  rm -f "$pidfile"
  return 1
}

# Start a command in its own session (pid = process group id), output appended to the log, pid written.
# fd 9 (the lock) is closed in the child, or the server would hold the lock for as long as it runs.
launch() {
  local pidfile="$1" log="$2"; shift 2
  mkdir -p "$(dirname "$log")"
  printf '\n===== %s: %s =====\n' "$(date -u +%FT%TZ)" "$*" >>"$log"
  setsid "$@" </dev/null >>"$log" 2>&1 9>&- &
  printf '%s\n' "$!" >"$pidfile"
}

# Poll `check` (a command) every second until it succeeds, the process dies, or timeout_s passes.
wait_until() {
  local timeout_s="$1" pid="$2" log="$3" what="$4"; shift 4
  local waited=0
  while ! "$@"; do
    kill -0 "$pid" 2>/dev/null || fail_with_log "$log" "${what} exited before it answered"
    ((waited >= timeout_s)) && fail_with_log "$log" "${what} did not answer within ${timeout_s} s"
    sleep 1
    waited=$((waited + 1))
  done
}

# Stop the process group started by launch(): TERM, wait up to timeout_s, then KILL. Removes the pid file.
stop_group() {
  local pidfile="$1" marker="$2" what="$3" timeout_s="${4:-60}" pid waited=0
  if ! pid="$(live_pid "$pidfile" "$marker")"; then
    say "${what} is not running"
    return 0
  fi
  kill -TERM -- "-${pid}" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= timeout_s)); then
      say "${what} (pid ${pid}) still running after ${timeout_s} s: sending KILL"
      kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  # Children of the group (a JVM under a wrapper script) must be gone too.
  local i
  for i in $(seq 1 20); do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.5; done
  pgrep -g "$pid" >/dev/null 2>&1 && kill -KILL -- "-${pid}" 2>/dev/null || true
  rm -f "$pidfile"
  say "${what} stopped (pid ${pid}, ${waited} s)"
}

# Run Maven quietly in batch mode; its output goes to a log that is shown on failure.
mvn_quiet() {
  local log="$1"; shift
  require_cmd mvn
  mvn -B -ntp "$@" >>"$log" 2>&1 || fail_with_log "$log" "mvn $* failed"
}
