#!/usr/bin/env bash
# Side-by-side load benchmark of the Store API (README.md, "Performance").
#
# For each provider the API (Release, Production, loopback, per-key limit raised) starts on a fresh database;
# stores, keys, a server and 20 packages are created over HTTP, a large store is filled by benchmarks/Seeder
# (bulk INSERT … SELECT through the product's DbContext), each benchmarked response is captured, and the
# ceiling (benchmarks/Ceiling: bare Kestrel answering those same bytes from memory) starts beside it. Then,
# endpoint by endpoint, wrk runs against the ceiling and the product alternately, and a table prints req/s,
# p50, p99 and the product's share of the ceiling's req/s. On a shared machine only that ratio, taken in the
# same run, is comparable between runs.
#
# Usage: benchmarks/run.sh [options]
#   --providers sqlite,postgres   default: sqlite, plus postgres when FLUXSTORE_BENCH_POSTGRES is set
#   --endpoints a,b,…             default: all (names below; `--list` prints them)
#   --duration S                  seconds per measurement (default 10); warm-up is 2 s per target (30 s for writes)
#   --connections N --threads N   wrk settings for reads (default 64 and 1); writes use 16 connections
#   --orders N --customers N      size of the large store (default 1000000 and 100000)
#   --soak [MINUTES]              instead: sustained mixed load (packages reads, order writes, order pages; default 5 minutes), RSS each minute
#   --profile                     instead: SQL commands per request (EF's command log) and allocations per request
#   --observability               run the API with metrics and tracing on: /metrics served (FluxStore:Metrics:Prometheus) and
#                                 OTLP export of traces and metrics to a closed loopback port (default sampling); compare
#                                 with a run without it (the "of ceiling" column is the comparable figure)
#   --subscription-sweep [N]      instead: N (default 100000) active subscriptions of the catalog store come due at once (one
#                                 UPDATE); time until the sweeper (SweepInterval 1 s) has ended all and queued their expiry
#                                 commands, API RSS every 2 s, GET /api/v1/packages req/s during the sweep vs just before it
# Environment: BENCH_TRACE_ENDPOINT (--profile: the endpoint whose time dotnet-trace samples; default packages), BENCH_PORT (default 5097; the ceiling takes the next port) and FLUXSTORE_BENCH_POSTGRES, a PostgreSQL connection string for a role that may create databases
#              (on loopback add "SSL Mode=Disable", as a same-host deployment would: TLS to localhost costs the API CPU per round trip);
#              the run creates and finally drops its own database fluxstore_bench_<pid>.
# Needs wrk and jq (Debian: apt-get install wrk jq); --profile also restores dotnet-counters (benchmarks/.config).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

providers="" endpoints="" duration=10 connections=64 threads=1 write_connections=16
orders=1000000 customers=100000 mode=bench soak_minutes=5 subscriptions=100000 observability=off
all_endpoints="packages package categories orders-first orders-first-cursor orders-deep orders-deep-cursor orders-filtered orders-filtered-cursor orders-paid orders-first-1k orders-deep-1k orders-deep-cursor-1k orders-filtered-1k orders-filtered-cursor-1k orders-paid-1k customers customers-cursor customers-cursor-default subscriptions-cursor revenue-year create-order"
while [ $# -gt 0 ]; do
  case "$1" in
    --providers) providers="${2//,/ }"; shift ;;
    --endpoints) endpoints="${2//,/ }"; shift ;;
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --orders) orders="$2"; shift ;;
    --customers) customers="$2"; shift ;;
    --soak) mode=soak; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then soak_minutes="$2"; shift; fi ;;
    --profile) mode=profile ;;
    --observability) observability=on ;;
    --subscription-sweep) mode=sweep; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then subscriptions="$2"; shift; fi ;;
    --list) echo "$all_endpoints"; exit 0 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)"; exit 2 ;;
  esac
  shift
done
[ -n "$providers" ] || providers="sqlite${FLUXSTORE_BENCH_POSTGRES:+ postgres}"
[ -n "$endpoints" ] || endpoints="$all_endpoints"
for tool in wrk jq curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: apt-get install $tool)"; exit 1; }
done

observability_env=()
if [ "$observability" = on ]; then
  # OTLP to a port nothing listens on: the exporters do all their work and fail to send, as with a collector down.
  observability_env=(FluxStore__Metrics__Prometheus=true OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4319 OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf)
