#!/usr/bin/env bash
# Load benchmark of the citizen survey (README, "Performance"). On this one machine: starts the app with a
# fresh embedded PostgreSQL, opens a benchmark year with every region taking part, measures the raw floor
# (the same rows through plain JDBC, into another year), then has Gatling send 16 concurrent clients'
# complete smart-dimension submissions until every quota is full (514 x 6 x 50 = 154,200, all 201), then
# the survey summaries of a region (300 responses) and of the nation (154,200), and prints the figures.
# Goal: at least 1,000 submissions/s with p99 under 50 ms.
#
# Usage: bench/survey-load.sh
# Knobs (environment): PORT=18080 PG_PORT=54329 YEAR=2098 FLOOR_YEAR=2097 USERS=16 PER_DIMENSION=50
#   BATCH=100 WARMUP_SECONDS=15 (0: no warm-up) SUMMARY_SECONDS=30 SUMMARY_USERS=1,4
#   SUMMARY_AUTH=basic,session GATLING_HEAP=1g APP_JAVA_OPTS= KC_ADMIN_PASSWORD (random if unset)
# Output: target/survey-load/ (app.log, gatling.log, floor.properties, stats.tsv, the Gatling report).
# Exits non-zero when a Gatling assertion failed (submissions p99 >= 50 ms, or any failed request).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-54329}
YEAR=${YEAR:-2098}
FLOOR_YEAR=${FLOOR_YEAR:-2097}
USERS=${USERS:-16}
PER_DIMENSION=${PER_DIMENSION:-50}
BATCH=${BATCH:-100}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
SUMMARY_SECONDS=${SUMMARY_SECONDS:-30}
SUMMARY_USERS=${SUMMARY_USERS:-1,4}
SUMMARY_AUTH=${SUMMARY_AUTH:-basic,session}
GATLING_HEAP=${GATLING_HEAP:-1g}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
# the Maven JVM only waits for the forked Gatling JVM: keep it small, the two cores are shared
export MAVEN_OPTS=${MAVEN_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
export KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)}

BASE=http://localhost:$PORT
OUT=$ROOT/target/survey-load
SIMULATION=id.kotacerdas.bench.SurveySubmissionSimulation
REGIONS_CSV=$ROOT/src/main/resources/data/wilayah/regencies.csv

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

for tool in java curl; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done
HAVE_JQ=$(command -v jq >/dev/null && echo yes || echo no)
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$PORT" && die "port $PORT is in use (PORT=...)"
port_busy "$PG_PORT" && die "port $PG_PORT is in use (PG_PORT=...)"

rm -rf "$OUT"
mkdir -p "$OUT"
DATA=$(mktemp -d)
COOKIES=$(mktemp)
APP_PID=
SAMPLER_PID=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    # a killed app leaves its embedded PostgreSQL running: stop it by its own pid file
    if [[ -f $DATA/pg/postmaster.pid ]]; then
        local pg
        pg=$(head -n 1 "$DATA/pg/postmaster.pid")
        if [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null; then
            kill -TERM "$pg" 2>/dev/null || true
            for _ in $(seq 1 20); do
                kill -0 "$pg" 2>/dev/null || break
                sleep 0.5
            done
        fi
    fi
    rm -rf "$DATA" "$COOKIES"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build: the app's jar (when missing or older than the sources), the Gatling classes and their classpath
JAR=$(ls target/kota-cerdas-*.jar 2>/dev/null | grep -v -e '-plain' -e '\.original' | head -n 1 || true)
if [[ -z $JAR ]] || [[ -n $(find pom.xml src/main -newer "$JAR" -print -quit) ]]; then
    log "building the jar"
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/kota-cerdas-*.jar | grep -v -e '-plain' -e '\.original' | head -n 1)
fi
log "compiling the benchmark (-Pgatling)"
./mvnw -q -B -Pgatling test-compile dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
BENCH_CP="$ROOT/target/test-classes:$(cat "$OUT/classpath.txt")"

