#!/usr/bin/env bash
# Backup and restore drill (README, "Backup and restore"). Starts the jar on a fresh data folder (demo data,
# a second period with a national table), takes a backup while it runs (java -jar app.jar --kc.backup=FILE),
# stops it, wipes the data folder, restores (--kc.restore=FILE), starts the app again and compares the row
# count and checksum of every table before and after (--kc.table-sums). Exits non-zero on any difference.
#
# Usage: bench/backup-drill.sh     Knobs (environment): PORT=18091 YEAR=2069
# Output: target/backup-drill/ (app logs, sums-before.txt, sums-after.txt, drill.txt with the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18091}
YEAR=${YEAR:-2069}
export KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)}
BASE=http://localhost:$PORT
OUT=$ROOT/target/backup-drill
DATA=$OUT/data
BACKUP=$OUT/kota-cerdas.backup
AUTH="admin:$KC_ADMIN_PASSWORD"
APP_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
figure() { printf '%s\n' "$*" | tee -a "$OUT/drill.txt"; }
die() {
    log "ERROR: $*"
    exit 1
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" || true; }
for tool in java curl; do command -v "$tool" >/dev/null || die "$tool is needed"; done
rm -rf "$OUT"
mkdir -p "$OUT"

stop_app() {
    [[ -n $APP_PID ]] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_app
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

JAR=$(ls target/kota-cerdas-*.jar 2>/dev/null | grep -v -e '-plain' -e '\.original' | head -n 1 || true)
if [[ -z $JAR ]] || [[ -n $(find pom.xml src/main -newer "$JAR" -print -quit) ]]; then
    log "building the jar"
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/kota-cerdas-*.jar | grep -v -e '-plain' -e '\.original' | head -n 1)
fi
kc() { java -Xmx512m -jar "$JAR" --kc.data-dir="$DATA" "$@"; }
start_app() {
    KC_DATA_DIR=$DATA KC_DEMO_DATA=true java -Xmx768m -jar "$JAR" --server.port="$PORT" >"$OUT/$1.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 2400); do
        [[ $(code "$BASE/actuator/health") == 200 ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || die "the app stopped (see $OUT/$1.log)"
        sleep 0.25
    done
    die "the app did not become healthy"
}

log "starting the app on a fresh data folder (demo data)"
start_app before
curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"year\":$YEAR,\"copyInstrumentFrom\":2024}" "$BASE/api/v1/periods"
awk -F, 'BEGIN {
        srand(7)
        print "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\tPROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET"
    }
    NR > 1 {
        printf "%d\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\t\t\tREGULER\n", NR - 1, $3,
            1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand()
    }' "$ROOT/src/main/resources/data/wilayah/regencies.csv" >"$OUT/national.tsv"
curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: text/tab-separated-values' --data-binary @"$OUT/national.tsv" \
    "$BASE/api/v1/periods/$YEAR/national-results"

log "backup while the app runs"
t0=$(now)
kc --kc.backup="$BACKUP" >/dev/null
figure "backup (app running): $(since "$t0") s, $(stat -c %s "$BACKUP") bytes"
kc --kc.table-sums >"$OUT/sums-before.txt"
stop_app

log "wiping $DATA and restoring"
rm -rf "$DATA"
t0=$(now)
kc --kc.restore="$BACKUP" >/dev/null
figure "restore into an empty data folder: $(since "$t0") s"
start_app after
kc --kc.table-sums >"$OUT/sums-after.txt"
tables=$(wc -l <"$OUT/sums-before.txt")
rows=$(awk '{ n += $2 } END { print n }' "$OUT/sums-before.txt")
if diff "$OUT/sums-before.txt" "$OUT/sums-after.txt" >"$OUT/sums.diff"; then
    figure "compared: $tables tables, $rows rows, every count and checksum equal after the restore and a restart"
else
    figure "DIFFERENT after the restore: $(cat "$OUT/sums.diff")"
    exit 1
fi
figure "after the restore: admin sign-in $(code -u "$AUTH" "$BASE/api/v1/audit"), national table $YEAR $(code "$BASE/api/v1/periods/$YEAR/national-results")"