fi
api_port="${BENCH_PORT:-5097}" ceiling_port=$((${BENCH_PORT:-5097} + 1))
api_url="http://127.0.0.1:$api_port" ceiling_url="http://127.0.0.1:$ceiling_port"
work=$(mktemp -d /tmp/fluxstore-bench.XXXXXX)
out_dir="$root/artifacts/benchmarks"
mkdir -p "$out_dir"
stamp=$(date -u +%Y-%m-%dT%H%MZ)
results="$out_dir/$stamp-$mode.md"
api_pid="" ceiling_pid="" pg_database=""

cleanup() {
  [ -n "$ceiling_pid" ] && kill "$ceiling_pid" 2>/dev/null || true
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ -n "$pg_database" ]; then
    dotnet "$seeder" Postgres "$FLUXSTORE_BENCH_POSTGRES;Database=$pg_database" drop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the API, the ceiling and the seeder (Release)…"
for project in src/Api benchmarks/Ceiling benchmarks/Seeder; do
  dotnet build "$project" -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
done
api_dll=$(ls src/Api/bin/Release/net*/FluxStore.Management.Api.dll | head -1)
ceiling_dll=$(ls benchmarks/Ceiling/bin/Release/net*/FluxStore.Management.Ceiling.dll | head -1)
seeder=$(ls benchmarks/Seeder/bin/Release/net*/FluxStore.Management.Seeder.dll | head -1)

# ---------------------------------------------------------------------------------------------------------
# The product and its data
# ---------------------------------------------------------------------------------------------------------
start_api() { # provider [extra environment assignments…]
  local provider="$1"; shift
  if [ -n "${keep_database:-}" ]; then
    : # a restart over the same database (profile)
  elif [ "$provider" = postgres ]; then
    pg_database="fluxstore_bench_$$"
    db_provider=Postgres db_connection="$FLUXSTORE_BENCH_POSTGRES;Database=$pg_database"
    dotnet "$seeder" Postgres "$db_connection" create
  else
    db_provider=Sqlite db_connection="Data Source=$work/bench.db"
    rm -f "$work"/bench.db*
  fi
  env ASPNETCORE_ENVIRONMENT=Production Urls="$api_url" \
    Database__Provider="$db_provider" Database__ConnectionString="$db_connection" \
    FluxStore__Jwt__SigningKey="bench-signing-key-$(date +%s%N)-0123456789abcdef" \
    FluxStore__Bootstrap__AdminEmail=bench-admin@example.com FluxStore__Bootstrap__AdminPassword=bench-admin-password \
    FluxStore__DataProtection__KeysPath="$work/keys" \
    FluxStore__RateLimit__PermitLimit=1000000000 Logging__LogLevel__Default=Warning "${observability_env[@]}" "$@" \
    dotnet "$api_dll" >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 240); do
    curl -fs "$api_url/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the API did not start:"; cat "$work/api.log"; exit 1
}

stop_api() {
  kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=""
  if [ -n "$pg_database" ]; then
    dotnet "$seeder" Postgres "$FLUXSTORE_BENCH_POSTGRES;Database=$pg_database" drop >/dev/null; pg_database=""
  fi
}

call() { # method path token|key body → data (fails on a non-2xx answer)
  local method="$1" path="$2" auth="$3" body="${4:-}" header
  case "$auth" in flx_*) header="X-Api-Key: $auth" ;; *) header="Authorization: Bearer $auth" ;; esac
  curl -fsS -X "$method" -H "$header" -H "Content-Type: application/json" ${body:+-d "$body"} "$api_url$path" | jq -c '.data'
}

bootstrap() { # owner and admin tokens
  curl -fsS -H "Content-Type: application/json" -d '{"email":"bench-owner@example.com","password":"bench-owner-password","displayName":"Bench"}' \
    "$api_url/api/auth/register" >/dev/null
  owner=$(curl -fsS -H "Content-Type: application/json" -d '{"email":"bench-owner@example.com","password":"bench-owner-password"}' \
    "$api_url/api/auth/login" | jq -r '.data.accessToken')
  admin=$(curl -fsS -H "Content-Type: application/json" -d '{"email":"bench-admin@example.com","password":"bench-admin-password"}' \
    "$api_url/api/auth/login" | jq -r '.data.accessToken')
}

