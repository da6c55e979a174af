#!/usr/bin/env bash
# Drill: 10 minutes at 32 connections through HAProxy in front of two app instances: the benchmark's
# query mix on the JSON API (16 connections) and the HTML search page (16), plus a registration every
# 2 seconds. Records each app's RSS every 30 s. Passes with no error answers, no socket errors, every
# registration accepted, and each app's RSS at the end within 15 % of its value at 2 minutes.
# Needs: apt-get install haproxy wrk. Ends with a PASS or FAIL line.
DRILL_NAME=soak
source "$(dirname "$0")/lib.sh"

DB=drill_soak
WORK=$DRILL_WORK/$DRILL_NAME
LB_PORT=${DRILL_LB_PORT:-8190}
LB=http://127.0.0.1:$LB_PORT
MINUTES=${DRILL_MINUTES:-10}
rm -rf "$WORK" && mkdir -p "$WORK"
command -v haproxy >/dev/null || fail "haproxy is not installed: apt-get install -y haproxy"
command -v wrk >/dev/null || fail "wrk is not installed: apt-get install -y wrk"
trap 'stop_all_apps; [[ -n ${LB_PID:-} ]] && kill $LB_PID' EXIT

stack_up postgres opensearch greenmail
fresh_database "$DB"
start_app a "${APP_PORTS[0]}" "$DB" drill-soak- QUARKUS_PROFILE=demo DIRECTORY_BASE_URL="$LB"
wait_ready "${APP_PORTS[0]}" 600
start_app b "${APP_PORTS[1]}" "$DB" drill-soak- QUARKUS_PROFILE=demo DIRECTORY_BASE_URL="$LB"
wait_ready "${APP_PORTS[1]}" 600
wait_outbox_empty "$DB" 300
start_balancer "$LB_PORT" "$WORK" "${APP_PORTS[@]}"

# The query mix: the relevance set's searches, URL-encoded (the wrk script's "label<TAB>query" lines).
urlencode() { # byte by byte, so words in any script come out right
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c" && out+=$c ;;
    esac
  done
  printf '%s' "$out"
}
while IFS=$'\t' read -r params _; do
  [[ -z $params || $params == \#* ]] && continue
  query=""
  IFS='&' read -ra pairs <<<"$params"
  for pair in "${pairs[@]}"; do query+="${query:+&}${pair%%=*}=$(urlencode "${pair#*=}")"; done
  printf 'q\t%s\n' "$query"
done <"$REPO_ROOT/src/test/resources/relevance/queries.tsv" >"$WORK/requests.tsv"
say "$(wc -l <"$WORK/requests.tsv") searches in the mix; ${MINUTES} min at 32 connections through $LB"

(for ((s = 0; s <= MINUTES * 60; s += 30)); do
  echo "$s $(ps -o rss= -p "$APP_PID_a") $(ps -o rss= -p "$APP_PID_b")"
  sleep 30
done) >"$WORK/rss.txt" &
rss_pid=$!
RUN=$(date +%s)
(end=$((SECONDS + MINUTES * 60)) i=0
while ((SECONDS < end)); do
  code=$(register_listing "$LB" "Soak walk $i" "Soak group $i" "soak-$RUN-$i@example.org")
  echo "$i $code"
  i=$((i + 1))
  sleep 2
done) >"$WORK/registrations.txt" &
reg_pid=$!
wrk -t1 -c16 -d"${MINUTES}m" --timeout 10s --latency -s "$REPO_ROOT/deploy/benchmark/wrk-search.lua" "$LB" -- api "$WORK/requests.tsv" >"$WORK/wrk-api.txt" 2>&1 &
api_pid=$!
wrk -t1 -c16 -d"${MINUTES}m" --timeout 10s --latency -s "$REPO_ROOT/deploy/benchmark/wrk-search.lua" "$LB" -- page "$WORK/requests.tsv" >"$WORK/wrk-page.txt" 2>&1
wait $api_pid $reg_pid
kill $rss_pid 2>/dev/null || true
cat "$WORK/wrk-api.txt" "$WORK/wrk-page.txt" "$WORK/rss.txt"

errors=0 socket=0
for f in "$WORK/wrk-api.txt" "$WORK/wrk-page.txt"; do
  n=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$f" | grep -o '[0-9]*$' || echo 0)
  errors=$((errors + n))
  grep -q 'Socket errors' "$f" && socket=$((socket + 1))
done
requests=$(grep -h 'requests in' "$WORK"/wrk-*.txt | awk '{s += $1} END {print s}')
registrations=$(wc -l <"$WORK/registrations.txt")
refused=$(awk '$2 != 303' "$WORK/registrations.txt" | wc -l)
stored=$(dpsql "$DB" -At -c "select count(*) from listing where name like 'Soak walk %'")
say "$requests searches, $errors error answers, socket errors in $socket of 2 runs; $registrations registrations, $refused refused, $stored stored"
((errors == 0 && socket == 0)) || fail "$errors error answers, socket errors in $socket runs (see $WORK/wrk-*.txt)"
((refused == 0 && stored == registrations)) || fail "$refused registrations refused, $stored of $registrations stored"
verdict=""
for col in 2 3; do
  at2=$(awk -v c=$col '$1 == 120 {print $c}' "$WORK/rss.txt")
  last=$(tail -1 "$WORK/rss.txt" | awk -v c=$col '{print $c}')
  ((last * 100 <= at2 * 115)) || fail "RSS of app $((col - 1)) grew from ${at2} kB at 2 min to ${last} kB"
  verdict+=" app $((col - 1)): $((at2 / 1024)) MB at 2 min, $((last / 1024)) MB at the end;"
done
pass "${MINUTES} min at 32 connections through HAProxy, 2 apps: $requests searches, 0 errors, $registrations registrations all stored;$verdict"
