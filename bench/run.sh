#!/usr/bin/env bash
# Claimtrack benchmark: imports 100,000 claims / 20,000 sources / 300,000 stances through the gateway, then drives
# the real services with wrk and prints one table, every number measured in this run. Never part of the tests.
# Usage: bench/run.sh            (env: BENCH_DURATION=15s per measurement, BENCH_DIR=work dir, BENCH_PORT_BASE=9160)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
WORK=${BENCH_DIR:-$(mktemp -d /tmp/claimtrack-bench.XXXXXX)}
DURATION=${BENCH_DURATION:-15s}
PORT=${BENCH_PORT_BASE:-9160}
SOURCES_PORT=$PORT CLAIMS_PORT=$((PORT + 1)) GATEWAY_PORT=$((PORT + 2)) BARE_PORT=$((PORT + 3))
# The JVM settings of deploy/local/run.sh, for every service and for the bare app they are compared with.
source "$ROOT/deploy/local/jvm.sh"
JVM_OPTS=${BENCH_JVM_OPTS:-$CLAIMTRACK_JVM_OPTS}
CLAIMS=100000 SOURCES=20000 STANCES_PER_CLAIM=3 CHUNKS=10
TOKEN=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
mkdir -p "$WORK/data" "$WORK/logs" "$WORK/paths"
PIDS=()
trap 'for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done' EXIT
started=$(date +%s)
load() { cut -d' ' -f1 /proc/loadavg; }
load_start=$(load)

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if ! command -v wrk >/dev/null; then
  say "installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
if [ ! -f "$(jar gateway)" ] || [ ! -f "$(jar claims-service)" ] || [ ! -f "$(jar sources-service)" ]; then
  say "packaging the services"
  (cd "$ROOT" && ./mvnw -B -q -pl sources-service,claims-service,gateway -am package -DskipTests)
fi
if [ ! -f "$BENCH/bare-app/target/quarkus-app/quarkus-run.jar" ]; then
  say "packaging the bare app"
  (cd "$ROOT" && ./mvnw -B -q -f bench/bare-app/pom.xml package -DskipTests)
fi

rss_mib() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }
now_ms() { date +%s%3N; }

# launch NAME JAR PORT [VAR=value ...]: starts a process (LAUNCHED=its pid) with its class-data archive
launch() {
  local name=$1 jarfile=$2 port=$3; shift 3
  local cds; cds=$(cds_opts "$jarfile" "$WORK/cds/$name.jsa")
  # the services serve health and metrics on a management port of their own: the HTTP port + 100 here
  (cd "$(dirname "$jarfile")" && exec env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$((port + 100))" CLAIMTRACK_DATA_DIR="$WORK/data" \
      CLAIMTRACK_SERVICE_TOKEN="$TOKEN" "$@" java $JVM_OPTS $cds -jar "$jarfile" >>"$WORK/logs/$name.log" 2>&1) &
  LAUNCHED=$!
  PIDS+=("$!")
}
await_ready() { # NAME PORT PID
  # the three services on their management port, the bare app (no management interface) on its HTTP port
  until curl -fs -o /dev/null "http://127.0.0.1:$(($2 + 100))/q/health/ready" || curl -fs -o /dev/null "http://127.0.0.1:$2/q/health/ready"; do
    kill -0 "$3" 2>/dev/null || { tail -30 "$WORK/logs/$1.log"; exit 1; }
    sleep 0.05
  done
}

# start NAME JAR PORT [VAR=value ...]: starts a process, waits for /q/health/ready, records time to ready and idle
# RSS. Like deploy/local/run.sh after its first start, it runs with a class-data archive: without one, a first start
# and stop writes it (not measured).
declare -A PID READY_MS RSS_IDLE
start() {
  local name=$1 port=$3
  if [ ! -s "$WORK/cds/$name.jsa" ]; then
    launch "$@"
    await_ready "$name" "$port" "$LAUNCHED"
    kill "$LAUNCHED" && wait "$LAUNCHED" || true
  fi
  local t0; t0=$(now_ms)
  launch "$@"
  PID[$name]=$LAUNCHED
  await_ready "$name" "$port" "$LAUNCHED"
  READY_MS[$name]=$(( $(now_ms) - t0 ))
  sleep 3
  RSS_IDLE[$name]=$(rss_mib "${PID[$name]}")
  say "$name ready in ${READY_MS[$name]} ms, RSS ${RSS_IDLE[$name]} MiB idle"
}

# One at a time, so that each time to ready is measured on a machine not busy starting the others.
start sources-service "$(jar sources-service)" "$SOURCES_PORT"
start claims-service "$(jar claims-service)" "$CLAIMS_PORT"
# wrk reads from one address far faster than any person: the costly-read rate limit would answer 429s, so it is
# lifted here to measure the reads themselves
start gateway "$(jar gateway)" "$GATEWAY_PORT" CLAIMS_SERVICE_URL="http://127.0.0.1:$CLAIMS_PORT" \
  SOURCES_SERVICE_URL="http://127.0.0.1:$SOURCES_PORT" CLAIMS_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$((CLAIMS_PORT + 100))" \
  SOURCES_SERVICE_MANAGEMENT_URL="http://127.0.0.1:$((SOURCES_PORT + 100))" CLAIMTRACK_RATE_LIMIT_ANONYMOUS_BURST=1000000 \
  CLAIMTRACK_RATE_LIMIT_SIGNED_IN_BURST=1000000
start bare-app "$BENCH/bare-app/target/quarkus-app/quarkus-run.jar" "$BARE_PORT"
API="http://127.0.0.1:$GATEWAY_PORT/api"
AUTH="admin:$(tr -d '\n' < "$WORK/data/admin-password")"

say "generating $CHUNKS bundles"
per_claims=$((CLAIMS / CHUNKS)) per_sources=$((SOURCES / CHUNKS))
for ((c = 0; c < CHUNKS; c++)); do
  java "$ROOT/system-tests/src/test/java/org/claimtrack/system/Bundles.java" "$WORK/bundle-$c.json" \
    $((c * per_claims)) "$per_claims" $((c * per_sources)) "$per_sources" "$STANCES_PER_CLAIM" "$c"
done

# All bundles are sent at once, as a user would queue them: the gateway runs one job at a time and checks the next
# upload while the current one is written.
say "importing"
import_t0=$(now_ms)
ids=()
for ((c = 0; c < CHUNKS; c++)); do
  job=$(curl -fsS -u "$AUTH" -H 'Content-Type: application/json' --data-binary "@$WORK/bundle-$c.json" "$API/imports")
  ids+=("$(grep -o '"id" *: *"[^"]*"' <<<"$job" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')")
done
for ((c = 0; c < CHUNKS; c++)); do
  while true; do
    job=$(curl -fsS "$API/imports/${ids[$c]}")
    status=$(grep -o '"status" *: *"[A-Z_]*"' <<<"$job" | head -1 | sed 's/.*"\([A-Z_]*\)"$/\1/')
    case $status in QUEUED|RUNNING) sleep 0.2 ;; SUCCEEDED) break ;; *) say "import $c: $job"; exit 1 ;; esac
  done
  say "bundle $c imported"