new_store() { # name → "storeId key" (Pro store, a key with every permission)
  local id key
  id=$(call POST /api/stores "$owner" "{\"name\":\"$1\",\"currency\":\"EUR\"}" | jq -r '.id')
  call PUT "/api/admin/stores/$id/plan" "$admin" '{"plan":"Pro"}' >/dev/null
  key=$(call POST "/api/stores/$id/api-keys" "$owner" \
    '{"name":"bench","permissions":{"Packages":["View","Edit","Delete"],"Categories":["View","Edit","Delete"],"Orders":["View","Edit"],"Customers":["View"],"Subscriptions":["View"]}}' \
    | jq -r '.key')
  echo "$id $key"
}

wanted() { [[ " $endpoints " == *" $1 "* ]]; }
wanted_any() { local e; for e in "$@"; do wanted "$e" && return 0; done; return 1; }

prepare_data() {
  bootstrap
  read -r catalog_store catalog_key < <(new_store "Bench catalog")
  server=$(call POST "/api/stores/$catalog_store/servers" "$owner" '{"name":"bench-1"}' | jq -r '.id')
  for i in $(seq 1 20); do
    call POST /api/v1/packages "$catalog_key" \
      "{\"name\":\"Package $i\",\"description\":\"Bench package number $i\",\"price\":$i.99,\"serverIds\":[\"$server\"],\"commands\":[{\"stage\":\"purchase\",\"content\":\"give {username} diamond $i\",\"onlineOnly\":false}]}" >/dev/null
  done
  package=$(call GET "/api/v1/packages" "$catalog_key" | jq -r '.[0].id')
  if wanted_any orders-first orders-first-cursor orders-deep orders-deep-cursor orders-filtered orders-filtered-cursor orders-paid customers customers-cursor customers-cursor-default revenue-year; then
    read -r large_store large_key < <(new_store "Bench large")
    echo "Seeding $orders orders and $customers customers…"
    dotnet "$seeder" "$db_provider" "$db_connection" "$large_store" "$orders" "$customers"
  fi
  if wanted_any orders-first-1k orders-deep-1k orders-deep-cursor-1k orders-filtered-1k orders-filtered-cursor-1k orders-paid-1k; then
    read -r small_store small_key < <(new_store "Bench small")
    dotnet "$seeder" "$db_provider" "$db_connection" "$small_store" 1000 1000
  fi
  if wanted_any subscriptions-cursor; then
    # A store of its own with 1,000 subscriptions: one bought over HTTP, the rest copied from it by the Seeder.
    read -r subscription_store subscription_key < <(new_store "Bench subscriptions")
    local subscription_package subscription_server
    # The Seeder copies the template's purchase command too: one server, one purchase command.
    subscription_server=$(call POST "/api/stores/$subscription_store/servers" "$owner" '{"name":"bench-sub"}' | jq -r '.id')
    subscription_package=$(call POST /api/v1/packages "$subscription_key" \
      "{\"name\":\"Bench monthly\",\"price\":4.99,\"isSubscription\":true,\"subscriptionInterval\":{\"value\":1,\"unit\":\"month\"},\"serverIds\":[\"$subscription_server\"],\"commands\":[{\"stage\":\"purchase\",\"content\":\"lp user {username} parent add vip\",\"onlineOnly\":false}]}" | jq -r '.id')
    call POST /api/v1/orders "$subscription_key" "{\"playerUsername\":\"sub1\",\"items\":[{\"packageId\":\"$subscription_package\",\"quantity\":1}]}" >/dev/null
    dotnet "$seeder" "$db_provider" "$db_connection" subscriptions "$subscription_store" 1000
  fi
  if wanted_any orders-deep-cursor; then
    echo "Walking the large store's orders to depth $((orders / 2)) for the cursor deep page…"
    large_cursor=$(cursor_at "$large_key" $((orders / 2)))
  fi
  if wanted_any orders-deep-cursor-1k; then
    small_cursor=$(cursor_at "$small_key" 500)
  fi
}

cursor_at() { # key depth → the `after` cursor that continues the newest-first orders list at that depth
  local key="$1" depth="$2" cursor walked page=(-fsS -H "X-Api-Key: $1")
  cursor=$(curl "${page[@]}" "$api_url/api/v1/orders?limit=100" | jq -r '.data.nextCursor')
  for ((walked = 100; walked < depth; walked += 100)); do # one curl and one jq per page: the walk is most of a run's set-up
    cursor=$(curl "${page[@]}" "$api_url/api/v1/orders?limit=100&after=$cursor" | jq -r '.data.nextCursor')
  done
  echo "$cursor"
}

