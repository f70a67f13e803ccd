#!/usr/bin/env bash
# Load run of the trends across periods (issue 13; see README, "Performance"): two periods of all 514 regions, then
# the national table's page with its distribution section, the distribution's API, a region's trend (API and
# section). Needs a running app (java -jar) and wrk (apt-get install wrk).
# Usage: KC_ADMIN_PASSWORD=... bench/trends-load.sh [base-url] [year]   (creates year-1 and year)
set -euo pipefail
BASE=${1:-http://localhost:8080}
YEAR=${2:-2099}
REGION=${REGION:-51.03}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-1}
AUTH="admin:${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD}"
HERE=$(cd "$(dirname "$0")" && pwd)
TABLE=$(mktemp --suffix=.tsv)
trap 'rm -f "$TABLE"' EXIT

for year in $((YEAR - 1)) "$YEAR"; do
    SEED=$year "$HERE/national-table.sh" > "$TABLE"
    curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' \
        -d "{\"year\":$year,\"copyInstrumentFrom\":2024}" "$BASE/api/v1/periods" || true
    curl -sf -o /dev/null -u "$AUTH" -H 'Content-Type: text/tab-separated-values' --data-binary @"$TABLE" \
        "$BASE/api/v1/periods/$year/national-results"
    echo "regions in $year: $(curl -sf "$BASE/api/v1/periods/$year/national-results" | grep -o regionCode | wc -l)"
done

# the first request after an import computes the distribution (the table itself is built by the first call)
curl -s -o /dev/null "$BASE/api/v1/periods/$YEAR/national-results"
echo "first distribution after the import: $(curl -s -o /dev/null -w '%{time_total}' \
    "$BASE/api/v1/periods/$YEAR/national-results/distribution") s"

run() {
    local path=$1; shift
    curl -s -o /dev/null "$@" "$BASE$path"   # warm up
    wrk -t1 -c"$CONNECTIONS" -d5s "$@" "$BASE$path" > /dev/null
    echo "== $path $*"
    wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$BASE$path" | grep -E "50%|90%|99%|Requests/sec"
}
run "/hasil/$YEAR"
run "/hasil/$YEAR/sebaran" -H "HX-Request: true"
run "/api/v1/periods/$YEAR/national-results/distribution"
run "/api/v1/regions/$REGION/trend"
run "/hasil/$YEAR/$REGION/tren" -H "HX-Request: true"
run "/hasil/$YEAR/$REGION"