done
import_ms=$(( $(now_ms) - import_t0 ))
import_rate=$(( CLAIMS * 1000 / import_ms ))
load_import=$(load)
say "imported $CLAIMS claims in $import_ms ms (load average $load_import)"

# Paths for the load generator.
curl -fsS "http://127.0.0.1:$CLAIMS_PORT/claims?size=200&page=7" | grep -o '"id" *: *"[0-9a-f-]\{36\}"' \
  | sed 's/.*"\([0-9a-f-]*\)"$/\1/' | sort -u > "$WORK/claim-ids"
curl -fsS "http://127.0.0.1:$BARE_PORT/rows?limit=1000" | grep -o '[0-9a-f-]\{36\}' > "$WORK/row-ids"
sed 's#^#/claims/#' "$WORK/claim-ids" > "$WORK/paths/claims-direct"
sed 's#^#/api/claims/#' "$WORK/claim-ids" > "$WORK/paths/dossier"
sed 's#^#/rows/#' "$WORK/row-ids" > "$WORK/paths/bare"
for p in $(seq 0 199); do echo "/api/claims?size=50&page=$p"; done > "$WORK/paths/list"
for s in SINGLE_PARTY CORROBORATED DISPUTED DENIED UNSOURCED; do echo "/api/claims?status=$s&size=50"; done > "$WORK/paths/status"
for w in troops sanctions talks energy exercises refugees border units; do echo "/api/claims?q=$w&size=50"; done > "$WORK/paths/q"
for i in $(seq 1 50); do # 50 texts shaped like the generated claims, none of them stored
  echo "/api/claims/similar?text=Generated%20claim%20$((i * 1999))%20troops%20near%20the%20border%20rose%20by%20$((i * 7))%20units"
done > "$WORK/paths/similar"
for p in 0 1 2 3 4; do echo "/?page=$p"; done > "$WORK/paths/ui"

# settle: waits (60 s at most) until the services together use under a tenth of a core, so that no measurement
# starts while the import's last writes, or the previous measurement, still keep them busy
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
settle() {
  local until_s=$(( $(date +%s) + 60 )) before after p
  while (( $(date +%s) < until_s )); do
    before=0 after=0
    for p in "${PID[@]}"; do before=$(( before + $(cpu_ticks "$p") )); done
    sleep 2
    for p in "${PID[@]}"; do after=$(( after + $(cpu_ticks "$p") )); done
    (( after - before < 20 )) && return 0 # clock ticks of 1/100 s: under 10% of one core over 2 s
  done
}