# name → "METHOD path key connections compare-to-ceiling"
endpoint() {
  case "$1" in
    packages) echo "GET /api/v1/packages $catalog_key $connections yes" ;;
    package) echo "GET /api/v1/packages/$package $catalog_key $connections yes" ;;
    categories) echo "GET /api/v1/categories $catalog_key $connections yes" ;;
    orders-first) echo "GET /api/v1/orders?take=20 $large_key $connections yes" ;;
    orders-deep) echo "GET /api/v1/orders?skip=$((orders / 2))&take=20 $large_key $connections yes" ;;
    orders-first-cursor) echo "GET /api/v1/orders?limit=20 $large_key $connections yes" ;;
    orders-deep-cursor) echo "GET /api/v1/orders?limit=20&after=$large_cursor $large_key $connections yes" ;;
    orders-filtered) echo "GET /api/v1/orders?status=refunded&take=20 $large_key $connections yes" ;;
    orders-first-1k) echo "GET /api/v1/orders?take=20 $small_key $connections no" ;;
    orders-deep-1k) echo "GET /api/v1/orders?skip=500&take=20 $small_key $connections no" ;;
    orders-deep-cursor-1k) echo "GET /api/v1/orders?limit=20&after=$small_cursor $small_key $connections no" ;;
    orders-filtered-1k) echo "GET /api/v1/orders?status=refunded&take=20 $small_key $connections no" ;;
    orders-filtered-cursor) echo "GET /api/v1/orders?status=refunded&limit=20 $large_key $connections yes" ;;
    orders-paid) echo "GET /api/v1/orders?status=paid&take=20 $large_key $connections yes" ;;
    orders-paid-1k) echo "GET /api/v1/orders?status=paid&take=20 $small_key $connections no" ;;
    orders-filtered-cursor-1k) echo "GET /api/v1/orders?status=refunded&limit=20 $small_key $connections no" ;;
    customers-cursor) echo "GET /api/v1/customers?sortBy=totalSpent&sortDesc=true&limit=20 $large_key $connections yes" ;;
    customers) echo "GET /api/v1/customers?sortBy=totalSpent&sortDesc=true&take=20 $large_key $connections yes" ;;
    # The 365-day daily series of the large store (its orders span the last ~347 days), in a zone with DST, at 16 connections.
    revenue-year) echo "GET /api/v1/analytics/revenue?from=$(date -u -d '364 days ago' +%F)&to=$(date -u +%F)&interval=day&timeZone=Europe/Berlin $large_key $write_connections yes" ;;
    customers-cursor-default) echo "GET /api/v1/customers?limit=20 $large_key $connections yes" ;;
    subscriptions-cursor) echo "GET /api/v1/subscriptions?limit=20 $subscription_key $connections yes" ;;
    create-order) echo "POST /api/v1/orders $catalog_key $write_connections yes" ;;
    *) echo "unknown endpoint: $1 (known: $all_endpoints)" >&2; exit 2 ;;
  esac
}

# wrk's POST body: one item, a random existing-or-new player of 100,000, so customers are created and updated.
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local package = os.getenv("BENCH_PACKAGE_ID")
request = function()
  local body = string.format('{"playerUsername":"player%d","items":[{"packageId":"%s","quantity":1}]}', math.random(1, 100000), package)
  return wrk.format(nil, nil, nil, body)
end
LUA
post_body() { echo "{\"playerUsername\":\"player1\",\"items\":[{\"packageId\":\"$package\",\"quantity\":1}]}"; }

capture_ceiling_responses() { # the product's own answers, served by the ceiling
  mkdir -p "$work/ceiling"; : >"$work/ceiling/manifest.tsv"
  local name method path key conns compare n=0 status
  for name in $endpoints; do
    read -r method path key conns compare < <(endpoint "$name")
    [ "$compare" = yes ] || continue
    n=$((n + 1))
    if [ "$method" = POST ]; then
      status=$(curl -s -o "$work/ceiling/$n.json" -w '%{http_code}' -X POST -H "X-Api-Key: $key" -H "Content-Type: application/json" -d "$(post_body)" "$api_url$path")
    else
      status=$(curl -s -o "$work/ceiling/$n.json" -w '%{http_code}' -H "X-Api-Key: $key" "$api_url$path")
    fi
    [[ "$status" == 2* ]] || { echo "$method $path answered $status: $(cat "$work/ceiling/$n.json")"; exit 1; }
    printf '%s\t%s\t%s\t%s\n' "$method" "$path" "$status" "$n.json" >>"$work/ceiling/manifest.tsv"
  done
}

