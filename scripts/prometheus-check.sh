#!/usr/bin/env bash
# CI stage "PrometheusCheck": Debian's Prometheus scrapes the built API's /metrics (on a port of its own) every second
# while N orders are placed; Prometheus's own query API must then show fluxstore_orders_created_total grown by N and
# the outbox age gauge present. Everything runs on loopback in temporary folders and is stopped at the end.
# Usage: scripts/prometheus-check.sh [path/to/FluxStore.Management.Api.dll] [results.trx]
# Writes a TRX file (2 checks) so the checks join the build's "N passed, N failed" line. Exit code 0 only if both pass.
set -uo pipefail
cd "$(dirname "$0")/.."

API_DLL=${1:-src/Api/bin/Release/net10.0/FluxStore.Management.Api.dll}
TRX=${2:-artifacts/test-results/PrometheusCheck.trx}
ORDERS=${ORDERS:-5}
API_DLL=$(realpath "$API_DLL")
mkdir -p "$(dirname "$TRX")"
TRX=$(realpath -m "$TRX")

if [ "$(id -u)" = 0 ]; then as_root() { "$@"; } else as_root() { sudo -n "$@"; }; fi
missing=()
command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v jq >/dev/null 2>&1 || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]}"
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)); }
WORK=$(mktemp -d /tmp/fluxstore-prometheus-XXXXXX)
API_PORT=$(free_port); METRICS_PORT=$(free_port); PROM_PORT=$(free_port)
API="http://127.0.0.1:$API_PORT"; PROM="http://127.0.0.1:$PROM_PORT"
API_PID=""; PROM_PID=""
cleanup() {
  [ -n "$PROM_PID" ] && kill "$PROM_PID" 2>/dev/null
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

results=()   # "name|outcome|message"
record() { results+=("$1|$2|$3"); echo "PrometheusCheck: $2 $1${3:+ ($3)}"; }
write_trx() {
  local passed=0 failed=0 r
  for r in "${results[@]}"; do [[ "$r" == *"|Passed|"* ]] && passed=$((passed + 1)) || failed=$((failed + 1)); done
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<TestRun name="PrometheusCheck" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>'
    for r in "${results[@]}"; do
      IFS='|' read -r name outcome message <<<"$r"
      echo "  <UnitTestResult testName=\"PrometheusCheck.$name\" outcome=\"$outcome\"><Output><StdOut>$(sed 's/[<>&"]/_/g' <<<"$message")</StdOut></Output></UnitTestResult>"
    done
    echo '</Results><ResultSummary outcome="'"$([ $failed -eq 0 ] && echo Completed || echo Failed)"'">'
    echo "<Counters total=\"$((passed + failed))\" executed=\"$((passed + failed))\" passed=\"$passed\" failed=\"$failed\" />"
    echo '</ResultSummary></TestRun>'
  } >"$TRX"
  echo "PrometheusCheck: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
fail_all() {
  record OrdersCounted Failed "$1"; record OutboxAgeGauge Failed "$1"
  echo "--- API log"; tail -30 "$WORK/api.log" 2>/dev/null; echo "--- Prometheus log"; tail -15 "$WORK/prometheus.log" 2>/dev/null
  write_trx; exit 1
}
wait_for() { # url seconds
  local i
  for i in $(seq 1 $(($2 * 4))); do curl -fs -o /dev/null "$1" && return 0; sleep 0.25; done
  return 1
}

# 1. The API: Production, fresh SQLite, metrics on their own port; a bootstrap admin to give the store its Pro plan.
ADMIN_EMAIL="prometheus-admin@example.com"
ADMIN_PASSWORD="Prom-$(date +%s%N)"
(cd "$(dirname "$API_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
  Database__Provider=Sqlite Database__ConnectionString="Data Source=$WORK/api.db" Database__MigrateOnStartup=true \
  FluxStore__Jwt__SigningKey="$(head -c 48 /dev/urandom | base64 -w0)" \
  FluxStore__DataProtection__KeysPath="$WORK/keys" \
  FluxStore__Bootstrap__AdminEmail="$ADMIN_EMAIL" FluxStore__Bootstrap__AdminPassword="$ADMIN_PASSWORD" \
  FluxStore__Metrics__Prometheus=true FluxStore__Metrics__Port="$METRICS_PORT" \
  Logging__LogLevel__Default=Warning \
  dotnet "$API_DLL" --urls "$API") >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_for "$API/health/ready" 60 || fail_all "the API was not ready within 60 s"

