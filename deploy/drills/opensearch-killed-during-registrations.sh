#!/usr/bin/env bash
# Drill: kill OpenSearch (kill -9) while 200 listings are registered, confirmed and published, start
# it again, and check: 0 registrations lost (all 200 in PostgreSQL) and the index caught up within 30 s
# of OpenSearch answering again (no outbox event left waiting). Uses the
# drill's own OpenSearch (port 9202), never the shared one. Ends with a PASS or FAIL line.
DRILL_NAME=opensearch-killed-during-registrations
source "$(dirname "$0")/lib.sh"

DB=drill_os_kill
WORK=$DRILL_WORK/$DRILL_NAME
COUNT=${DRILL_REGISTRATIONS:-200}
rm -rf "$WORK" && mkdir -p "$WORK"
PORT=${APP_PORTS[0]}
BASE=http://127.0.0.1:$PORT
OS=http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT

stack_up postgres opensearch greenmail
fresh_database "$DB"
curl -fsS -X DELETE "$OS/drill-os-*" >/dev/null 2>&1 || true
start_app app "$PORT" "$DB" drill-os- QUARKUS_PROFILE=demo
wait_ready "$PORT" 600
wait_outbox_empty "$DB" 300
before=$(dpsql "$DB" -At -c "select count(*) from listing")

register() { # register <n>: the HTTP status of the n-th registration
  register_listing "$BASE" "Drill walk number $1" "Drill group $1" "drill-os-$1@example.org" 20
}

say "registering $COUNT listings from 4 clients; OpenSearch is killed after the first quarter"
clients=()
for c in 0 1 2 3; do
  (for ((i = c; i < COUNT; i += 4)); do echo "$i $(register "$i")"; done) >"$WORK/client-$c.log" &
  clients+=($!)
done
until (($(cat "$WORK"/client-*.log | wc -l) >= COUNT / 4)); do sleep 1; done
os_pid=$(cat "$DIRECTORY_STACK_HOME/pids/opensearch.pid")
kill -9 "$os_pid"
say "killed OpenSearch (PID $os_pid) at $(cat "$WORK"/client-*.log | wc -l) registrations"
wait "${clients[@]}"
answered=$(cat "$WORK"/client-*.log | awk '$2 == 303' | wc -l)
bash "$STACK" up opensearch
back=$SECONDS
stored=$(dpsql "$DB" -At -c "select count(*) from listing where name like 'Drill walk number %'")
# Caught up: no outbox event waiting or given up on (given-up ones are queued again by IndexingRecovery).
until [[ $(dpsql "$DB" -At -c "select count(*) from hsearch_outbox_event") == 0 ]]; do
  ((SECONDS - back < 300)) || break
  sleep 1
done
caught_up=$((SECONDS - back))
say "registrations answered 303: $answered of $COUNT; stored: $stored; index caught up ${caught_up}s after OpenSearch answered"
((answered == COUNT)) || fail "only $answered of $COUNT registrations were accepted (see $WORK/client-*.log)"
((stored == COUNT)) || fail "$((COUNT - stored)) registrations lost"
((caught_up <= 30)) || fail "the index took ${caught_up}s to catch up (over 30 s)"
pass "$COUNT registrations during an OpenSearch kill: 0 lost, index caught up ${caught_up}s after restart"
