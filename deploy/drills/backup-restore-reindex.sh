#!/usr/bin/env bash
# Drill: back up PostgreSQL with pg_dump, restore into a fresh database, start the app on the copy
# with a reindex into a fresh index, and compare: identical row counts in every table and identical
# results for the 45 relevance queries. Uses its own services (deploy/drills/lib.sh), never the
# shared local stack. Needs a build (mvn -q package -DskipTests). Ends with a PASS or FAIL line.
DRILL_NAME=backup-restore-reindex
source "$(dirname "$0")/lib.sh"

SOURCE_DB=drill_source RESTORED_DB=drill_restored
WORK=$DRILL_WORK/$DRILL_NAME
rm -rf "$WORK" && mkdir -p "$WORK"

say "starting the drill's PostgreSQL, OpenSearch and GreenMail"
stack_up postgres opensearch greenmail

say "1. an app with the demo content (101 listings, postcodes) on a fresh database"
fresh_database "$SOURCE_DB"
start_app source "${APP_PORTS[0]}" "$SOURCE_DB" drill-source- QUARKUS_PROFILE=demo
wait_ready "${APP_PORTS[0]}" 600
wait_outbox_empty "$SOURCE_DB" 300
relevance_results "${APP_PORTS[0]}" "$WORK/results-before.tsv"
say "RSS of the app after start-up and 45 queries: $(rss_mb source) MB"
table_counts "$SOURCE_DB" >"$WORK/counts-before.txt"
stop_app source
grep -q HSEARCH800035 "$DRILL_WORK/source.log" && say "the stop logged HSEARCH800035 (see $DRILL_WORK/source.log)"

say "2. pg_dump, then restore into a fresh database"
start=$SECONDS
PGPASSWORD=directory pg_dump -h 127.0.0.1 -p "$DIRECTORY_PG_PORT" -U directory -Fc -f "$WORK/backup.dump" "$SOURCE_DB"
say "backup: $(du -h "$WORK/backup.dump" | cut -f1) in $((SECONDS - start))s"
fresh_database "$RESTORED_DB"
start=$SECONDS
PGPASSWORD=directory pg_restore -h 127.0.0.1 -p "$DIRECTORY_PG_PORT" -U directory -d "$RESTORED_DB" --no-owner "$WORK/backup.dump"
say "restored in $((SECONDS - start))s"

say "3. start on the restored copy with a reindex into a fresh index"
curl -fsS -X DELETE "http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT/drill-restored-*" >/dev/null 2>&1 || true
start_app restored "${APP_PORTS[1]}" "$RESTORED_DB" drill-restored- SEARCH_REINDEX_ON_START=true
wait_ready "${APP_PORTS[1]}" 600
wait_log "$DRILL_WORK/restored.log" "Search index rebuilt" 600
say "$(grep -o 'Search index rebuilt in [0-9]* ms' "$DRILL_WORK/restored.log")"
wait_outbox_empty "$RESTORED_DB" 120
curl -fsS -X POST "http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT/drill-restored-*/_refresh" >/dev/null
relevance_results "${APP_PORTS[1]}" "$WORK/results-after.tsv"
say "RSS of the app after its reindex and 45 queries: $(rss_mb restored) MB"
table_counts "$RESTORED_DB" >"$WORK/counts-after.txt"
stop_app restored

say "4. compare"
tables=$(wc -l <"$WORK/counts-before.txt")
rows=$(awk '{s += $2} END {print s}' "$WORK/counts-before.txt")
queries=$(wc -l <"$WORK/results-before.tsv")
empty=$(awk -F'\t' '$2 == ""' "$WORK/results-before.tsv" | wc -l)
diff "$WORK/counts-before.txt" "$WORK/counts-after.txt" >"$WORK/counts.diff" ||
  fail "row counts differ after the restore: $(cat "$WORK/counts.diff")"
# The same listings for every query. Hits with equal scores (or equal distances) may come back in
# another order after a reindex: counted and shown, not a failure.
sorted_sets() {
  local query ids
  while IFS=$'\t' read -r query ids; do
    printf '%s\t%s\n' "$query" "$(tr ' ' '\n' <<<"$ids" | grep . | sort | tr '\n' ' ')"
  done <"$1"
}
diff <(sorted_sets "$WORK/results-before.tsv") <(sorted_sets "$WORK/results-after.tsv") >"$WORK/results.diff" ||
  fail "relevance results differ after the reindex: $(head -c 2000 "$WORK/results.diff")"
reordered=$(diff "$WORK/results-before.tsv" "$WORK/results-after.tsv" | grep -c '^<' || true)
((queries - empty > 30)) || fail "only $((queries - empty)) of $queries relevance queries found anything: the comparison proves little"
pass "$tables tables, $rows rows identical; $queries relevance queries ($((queries - empty)) with results) find the same listings after restore and reindex ($reordered list equal-ranked hits in another order)"
