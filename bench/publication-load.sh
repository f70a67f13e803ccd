#!/usr/bin/env bash
# Publication outputs of a generated period of 514 regions (see README, "Performance"): a region's report and the
# national workbook once warm (wrk, one connection), then every region's report as one batch, timed from the POST
# to DONE. Needs a running app (java -jar) and wrk, curl, jq.
# Usage: KC_ADMIN_PASSWORD=... bench/publication-load.sh [base-url] [year]
set -euo pipefail
BASE=${1:-http://localhost:8080}
YEAR=${2:-2098}
DURATION=${DURATION:-20s}
AUTH="admin:${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD}"
HERE=$(cd "$(dirname "$0")" && pwd)
TABLE=$(mktemp --suffix=.tsv)
trap 'rm -f "$TABLE"' EXIT

"$HERE/national-table.sh" > "$TABLE"
curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"year\":$YEAR,\"copyInstrumentFrom\":2024}" "$BASE/api/v1/periods" || true
curl -sf -o /dev/null -u "$AUTH" -H 'Content-Type: text/tab-separated-values' --data-binary @"$TABLE" \
    "$BASE/api/v1/periods/$YEAR/national-results"
REGION=$(curl -sf "$BASE/api/v1/periods/$YEAR/national-results" | jq -r '.[0].regionCode')
echo "regions in $YEAR: $(curl -sf "$BASE/api/v1/periods/$YEAR/national-results" | jq length), first $REGION"

for path in "/api/v1/periods/$YEAR/regions/$REGION/report.pdf" "/api/v1/periods/$YEAR/national-results.xlsx"; do
    for _ in 1 2 3 4 5; do curl -s -o /dev/null "$BASE$path"; done   # warm up
    wrk -t1 -c1 -d10s "$BASE$path" > /dev/null
    echo "== $path ($(curl -s "$BASE$path" | wc -c) bytes)"
    wrk -t1 -c1 -d"$DURATION" --latency "$BASE$path" | grep -E "50%|90%|99%|Requests/sec"
done

# CPU seconds used so far by the app (APP_PID, when given) and by every PostgreSQL process
cpu() {
    local ticks=0 pid
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] && ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
    done
    echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}
app_cpu() { if [[ -n ${APP_PID:-} ]]; then cpu "$APP_PID"; else echo 0; fi; }
pg_cpu() { cpu $(pgrep -x postgres || true); }

echo "== every region's report, one batch"
APP0=$(app_cpu); PG0=$(pg_cpu)
START=$(date +%s.%N)
ID=$(curl -sf -u "$AUTH" -X POST "$BASE/api/v1/periods/$YEAR/report-batches" | jq -r .id)
while :; do
    BATCH=$(curl -sf -u "$AUTH" "$BASE/api/v1/report-batches/$ID")
    [ "$(jq -r .status <<<"$BATCH")" = RUNNING ] || break
    sleep 0.5
done
END=$(date +%s.%N)
APP1=$(app_cpu); PG1=$(pg_cpu)
jq -c '{status, total, done, failed: (.failed | length)}' <<<"$BATCH"
echo "batch: $(echo "$END - $START" | bc) s; CPU: app $(echo "$APP1 - $APP0" | bc) s, PostgreSQL $(echo "$PG1 - $PG0" | bc) s"
curl -sf -u "$AUTH" -o /tmp/reports-$YEAR.zip "$BASE/api/v1/report-batches/$ID/reports.zip"
echo "zip: $(stat -c %s /tmp/reports-$YEAR.zip) bytes, $(unzip -l /tmp/reports-$YEAR.zip | tail -1)"
