#!/usr/bin/env bash
# Drill: two app instances (8098, 8099) behind HAProxy (8190, round robin) on one PostgreSQL and a
# 2-node OpenSearch cluster (9202 and 8196) with one replica. Checks: the index has a replica on each
# node; a listing registered on one instance is confirmed on the other; a staff session made through
# the balancer works on both instances; the scheduled freshness job, running on both every 15 s, sends
# each reminder once; then one app instance and one OpenSearch node are killed during a load run with
# registrations through the balancer: no accepted registration lost, searches recover.
# Needs: apt-get install haproxy wrk. Ends with a PASS or FAIL line.
DRILL_NAME=scale-out
# Staff sign in through the balancer: the drill's own Keycloak, whose realm lets 127.0.0.1:8190 back in.
export DIRECTORY_KEYCLOAK_PORT=${DRILL_KEYCLOAK_PORT:-8193}
export DRILL_OIDC_SERVER_URL="http://127.0.0.1:$DIRECTORY_KEYCLOAK_PORT/realms/health-directory"
source "$(dirname "$0")/lib.sh"

DB=drill_scale
WORK=$DRILL_WORK/$DRILL_NAME
LB_PORT=${DRILL_LB_PORT:-8190}
OS2_HTTP=${DRILL_OPENSEARCH2_PORT:-8196} OS2_TRANSPORT=${DRILL_OPENSEARCH2_TRANSPORT_PORT:-8197}
LB=http://127.0.0.1:$LB_PORT
rm -rf "$WORK" && mkdir -p "$WORK"
command -v haproxy >/dev/null || fail "haproxy is not installed: apt-get install -y haproxy"
command -v wrk >/dev/null || fail "wrk is not installed: apt-get install -y wrk"

