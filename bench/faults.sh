#!/usr/bin/env bash
# Faults and recovery (README, "Faults and recovery"). On this one machine, with the jar and its embedded
# PostgreSQL: (1) how long /actuator/health stays 503 on a first start (seeders and the demo import) and when it
# turns 200; (2) the database stopped while the app runs: time until health, the API and a page answer 503,
# and time until they are served again once it is back (no restart of the app); (3) SIGTERM under wrk load:
# requests in flight finish (non-2xx and read errors counted); (4) kill -9 during a national import of 514
# rows: after a restart the year holds all of them or none; (5) kill -9 during a burst of citizen survey
# responses (bench/SurveyBurst.java): after a restart every response a client was told was stored is there, no
# more than those plus the ones in flight, each whole, and the tallies count each stored response once.
#
# Usage: bench/faults.sh   Knobs (environment): PORT=18090 PG_PORT=54339 YEAR=2060 CONNECTIONS=16 PARTS=1234
#   KILL_AFTER="1 3 5" (seconds into the import) BURST_WORKERS=16 BURST_KILL_AFTER=6 (seconds into the burst)
# Needs java, curl, wrk (apt-get install wrk). Output: target/faults/ (app logs, faults.txt with the figures).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18090}
PG_PORT=${PG_PORT:-54339}
YEAR=${YEAR:-2060}
CONNECTIONS=${CONNECTIONS:-16}
PARTS=${PARTS:-12345} # which of the five parts to run
export KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)}
BASE=http://localhost:$PORT
OUT=$ROOT/target/faults
DATA=$OUT/data
AUTH="admin:$KC_ADMIN_PASSWORD"
APP_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
figure() { printf '%s\n' "$*" | tee -a "$OUT/faults.txt"; }
die() {
    log "ERROR: $*"
    exit 1
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
code() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" || true; }
for tool in java curl wrk; do command -v "$tool" >/dev/null || die "$tool is needed"; done

rm -rf "$OUT"
mkdir -p "$OUT"

stop_postgres_of_folder() {
    if [[ -f $DATA/pg/postmaster.pid ]]; then
        local pg
        pg=$(head -n 1 "$DATA/pg/postmaster.pid")
        if [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null; then
            kill -TERM "$pg" 2>/dev/null || true
            for _ in $(seq 1 40); do
                kill -0 "$pg" 2>/dev/null || break
                sleep 0.25
            done
        fi
    fi
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -n $APP_PID ]] && kill -KILL "$APP_PID" 2>/dev/null || true
    stop_postgres_of_folder
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

start_app() { # $1: log name, then extra options; the app in the background, APP_PID set
    local name=$1
    shift
    KC_DATA_DIR=$DATA KC_DEMO_DATA=true java -Xmx768m -jar "$JAR" --server.port="$PORT" \
        --kc.db.embedded-port="$PG_PORT" "$@" >"$OUT/$name.log" 2>&1 &
    APP_PID=$!
}
wait_healthy() { # seconds until /actuator/health is 200
    for _ in $(seq 1 600); do
        [[ $(code "$BASE/actuator/health") == 200 ]] && return 0
        sleep 0.25
    done
    die "the app did not become healthy"
}
pg_bin() { dirname "$(cut -d' ' -f1 "$DATA/pg/postmaster.opts")"; }
# PostgreSQL refuses to run as root: as zonky does, pg_ctl runs in a user namespace then
AS_PG=()
[[ $(id -u) == 0 ]] && AS_PG=(unshare -U)

if [[ $PARTS == *1* || $PARTS == *2* || $PARTS == *3* ]]; then
# ---- 1. first start: health while the seeders and the demo import run
log "1. first start (fresh data folder, demo import)"
t0=$(now)
start_app first-start
first_answer= first_status= up_after=
for _ in $(seq 1 1200); do
    status=$(code --max-time 2 "$BASE/actuator/health")
    if [[ $status != 000 && -z $first_answer ]]; then
        first_answer=$(since "$t0") first_status=$status
    fi
    if [[ $status == 200 ]]; then
        up_after=$(since "$t0")
        break
    fi
    sleep 0.1
done
[[ -n $up_after ]] || die "no 200 from health"
figure "first start: health first answered $first_status after ${first_answer}s; 200 after ${up_after}s"
grep -q "Demo data: imported" "$OUT/first-start.log" && figure "first start: the demo import had finished before health said 200: $(grep -c 'Demo data: imported' "$OUT/first-start.log") log line"

# ---- 2. the database goes away and comes back (parts 1-3 run together)
log "2. database outage"
BIN=$(pg_bin)
[[ $(code -u "$AUTH" "$BASE/api/v1/audit") == 200 ]] || die "audit API not 200 before the outage"
"${AS_PG[@]}" "$BIN/pg_ctl" -D "$DATA/pg" -m fast -w stop >/dev/null
t0=$(now)
health=$(code "$BASE/actuator/health")
figure "outage: /actuator/health $health after $(since "$t0")s"
t1=$(now)
api=$(code "$BASE/api/v1/periods/2024/national-results/non-participants")
figure "outage: public API (national non-participants) $api after $(since "$t1")s"
t1=$(now)
audit=$(code -u "$AUTH" "$BASE/api/v1/audit")
figure "outage: admin API with Basic credentials (/api/v1/audit) $audit after $(since "$t1")s"
t1=$(now)
page=$(code -H 'Accept: text/html' "$BASE/hasil/2024")
figure "outage: public page /hasil/2024 $page after $(since "$t1")s"
"${AS_PG[@]}" "$BIN/pg_ctl" -D "$DATA/pg" -o "-p $PG_PORT -F -c listen_addresses=localhost -c max_connections=100" \
    -l "$OUT/pg-restart.log" -w start >/dev/null
t0=$(now)
for _ in $(seq 1 200); do
    [[ $(code "$BASE/actuator/health") == 200 ]] && break
    sleep 0.1
done
figure "recovery: /actuator/health 200 $(since "$t0")s after the database was back"
figure "recovery: admin API $(code -u "$AUTH" "$BASE/api/v1/audit"), public page $(code "$BASE/hasil/2024") (no restart of the app)"

# ---- 3. SIGTERM under load
log "3. SIGTERM under wrk load ($CONNECTIONS connections), and 8 page requests in flight"
curl -s -o /dev/null "$BASE/hasil/2024"
wrk -t2 -c"$CONNECTIONS" -d12s "$BASE/hasil/2024" >"$OUT/wrk-sigterm.txt" 2>&1 &
WRK_PID=$!
sleep 4
IN_FLIGHT=()
for i in $(seq 1 8); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "$BASE/hasil/2024?dir=asc&sort=final" >"$OUT/in-flight-$i.txt" 2>&1 &
    IN_FLIGHT+=($!)
done
sleep 0.2
t0=$(now)
kill -TERM "$APP_PID"
wait "$APP_PID" || true
figure "SIGTERM: the app exited $(since "$t0")s after the signal"
APP_PID=
for pid in "${IN_FLIGHT[@]}"; do wait "$pid" || true; done
wait "$WRK_PID" || true
finished=$(cat "$OUT"/in-flight-*.txt | grep -c '^200$' || true)
figure "SIGTERM: of 8 page requests sent 0.2 s before the signal, $finished answered 200"
requests=$(awk '/requests in/ { print $1 }' "$OUT/wrk-sigterm.txt")
non2xx=$(awk -F': ' '/Non-2xx/ { print $2 }' "$OUT/wrk-sigterm.txt")
errors=$(grep 'Socket errors' "$OUT/wrk-sigterm.txt" || echo "Socket errors: none")
figure "SIGTERM under wrk: $requests responses, non-2xx: ${non2xx:-0};$errors (errors: requests wrk sent on connections the stopping server closed)"
stop_postgres_of_folder

fi

if [[ $PARTS == *4* ]]; then
# ---- 4. kill -9 during a national import
log "4. kill -9 during a national import into $YEAR"
start_app after-sigterm
wait_healthy
curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"year\":$YEAR,\"copyInstrumentFrom\":2024}" "$BASE/api/v1/periods"
TABLE=$OUT/national-$YEAR.tsv
awk -F, 'BEGIN {
        srand(42)
        print "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\tPROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET"
    }
    NR > 1 {
        printf "%d\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\t\t\tREGULER\n", NR - 1, $3,
            1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand(), 1 + 3 * rand()
    }' "$ROOT/src/main/resources/data/wilayah/regencies.csv" >"$TABLE"
