#!/usr/bin/env bash
# Starts Claimtrack locally: sources-service, claims-service and the gateway as three processes with embedded
# H2 databases under ${CLAIMTRACK_DATA_DIR:-./data}, imports the seed bundle, prints the addresses, and stops all
# three on Ctrl-C. Needs only a JDK 17 (and curl). See docs/seeds-and-import.md.
#
# Environment: CLAIMTRACK_DATA_DIR (./data), GATEWAY_PORT (8080), CLAIMS_PORT (8081), SOURCES_PORT (8082),
# CLAIMTRACK_JVM_OPTS (-Xms64m -Xmx512m -XX:+UseParallelGC, see deploy/local/jvm.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

DATA_DIR="${CLAIMTRACK_DATA_DIR:-./data}"
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
LOG_DIR="$DATA_DIR/logs"
mkdir -p "$LOG_DIR"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
CLAIMS_PORT="${CLAIMS_PORT:-8081}"
SOURCES_PORT="${SOURCES_PORT:-8082}"
SEED_BUNDLE="$ROOT/seeds/geneva-2021-12-30.json"
MODULES=(sources-service claims-service gateway)
READY_TIMEOUT="${CLAIMTRACK_READY_TIMEOUT:-180}"
START=$(date +%s)

say() { printf '[run.sh] %s\n' "$*"; }
fail() { printf '[run.sh] ERROR: %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null || fail "java not found: install a JDK 17 and put it on PATH"
command -v curl >/dev/null || fail "curl not found: install curl"

# --- ports first: a clear message instead of a service dying on bind
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for spec in "gateway:$GATEWAY_PORT:GATEWAY_PORT" "claims-service:$CLAIMS_PORT:CLAIMS_PORT" "sources-service:$SOURCES_PORT:SOURCES_PORT"; do
  IFS=: read -r name port var <<<"$spec"
  if port_in_use "$port"; then
    fail "port $port (for $name) is already in use. Stop what is listening there, or choose another port: $var=<port> $0"
  fi
done

# --- build when a jar is missing or older than its module's sources (or the parent pom)
needs_build() {
  local module jar
  for module in "${MODULES[@]}"; do
    jar="$module/target/quarkus-app/quarkus-run.jar"
    [[ -f "$jar" ]] || return 0
    [[ -z "$(find "$module/src/main" "$module/pom.xml" pom.xml seeds/bundle.schema.json -newer "$jar" -print -quit 2>/dev/null)" ]] || return 0
  done
  return 1
}
if needs_build; then
  # -Dmaven.test.skip: like -DskipTests, and does not even compile the tests (faster; running needs none)
  say "building the three services (./mvnw -B -q package -Dmaven.test.skip=true; the first build downloads dependencies and takes a few minutes) ..."
  ./mvnw -B -q package -Dmaven.test.skip=true -pl sources-service,claims-service,gateway -am
else
  say "jars are up to date; not building"
fi

# --- secrets: generated at first start, reused after (only this user may read them). The service token lets the
# gateway call the services; the session key encrypts the sign-in cookie, so sign-ins survive a restart.
secret() { # file description
  if [[ ! -s "$1" ]]; then
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$1")
    say "generated $2 in $1" >&2
  fi
  chmod 600 "$1"
  cat "$1"
}
export CLAIMTRACK_SERVICE_TOKEN="$(secret "$DATA_DIR/service-token" "a service token")"
SESSION_KEY="$(secret "$DATA_DIR/session-key" "a session encryption key")"
export CLAIMTRACK_DATA_DIR="$DATA_DIR"

# --- start, and stop all three on Ctrl-C, SIGTERM or any failure. JVM settings and class-data archives
# (${DATA_DIR}/cds/, written by the first start when it stops): deploy/local/jvm.sh
source "$ROOT/deploy/local/jvm.sh"
PIDS=()
stopping=0
stop_all() {
  [[ $stopping == 1 ]] && return
  stopping=1
  if ((${#PIDS[@]})); then
    say "stopping ..."
    kill -TERM "${PIDS[@]}" 2>/dev/null || true
    for _ in $(seq 1 30); do
      alive=0
      for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
      ((alive)) || break
      sleep 0.5
    done
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    say "stopped"
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start() { # module port [extra env ...]
  local module=$1 port=$2
  shift 2
  local jar="$ROOT/$module/target/quarkus-app/quarkus-run.jar"
  # shellcheck disable=SC2046 # the options are words
  env QUARKUS_HTTP_PORT="$port" "$@" java $CLAIMTRACK_JVM_OPTS $(cds_opts "$jar" "$DATA_DIR/cds/$module.jsa") -jar "$jar" \
    >"$LOG_DIR/$module.log" 2>&1 &
  PIDS+=($!)
  say "started $module on port $port (pid $!, log $LOG_DIR/$module.log)"
}

wait_ready() { # module port pid
  local module=$1 port=$2 pid=$3 waited=0
  until curl -fsS -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$LOG_DIR/$module.log" >&2 || true
      fail "$module exited during start; its log: $LOG_DIR/$module.log"
    fi
    ((waited >= READY_TIMEOUT)) && fail "$module not ready after ${READY_TIMEOUT}s; see $LOG_DIR/$module.log"
    sleep 1
    waited=$((waited + 1))
  done
  say "$module is ready"
}

start sources-service "$SOURCES_PORT"
start claims-service "$CLAIMS_PORT"
wait_ready sources-service "$SOURCES_PORT" "${PIDS[0]}"
wait_ready claims-service "$CLAIMS_PORT" "${PIDS[1]}"
# (the key goes through the environment, not the command line, so ps does not show it)
QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$SESSION_KEY" start gateway "$GATEWAY_PORT" CLAIMS_SERVICE_URL="http://localhost:$CLAIMS_PORT" SOURCES_SERVICE_URL="http://localhost:$SOURCES_PORT" \
  CLAIMTRACK_PUBLIC_BASE_URL="${CLAIMTRACK_PUBLIC_BASE_URL:-http://localhost:$GATEWAY_PORT}"
wait_ready gateway "$GATEWAY_PORT" "${PIDS[2]}"

# --- seeds: imported on every start. Imports are idempotent, so a restart finds every item already there and
# reports it unchanged (0 created); nothing is duplicated. The gateway's first start created the user admin,
# whose password is in $DATA_DIR/admin-password; the import runs as that user.
GATEWAY="http://localhost:$GATEWAY_PORT"
ADMIN_PASSWORD_FILE="$DATA_DIR/admin-password"
json_field() { sed -n "s/.*\"$1\" *: *\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -n 1; }
if [[ ! -r "$ADMIN_PASSWORD_FILE" ]]; then
  say "WARNING: $ADMIN_PASSWORD_FILE is missing, so the seeds cannot be imported (imports need an editor); sign in and POST $SEED_BUNDLE to $GATEWAY/api/imports"
else
  answer="$(curl -sS -u "admin:$(tr -d '\n' <"$ADMIN_PASSWORD_FILE")" -H 'Content-Type: application/json' \
    --data-binary "@$SEED_BUNDLE" -w '\n%{http_code}' "$GATEWAY/api/imports")"
  code="${answer##*$'\n'}"
  [[ "$code" == 202 ]] || fail "seed import refused (HTTP $code): ${answer%$'\n'*}"
  job="$(printf '%s' "${answer%$'\n'*}" | tr -d '\n' | json_field id)"
  say "importing the seeds ($SEED_BUNDLE) as job $job ..."
  while :; do
    job_json="$(curl -fsS "$GATEWAY/api/imports/$job" | tr -d '\n')"
    status="$(printf '%s' "$job_json" | json_field status)"
    [[ "$status" == QUEUED || "$status" == RUNNING ]] || break
    sleep 0.5
  done
  summary="$(for f in total created unchanged failed; do printf '%s %s, ' "$(printf '%s' "$job_json" | json_field "$f")" "$f"; done)"
  say "seed import $status: ${summary%, } (details: $GATEWAY/api/imports/$job)"
  [[ "$status" == SUCCEEDED ]] || say "WARNING: the seed import did not fully succeed; see the job above and $LOG_DIR/gateway.log"
fi

cat <<INFO

  Claimtrack is running (started in $(( $(date +%s) - START ))s).
    Web UI       $GATEWAY/
    Swagger UI   $GATEWAY/q/swagger-ui
    API          $GATEWAY/api   (OpenAPI: $GATEWAY/q/openapi)
    e.g.         curl '$GATEWAY/api/claims?q=100,000'
    Sign in      admin / password in $ADMIN_PASSWORD_FILE
    Data         $DATA_DIR   (logs in $LOG_DIR)
  Press Ctrl-C to stop all three services.

INFO

# --- run until Ctrl-C, or until one service exits (then stop the others)
while :; do
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      fail "${MODULES[$i]} stopped unexpectedly; see $LOG_DIR/${MODULES[$i]}.log"
    fi
  done
  sleep 2 &
  wait $! || true
done
