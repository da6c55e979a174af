#!/usr/bin/env bash
# Drill: restart PostgreSQL while the app serves searches, listing pages and registrations. The app
# must recover by itself: errors only while PostgreSQL is down, ready again afterwards, and every
# registration it confirmed (303) is in the database. Uses the drill's own PostgreSQL (port 5434),
# never the shared one. Needs a build (mvn -q package -DskipTests). Ends with a PASS or FAIL line.
DRILL_NAME=postgres-restart-under-load
source "$(dirname "$0")/lib.sh"

DB=drill_pg_restart
WORK=$DRILL_WORK/$DRILL_NAME
DURATION=${DRILL_DURATION:-90}   # seconds of load; PostgreSQL is down from 30 s to ~40 s
rm -rf "$WORK" && mkdir -p "$WORK"
PORT=${APP_PORTS[0]}
BASE=http://127.0.0.1:$PORT

stack_up postgres opensearch greenmail
fresh_database "$DB"
start_app app "$PORT" "$DB" drill-pg- QUARKUS_PROFILE=demo
wait_ready "$PORT" 600

# One client: searches, a listing page and a registration in turn, each logged as
# "<epoch seconds> <kind> <status>", until the time is up.
register() { # register <n>: prints the HTTP status of the form post
  register_listing "$BASE" "Drill walk $1" "Drill group $1" "drill-$1@example.org" 10
}
client() {
  local id=$1 end=$((SECONDS + DURATION)) i=0 code listing
  listing=$(curl -fsS -m 10 "$BASE/api/v1/search?q=walk" | grep -o '"id":"[0-9a-f-]*"' | sed -n 1p | cut -d'"' -f4) || true
  while ((SECONDS < end)); do
    i=$((i + 1))
    code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$BASE/api/v1/search?q=walking+group") || code=000
    echo "$(date +%s) search $code"
    code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$BASE/listings/$listing") || code=000
    echo "$(date +%s) page $code"
    if ((i % 3 == 0)); then
      code=$(register "$id-$i")
      echo "$(date +%s) register $code $id-$i"
    fi
  done
}

say "load for ${DURATION}s from 4 clients; PostgreSQL restarts at 30s"
started=$(date +%s)
clients=()
for c in 1 2 3 4; do
  client "$c" >"$WORK/client-$c.log" 2>/dev/null &
  clients+=($!)
done
sleep 30
down_at=$(date +%s)
bash "$STACK" down postgres
sleep 5
bash "$STACK" up postgres
up_at=$(date +%s)
say "PostgreSQL down from +$((down_at - started))s to +$((up_at - started))s"
wait "${clients[@]}"
cat "$WORK"/client-*.log | sort -n >"$WORK/all.log"

total=$(wc -l <"$WORK/all.log")
# 429 is the friendly answer to the per-address mail limit (every client is 127.0.0.1): not an error.
bad=$(awk '$3 !~ /^(200|303|429)$/' "$WORK/all.log" | wc -l)
bad_outside=$(awk -v a="$down_at" -v b="$((up_at + 15))" '$3 !~ /^(200|303|429)$/ && ($1 < a || $1 > b)' "$WORK/all.log" | wc -l)
last_bad=$(awk '$3 !~ /^(200|303|429)$/ {t = $1} END {print t + 0}' "$WORK/all.log")
confirmed=$(awk '$2 == "register" && $3 == "303" {print $4}' "$WORK/all.log" | sort -u)
n_confirmed=$(printf '%s' "$confirmed" | grep -c . || true)
wait_ready "$PORT" 60
say "requests $total, errors $bad (outside the outage + 15 s: $bad_outside), last error at +$((last_bad > 0 ? last_bad - started : 0))s, registrations answered 303: $n_confirmed"
printf '%s\n' $confirmed >"$WORK/confirmed.txt"
missing=0
for name in $confirmed; do
  found=$(dpsql "$DB" -At -c "select count(*) from listing where name = 'Drill walk $name'" 2>/dev/null || echo 0)
  ((found > 0)) || missing=$((missing + 1))
done
((bad_outside == 0)) || fail "$bad_outside errors outside the outage window (see $WORK/all.log)"
((missing == 0)) || fail "$missing of $n_confirmed confirmed registrations are not in the database"
((n_confirmed > 0)) || fail "no registration was confirmed: the drill proves nothing (see $WORK/all.log)"
pass "$total requests, $bad errors all within the outage (PostgreSQL down $((up_at - down_at))s), the app ready again by itself, $n_confirmed confirmed registrations all stored"