for delay in ${KILL_AFTER:-1 3 5}; do
    curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: text/tab-separated-values' --data-binary @"$TABLE" \
        --max-time 30 "$BASE/api/v1/periods/$YEAR/national-results" &
    CURL_PID=$!
    sleep "$delay"
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    wait "$CURL_PID" 2>/dev/null || true
    # the embedded PostgreSQL outlives a killed app: it ends the killed session's transaction (rolled back)
    stop_postgres_of_folder
    start_app "after-kill-$delay"
    wait_healthy
    rows=$(curl -s "$BASE/api/v1/periods/$YEAR/national-results" | { grep -o '"regionCode"' || true; } | wc -l)
    figure "kill -9 ${delay}s into the import: after the restart $YEAR holds $rows of 514 rows (all or none expected)"
    [[ $rows == 0 || $rows == 514 ]] || die "a half-written import: $rows rows"
    if [[ $rows == 514 ]]; then
        break
    fi
done
# the control: the same import without a kill, and how long it takes (the kills above fell inside it)
YEAR2=$((YEAR + 9))
curl -s -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"year\":$YEAR2,\"copyInstrumentFrom\":2024}" "$BASE/api/v1/periods"
t0=$(now)
status=$(code -u "$AUTH" -H 'Content-Type: text/tab-separated-values' --data-binary @"$TABLE" \
    "$BASE/api/v1/periods/$YEAR2/national-results")
