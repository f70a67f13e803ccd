#!/usr/bin/env bash
# Load run of the national results page and API with 514 regions (see README, "Performance").
# Needs a running app (./mvnw spring-boot:run or java -jar) and wrk (apt-get install wrk).
# Usage: KC_ADMIN_PASSWORD=... bench/national-load.sh [base-url] [year]
set -euo pipefail
BASE=${1:-http://localhost:8080}
YEAR=${2:-2099}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
AUTH="admin:${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD}"
HERE=$(cd "$(dirname "$0")" && pwd)
TABLE=$(mktemp --suffix=.tsv)
trap 'rm -f "$TABLE"' EXIT

"$HERE/national-table.sh" > "$TABLE"

curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"year\":$YEAR,\"copyInstrumentFrom\":2024}" "$BASE/api/v1/periods" || true
curl -sf -u "$AUTH" -H 'Content-Type: text/tab-separated-values' --data-binary @"$TABLE" \
    "$BASE/api/v1/periods/$YEAR/national-results" | head -c 200
echo
echo "regions in $YEAR: $(curl -sf "$BASE/api/v1/periods/$YEAR/national-results" | grep -o regionCode | wc -l)"

for path in "/hasil/$YEAR" "/api/v1/periods/$YEAR/national-results" "/hasil/$YEAR?sort=final&dir=asc&track=REGULER" \
    "/api/v1/periods/$YEAR/national-results.xlsx" "/api/v1/periods/$YEAR/national-results.csv" \
    "/api/v1/periods/$YEAR/open-data.zip"; do
    curl -s -o /dev/null "$BASE$path"   # warm up
    wrk -t2 -c4 -d10s "$BASE$path" > /dev/null
    echo "== $path"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path" | grep -E "Latency|50%|90%|99%|Requests/sec|Transfer/sec"
done
