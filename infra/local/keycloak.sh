#!/usr/bin/env bash
# Keycloak in development mode with the realm of infra/keycloak/realm.json, without Docker.
# Usage: infra/local/keycloak.sh start|stop|status|clean
# The keycloak-quarkus-dist zip comes from Maven Central (mvn) into $LIENTHONG_CACHE/keycloak-<version>/; the H2
# database and the log live in $LIENTHONG_STATE/keycloak/. See infra/local/README.md.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_HOST="${KEYCLOAK_HOST:-127.0.0.1}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
# The public URL: it fixes the token issuer, whatever host name a client used.
KEYCLOAK_HOSTNAME="${KEYCLOAK_HOSTNAME:-http://${KEYCLOAK_HOST}:${KEYCLOAK_PORT}}"
KEYCLOAK_ADMIN_USER="${KEYCLOAK_ADMIN_USER:-admin}"
KEYCLOAK_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}"
KEYCLOAK_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx768m}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
KEYCLOAK_REALM_FILE="${KEYCLOAK_REALM_FILE:-${REPO_ROOT}/infra/keycloak/realm.json}"
REALM="lienthong"
REALM_SUM=""

DIST="${LIENTHONG_CACHE}/keycloak-${KEYCLOAK_VERSION}"
STATE="${LIENTHONG_STATE}/keycloak"
LOG="${STATE}/server.log"
PIDFILE="${STATE}/keycloak.pid"
MARKER="keycloak-${KEYCLOAK_VERSION}/"
WELL_KNOWN="http://${KEYCLOAK_HOST}:${KEYCLOAK_PORT}/realms/${REALM}/.well-known/openid-configuration"

listening() { echo "Keycloak listening on http://${KEYCLOAK_HOST}:${KEYCLOAK_PORT} (realm ${REALM})"; }

realm_answers() { curl -fsS -o /dev/null --max-time 5 "$WELL_KNOWN" 2>/dev/null; }

ensure_dist() {
  [[ -f "${DIST}/.complete" ]] && return 0
  require_cmd unzip
  say "fetching keycloak-quarkus-dist ${KEYCLOAK_VERSION} from Maven Central into ${DIST}"
  local started=$SECONDS tmp="${DIST}.tmp.$$" fetchlog="${LIENTHONG_CACHE}/keycloak-${KEYCLOAK_VERSION}.fetch.log"
  rm -rf "$tmp" && mkdir -p "$tmp" && : >"$fetchlog"
  mvn_quiet "$fetchlog" dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" -DoutputDirectory="$tmp"
  unzip -q "${tmp}/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip" -d "$tmp" \
    || fail_with_log "$fetchlog" "unzipping keycloak-quarkus-dist ${KEYCLOAK_VERSION} failed"
  [[ -x "${tmp}/keycloak-${KEYCLOAK_VERSION}/bin/kc.sh" ]] || die "the zip has no keycloak-${KEYCLOAK_VERSION}/bin/kc.sh"
  touch "${tmp}/keycloak-${KEYCLOAK_VERSION}/.complete"
  rm -rf "$DIST" && mv "${tmp}/keycloak-${KEYCLOAK_VERSION}" "$DIST" && rm -rf "$tmp"
  say "Keycloak ${KEYCLOAK_VERSION} unpacked in $((SECONDS - started)) s"
}

# The realm is imported only into an empty database: when realm.json changed since the last import, the database
# is discarded so that the next start imports the file again.
prepare_realm() {
  [[ -f "$KEYCLOAK_REALM_FILE" ]] || die "realm file ${KEYCLOAK_REALM_FILE} not found"
  local sum
  sum="$(sha256sum "$KEYCLOAK_REALM_FILE" | cut -d' ' -f1)"
  if [[ -d "${STATE}/data" && "$(cat "${STATE}/realm.sha256" 2>/dev/null)" != "${sum} ${KEYCLOAK_VERSION}" ]]; then
    say "realm file or Keycloak version changed since the last import: discarding ${STATE}/data"
    rm -rf "${STATE}/data"
  fi
  mkdir -p "${DIST}/data/import"
  rm -f "${DIST}/data/import/"*.json
  cp "$KEYCLOAK_REALM_FILE" "${DIST}/data/import/${REALM}-realm.json"
  REALM_SUM="${sum} ${KEYCLOAK_VERSION}"
}

cmd_start() {
  take_lock keycloak
  mkdir -p "$STATE"
  if live_pid "$PIDFILE" "$MARKER" >/dev/null; then
    realm_answers || fail_with_log "$LOG" "Keycloak is running but ${WELL_KNOWN} does not answer"
    say "Keycloak already running (pid $(cat "$PIDFILE"))"
    listening
    return 0
  fi
  require_cmd curl
  local port
  for port in "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"; do
    port_open "$KEYCLOAK_HOST" "$port" && die "${KEYCLOAK_HOST}:${port} is taken by a process this script did not start"
  done
  rotate_log "$LOG"
  local java
  java="$(find_java)"
  ensure_dist
  prepare_realm
  local started=$SECONDS
  # kc.sh reads JAVA and JAVA_OPTS_KC_HEAP; KC_BOOTSTRAP_ADMIN_* creates the master admin on the first start only.
  # -Dkc.db-url-path moves the dev-file H2 database from the distribution into $STATE/data/h2.
  launch "$PIDFILE" "$LOG" env JAVA="$java" JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    "${DIST}/bin/kc.sh" start-dev \
    "-Dkc.db-url-path=${STATE}" \
    --import-realm \
    --http-host="$KEYCLOAK_HOST" --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true \
    --hostname="$KEYCLOAK_HOSTNAME"
  wait_until "$KEYCLOAK_START_TIMEOUT" "$(cat "$PIDFILE")" "$LOG" "Keycloak ${KEYCLOAK_VERSION}" realm_answers
  echo "$REALM_SUM" >"${STATE}/realm.sha256"
  say "Keycloak ${KEYCLOAK_VERSION} started in $((SECONDS - started)) s (pid $(cat "$PIDFILE"), log ${LOG})"
  listening
}

cmd_stop() {
  take_lock keycloak
  stop_group "$PIDFILE" "$MARKER" "Keycloak" 60
}

cmd_status() {
  if live_pid "$PIDFILE" "$MARKER" >/dev/null && realm_answers; then
    listening
    return 0
  fi
  echo "Keycloak is not running"
  return 3
}

cmd_clean() {
  cmd_stop
  rm -rf "$STATE"
  say "removed ${STATE} (the download in ${DIST} stays)"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  clean) cmd_clean ;;
  *) echo "usage: $0 start|stop|status|clean" >&2; exit 2 ;;
esac
