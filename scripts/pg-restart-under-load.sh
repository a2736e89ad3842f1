#!/usr/bin/env bash
# Restart the real PostgreSQL server while the API serves load, and report what clients saw.
#   scripts/pg-restart-under-load.sh <api base url> <api key> [seconds of load, default 20]
# Needs curl and pg_ctlcluster (Debian's postgresql-common) with rights to restart cluster 15/main (root or sudo).
# It restarts the WHOLE server: never run it on a machine where other test runs share that PostgreSQL.
set -euo pipefail
base=${1:?api base url, e.g. http://localhost:5080}
key=${2:?an API key with Packages:View}
seconds=${3:-20}
log=$(mktemp)

load() {
  local end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    printf '%s %s\n' "$(date +%s.%N)" \
      "$(curl -s -o /dev/null -w '%{http_code}' -m 10 -H "X-Api-Key: $key" "$base/api/v1/packages")" >>"$log"
    sleep 0.05
  done
}

load & loader=$!
sleep 3
echo "restarting PostgreSQL at $(date +%T)"
if [ "$(id -u)" = 0 ]; then pg_ctlcluster 15 main restart; else sudo -n pg_ctlcluster 15 main restart; fi
back=$(date +%s.%N)
echo "PostgreSQL back at $(date +%T)"
wait $loader

echo "responses by status:"; awk '{print $2}' "$log" | sort | uniq -c
first_ok=$(awk -v t="$back" '$1 > t && $2 == "200" {print $1; exit}' "$log")
[ -n "$first_ok" ] && awk -v a="$back" -v b="$first_ok" 'BEGIN {printf "first 200 %.2f s after the restart returned\n", b - a}'
if grep -q ' 500$' "$log"; then echo "FAIL: some requests got 500"; exit 1; fi
rm -f "$log"
