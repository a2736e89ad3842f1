#!/usr/bin/env bash
# Load benchmark of the Store API: the built API (Release) on a loopback port with the per-key limit raised,
# then wrk against the hot read paths. Usage: benchmarks/run.sh [seconds] [connections]
# Needs wrk (Debian: apt-get install wrk). Set BENCH_POSTGRES to a connection string to run on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
connections="${2:-32}"
port=5099
work=$(mktemp -d)
api=""
trap '[ -n "$api" ] && kill "$api" 2>/dev/null; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build src/Api -c Release -v quiet -nologo >/dev/null

if [ -n "${BENCH_POSTGRES:-}" ]; then
  export Database__Provider=Postgres Database__ConnectionString="$BENCH_POSTGRES"
else
  export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/bench.db"
fi
export ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$port" \
  FluxStore__RateLimit__PermitLimit=1000000000 Logging__LogLevel__Default=Warning
dotnet src/Api/bin/Release/net10.0/FluxStore.Management.Api.dll >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
key=$(sed -n 's/^Demo API key *: //p' "$work/api.log")
[ -n "$key" ] || { echo "the API printed no demo key (is the database empty?)"; cat "$work/api.log"; exit 1; }

for i in $(seq 1 20); do
  curl -fs -H "X-Api-Key: $key" -H "Content-Type: application/json" \
    -d "{\"name\":\"Package $i\",\"price\":$i.99,\"commands\":[{\"stage\":\"purchase\",\"content\":\"give {username} diamond $i\",\"onlineOnly\":false}]}" \
    "http://127.0.0.1:$port/api/v1/packages" >/dev/null
done
one=$(curl -fs -H "X-Api-Key: $key" "http://127.0.0.1:$port/api/v1/packages" | sed -n 's/.*"data":\[{"id":"\([^"]*\)".*/\1/p')

echo "== GET /api/v1/packages (20 packages, with commands) — ${duration}s, ${connections} connections, ${Database__Provider}"
wrk -t2 -c"$connections" -d"${duration}s" --latency -H "X-Api-Key: $key" "http://127.0.0.1:$port/api/v1/packages" | sed -n '1,20p'
echo "== GET /api/v1/packages/{id}"
wrk -t2 -c"$connections" -d"${duration}s" --latency -H "X-Api-Key: $key" "http://127.0.0.1:$port/api/v1/packages/$one" | sed -n '1,20p'
