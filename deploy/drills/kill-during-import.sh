#!/usr/bin/env bash
# Drill: kill -9 the app while an admin's Open Referral import runs; start it again. The import must
# be marked interrupted, and "Carry on with the import" must finish it with every service imported
# once. Uses its own PostgreSQL, OpenSearch, GreenMail and Keycloak (port 8193, so the realm lets
# 127.0.0.1:8098 sign in). Ends with a PASS or FAIL line.
DRILL_NAME=kill-during-import
export DIRECTORY_KEYCLOAK_PORT=${DRILL_KEYCLOAK_PORT:-8193}
export DRILL_OIDC_SERVER_URL="http://127.0.0.1:$DIRECTORY_KEYCLOAK_PORT/realms/health-directory"
source "$(dirname "$0")/lib.sh"

DB=drill_import
WORK=$DRILL_WORK/$DRILL_NAME
SERVICES=${DRILL_SERVICES:-2000}
rm -rf "$WORK" && mkdir -p "$WORK"
PORT=${APP_PORTS[0]}
BASE=http://127.0.0.1:$PORT
JAR=$WORK/cookies

stack_up postgres opensearch greenmail keycloak
fresh_database "$DB"
start_app app "$PORT" "$DB" drill-import- QUARKUS_PROFILE=demo
wait_ready "$PORT" 600

say "a feed of $SERVICES services: the demo export, repeated with new ids"
curl -fsS "$BASE/openreferral/export/services.ndjson" >"$WORK/export.ndjson"
python3 - "$WORK/export.ndjson" "$WORK/feed.ndjson" "$SERVICES" <<'PY'
import json, sys, uuid
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], "w") as out:
    for n in range(int(sys.argv[3])):
        s = dict(lines[n % len(lines)]); s["id"] = str(uuid.uuid4()); s["name"] = f"{s['name']} ({n})"
        out.write(json.dumps(s) + "\n")
PY

staff_login "$BASE" admin admin-demo "$JAR"
token=$(csrf_token "$BASE/console/import" "$JAR")
[[ -n $token ]] || fail "could not open the import page as admin"
job=$(curl -sS -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' "$BASE/console/import" \
  -F "csrf-token=$token" -F "url=" -F "file=@$WORK/feed.ndjson;type=application/json" | grep -o '[0-9a-f-]\{36\}$' || true)
[[ -n $job ]] || fail "the import did not start"
say "import $job started; waiting for the first services, then kill -9"
# The job row's counts are committed every batch of services (directory.open-referral.import-batch, 25).
start=$SECONDS
until (($(dpsql "$DB" -At -c "select created + updated + skipped from open_referral_import where id = '$job'") > 50)); do
  status=$(dpsql "$DB" -At -c "select status from open_referral_import where id = '$job'")
  [[ $status == RUNNING ]] || fail "the import was $status before it showed 50 services done"
  ((SECONDS - start < 600)) || fail "the import showed no progress past 50 services within 600 s"
  sleep 1
done
stop_app app KILL
done_at_kill=$(dpsql "$DB" -At -c "select created + updated + skipped from open_referral_import where id = '$job'")
((done_at_kill < SERVICES)) || fail "the import had finished ($done_at_kill services) before the kill: use more DRILL_SERVICES"
say "killed the app with $done_at_kill services done; starting it again"
start_app app "$PORT" "$DB" drill-import- QUARKUS_PROFILE=demo
wait_ready "$PORT" 600
start=$SECONDS
until [[ $(dpsql "$DB" -At -c "select status from open_referral_import where id = '$job'") == INTERRUPTED ]]; do
  ((SECONDS - start < 240)) || fail "the import was not marked interrupted within 240 s of the restart"
  sleep 2
done
say "marked interrupted $((SECONDS - start))s after the app was ready"

staff_login "$BASE" admin admin-demo "$JAR"
token=$(csrf_token "$BASE/console/import/$job" "$JAR")
code=$(curl -sS -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' "$BASE/console/import/$job/resume" --data-urlencode "csrf-token=$token")
[[ $code == 303 ]] || fail "Carry on answered $code"
until [[ $(dpsql "$DB" -At -c "select status from open_referral_import where id = '$job'") == FINISHED ]]; do
  ((SECONDS - start < 1800)) || fail "the resumed import did not finish"
  sleep 5
done
report=$(dpsql "$DB" -At -c "select jsonb_array_length(report), (select count(distinct e->>'sourceId') from jsonb_array_elements(report) e) from open_referral_import where id = '$job'")
records=$(dpsql "$DB" -At -c "select count(*) from open_referral_record where source = 'file feed.ndjson' and record_type = 'SERVICE'")
created=$(dpsql "$DB" -At -c "select created from open_referral_import where id = '$job'")
# Each service's report line is written with the service, then moved into the job's report a batch at a time.
leftover=$(dpsql "$DB" -At -c "select count(*) from open_referral_import_entry where job_id = '$job'")
say "report lines|distinct services: $report; service records: $records; new: $created; lines not yet in the report: $leftover"
[[ $report == "$SERVICES|$SERVICES" ]] || fail "the report has $report lines|services, expected $SERVICES"
((records == SERVICES)) || fail "$records services imported, expected $SERVICES"
# A service the killed run finished after its last batch counts as new, not as skipped "unchanged".
((created == SERVICES)) || fail "$created services counted as new, expected $SERVICES"
((leftover == 0)) || fail "$leftover report lines were left out of the finished import's report"
pass "kill -9 after $done_at_kill of $SERVICES services; marked interrupted; resumed and finished with every service once"