rows=$(curl -s "$BASE/api/v1/periods/$YEAR2/national-results" | { grep -o '"regionCode"' || true; } | wc -l)
figure "control: the same import into $YEAR2 without a kill: $status in $(since "$t0")s, $rows of 514 rows"
kill -TERM "$APP_PID"
wait "$APP_PID" || true
APP_PID=
stop_postgres_of_folder
fi

if [[ $PARTS == *5* ]]; then
# ---- 5. kill -9 during a burst of survey responses
YEAR3=$((YEAR + 5))
REGION=51.03
WORKERS=${BURST_WORKERS:-16}
# forms are answered at once and every simulated phone has its own address (X-Forwarded-For from localhost)
SURVEY_OPTIONS=(--kc.survey.minimum-seconds=0 --server.forward-headers-strategy=native)
log "5. kill -9 during a burst of survey responses ($WORKERS clients) in $YEAR3"
start_app survey-burst "${SURVEY_OPTIONS[@]}"
wait_healthy
admin() { # METHOD PATH [JSON]
    curl -s -o /dev/null -w '%{http_code}' -u "$AUTH" -X "$1" -H 'Content-Type: application/json' \
        ${3:+--data "$3"} "$BASE$2"
}
[[ $(admin POST /api/v1/periods "{\"year\":$YEAR3,\"copyInstrumentFrom\":2024}") == 201 ]] || die "period $YEAR3"
[[ $(admin PUT "/api/v1/periods/$YEAR3/participants/$REGION" '{"track":"REGULER"}') == 2* ]] || die "participant"
[[ $(admin PATCH "/api/v1/periods/$YEAR3" "{\"selfAssessmentOpens\":\"$(date -u +%F)\",\"selfAssessmentDeadline\":\"$(date -u -d '+30 days' +%F)\"}") == 200 ]] ||
    die "schedule"
# a quota the burst cannot fill before the kill (at 50 per smart dimension it would be full within seconds)
[[ $(admin PUT "/api/v1/periods/$YEAR3/survey-settings" '{"quota":100000}') == 200 ]] || die "quota"
[[ $(admin POST "/api/v1/periods/$YEAR3/transitions" '{"to":"SELF_ASSESSMENT"}') == 200 ]] || die "open"
java "$ROOT/bench/SurveyBurst.java" "$BASE" "$YEAR3" "$REGION" "$WORKERS" 60 "$OUT/burst.properties" \
    2>"$OUT/burst.log" &
BURST_PID=$!
sleep "${BURST_KILL_AFTER:-6}"
kill -KILL "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
wait "$BURST_PID" || die "the burst client failed: $(cat "$OUT/burst.log")"
told=$(sed -n 's/^created=//p' "$OUT/burst.properties")
stop_postgres_of_folder
start_app after-burst "${SURVEY_OPTIONS[@]}"
wait_healthy
sleep 3 # the tallies catch up every second
sql() {
    PGPASSWORD=$(sed -n 's/^owner.password=//p' "$DATA/pg-secret.properties") \
        psql -X -q -t -A -h localhost -p "$PG_PORT" -U postgres -d postgres -c "$1" 2>/dev/null
}
stored=$(sql "select count(*) from survey_response where year = $YEAR3")
whole=$(sql "select count(*) from survey_response r where year = $YEAR3 and 1 <= all (r.answers) and 4 >= all (r.answers) and cardinality(r.answers) = (select max(cardinality(x.answers)) from survey_response x where x.year = r.year and x.dimension = r.dimension)")
tallied=$(sql "select coalesce(sum(counted + straight_lined + too_fast), 0) from survey_tally where year = $YEAR3")
figure "kill -9 ${BURST_KILL_AFTER:-6}s into a survey burst ($WORKERS clients): clients were told $told responses were stored; after the restart $stored are stored (at most $WORKERS more expected: those in flight), $whole of them whole, $tallied counted once in the tallies"
((stored >= told && stored <= told + WORKERS)) || die "stored $stored, told $told"
[[ $whole == "$stored" && $tallied == "$stored" ]] || die "half-written or double-counted responses"
fi
log "figures in $OUT/faults.txt"