stack_up postgres greenmail keycloak
say "a 2-node OpenSearch cluster: 9202 and $OS2_HTTP (its own data directories under $WORK)"
# The drill stack's single node would hold port 9202: it makes way for the two-node cluster.
bash "$STACK" down opensearch
os_home=$(ls -d "$DIRECTORY_STACK_HOME"/opensearch/opensearch-* 2>/dev/null | head -1)
[[ -n $os_home ]] || { stack_up opensearch && bash "$STACK" down opensearch && os_home=$(ls -d "$DIRECTORY_STACK_HOME"/opensearch/opensearch-* | head -1); }
java_home=${DIRECTORY_STACK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# os1 is the cluster manager and a data node, os2 a data node only: with two manager-eligible nodes,
# losing either leaves no majority to elect a manager (production runs three, see README).
start_os_node() { # start_os_node <name> <http> <transport> <roles>
  mkdir -p "$WORK/$1/data" "$WORK/$1/logs"
  # Made by root, which the user namespace shows the node as its own user (a chown to 1000 would lock it out).
  setsid unshare --user --map-user=1000 --map-group=1000 env JAVA_HOME="$java_home" OPENSEARCH_JAVA_OPTS="-Xms384m -Xmx384m" \
    "$os_home/bin/opensearch" -E cluster.name=drill-scale -E node.name="$1" -E network.host=127.0.0.1 \
    -E http.port="$2" -E transport.port="$3" -E path.data="$WORK/$1/data" -E path.logs="$WORK/$1/logs" \
    -E discovery.seed_hosts="127.0.0.1:$DIRECTORY_OPENSEARCH_TRANSPORT_PORT,127.0.0.1:$OS2_TRANSPORT" \
    -E node.roles="$4" -E cluster.initial_cluster_manager_nodes=os1 >"$WORK/$1.log" 2>&1 &
  echo $!
}
OS1_PID=$(start_os_node os1 "$DIRECTORY_OPENSEARCH_PORT" "$DIRECTORY_OPENSEARCH_TRANSPORT_PORT" cluster_manager,data,ingest)
OS2_PID=$(start_os_node os2 "$OS2_HTTP" "$OS2_TRANSPORT" data,ingest)
trap 'stop_all_apps; kill $OS1_PID $OS2_PID 2>/dev/null; [[ -n ${LB_PID:-} ]] && kill $LB_PID' EXIT
until curl -fsS "http://127.0.0.1:$OS2_HTTP/_cluster/health" 2>/dev/null | grep -q '"number_of_nodes":2'; do sleep 3; done
curl -fsS -X PUT "http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT/_index_template/drill-scale" -H 'Content-Type: application/json' \
  -d '{"index_patterns":["drill-scale-*"],"template":{"settings":{"number_of_replicas":1}}}' >/dev/null

fresh_database "$DB"
export DRILL_SEARCH_HOSTS="127.0.0.1:$DIRECTORY_OPENSEARCH_PORT,127.0.0.1:$OS2_HTTP"
# Both run the freshness job every 15 s (production: once a day at 07:00 on every instance).
EVERY_15S='*/15 * * * * ?'
start_app a "${APP_PORTS[0]}" "$DB" drill-scale- QUARKUS_PROFILE=demo DIRECTORY_BASE_URL="$LB" DIRECTORY_FRESHNESS_SCHEDULE="$EVERY_15S"
wait_ready "${APP_PORTS[0]}" 600
start_app b "${APP_PORTS[1]}" "$DB" drill-scale- QUARKUS_PROFILE=demo DIRECTORY_BASE_URL="$LB" DIRECTORY_FRESHNESS_SCHEDULE="$EVERY_15S"
wait_ready "${APP_PORTS[1]}" 600
A=http://127.0.0.1:${APP_PORTS[0]}
B=http://127.0.0.1:${APP_PORTS[1]}
MAIL_API=http://127.0.0.1:$DIRECTORY_MAIL_API_PORT
RUN=$(date +%s)
start_balancer "$LB_PORT" "$WORK" "${APP_PORTS[@]}"

replicas=$(curl -fsS "http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT/_cat/shards/drill-scale-*?h=prirep,node" | sort | uniq -c | tr '\n' ';')
say "shards: $replicas"
grep -q ' r os' <<<"$replicas" || fail "no replica shard in the cluster"

register() { # register <base url> <n>: prints the HTTP status
  register_listing "$1" "Scale drill walk $2" "Scale drill group $2" "scale-$RUN-$2@example.org"
}

say "register on instance a, confirm on instance b"
[[ $(register "$A" first) == 303 ]] || fail "registering on instance a failed"
for ((i = 0; i < 30; i++)); do
  # The email as GreenMail keeps it: quoted-printable, so soft line breaks and =3D are undone first.
  link=$(curl -fsS "$MAIL_API/api/user/scale-$RUN-first@example.org/messages/INBOX" 2>/dev/null |
    sed 's/=\\r\\n//g; s/=3D/=/g' | grep -o 'register/confirm?token=[A-Za-z0-9_-]*' | head -1) || true
  [[ -n $link ]] && break
  sleep 2
done
[[ -n ${link:-} ]] || fail "no confirmation email reached the drill's mail server"
confirm_token=${link#*token=}
csrf=$(csrf_token "$B/register/confirm?token=$confirm_token" "$WORK/confirm")
code=$(curl -sS -b "$WORK/confirm" -o /dev/null -w '%{http_code}' "$B/register/confirm" \
  --data-urlencode "csrf-token=$csrf" --data-urlencode "token=$confirm_token")
[[ $code == 303 ]] || fail "confirming on instance b answered $code"
status=$(dpsql "$DB" -At -c "select status from listing where name = 'Scale drill walk first'")
say "confirmed on b: the listing is $status"
[[ $status == PENDING* || $status == AWAITING* || $status == PUBLISHED ]] || fail "the confirmed listing is '$status'"

say "a staff session made through the balancer, used on both instances"
staff_login "$LB" moderator moderator-demo "$WORK/staff"
for port in "${APP_PORTS[@]}" "${APP_PORTS[@]}"; do
  code=$(curl -sS -b "$WORK/staff" -o "$WORK/console-$port.html" -w '%{http_code}' "http://127.0.0.1:$port/console")
  [[ $code == 200 ]] && grep -q 'Sign out' "$WORK/console-$port.html" ||
    fail "the staff session made through the balancer does not work on port $port (answered $code)"
done

say "the freshness job on both instances: every published listing made 7 months old"
# Both instances are told to remind now; each reminder must go once (one email per organisation).
since=$(dpsql "$DB" -At -c "select now()")
stale=$(dpsql "$DB" -At -c "update listing set last_confirmed_at = now() - interval '7 months' where status = 'PUBLISHED' returning id" | wc -l)
organisations=$(dpsql "$DB" -At -c "select count(distinct o.contact_email) from listing l join organisation o on o.id = l.organisation_id where l.status = 'PUBLISHED' and o.contact_email is not null")
start=$SECONDS
# Reminders for the confirmation dates just set (the demo has a few older entries reminded at start-up).
this_round="select count(*) from freshness_reminder r join listing l on l.id = r.listing_id and r.confirmed_at = l.last_confirmed_at where r.threshold_months = 6"
until (($(dpsql "$DB" -At -c "$this_round") >= stale)); do
  ((SECONDS - start < 120)) || fail "not every stale listing was reminded within 120 s"
  sleep 2
done
sleep 20 # a run or two more on each instance, which must find nothing left to do
reminders=$(dpsql "$DB" -At -c "$this_round")
twice=$(dpsql "$DB" -At -c "select count(*) from (select recipient from mail_outbox where created_at > '$since' and recipient not like 'scale-%' group by 1 having count(*) > 1) d")
emails=$(dpsql "$DB" -At -c "select count(*) from mail_outbox where created_at > '$since' and recipient not like 'scale-%'")
runs_a=$(grep -c 'Freshness: [0-9]* reminders sent' "$DRILL_WORK/a.log" || true)
runs_b=$(grep -c 'Freshness: [0-9]* reminders sent' "$DRILL_WORK/b.log" || true)
say "freshness: $stale listings made stale, $reminders reminders recorded, $emails emails to $organisations organisations, $twice sent twice; runs that sent something: a $runs_a, b $runs_b"
((reminders == stale)) || fail "$reminders reminders recorded for $stale stale listings"
((twice == 0)) || fail "$twice organisations got more than one reminder email"
((emails <= organisations)) || fail "$emails reminder emails for $organisations organisations"

COUNT=60
say "load through the balancer for 60 s with $COUNT registrations; kill -9 app b at 20 s and OpenSearch node os2 at 30 s"
wrk -t2 -c16 -d60s --latency "$LB/api/v1/search?q=walking" >"$WORK/wrk.txt" 2>&1 &
wrk_pid=$!
(for ((i = 0; i < COUNT; i++)); do echo "$i $(register "$LB" "$i")"; sleep 0.8; done) >"$WORK/registrations.log" &
reg_pid=$!
sleep 20; stop_app b KILL; say "killed app b"
sleep 10; kill -9 "$OS2_PID"; say "killed OpenSearch node os2"
wait $wrk_pid $reg_pid
cat "$WORK/wrk.txt"
errors=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$WORK/wrk.txt" | grep -o '[0-9]*$' || echo 0)
accepted=$(awk '$2 == 303 {print $1}' "$WORK/registrations.log")
n_accepted=$(grep -c . <<<"$accepted" || true)
stored=$(dpsql "$DB" -At -c "select count(*) from listing where name like 'Scale drill walk %' and name <> 'Scale drill walk first'")
refused=$(awk '$2 != 303' "$WORK/registrations.log" | tr '\n' ' ')
say "registrations through the balancer: $n_accepted of $COUNT accepted (others: ${refused:-none}), $stored stored"
((stored >= n_accepted)) || fail "$((n_accepted - stored)) accepted registrations are missing"
code=$(curl -s -o /dev/null -w '%{http_code}' "$LB/api/v1/search?q=walking")
[[ $code == 200 ]] || fail "searches through the balancer answer $code after the kills"
pass "two instances behind HAProxy, 2-node OpenSearch with a replica: registered on a and confirmed on b; one staff session on both; $stale freshness reminders once each ($emails emails); after killing one app and one search node, $n_accepted of $COUNT registrations accepted and all stored, searches answer 200 ($errors non-2xx during the run; see $WORK/wrk.txt)"
