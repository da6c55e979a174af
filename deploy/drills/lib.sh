#!/usr/bin/env bash
# Shared parts of the drills: their own services on their own ports and state directory (never the
# shared local stack), app instances from target/quarkus-app, and the PASS/FAIL line.
# Sourced by the drill scripts; not run on its own.
set -Eeuo pipefail
# A command that fails where nothing checks it ends the drill with a FAIL line, not silently.
trap 'printf "FAIL %s: a command failed at line %s: %s\n" "${DRILL_NAME:-drill}" "$LINENO" "$BASH_COMMAND"' ERR

DRILLS_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd -- "$DRILLS_DIR/../.." && pwd -P)
STACK=$REPO_ROOT/deploy/local/stack.sh

# The drill's own services (override any of these to move them).
export DIRECTORY_STACK_HOME=${DRILL_STACK_HOME:-/tmp/health-directory-drill-stack}
export DIRECTORY_PG_PORT=${DRILL_PG_PORT:-5434}
export DIRECTORY_OPENSEARCH_PORT=${DRILL_OPENSEARCH_PORT:-9202}
export DIRECTORY_OPENSEARCH_TRANSPORT_PORT=${DRILL_OPENSEARCH_TRANSPORT_PORT:-9302}
export DIRECTORY_SMTP_PORT=${DRILL_SMTP_PORT:-8191}
export DIRECTORY_MAIL_API_PORT=${DRILL_MAIL_API_PORT:-8192}
DRILL_WORK=${DRILL_WORK:-/tmp/health-directory-drills}
APP_PORTS=(${DRILL_APP_PORTS:-8098 8099})
# Staff logins come from the shared local Keycloak (read only); the drills never stop it.
OIDC_URL=${DRILL_OIDC_SERVER_URL:-http://127.0.0.1:8180/realms/health-directory}
mkdir -p "$DRILL_WORK"
# The image's JVM settings (pom.xml, profile "image"), so the drills measure what production runs.
APP_JAVA_OPTS="-Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k"

rss_mb() { # rss_mb <app name>: resident memory of a running app, in MB
  local var="APP_PID_$1"
  echo $(($(ps -o rss= -p "${!var}") / 1024))
}

say() { printf '[%s %s] %s\n' "$(date -u +%H:%M:%S)" "${DRILL_NAME:-drill}" "$*"; }
fail() {
  say "$*"
  printf 'FAIL %s: %s\n' "${DRILL_NAME:-drill}" "$*"
  exit 1
}
pass() { printf 'PASS %s: %s\n' "${DRILL_NAME:-drill}" "$*"; }

stack_up() { bash "$STACK" up "$@"; }

dpsql() { # dpsql <database> [psql args...]
  local db=$1
  shift
  PGPASSWORD=directory psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DIRECTORY_PG_PORT" -U directory -d "$db" "$@"
}

# The build to run; point DRILL_APP_DIR at a copy to keep rebuilding while a drill runs.
APP_DIR=${DRILL_APP_DIR:-$REPO_ROOT/target/quarkus-app}

require_build() {
  [[ -f $APP_DIR/quarkus-run.jar ]] ||
    fail "no build: run 'mvn -q package -DskipTests' in $REPO_ROOT first"
}

# start_app <name> <port> <database> <index prefix> [VAR=value ...]: runs the app in the background
# from the repository root (log: $DRILL_WORK/<name>.log); sets APP_PID_<name>. The long transaction
# timeout is for busy machines: on the shared 2-core machine (load 44) loading the demo content took
# over the default 60 s and the start failed. Every drill client comes from 127.0.0.1, so the per-address
# mail budget (10 an hour, meant for one person) is raised; the per-inbox budgets stay as they are.
start_app() {
  local name=$1 port=$2 db=$3 prefix=$4
  shift 4
  require_build
  (
    cd "$REPO_ROOT"
    exec env DB_URL="jdbc:postgresql://127.0.0.1:$DIRECTORY_PG_PORT/$db" DB_USER=directory DB_PASSWORD=directory \
      SEARCH_HOSTS="${DRILL_SEARCH_HOSTS:-127.0.0.1:$DIRECTORY_OPENSEARCH_PORT}" SEARCH_INDEX_PREFIX="$prefix" \
      SMTP_HOST=127.0.0.1 SMTP_PORT="$DIRECTORY_SMTP_PORT" OIDC_SERVER_URL="$OIDC_URL" \
      OIDC_CLIENT_SECRET=local-dev-secret HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
      DIRECTORY_BASE_URL="http://127.0.0.1:$port" MANAGEMENT_HOST=127.0.0.1 MANAGEMENT_PORT="1$port" \
      QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s \
      DIRECTORY_MAIL_PER_IP_PER_HOUR=100000 "$@" \
      java ${DRILL_JAVA_OPTS:-$APP_JAVA_OPTS} -jar "$APP_DIR/quarkus-run.jar"
  ) >"$DRILL_WORK/$name.log" 2>&1 &
  printf -v "APP_PID_$name" '%s' "$!"
  say "started app $name on 127.0.0.1:$port (PID $!, database $db, log $DRILL_WORK/$name.log)"
}

# wait_ready <port> <seconds>: health is on the app's management port, the HTTP port with 1 in front.
wait_ready() {
  local port=$1 limit=$2 start=$SECONDS
  until curl -fs -m 5 -o /dev/null "http://127.0.0.1:1$port/q/health/ready"; do
    ((SECONDS - start < limit)) || fail "the app on port $port was not ready after ${limit}s"
    curl -s -m 2 -o /dev/null "http://127.0.0.1:1$port/q/health/live" || ! grep -q "Failed to start" "$DRILL_WORK"/*.log ||
      fail "an app failed to start (see the logs in $DRILL_WORK)"
    sleep 2
  done
  say "app on port $port ready after $((SECONDS - start))s"
}

# wait_log <file> <text> <seconds>
wait_log() {
  local file=$1 text=$2 limit=$3 start=$SECONDS
  until grep -q -- "$text" "$file" 2>/dev/null; do
    ((SECONDS - start < limit)) || fail "'$text' not in $file after ${limit}s"
    sleep 2
  done
}

# stop_app <name> [signal]: stops one app this drill started.
stop_app() {
  local var="APP_PID_$1" signal=${2:-TERM} pid
  pid=${!var:-}
  [[ -n $pid ]] || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  printf -v "$var" '%s' ""
}

# wait_outbox_empty <database> <seconds>: the search index has caught up with the database.
wait_outbox_empty() {
  local db=$1 limit=$2 start=$SECONDS n
  while :; do
    n=$(dpsql "$db" -At -c "select count(*) from hsearch_outbox_event") || n=unknown
    [[ $n == 0 ]] && break
    ((SECONDS - start < limit)) || fail "$n outbox events still waiting after ${limit}s"
    sleep 1
  done
  REPLY=$((SECONDS - start))
}

fresh_database() { # fresh_database <name>, as the drill PostgreSQL's superuser
  PGPASSWORD=$(cat "$DIRECTORY_STACK_HOME/postgres/superuser-password") psql -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$DIRECTORY_PG_PORT" -U postgres -d postgres \
    -c "drop database if exists $1 with (force)" -c "create database $1 owner directory"
}

# The relevance queries (src/test/resources/relevance/queries.tsv) against one app: one line per
# query with the ids of the first page, in order.
relevance_results() { # relevance_results <port> <out file>
  local port=$1 out=$2 params pair
  local -a args
  : >"$out"
  while IFS=$'\t' read -r params _; do
    [[ -z $params || $params == \#* ]] && continue
    args=()
    IFS='&' read -ra pairs <<<"$params"
    for pair in "${pairs[@]}"; do args+=(--data-urlencode "$pair"); done
    printf '%s\t%s\n' "$params" "$(curl -fsS -m 30 -G "http://127.0.0.1:$port/api/v1/search" "${args[@]}" |
      grep -o '"id":"[0-9a-f-]*"' | tr '\n' ' ')" >>"$out"
  done <"$REPO_ROOT/src/test/resources/relevance/queries.tsv"
}

table_counts() { # table_counts <database>: "table count" per line, every table in the schema
  local db=$1 t
  for t in $(dpsql "$db" -At -c "select tablename from pg_tables where schemaname = 'public' order by 1"); do
    printf '%s %s\n' "$t" "$(dpsql "$db" -At -c "select count(*) from \"$t\"")"
  done
}

stop_all_apps() {
  local v
  for v in $(compgen -v APP_PID_); do stop_app "${v#APP_PID_}"; done
}
trap stop_all_apps EXIT

# staff_login <base url> <user> <password> <cookie jar>: signs in through Keycloak's login form, as a
# browser would. Needs a Keycloak whose realm lets this address back in (the realm file lists
# 127.0.0.1:8098, 8099 and 8190): the drills that sign in start their own (DRILL_KEYCLOAK_PORT).
staff_login() {
  local base=$1 user=$2 password=$3 jar=$4 page action
  page=$(curl -sS -L -c "$jar" -b "$jar" "$base/console")
  # A jar that still holds a live session (the keys outlive an app restart) needs no new sign-in.
  grep -q 'login-actions/authenticate' <<<"$page" || return 0
  action=$(grep -o 'action="[^"]*login-actions/authenticate[^"]*"' <<<"$page" | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
  curl -sS -L -c "$jar" -b "$jar" -o /dev/null "$action" --data-urlencode "username=$user" --data-urlencode "password=$password"
}

csrf_token() { # csrf_token <url> <cookie jar>
  curl -fsS -m 10 -c "$2" -b "$2" "$1" | grep -o 'name="csrf-token" value="[^"]*"' | sed -n '1s/.*value="//;1s/"$//p'
}

# register_listing <base url> <activity> <organisation> <email> [timeout s]: fills in and sends the
# "list your activity" form (a walk in M1 1AE) with a fresh cookie jar, and prints the HTTP status of
# the post: 303 when registered, 000 when there was no answer (or no form to take a token from).
register_listing() {
  local base=$1 activity=$2 organisation=$3 email=$4 timeout=${5:-30} jar token code
  jar=$(mktemp "$WORK/cookies.XXXXXX")
  if ! token=$(csrf_token "$base/register" "$jar") || [[ -z $token ]]; then
    rm -f "$jar"
    echo 000
    return 0
  fi
  code=$(curl -sS -m "$timeout" -b "$jar" -o /dev/null -w '%{http_code}' "$base/register" \
    --data-urlencode "csrf-token=$token" --data-urlencode "organisationName=$organisation" \
    --data-urlencode "activityName=$activity" --data-urlencode "email=$email" \
    --data-urlencode "description=A short walk for the drill" --data-urlencode "domains=physical-activity" \
    --data-urlencode "where=postcode" --data-urlencode "postcode=M1 1AE") || true
  rm -f "$jar"
  echo "${code:-000}"
}

# start_balancer <port> <work dir> <app port>...: HAProxy on 127.0.0.1:<port>, round robin over the
# apps, each checked on its readiness endpoint (management port: the HTTP port with 1 in front), so a
# killed or unready instance leaves the rotation. Sets LB_PID.
start_balancer() {
  local port=$1 dir=$2 app
  shift 2
  {
    printf 'global\n  maxconn 256\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n'
    printf '  timeout server 30s\n  retries 2\n  option redispatch\n'
    printf 'frontend directory\n  bind 127.0.0.1:%s\n  default_backend apps\n' "$port"
    printf 'backend apps\n  balance roundrobin\n  option httpchk GET /q/health/ready\n'
    for app in "$@"; do
      printf '  server app%s 127.0.0.1:%s check port 1%s inter 2s fall 2 rise 2\n' "$app" "$app" "$app"
    done
  } >"$dir/haproxy.cfg"
  haproxy -f "$dir/haproxy.cfg" -db >"$dir/haproxy.log" 2>&1 &
  LB_PID=$!
  until curl -fs -m 5 -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$LB_PID" 2>/dev/null || fail "HAProxy did not start (see $dir/haproxy.log)"
    sleep 1
  done
  say "HAProxy on 127.0.0.1:$port in front of ports $*"
}

