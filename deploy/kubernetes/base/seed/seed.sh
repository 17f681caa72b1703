#!/bin/sh
# Imports every seed bundle (*.json) in SEED_DIR through the gateway at GATEWAY_URL and waits for each
# import to finish. The gateway's import is idempotent by natural key, so running this again creates
# nothing new. Exits non-zero when the gateway is unreachable, refuses a bundle, or reports failed items.
# Needs only a POSIX shell and curl (the Job runs it in the curl image, with no internet access).
# Imports need an editor: CLAIMTRACK_SEED_USER and CLAIMTRACK_SEED_PASSWORD (from the seed-credentials Secret, which
# the gateway reads too and makes that account from) sign in with HTTP Basic.
set -eu

GATEWAY_URL=${GATEWAY_URL:-http://gateway:8080}
SEED_DIR=${SEED_DIR:-/seed}
WAIT_SECONDS=${WAIT_SECONDS:-600}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# curl reads the credentials from a file, so they never show in the process list.
if [ -n "${CLAIMTRACK_SEED_USER:-}" ]; then
  printf 'user = "%s:%s"\n' "$CLAIMTRACK_SEED_USER" "${CLAIMTRACK_SEED_PASSWORD:-}" > "$WORK/curlrc"
else
  : > "$WORK/curlrc"
fi
api() { curl -K "$WORK/curlrc" "$@"; }

log() { printf '%s seed: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }

# Prints the first value of a JSON string or number field (the import job's own fields come first).
json_field() {
  tr ',{}[]' '\n\n\n\n\n' < "$2" |
    sed -n "s/^[[:space:]]*\"$1\"[[:space:]]*:[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*$/\1/p" | head -n 1
}

# Ready to import: the public API answers and reaches the claims-service (health is on the management port, which
# the Job has no business with).
waited=0
until curl -fsS -o /dev/null "$GATEWAY_URL/api/claims/counts"; do
  if [ "$waited" -ge "$WAIT_SECONDS" ]; then log "gateway not ready after ${WAIT_SECONDS}s"; exit 1; fi
  sleep 5; waited=$((waited + 5))
done

found=0
for bundle in "$SEED_DIR"/*.json; do
  [ -f "$bundle" ] || continue
  found=1
  log "importing $(basename "$bundle")"
  status=$(api -sS -o "$WORK/job.json" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' --data-binary "@$bundle" "$GATEWAY_URL/api/imports")
  if [ "$status" != 202 ] && [ "$status" != 200 ]; then
    log "gateway refused $(basename "$bundle") with HTTP $status: $(cat "$WORK/job.json")"; exit 1
  fi
  id=$(json_field id "$WORK/job.json")
  [ -n "$id" ] || { log "no import id in $(cat "$WORK/job.json")"; exit 1; }
  waited=0
  while :; do
    api -fsS -o "$WORK/job.json" "$GATEWAY_URL/api/imports/$id"
    state=$(json_field status "$WORK/job.json")
    case "$state" in
      SUCCEEDED) break ;;
      COMPLETED_WITH_ERRORS|FAILED) log "import $id ended $state: $(cat "$WORK/job.json")"; exit 1 ;;
    esac
    if [ "$waited" -ge "$WAIT_SECONDS" ]; then log "import $id still $state after ${WAIT_SECONDS}s"; exit 1; fi
    sleep 2; waited=$((waited + 2))
  done
  log "import $id done: created $(json_field created "$WORK/job.json"), unchanged $(json_field unchanged "$WORK/job.json")"
done
[ "$found" = 1 ] || { log "no *.json bundle in $SEED_DIR"; exit 1; }