# ---- the app, with a fresh database and the survey's rate limits out of the way; it trusts X-Forwarded-For from
# localhost (each simulated client has its own address) and takes a form token at once (minimum-seconds 0)
log "starting $JAR on port $PORT (embedded PostgreSQL on $PG_PORT, data in $DATA)"
# shellcheck disable=SC2086 # APP_JAVA_OPTS holds several options
KC_DATA_DIR=$DATA KC_DEMO_DATA=false java $APP_JAVA_OPTS -jar "$JAR" \
    --server.port="$PORT" \
    --kc.db.embedded-port="$PG_PORT" \
    --server.forward-headers-strategy=native \
    --kc.survey.minimum-seconds=0 \
    --kc.survey.limits.per-address-per-minute=100000000 \
    --kc.survey.limits.forms-per-address-per-minute=100000000 \
    >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
    curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped; see $OUT/app.log"
    [[ $i == 180 ]] && die "the app is not healthy after 180 s; see $OUT/app.log"
    sleep 1
done
log "the app is up"

# ---- set-up through the admin API. HTTP Basic checks the password's hash on every request (~75 ms
# here), so sign in once through the login form as well: with the session, Basic is not checked again.
csrf=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$BASE/masuk" |
    grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' || true)
if [[ -n $csrf ]]; then
    curl -sf -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode username=admin \
        --data-urlencode "password=$KC_ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/masuk" ||
        log "sign-in through the form failed: set-up goes on with HTTP Basic alone (slower)"
fi

# api METHOD PATH [JSON]: the body on stdout; dies unless 2xx
api() {
    local method=$1 path=$2 response code
    local -a data=()
    [[ -n ${3:-} ]] && data=(-H 'Content-Type: application/json' --data "$3")
    response=$(mktemp)
    code=$(curl -sS -o "$response" -w '%{http_code}' -X "$method" -b "$COOKIES" \
        -u "admin:$KC_ADMIN_PASSWORD" -H 'Accept: application/json' "${data[@]}" "$BASE$path") || code=000
    if [[ $code != 2* ]]; then
        log "$method $path -> $code: $(head -c 600 "$response")"
        rm -f "$response"
        return 1
    fi
    cat "$response"
    rm -f "$response"
}

code_column=$(head -n 1 "$REGIONS_CSV" | tr ',' '\n' | grep -n -x 'code' | cut -d: -f1)
[[ -n $code_column ]] || die "no code column in $REGIONS_CSV"
mapfile -t REGIONS < <(tail -n +2 "$REGIONS_CSV" | cut -d, -f"$code_column" | tr -d '\r' | grep -v '^$')
log "${#REGIONS[@]} regions in $(basename "$REGIONS_CSV")"

today=$(date -u +%F)
deadline=$(date -u -d '+30 days' +%F)
open_survey() { # schedule the year and move it to SELF_ASSESSMENT: its survey opens
    api PATCH "/api/v1/periods/$1" \
        "{\"selfAssessmentOpens\":\"$today\",\"selfAssessmentDeadline\":\"$deadline\"}" >/dev/null
    api POST "/api/v1/periods/$1/transitions" '{"to":"SELF_ASSESSMENT"}' >/dev/null
}

