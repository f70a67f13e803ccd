#!/usr/bin/env bash
# The ministry's national masterplan monitoring view over 514 regions with 300 items each (154,200 items, targets
# for one year, realisations for its two semesters), cold and warm (see README, "Performance").
# Starts the app (the jar; built if missing) with a fresh embedded PostgreSQL, writes the masterplans straight
# into the database with one SQL script (the API would take an hour), signs in once, and measures
# GET /api/v1/masterplan-monitoring: the first request (every summary computed from the database), then wrk.
# Needs java, curl, wrk, psql. Knobs: PORT=18081 PG_PORT=54331 DURATION=20s
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-18081}
PG_PORT=${PG_PORT:-54331}
DURATION=${DURATION:-20s}
YEAR=2024
BASE=http://localhost:$PORT
JAR=$(ls "$ROOT"/target/kota-cerdas-*.jar 2>/dev/null | head -n 1 || true)
DATA=$(mktemp -d)
COOKIES=$DATA/cookies.txt
export KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-Bench-monitoring-2026-pw}
APP_PID=
log() { echo "$(date +%H:%M:%S) $*"; }
stop() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$DATA"
}
trap stop EXIT INT TERM

if [[ -z $JAR ]]; then
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
    JAR=$(ls "$ROOT"/target/kota-cerdas-*.jar | head -n 1)
fi
log "starting $JAR on port $PORT (embedded PostgreSQL on $PG_PORT)"
KC_DATA_DIR=$DATA KC_DEMO_DATA=false java -jar "$JAR" --server.port="$PORT" --kc.db.embedded-port="$PG_PORT" \
    >"$DATA/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
    curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    [[ $i == 180 ]] && { tail -n 30 "$DATA/app.log"; exit 1; }
    sleep 1
done

log "writing 514 masterplans x 300 items (targets $YEAR, realisations S1 and S2) with SQL"
PGPASSWORD=$(sed -n 's/^owner.password=//p' "$DATA/pg-secret.properties") psql -q -h localhost -p "$PG_PORT" \
    -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
insert into masterplan (region_code, title, start_year, end_year, created_by)
    select code, 'Masterplan Smart City ' || name, $YEAR - 3, $YEAR + 3, 'bench' from region;
insert into masterplan_item (masterplan_id, category, smart_dimension, level, name, unit, direction, created_by)
    select m.id, c.category, (array['GOVERNANCE','BRANDING','ECONOMY','LIVING','SOCIETY','ENVIRONMENT'])[1 + i % 6],
           case when c.category = 'ROADMAP' then (array['PROGRAM','KEGIATAN','SUB_KEGIATAN'])[1 + i % 3] end,
           'Butir ' || i, 'unit', case when i % 5 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end, 'bench'
    from masterplan m, generate_series(1, 300) i,
         lateral (select (array['GOAL_INDICATOR','POLICY','INSTITUTION','INFRASTRUCTURE','APPLICATION','LITERACY',
                                'ROADMAP','QUICK_WIN','ISO_37122'])[1 + i % 9] as category) c;
insert into masterplan_target (item_id, year, value) select id, $YEAR, 1 + id % 10 from masterplan_item;
insert into masterplan_realisation (item_id, year, semester, value, updated_by)
    select id, $YEAR, s, (id * 7 + s) % 12, 'bench' from masterplan_item, generate_series(1, 2) s where id % 10 <> 0;
analyze;
SQL
echo "items: $(PGPASSWORD=$(sed -n 's/^owner.password=//p' "$DATA/pg-secret.properties") psql -tA -h localhost \
    -p "$PG_PORT" -U postgres -d postgres -c 'select count(*) from masterplan_item')"

# sign in once through the form: with the session no password hash is checked per request
csrf=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$BASE/masuk" | grep -o 'name="_csrf"[^>]*value="[^"]*"' |
    sed 's/.*value="//; s/"$//')
curl -sf -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode username=admin \
    --data-urlencode "password=$KC_ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/masuk"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$COOKIES")

for query in "year=$YEAR" "year=$YEAR&semester=1"; do
    url="$BASE/api/v1/masterplan-monitoring?$query"
    echo "== $url"
    curl -s -o "$DATA/view.json" -b "SESSION=$SESSION" -w 'first request (cold): HTTP %{http_code}, %{size_download} bytes, %{time_total} s\n' "$url"
    echo "regions: $(grep -o '"regionCode"' "$DATA/view.json" | wc -l)"
    wrk -t1 -c1 -d5s -H "Cookie: SESSION=$SESSION" "$url" >/dev/null
    wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$url" | grep -E "50%|90%|99%|Requests/sec"
done