# 2. Prometheus on loopback, temporary storage, 1 s scrape interval.
cat >"$WORK/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: fluxstore
    static_configs:
      - targets: ["127.0.0.1:$METRICS_PORT"]
YAML
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/data" \
  --web.listen-address="127.0.0.1:$PROM_PORT" >"$WORK/prometheus.log" 2>&1 &
PROM_PID=$!
wait_for "$PROM/-/ready" 30 || fail_all "Prometheus was not ready within 30 s"

query() { # PromQL -> first value, or empty
  curl -fsG "$PROM/api/v1/query" --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // empty'
}
up_deadline=$((SECONDS + 20))
until [ "$(query 'up{job="fluxstore"}')" = "1" ]; do
  [ $SECONDS -ge $up_deadline ] && fail_all "Prometheus never scraped the API's /metrics"
  sleep 0.5
done

# 3. A user, a store, a key, a package, then N orders.
post() { # path body [header] -> body; the answer goes to $WORK/last.json too
  curl -s -H 'Content-Type: application/json' ${3:+-H "$3"} -d "$2" "$API$1" | tee "$WORK/last.json"
}
EMAIL="prometheus-$(date +%s%N)@example.com"
post /api/auth/register "{\"email\":\"$EMAIL\",\"password\":\"prometheus-check-123\",\"displayName\":\"Prometheus\"}" >/dev/null
TOKEN=$(post /api/auth/login "{\"email\":\"$EMAIL\",\"password\":\"prometheus-check-123\"}" | jq -r '.data.accessToken // empty')
[ -n "$TOKEN" ] || fail_all "could not register and sign in: $(cat "$WORK/last.json")"
AUTH="Authorization: Bearer $TOKEN"
STORE=$(post /api/stores '{"name":"Prometheus check","currency":"EUR"}' "$AUTH" | jq -r '.data.id // empty')
[ -n "$STORE" ] || fail_all "could not create a store: $(cat "$WORK/last.json")"
ADMIN=$(post /api/auth/login "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r '.data.accessToken // empty')
[ -n "$ADMIN" ] || fail_all "could not sign in as the bootstrap admin: $(cat "$WORK/last.json")"
curl -s -X PUT -H 'Content-Type: application/json' -H "Authorization: Bearer $ADMIN" -d '{"plan":"Pro","expiresAt":null}' \
  "$API/api/admin/stores/$STORE/plan" >"$WORK/last.json"
KEY=$(post "/api/stores/$STORE/api-keys" '{"name":"prometheus","permissions":{"Packages":["View","Edit"],"Orders":["View","Edit"]}}' "$AUTH" | jq -r '.data.key // empty')
[ -n "$KEY" ] || fail_all "could not create an API key: $(cat "$WORK/last.json")"
PACKAGE=$(post /api/v1/packages '{"name":"VIP","price":4.99,"serverIds":[],"commands":[]}' "X-Api-Key: $KEY" | jq -r '.data.id // empty')
[ -n "$PACKAGE" ] || fail_all "could not create a package: $(cat "$WORK/last.json")"

series='sum(fluxstore_orders_created_total{currency="EUR"})'
before=$(query "$series"); before=${before:-0}
placed=0
for i in $(seq 1 "$ORDERS"); do
  curl -fs -o /dev/null -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
    -d "{\"playerUsername\":\"Player$i\",\"items\":[{\"packageId\":\"$PACKAGE\",\"quantity\":1}]}" "$API/api/v1/orders" && placed=$((placed + 1))
done

# 4. Prometheus's view: the counter grew by N (within a few scrapes), the outbox age gauge exists.
expected=$((${before%.*} + placed))
deadline=$((SECONDS + 15)); now=""
while :; do
  now=$(query "$series")
  [ "${now%.*}" = "$expected" ] && break
  [ $SECONDS -ge $deadline ] && break
  sleep 0.5
done
if [ "$placed" -eq "$ORDERS" ] && [ "${now%.*}" = "$expected" ]; then
  record OrdersCounted Passed "fluxstore_orders_created_total went from ${before} to ${now} after $ORDERS orders"
else
  record OrdersCounted Failed "placed $placed of $ORDERS; fluxstore_orders_created_total went from ${before} to ${now:-absent}, expected $expected"
fi
age=$(query 'fluxstore_outbox_oldest_due_age_seconds')
if [ -n "$age" ]; then
  record OutboxAgeGauge Passed "fluxstore_outbox_oldest_due_age_seconds = $age"
else
  record OutboxAgeGauge Failed "fluxstore_outbox_oldest_due_age_seconds is not in Prometheus"
fi
write_trx
