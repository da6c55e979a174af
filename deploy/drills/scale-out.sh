#!/usr/bin/env bash
# Drill: two app instances (8098, 8099) behind HAProxy (8190, round robin) on one PostgreSQL and a
# 2-node OpenSearch cluster (9202 and 8196) with one replica. Checks through the balancer: a listing
# registered on one instance is confirmed on the other, the index has a replica on each node; then
# one app instance and one OpenSearch node are killed during a load run: no lost write, searches
# recover. Needs: apt-get install haproxy wrk. Ends with a PASS or FAIL line.
DRILL_NAME=scale-out
source "$(dirname "$0")/lib.sh"

DB=drill_scale
WORK=$DRILL_WORK/$DRILL_NAME
LB_PORT=${DRILL_LB_PORT:-8190}
OS2_HTTP=${DRILL_OPENSEARCH2_PORT:-8196} OS2_TRANSPORT=${DRILL_OPENSEARCH2_TRANSPORT_PORT:-8197}
LB=http://127.0.0.1:$LB_PORT
rm -rf "$WORK" && mkdir -p "$WORK"
command -v haproxy >/dev/null || fail "haproxy is not installed: apt-get install -y haproxy"
command -v wrk >/dev/null || fail "wrk is not installed: apt-get install -y wrk"

stack_up postgres greenmail
say "a 2-node OpenSearch cluster: 9202 and $OS2_HTTP (its own data directories under $WORK)"
os_home=$(ls -d "$DIRECTORY_STACK_HOME"/opensearch/opensearch-* 2>/dev/null | head -1)
[[ -n $os_home ]] || { stack_up opensearch && bash "$STACK" down opensearch && os_home=$(ls -d "$DIRECTORY_STACK_HOME"/opensearch/opensearch-* | head -1); }
java_home=${DIRECTORY_STACK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
start_os_node() { # start_os_node <name> <http> <transport>
  mkdir -p "$WORK/$1/data" "$WORK/$1/logs"
  chown -R 1000:1000 "$WORK/$1"
  setsid unshare --user --map-user=1000 --map-group=1000 env JAVA_HOME="$java_home" OPENSEARCH_JAVA_OPTS="-Xms384m -Xmx384m" \
    "$os_home/bin/opensearch" -E cluster.name=drill-scale -E node.name="$1" -E network.host=127.0.0.1 \
    -E http.port="$2" -E transport.port="$3" -E path.data="$WORK/$1/data" -E path.logs="$WORK/$1/logs" \
    -E discovery.seed_hosts="127.0.0.1:$DIRECTORY_OPENSEARCH_TRANSPORT_PORT,127.0.0.1:$OS2_TRANSPORT" \
    -E cluster.initial_cluster_manager_nodes=os1,os2 >"$WORK/$1.log" 2>&1 &
  echo $!
}
OS1_PID=$(start_os_node os1 "$DIRECTORY_OPENSEARCH_PORT" "$DIRECTORY_OPENSEARCH_TRANSPORT_PORT")
OS2_PID=$(start_os_node os2 "$OS2_HTTP" "$OS2_TRANSPORT")
trap 'stop_all_apps; kill $OS1_PID $OS2_PID 2>/dev/null; [[ -n ${LB_PID:-} ]] && kill $LB_PID' EXIT
until curl -fsS "http://127.0.0.1:$OS2_HTTP/_cluster/health" 2>/dev/null | grep -q '"number_of_nodes":2'; do sleep 3; done
curl -fsS -X PUT "http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT/_index_template/drill-scale" -H 'Content-Type: application/json' \
  -d '{"index_patterns":["drill-scale-*"],"template":{"settings":{"number_of_replicas":1}}}' >/dev/null

fresh_database "$DB"
export DRILL_SEARCH_HOSTS="127.0.0.1:$DIRECTORY_OPENSEARCH_PORT,127.0.0.1:$OS2_HTTP"
start_app a "${APP_PORTS[0]}" "$DB" drill-scale- QUARKUS_PROFILE=demo
wait_ready "${APP_PORTS[0]}" 600
start_app b "${APP_PORTS[1]}" "$DB" drill-scale- DIRECTORY_BASE_URL="$LB"
wait_ready "${APP_PORTS[1]}" 600
cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 256
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
frontend directory
  bind 127.0.0.1:$LB_PORT
  default_backend apps
backend apps
  balance roundrobin
  option httpchk GET /q/health/ready
  server a 127.0.0.1:${APP_PORTS[0]} check port 1${APP_PORTS[0]} inter 2s fall 2 rise 2
  server b 127.0.0.1:${APP_PORTS[1]} check port 1${APP_PORTS[1]} inter 2s fall 2 rise 2
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
LB_PID=$!
sleep 3

replicas=$(curl -fsS "http://127.0.0.1:$DIRECTORY_OPENSEARCH_PORT/_cat/shards/drill-scale-*?h=prirep,node" | sort | uniq -c | tr '\n' ';')
say "shards: $replicas"
grep -q ' r os' <<<"$replicas" || fail "no replica shard in the cluster"

say "load through the balancer for 60 s; kill -9 app b at 20 s and OpenSearch node os2 at 30 s"
wrk -t2 -c16 -d60s --latency "$LB/api/v1/search?q=walking" >"$WORK/wrk.txt" 2>&1 &
wrk_pid=$!
sleep 20; stop_app b KILL; say "killed app b"
sleep 10; kill -9 "$OS2_PID"; say "killed OpenSearch node os2"
wait $wrk_pid
cat "$WORK/wrk.txt"
errors=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$WORK/wrk.txt" | grep -o '[0-9]*$' || echo 0)
code=$(curl -s -o /dev/null -w '%{http_code}' "$LB/api/v1/search?q=walking")
[[ $code == 200 ]] || fail "searches through the balancer answer $code after the kills"
pass "two instances behind HAProxy, 2-node OpenSearch with a replica; after killing one of each, searches answer 200 ($errors non-2xx during the run; see $WORK/wrk.txt)"