start_ceiling() {
  dotnet "$ceiling_dll" "$work/ceiling" --urls "$ceiling_url" >"$work/ceiling.log" 2>&1 &
  ceiling_pid=$!
  for _ in $(seq 1 240); do
    curl -s -o /dev/null "$ceiling_url/" 2>/dev/null && return 0
    kill -0 "$ceiling_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the ceiling did not start:"; cat "$work/ceiling.log"; exit 1
}

stop_ceiling() { kill "$ceiling_pid" 2>/dev/null || true; wait "$ceiling_pid" 2>/dev/null || true; ceiling_pid=""; }

# ---------------------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------------------
to_ms() { # wrk latency (e.g. 812.00us, 12.5ms, 1.02s) → milliseconds
  awk -v v="$1" 'BEGIN { u = v; sub(/^[0-9.]+/, "", u); n = v + 0;
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; printf "%.1f", n }'
}

run_wrk() { # base-url method path key connections seconds → "req/s p50 p99 errors requests"
  local base="$1" method="$2" path="$3" key="$4" conns="$5" seconds="$6" script=() output rps p50 p99 errors requests
  [ "$method" = POST ] && script=(-s "$work/post.lua")
  output=$(BENCH_PACKAGE_ID="$package" wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency --timeout 10s "${script[@]}" \
    -H "X-Api-Key: $key" "$base$path" 2>&1)
  echo "$output" >>"$work/wrk.log"
  rps=$(echo "$output" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
  p50=$(to_ms "$(echo "$output" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$output" | awk '$1 == "99%" { print $2 }')")
  errors=$(echo "$output" | awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }')
  requests=$(echo "$output" | awk '/requests in/ { print $1 }')
  echo "${rps:-0} $p50 $p99 $errors ${requests:-0}"
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

settle() { # wait (at most 60 s) until the API has finished the requests wrk left queued: < 20 % of a core for 1 s
  local before after
  for _ in $(seq 1 60); do
    before=$(cpu_ticks "$api_pid"); sleep 1; after=$(cpu_ticks "$api_pid")
    [ $((after - before)) -lt 20 ] && return 0
  done
}

single_ms() { # median time of 3 lone requests on the idle API, in ms
  local method="$1" path="$2" key="$3" args=(-s -o /dev/null -w '%{time_total}\n' -H "X-Api-Key: $key")
  [ "$method" = POST ] && args+=(-X POST -H "Content-Type: application/json" -d "$(post_body)")
  for _ in 1 2 3; do curl "${args[@]}" "$api_url$path"; done | sort -n | sed -n 2p | awk '{ printf "%.0f", $1 * 1000 }'
}

bench_provider() {
  local provider="$1" name method path key conns compare c p ratio
  echo "== $provider: starting the API"
  start_api "$provider"
  prepare_data
  capture_ceiling_responses
  start_ceiling
  echo "== $provider: measuring (${duration}s per target after a 2 s warm-up, 30 s for writes; reads ${connections} connections, writes ${write_connections}, ${threads} wrk thread)"
  for name in $endpoints; do
    read -r method path key conns compare < <(endpoint "$name")
    settle
    single=$(single_ms "$method" "$path" "$key")
    # Warm-up: 2 s serve thousands of reads, but a write path at a few hundred per second needs longer before the
    # JIT's optimized tier has replaced every method it runs.
    local warm=2
    [ "$method" = POST ] && warm=30
    run_wrk "$api_url" "$method" "$path" "$key" "$conns" "$warm" >/dev/null
    settle
    if [ "$compare" = yes ]; then
      run_wrk "$ceiling_url" "$method" "$path" "$key" "$conns" 2 >/dev/null
      read -r c_rps c_p50 c_p99 c_err _ < <(run_wrk "$ceiling_url" "$method" "$path" "$key" "$conns" "$duration")
    else
      c_rps="" c_p50="" c_p99="" c_err=0
    fi
    local ticks_before ticks_after cpu_ms
    ticks_before=$(cpu_ticks "$api_pid")
    read -r p_rps p_p50 p_p99 p_err p_requests < <(run_wrk "$api_url" "$method" "$path" "$key" "$conns" "$duration")
    settle
    # The API's own CPU time (user + system, /proc) per answered request, queued leftovers included: unlike req/s it
    # hardly depends on what else the machine is running.
    ticks_after=$(cpu_ticks "$api_pid")
    cpu_ms=$(awk -v t=$((ticks_after - ticks_before)) -v n="$p_requests" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "—" }')
    ratio="—"
    [ -n "$c_rps" ] && [ "$c_rps" -gt 0 ] && ratio=$(awk -v p="$p_rps" -v c="$c_rps" 'BEGIN { printf "%.1f %%", 100 * p / c }')
    local shown="${path//$package/\{id\}}"
    row="| $provider | $name | \`$method $shown\` | $single | $p_rps | $p_p50 | $p_p99 | ${c_rps:-—} | ${c_p50:-—} | ${c_p99:-—} | $ratio | $cpu_ms | $((p_err + c_err)) |"
    echo "$row" | tee -a "$results"
  done
  stop_ceiling
  stop_api
}

soak_provider() {
  local provider="$1" minute rss
  echo "== $provider: soak for $soak_minutes minutes, mixed: GET /api/v1/packages ($connections connections), POST /api/v1/orders ($write_connections) and GET /api/v1/orders?limit=20 of the same store ($write_connections)"
  start_api "$provider"
  endpoints="packages create-order"
  prepare_data
  echo "| $provider | before load | $(($(ps -o rss= -p "$api_pid") / 1024)) MiB |" | tee -a "$results"
  local seconds=$((soak_minutes * 60)) pids=()
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "X-Api-Key: $catalog_key" \
    "$api_url/api/v1/packages" >"$work/soak.log" 2>&1 &
  pids+=($!)
  BENCH_PACKAGE_ID="$package" wrk -t1 -c"$write_connections" -d"${seconds}s" --latency --timeout 10s -s "$work/post.lua" \
    -H "X-Api-Key: $catalog_key" "$api_url/api/v1/orders" >"$work/soak-orders.log" 2>&1 &
  pids+=($!)
  wrk -t1 -c"$write_connections" -d"${seconds}s" --latency -H "X-Api-Key: $catalog_key" \
    "$api_url/api/v1/orders?limit=20" >"$work/soak-list.log" 2>&1 &
  pids+=($!)
  for minute in $(seq 1 "$soak_minutes"); do
    sleep 60
    rss=$(($(ps -o rss= -p "$api_pid") / 1024))
    echo "| $provider | minute $minute | $rss MiB |" | tee -a "$results"
  done
  wait "${pids[@]}" || true
  local log
  for log in soak soak-orders soak-list; do
    echo "   $log:" | tee -a "$results"
    grep -E 'Requests/sec|99%|Non-2xx|Socket' "$work/$log.log" | sed "s/^/   /" | tee -a "$results"
  done
  stop_api
}

profile_provider() {
  local provider="$1" name method path key conns compare before after queries rps alloc
  echo "== $provider: profile, phase 1: SQL commands per request (EF's command log, one request after a warm one)"
  # The webhook dispatcher polls the outbox twice a second; off here so its commands are not counted.
  start_api "$provider" Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information FluxStore__Webhooks__DispatcherEnabled=false
  prepare_data
  local sql_log="$out_dir/$stamp-$provider-sql.log"
  : >"$sql_log"
  declare -A query_counts=()
  for name in $endpoints; do
    read -r method path key conns compare < <(endpoint "$name")
    local curl_args=(-s -o /dev/null -H "X-Api-Key: $key")
    [ "$method" = POST ] && curl_args+=(-X POST -H "Content-Type: application/json" -d "$(post_body)")
    # Warm, then wait out the change watcher's next poll (it sees the set-up's writes once more and empties the caches).
    curl "${curl_args[@]}" "$api_url$path"; sleep 1; curl "${curl_args[@]}" "$api_url$path"; sleep 0.5
    before=$(wc -l <"$work/api.log")
    curl "${curl_args[@]}" "$api_url$path"; sleep 1
    after=$(wc -l <"$work/api.log")
    # The key cache's watcher polls on SQLite (tagged "credential change watch"): not the request's commands.
    queries=$(sed -n "$((before + 1)),${after}p" "$work/api.log" \
      | awk '/Executed DbCommand/ { getline next_line; if (next_line !~ /credential change watch/) n++ } END { print n + 0 }')
    query_counts[$name]=$queries
    { echo "===== $name: $method $path ($queries commands)"; sed -n "$((before + 1)),${after}p" "$work/api.log"; } >>"$sql_log"
  done
  echo "== $provider: profile, phase 2: allocations per request (dotnet-counters during 10 s of load, same database, no command log)"
  kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true
  keep_database=1 start_api "$provider" FluxStore__Webhooks__DispatcherEnabled=false
  (cd benchmarks && dotnet tool restore >/dev/null)
  for name in $endpoints; do
    read -r method path key conns compare < <(endpoint "$name")
    run_wrk "$api_url" "$method" "$path" "$key" "$conns" 2 >/dev/null
    rm -f "$work/counters-$name.csv"
    (cd benchmarks && exec timeout 120 dotnet dotnet-counters collect -p "$api_pid" --counters System.Runtime \
      --format csv -o "$work/counters-$name.csv" --refresh-interval 1 >"$work/counters.log" 2>&1) &
    local counters_pid=$!
    for _ in $(seq 1 90); do [ -s "$work/counters-$name.csv" ] && break; sleep 1; done # slow to attach on a loaded machine
    sleep 1
    read -r rps _ _ _ < <(run_wrk "$api_url" "$method" "$path" "$key" "$conns" 10)
    kill -INT "$counters_pid" 2>/dev/null || true; wait "$counters_pid" 2>/dev/null || true
    # The allocation rate of the busiest seconds (the load), median of the top 8, divided by the request rate.
    alloc=$( { grep 'total_allocated' "$work/counters-$name.csv" 2>/dev/null || true; } | awk -F, '{ print $NF + 0 }' | sort -rn \
      | sed -n '2,9p' | sort -n | sed -n '4p' | awk -v rps="$rps" '{ if (rps > 0) printf "%.0f KiB", $1 / rps / 1024 }')
    echo "| $provider | $name | ${query_counts[$name]} | ${alloc:-?} | $rps |" | tee -a "$results"
  done
  local traced="${BENCH_TRACE_ENDPOINT:-packages}"
  echo "== $provider: profile, phase 3: where the time goes (dotnet-trace thread-time samples, 10 s of $traced)"
  read -r method path key conns compare < <(endpoint "$traced")
  settle
  (cd benchmarks && exec timeout 60 dotnet dotnet-trace collect -p "$api_pid" --profile dotnet-sampled-thread-time \
    --duration 00:00:00:12 -o "$work/packages.nettrace" >"$work/trace.log" 2>&1) &
  local trace_pid=$!
  sleep 2
  run_wrk "$api_url" "$method" "$path" "$key" "$conns" 10 >/dev/null
  wait "$trace_pid" 2>/dev/null || true
  local top="$out_dir/$stamp-$provider-$traced-top.txt"
  (cd benchmarks && dotnet dotnet-trace report "$work/packages.nettrace" topN -n 40 --inclusive) >"$top" 2>&1 || true
  echo "SQL of each request: $sql_log; hottest methods under $traced: $top"
  stop_api
}

sweep_provider() {
  local provider="$1" subscription_package watch_pid sampler_pid due seconds last active commands rss_start rss_peak rss_end
  local load_at_due before_rps before_p99 before_err during_rps during_p99 during_err ratio still_running
  echo "== $provider: subscription sweep, $subscriptions subscriptions due at once, SweepInterval 1 s"
  start_api "$provider" FluxStore__Subscriptions__SweepInterval=00:00:01
  endpoints="packages"
  prepare_data
  # A subscription package of the catalog store (whose packages wrk reads): one purchase and one expiry command on its one
  # server; one order over HTTP makes the template subscription (customer, order, item, purchase command), the Seeder the rest.
  subscription_package=$(call POST /api/v1/packages "$catalog_key" \
    "{\"name\":\"Bench subscription\",\"price\":4.99,\"isSubscription\":true,\"subscriptionInterval\":{\"value\":1,\"unit\":\"month\"},\"serverIds\":[\"$server\"],\"commands\":[{\"stage\":\"purchase\",\"content\":\"lp user {username} parent add vip\",\"onlineOnly\":false},{\"stage\":\"expiry\",\"content\":\"lp user {username} parent remove vip\",\"onlineOnly\":false}]}" \
    | jq -r '.id')
  call POST /api/v1/orders "$catalog_key" "{\"playerUsername\":\"sub1\",\"items\":[{\"packageId\":\"$subscription_package\",\"quantity\":1}]}" >/dev/null
  echo "Seeding $subscriptions subscriptions…"
  dotnet "$seeder" "$db_provider" "$db_connection" subscriptions "$catalog_store" "$subscriptions"
  : >"$work/rss.log"
  (while kill -0 "$api_pid" 2>/dev/null; do
     echo "$(date +%s) $(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$api_pid/status" 2>/dev/null)" >>"$work/rss.log"; sleep 2
   done) &
  sampler_pid=$!
  settle
  run_wrk "$api_url" GET /api/v1/packages "$catalog_key" "$connections" 2 >/dev/null
  settle
  read -r before_rps _ before_p99 before_err _ < <(run_wrk "$api_url" GET /api/v1/packages "$catalog_key" "$connections" "$duration")
  settle
  rss_start=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$api_pid/status")
  local t_start; t_start=$(date +%s)
  dotnet "$seeder" "$db_provider" "$db_connection" sweep-watch "$catalog_store" "$subscriptions" 600 >"$work/sweep.log" 2>&1 &
  watch_pid=$!
  for _ in $(seq 1 1200); do grep -q '^due' "$work/sweep.log" && break; kill -0 "$watch_pid" 2>/dev/null || break; sleep 0.1; done
  due=$(awk '/^due/ { print $2 }' "$work/sweep.log")
  [ -n "$due" ] || { echo "the sweep watcher failed:"; cat "$work/sweep.log"; exit 1; }
  load_at_due=$(cut -d' ' -f1 /proc/loadavg)
  read -r during_rps _ during_p99 during_err _ < <(run_wrk "$api_url" GET /api/v1/packages "$catalog_key" "$connections" "$duration")
  still_running=yes
  grep -q '^done' "$work/sweep.log" && still_running=no
  wait "$watch_pid" || true
  settle
  rss_end=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$api_pid/status")
  kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true
  rss_peak=$(awk -v t="$t_start" '$1 >= t && $2 > m { m = $2 } END { print m + 0 }' "$work/rss.log")
  seconds=$(awk '/^(done|timeout)/ { print ($1 == "done" ? "" : ">") $2 }' "$work/sweep.log")
  last=$(grep -E '^[0-9.]+ [0-9]+ [0-9]+$' "$work/sweep.log" | tail -1)
  read -r _ active commands <<<"$last"
  ratio=$(awk -v d="$during_rps" -v b="$before_rps" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * d / b; else print "—" }')
  cp "$work/sweep.log" "$out_dir/$stamp-$provider-sweep-progress.log"; cp "$work/rss.log" "$out_dir/$stamp-$provider-sweep-rss.log"
  echo "| $provider | $due | ${seconds:-?} | $active | $commands | $rss_start / $rss_peak / $rss_end | $before_rps ($before_p99 ms) | $during_rps ($during_p99 ms) | $ratio | $still_running | $((before_err + during_err)) | $load_at_due |" | tee -a "$results"
  stop_api
}

{
  echo "# benchmarks/run.sh $mode (metrics and tracing $observability), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  case "$mode" in
    bench) echo "| provider | endpoint | request | 1 request ms | req/s | p50 ms | p99 ms | ceiling req/s | ceiling p50 | ceiling p99 | of ceiling | API CPU ms/request | errors |"
           echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" ;;
    soak) echo "| provider | when | API RSS |"; echo "|---|---|---:|" ;;
    profile) echo "| provider | endpoint | SQL commands per request | allocated per request | req/s (while counting) |"
             echo "|---|---|---:|---:|---:|" ;;
    sweep) echo "| provider | due at once | s until all ended and commanded | active left | expiry commands | API RSS MiB start / peak / end | packages req/s (p99) before | during sweep | during/before | sweep outlasted wrk | errors | load at start |"
           echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|" ;;
  esac
} | tee "$results"

for provider in $providers; do
  if [ "$provider" = postgres ] && [ -z "${FLUXSTORE_BENCH_POSTGRES:-}" ]; then
    echo "postgres: FLUXSTORE_BENCH_POSTGRES is not set, skipped"; continue
  fi
  "${mode}_provider" "$provider"
done
echo "Results: $results"