for year in "$YEAR" "$FLOOR_YEAR"; do
    log "period $year: create (instrument of 2024) and make all ${#REGIONS[@]} regions take part"
    api POST /api/v1/periods "{\"year\":$year,\"copyInstrumentFrom\":2024}" >/dev/null
    # one curl for all the PUTs: one process, one kept-alive connection
    for code in "${REGIONS[@]}"; do
        printf 'url = "%s"\noutput = "/dev/null"\n' "$BASE/api/v1/periods/$year/participants/$code"
    done >"$OUT/participants.curl"
    curl -sS -K "$OUT/participants.curl" -X PUT -b "$COOKIES" -u "admin:$KC_ADMIN_PASSWORD" \
        -H 'Accept: application/json' -H 'Content-Type: application/json' --data '{"track":"REGULER"}' \
        -w '%{http_code}\n' >"$OUT/participants.codes" || true
    refused=$(grep -c -v '^2' "$OUT/participants.codes" || true)
    ((refused == 0)) || die "$refused of the participant PUTs for $year were refused: $(sort "$OUT/participants.codes" | uniq -c | tr '\n' ' ')"
    taking_part=$(api GET "/api/v1/periods/$year/participants" | grep -o '"regionCode"' | wc -l)
    [[ $taking_part == "${#REGIONS[@]}" ]] || die "$year has $taking_part participants, not ${#REGIONS[@]}"
done
log "period $YEAR: schedule and open (SELF_ASSESSMENT)"
open_survey "$YEAR"
# the floor's survey_submit() checks the stage too (a response is stored only while the survey is open)
log "period $FLOOR_YEAR: open for the floor (and the warm-up)"
open_survey "$FLOOR_YEAR"

# ---- the raw floor: the same rows through plain JDBC into the floor year, on the same database
log "JDBC floor on $FLOOR_YEAR"
java -Xmx512m -cp "$BENCH_CP" id.kotacerdas.bench.JdbcFloor \
    --url="jdbc:postgresql://localhost:$PG_PORT/postgres" --user=postgres --password="$(sed -n 's/^owner.password=//p' "$DATA/pg-secret.properties")" --year="$FLOOR_YEAR" \
    --per-dimension="$PER_DIMENSION" --batch="$BATCH" --threads="$USERS" --out="$OUT/floor.properties" |
    tee "$OUT/floor.log"

warmup_year=0
if ((WARMUP_SECONDS > 0)); then
    # the floor removed its rows: the floor year's survey takes the warm-up submissions
    warmup_year=$FLOOR_YEAR
fi

# ---- CPU accounting while Gatling runs: every second, the machine's busy and total ticks (/proc/stat), and
# the ticks of the app's JVM and of its PostgreSQL (the postmaster with its reaped children, and its live ones)
TICKS=0
add_ticks() { # add_ticks PID [children]: adds the process's utime+stime (and its reaped children's) to TICKS
    local stat
    read -r stat 2>/dev/null <"/proc/$1/stat" || return 0 # the process is gone
    local -a f
    read -r -a f <<<"${stat##*) }"
    TICKS=$((TICKS + f[11] + f[12]))
    [[ ${2:-} == children ]] && TICKS=$((TICKS + f[13] + f[14]))
    return 0
}
sample_cpu() {
    local pg_pid=$1 u n s i w q sq st app child
    set +e # a sample that fails must not end the sampling
    while kill -0 "$APP_PID" 2>/dev/null; do
        read -r _ u n s i w q sq st _ </proc/stat
        TICKS=0
        add_ticks "$APP_PID"
        app=$TICKS
        TICKS=0
        add_ticks "$pg_pid" children
        for child in $(pgrep -P "$pg_pid"); do
            add_ticks "$child"
        done
        echo "$(date +%s%3N) $((u + n + s + q + sq + st)) $((u + n + s + i + w + q + sq + st)) $app $TICKS"
        sleep 1
    done
}
PG_PID=$(head -n 1 "$DATA/pg/postmaster.pid")
sample_cpu "$PG_PID" >"$OUT/cpu.samples" &
SAMPLER_PID=$!