# measure NAME PORT PATHS: a short warm-up, then the measured run; prints the RESULT line
measure() {
  local name=$1 port=$2 paths=$3
  settle
  WRK_PATHS="$paths" wrk -t2 -c16 -d10s --timeout 10s -s "$BENCH/paths.lua" "http://127.0.0.1:$port" >/dev/null
  WRK_PATHS="$paths" wrk -t2 -c16 -d"$DURATION" --timeout 10s -s "$BENCH/paths.lua" "http://127.0.0.1:$port" \
    | tee "$WORK/logs/wrk-$name.txt" | grep '^RESULT' | sed "s/^RESULT/$name/"
}
field() { grep -o "$2=[0-9.]*" <<<"$1" | cut -d= -f2; }

say "load: $DURATION per measurement"
# The JIT needs more than one short warm-up for the services' longer code paths (claims-service reads kept
# improving over three 10 s rounds while the bare app had levelled off), so the three reads that are compared
# are all warmed first; then each ratio's two sides are measured one right after the other.
for warm in "bare $BARE_PORT" "claims-direct $CLAIMS_PORT" "dossier $GATEWAY_PORT"; do
  set -- $warm
  WRK_PATHS="$WORK/paths/$1" wrk -t2 -c16 -d20s --timeout 10s -s "$BENCH/paths.lua" "http://127.0.0.1:$2" >/dev/null
done
bare=$(measure bare "$BARE_PORT" "$WORK/paths/bare")
direct=$(measure claims-direct "$CLAIMS_PORT" "$WORK/paths/claims-direct")
dossier=$(measure dossier "$GATEWAY_PORT" "$WORK/paths/dossier")
list=$(measure list "$GATEWAY_PORT" "$WORK/paths/list")
status=$(measure status "$GATEWAY_PORT" "$WORK/paths/status")
q=$(measure q "$GATEWAY_PORT" "$WORK/paths/q")
similar=$(measure similar "$GATEWAY_PORT" "$WORK/paths/similar")
ui_code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$GATEWAY_PORT/")
ui=""
[ "$ui_code" = 200 ] && ui=$(measure ui "$GATEWAY_PORT" "$WORK/paths/ui")
printf '%s\n' "$direct" "$dossier" "$bare" "$list" "$status" "$q" "$similar" "$ui" > "$WORK/wrk-results.txt"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
errors() { local e; e=$(field "$1" errors); [ "${e:-0}" = 0 ] || printf ' (%s errors)' "$e"; }
row() { printf '| %-58s | %-28s | %-12s |\n' "$1" "$2" "$3"; }

{
  echo
  echo "Claimtrack benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, JVM: $JVM_OPTS, wrk 2 threads / 16 connections / $DURATION"
  echo "Load average (1 min): $load_start at start, $load_import after the import, $(load) at the end"
  echo "Dataset: $CLAIMS claims, $SOURCES sources, $((CLAIMS * STANCES_PER_CLAIM)) stances (H2 files)"
  echo
  row "measure" "result" "goal"
  row "---" "---" "---"
  row "import rate (claims with their stances)" "$import_rate claims/s ($((import_ms / 1000)) s)" "≥ 1,000/s"
  row "claims-service GET /claims/{id}" "$(field "$direct" rps) req/s$(errors "$direct")" ""
  row "bare Quarkus+Panache+H2 GET /rows/{id}" "$(field "$bare" rps) req/s$(errors "$bare")" ""
  row "claims-service / bare app" "$(ratio "$(field "$direct" rps)" "$(field "$bare" rps)")" "≥ 0.7"
  row "gateway dossier GET /api/claims/{id}" "$(field "$dossier" rps) req/s$(errors "$dossier")" ""
  row "gateway dossier / claims-service direct" "$(ratio "$(field "$dossier" rps)" "$(field "$direct" rps)")" "≥ 0.5"
  row "list page of 50 (gateway) p50 / p99" "$(field "$list" p50) / $(field "$list" p99) ms$(errors "$list")" "p99 ≤ 100 ms"
  row "status filter p95" "$(field "$status" p95) ms$(errors "$status")" "≤ 50 ms"
  row "q search p95" "$(field "$q" p95) ms$(errors "$q")" "≤ 50 ms"
  row "similar claims p95" "$(field "$similar" p95) ms$(errors "$similar")" "≤ 200 ms"
  if [ -n "$ui" ]; then row "web UI claims page / p95" "$(field "$ui" p95) ms$(errors "$ui")" ""; fi
  for s in sources-service claims-service gateway bare-app; do
    row "$s: time to ready / RSS idle / RSS after load" \
      "${READY_MS[$s]} ms / ${RSS_IDLE[$s]} / $(rss_mib "${PID[$s]}") MiB" "≤ 5 s, ≤ 300 MiB idle"
  done
  echo
  echo "Total benchmark time: $(( $(date +%s) - started )) s; logs and raw wrk output in $WORK"
} | tee "$WORK/results.md"
