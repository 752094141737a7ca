# shellcheck shell=bash
# Shared helpers for infra/local/*.sh. Sourced, never run.
# Downloads live in $LIENTHONG_CACHE, server state (data, logs, pid files) in $LIENTHONG_STATE: both outside the repo.

LIENTHONG_CACHE="${LIENTHONG_CACHE:-${HOME}/.cache/lienthong}"
LIENTHONG_STATE="${LIENTHONG_STATE:-${LIENTHONG_CACHE}/state}"
INFRA_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck disable=SC2034 # used by the scripts that source this file
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

# Keep the previous run's log as <log>.1, start a new one.
rotate_log() {
  mkdir -p "$(dirname "$1")"
  if [[ -f "$1" ]]; then mv -f "$1" "$1.1"; fi
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
    if ((waited >= timeout_s)); then
      kill_group "$pid" 20
      fail_with_log "$log" "${what} did not answer within ${timeout_s} s (stopped it)"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# TERM the process group started by launch() (a wrapper script and its JVM alike), KILL it after timeout_s.
kill_group() {
  local pid="$1" timeout_s="$2" ticks=0
  kill -TERM -- "-${pid}" 2>/dev/null || true
  while pgrep -g "$pid" >/dev/null 2>&1; do
    if ((ticks >= timeout_s * 2)); then
      say "process group ${pid} still running after ${timeout_s} s: sending KILL"
      kill -KILL -- "-${pid}" 2>/dev/null || true
      sleep 1
      return 0
    fi
    sleep 0.5
    ticks=$((ticks + 1))
  done
}

# Stop what start started (pid file), wait for it to exit, remove the pid file.
stop_group() {
  local pidfile="$1" marker="$2" what="$3" timeout_s="${4:-60}" pid started=$SECONDS
  if ! pid="$(live_pid "$pidfile" "$marker")"; then
    say "${what} is not running"
    return 0
  fi
  kill_group "$pid" "$timeout_s"
  rm -f "$pidfile"
  say "${what} stopped (pid ${pid}, $((SECONDS - started)) s)"
}

# Run Maven in batch mode with its output in a log, shown only on failure.
mvn_quiet() {
  local log="$1"; shift
  require_cmd mvn
  mvn -B -ntp "$@" >>"$log" 2>&1 || fail_with_log "$log" "mvn $* failed"
}