# ---- Gatling (the simulation reads the password from KC_ADMIN_PASSWORD, which the forked JVM inherits)
log "Gatling: $SIMULATION, $USERS clients on $YEAR"
set +e
./mvnw -B -Pgatling gatling:test \
    -Dgatling.simulationClass="$SIMULATION" \
    -Dgatling.resultsFolder="$OUT/gatling" \
    -Dgatling.heap="$GATLING_HEAP" \
    -Dbench.baseUrl="$BASE" \
    -Dbench.year="$YEAR" \
    -Dbench.users="$USERS" \
    -Dbench.responsesPerDimension="$PER_DIMENSION" \
    -Dbench.warmupYear="$warmup_year" \
    -Dbench.warmupSeconds="$WARMUP_SECONDS" \
    -Dbench.summarySeconds="$SUMMARY_SECONDS" \
    -Dbench.summaryUsers="$SUMMARY_USERS" \
    -Dbench.summaryAuth="$SUMMARY_AUTH" \
    -Dbench.resultFile="$OUT/submissions.properties" \
    >"$OUT/gatling.log" 2>&1
gatling_rc=$?
set -e
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
grep -E '^(Submissions:|Survey benchmark:)|: (true|false) \(actual' "$OUT/gatling.log" >&2 || true
REPORT=$(ls -d "$OUT"/gatling/*/ 2>/dev/null | tail -n 1)
REPORT=${REPORT%/}
[[ -n $REPORT && -f $REPORT/index.html ]] || die "Gatling wrote no report (exit $gatling_rc); see $OUT/gatling.log"

# ---- what the app counted (the summaries are tallied after the submissions commit)
region=${REGIONS[0]}
region_json=$(api GET "/api/v1/periods/$YEAR/regions/$region/survey-summary" || true)
nation_json=$(api GET "/api/v1/periods/$YEAR/survey-summary" || true)
printf '%s\n' "$region_json" >"$OUT/region-summary.json"
# ---- the raw export of every response, streamed: HTTP code, bytes, seconds to the first byte and to the end
raw_export() {
    curl -sS -o "$OUT/responses.$1" -u "admin:$KC_ADMIN_PASSWORD" \
        -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}' \
        "$BASE/api/v1/periods/$YEAR/survey-responses.$1" || echo "000 0 - -"
}
csv_export=$(raw_export csv)
xlsx_export=$(raw_export xlsx)
printf '%s\n' "$nation_json" >"$OUT/nation-summary.json"
responses() {
    if [[ -n $1 && $HAVE_JQ == yes ]]; then
        # a region: dimensions.{D}.responses; the nation: regions[].responses.{D}
        jq -r 'if (.regions | type) == "array" then [.regions[].responses | to_entries[].value]
               else [.dimensions[].responses] end | add // "?"' 2>/dev/null <<<"$1" || echo "?"
    else
        echo "?"
    fi
}

# ---- the figures
java -cp "$ROOT/target/test-classes" id.kotacerdas.bench.GatlingReport "$REPORT" >"$OUT/stats.tsv"
stat() { # stat REQUEST COLUMN
    awk -F'\t' -v r="$1" -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 == r { print $(col[c]); found = 1 } END { if (!found) print "-" }' "$OUT/stats.tsv"
}
prop() { # prop FILE KEY
    sed -n "s/^$2=//p" "$1" 2>/dev/null | head -n 1
}
# cpu_during FROM_MS TO_MS COUNT: each side's share of the machine, and its CPU time per submission
cpu_during() {
    awk -v from="$1" -v to="$2" -v count="$3" -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" '
        $1 >= from && !seen { seen = 1; t0 = $1; busy0 = $2; total0 = $3; app0 = $4; pg0 = $5 }
        seen && $1 <= to { t1 = $1; busy = $2 - busy0; total = $3 - total0; app = $4 - app0; pg = $5 - pg0 }
        END {
            if (!seen || total <= 0 || count <= 0) { print "-"; exit }
            rest = busy - app - pg
            printf "app %.0f%%, PostgreSQL %.0f%%, the rest (Gatling, Maven, OS) %.0f%%, idle %.0f%% of %d cores over %.0f s;", \
                100 * app / total, 100 * pg / total, 100 * rest / total, 100 * (total - busy) / total, cores, (t1 - t0) / 1000
            printf " CPU per submission: app %.2f ms, PostgreSQL %.2f ms, the rest %.2f ms\n", \
                1000 * app / hz / count, 1000 * pg / hz / count, 1000 * rest / hz / count
        }' "$OUT/cpu.samples"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.3f", a / b; else print "-" }'; }

rate=$(prop "$OUT/submissions.properties" perSecond)
batch=$(prop "$OUT/floor.properties" batch.perSecond)
single=$(prop "$OUT/floor.properties" single.perSecond)
function_rate=$(prop "$OUT/floor.properties" function.perSecond)
p99=$(stat "submit response" "99th pct")
verdict=$(awk -v r="${rate:-0}" -v p="$p99" -v rc="$gatling_rc" \
    'BEGIN { print (r >= 1000 && p != "-" && p + 0 < 50 && rc == 0) ? "MET" : "MISSED" }')

{
    echo
    echo "== Survey load benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -n 1)"
    printf 'submissions      %s in %s s = %s/s from %s clients (%s failed); p50 %s / p95 %s / p99 %s / max %s ms\n' \
        "$(prop "$OUT/submissions.properties" submissions)" "$(prop "$OUT/submissions.properties" seconds)" \
        "${rate:--}" "$USERS" "$(stat "submit response" KO)" "$(stat "submit response" "50th pct")" \
        "$(stat "submit response" "95th pct")" "$p99" "$(stat "submit response" Max)"
    printf 'goal             >= 1000/s and p99 < 50 ms: %s (Gatling exit %s)\n' "$verdict" "$gatling_rc"
    printf 'CPU, submissions %s\n' "$(cpu_during "$(prop "$OUT/submissions.properties" startEpochMs)" \
        "$(prop "$OUT/submissions.properties" endEpochMs)" "$(prop "$OUT/submissions.properties" submissions)")"
    printf 'floor, batch     %s rows/s (%s)\n' "${batch:--}" "$(prop "$OUT/floor.properties" batch.how)"
    printf 'floor, single    %s rows/s (%s)\n' "${single:--}" "$(prop "$OUT/floor.properties" single.how)"
    [[ -n $function_rate ]] &&
        printf 'floor, function  %s rows/s (%s)\n' "$function_rate" "$(prop "$OUT/floor.properties" function.how)"
    printf 'ratio app/floor  %s of batch, %s of single-row inserts' "$(ratio "$rate" "$batch")" "$(ratio "$rate" "$single")"
    [[ -n $function_rate ]] && printf ', %s of survey_submit()' "$(ratio "$rate" "$function_rate")"
    echo
    printf 'counted          region %s: %s responses, nation: %s responses\n' \
        "$region" "$(responses "$region_json")" "$(responses "$nation_json")"
    IFS=, read -r -a auths <<<"$SUMMARY_AUTH"
    IFS=, read -r -a counts <<<"$SUMMARY_USERS"
    for auth in "${auths[@]}"; do
        for target in region nation; do
            for n in "${counts[@]}"; do
                name="$target summary, $n $([[ $n == 1 ]] && echo user || echo users) [$auth]"
                printf '%-48s n %6s  p50 %4s  p95 %4s  p99 %4s  max %5s ms  (%s KO)\n' "$name" \
                    "$(stat "$name" Total)" "$(stat "$name" "50th pct")" "$(stat "$name" "95th pct")" \
                    "$(stat "$name" "99th pct")" "$(stat "$name" Max)" "$(stat "$name" KO)"
            done
        done
    done
    for export in "csv $csv_export" "xlsx $xlsx_export"; do
        read -r kind code bytes first total <<<"$export"
        printf 'raw export %-5s HTTP %s, %s bytes, first byte %s s, all %s s\n' "$kind" "$code" "$bytes" "$first" "$total"
    done
    echo "report           $REPORT/index.html"
} | tee "$OUT/summary.txt"

exit "$gatling_rc"
