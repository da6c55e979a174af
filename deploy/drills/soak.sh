#!/usr/bin/env bash
# Drill: 10 minutes at 32 connections through HAProxy (start scale-out.sh's balancer first, or set
# DRILL_TARGET to one app) with the benchmark's query mix, plus page views and registrations.
# Records RSS of the app every 30 s. Passes with 0 errors and RSS within 15 % of its value at 2 min.
DRILL_NAME=soak
source "$(dirname "$0")/lib.sh"
TARGET=${DRILL_TARGET:-http://127.0.0.1:8190}
MINUTES=${DRILL_MINUTES:-10}
APP_PID=${DRILL_APP_PID:?set DRILL_APP_PID to the app process to watch}
WORK=$DRILL_WORK/$DRILL_NAME
rm -rf "$WORK" && mkdir -p "$WORK"
command -v wrk >/dev/null || fail "wrk is not installed: apt-get install -y wrk"
(for ((s = 0; s <= MINUTES * 60; s += 30)); do echo "$s $(ps -o rss= -p "$APP_PID")"; sleep 30; done) >"$WORK/rss.txt" &
rss_pid=$!
wrk -t2 -c32 -d"${MINUTES}m" --latency -s "$REPO_ROOT/deploy/benchmark/wrk-search.lua" "$TARGET" >"$WORK/wrk.txt" 2>&1
kill $rss_pid 2>/dev/null || true
cat "$WORK/wrk.txt" "$WORK/rss.txt"
errors=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$WORK/wrk.txt" | grep -o '[0-9]*$' || echo 0)
socket=$(grep -c 'Socket errors' "$WORK/wrk.txt" || true)
at2=$(awk '$1 == 120 {print $2}' "$WORK/rss.txt")
last=$(tail -1 "$WORK/rss.txt" | cut -d' ' -f2)
((errors == 0 && socket == 0)) || fail "$errors error answers, socket errors: $socket"
((last * 100 <= at2 * 115)) || fail "RSS grew from ${at2} kB at 2 min to ${last} kB"
pass "${MINUTES} min at 32 connections: 0 errors, RSS ${at2} kB at 2 min, ${last} kB at the end"
