#!/usr/bin/env bash
# Search benchmark: generates N synthetic listings across England in a separate database, indexes
# them, then measures the latency of the search API, the search page and the same query sent
# straight to OpenSearch under concurrent load (wrk). Prints the figures and the indexing time.
#
# Usage: deploy/benchmark/search-benchmark.sh [options]   (see --help; results in docs/benchmarks.md)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd -P)
readonly SCRIPT_DIR REPO_ROOT

# ---------------------------------------------------------------------------- settings

N=${BENCH_N:-100000}
DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-5}
FIRST_WARMUP=${BENCH_FIRST_WARMUP:-20}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
REQUEST_TIMEOUT=${BENCH_REQUEST_TIMEOUT:-10}
TARGETS=${BENCH_TARGETS:-api,page,opensearch}
APP_PORT=${BENCH_APP_PORT:-8090}
APP_START_TIMEOUT=${BENCH_APP_START_TIMEOUT:-180}
INDEX_TIMEOUT=${BENCH_INDEX_TIMEOUT:-3600}
SEED=${BENCH_SEED:-0.42}
DB_NAME=${BENCH_DB:-directory_bench}
INDEX_PREFIX=${BENCH_INDEX_PREFIX:-bench-}
APP_JAVA=${BENCH_JAVA:-java}
APP_JAVA_OPTS=${BENCH_APP_JAVA_OPTS:-}
WORK_DIR=${BENCH_WORK_DIR:-$REPO_ROOT/target/search-benchmark}
QUERIES_FILE=${BENCH_QUERIES:-$SCRIPT_DIR/queries.tsv}
BUILD=0
KEEP_APP=0
REUSE_DATA=0
REUSE_INDEX=0
PIN=0

# The local stack (deploy/local/stack.sh) and its settings.
STACK_SH=$REPO_ROOT/deploy/local/stack.sh
STACK_HOME=${DIRECTORY_STACK_HOME:-$HOME/.local/share/health-directory-stack}
PG_HOST=127.0.0.1
PG_PORT=${DIRECTORY_PG_PORT:-5433}
OS_URL=http://127.0.0.1:${DIRECTORY_OPENSEARCH_PORT:-9201}
readonly DB_USER=directory DB_PASSWORD=directory

usage() {
  cat <<EOF
Usage: ${0##*/} [options]

Generates N synthetic listings across England in the database '$DB_NAME', indexes them into
OpenSearch under the prefix '$INDEX_PREFIX' (the demo and test data are not touched), then runs
wrk against each target and prints p50/p95/p99 latency, requests/s and errors:
  api         GET  http://127.0.0.1:$APP_PORT/api/v1/search?...   (JSON)
  page        GET  http://127.0.0.1:$APP_PORT/search?...          (HTML page)
  opensearch  POST $OS_URL/${INDEX_PREFIX}listing-read/_search  (the app's query, sent directly)
The queries cycle through $QUERIES_FILE.

Options (environment variable in brackets):
  -n N                  listings to generate (BENCH_N, default 100000)
  --duration S          seconds of measured load per target (BENCH_DURATION, default 30)
  --warmup S            seconds of unmeasured load per target first (BENCH_WARMUP, default 5)
  --first-warmup S      seconds of unmeasured load on each target, one after the other, before the
                        first measured run: freshly started JVMs (the app's and OpenSearch's) on two
                        busy cores take a minute or more to compile their hot paths, and without
                        this whichever target runs first measures slower (BENCH_FIRST_WARMUP, default 20)
  --threads T           wrk threads (BENCH_THREADS, default 2)
  --connections C       wrk connections, i.e. concurrent requests (BENCH_CONNECTIONS, default 8)
  --timeout S           wrk per-request timeout; slower requests count as timeouts and are left out
                        of the latency figures (BENCH_REQUEST_TIMEOUT, default 10)
  --targets LIST        comma-separated, from api,page,opensearch (BENCH_TARGETS, default all three)
  --port P              port for the app (BENCH_APP_PORT, default 8090)
  --build               build the app (mvn -q package -DskipTests) even if target/quarkus-app exists
  --reuse-data          keep the database and listings from the last run: no drop, no generation
                        (the index is still rebuilt and timed)
  --reuse-index         as --reuse-data, and keep the index too: no reindex, straight to the load
                        test (the index must hold every published listing)
  --keep-app            leave the app running at the end (it is always stopped on error or Ctrl+C)
  --pin                 during the load, give OpenSearch CPU 0 alone and put the app, PostgreSQL and
                        wrk on the other cores (taskset), as if the app had a machine of its own: the
                        ratio then shows what the app adds, not how two JVMs share two cores
  -h, --help            show this text

Other environment settings: BENCH_SEED (data generator seed, default 0.42), BENCH_DB (default
directory_bench), BENCH_INDEX_PREFIX (default bench-), BENCH_JAVA (java binary), BENCH_APP_JAVA_OPTS
(extra JVM options for the app), BENCH_APP_START_TIMEOUT (s, default 180), BENCH_INDEX_TIMEOUT
(s, default 3600), BENCH_WORK_DIR (logs and raw wrk output, default target/search-benchmark),
BENCH_QUERIES (query mix file), DIRECTORY_STACK_HOME, DIRECTORY_PG_PORT, DIRECTORY_OPENSEARCH_PORT.

Steps: stack up (PostgreSQL, OpenSearch) -> drop and create '$DB_NAME' and the '${INDEX_PREFIX}' index
-> build if needed -> start the app once (schema, domains, tags, outward codes) -> generate the
listings (SQL) -> start the app with a full reindex and time it -> one request per query and
target (status, hits, time) -> warm-up of every target -> wrk per target -> summary. The app is stopped at
the end; the stack keeps running (deploy/local/stack.sh down stops it).
EOF
}

# ---------------------------------------------------------------------------- output

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '    WARNING: %s\n' "$*" >&2; }
die() {
  printf '\nERROR: %s\n' "$*" >&2
  exit 1
}

now_ms() { date +%s%3N; }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

# ---------------------------------------------------------------------------- arguments

need_value() { [[ $# -ge 2 && -n $2 ]] || die "option $1 needs a value (see --help)"; }

while (($#)); do
  case $1 in
    -n | --listings) need_value "$@"; N=$2; shift 2 ;;
    --duration) need_value "$@"; DURATION=$2; shift 2 ;;
    --warmup) need_value "$@"; WARMUP=$2; shift 2 ;;
    --first-warmup) need_value "$@"; FIRST_WARMUP=$2; shift 2 ;;
    --threads) need_value "$@"; THREADS=$2; shift 2 ;;
    --connections) need_value "$@"; CONNECTIONS=$2; shift 2 ;;
    --timeout) need_value "$@"; REQUEST_TIMEOUT=$2; shift 2 ;;
    --targets) need_value "$@"; TARGETS=$2; shift 2 ;;
    --port) need_value "$@"; APP_PORT=$2; shift 2 ;;
    --build) BUILD=1; shift ;;
    --reuse-data) REUSE_DATA=1; shift ;;
    --reuse-index) REUSE_DATA=1; REUSE_INDEX=1; shift ;;
    --keep-app) KEEP_APP=1; shift ;;
    --pin) PIN=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
done

# require_int <option> <value> <minimum>
require_int() {
  if [[ ! $2 =~ ^[0-9]+$ ]] || (($2 < $3)); then
    die "$1 must be a whole number >= $3, got '$2'"
  fi
}
require_int -n "$N" 1
require_int --duration "$DURATION" 1
require_int --warmup "$WARMUP" 0
require_int --first-warmup "$FIRST_WARMUP" 0
require_int --threads "$THREADS" 1
require_int --connections "$CONNECTIONS" "$THREADS"
require_int --timeout "$REQUEST_TIMEOUT" 1
require_int --port "$APP_PORT" 1
IFS=, read -r -a TARGET_LIST <<<"$TARGETS"
for t in "${TARGET_LIST[@]}"; do
  [[ $t == api || $t == page || $t == opensearch ]] || die "unknown target '$t' in --targets (known: api,page,opensearch)"
done
[[ $DB_NAME =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case name, got '$DB_NAME'"
[[ $INDEX_PREFIX =~ ^[a-z0-9][a-z0-9_-]*$ ]] || die "BENCH_INDEX_PREFIX must be lower-case letters, digits, - or _, got '$INDEX_PREFIX'"
# Never touch the demo or test data.
case $DB_NAME in directory | directory_test | postgres | template0 | template1)
  die "BENCH_DB=$DB_NAME is not a benchmark database; choose another name" ;;
esac
case $INDEX_PREFIX in directory- | directory-test-)
  die "BENCH_INDEX_PREFIX=$INDEX_PREFIX is used by the demo or the tests; choose another prefix" ;;
esac
[[ -f $QUERIES_FILE ]] || die "query mix $QUERIES_FILE not found"

readonly READ_ALIAS=${INDEX_PREFIX}listing-read
readonly APP_URL=http://127.0.0.1:$APP_PORT
# Health is on the app's management port (application.properties): the HTTP port with 1 in front.
readonly MANAGEMENT_URL=http://127.0.0.1:1$APP_PORT

# ---------------------------------------------------------------------------- tools

require_tools() {
  command -v curl >/dev/null 2>&1 || die "curl is needed: apt-get install -y curl"
  command -v psql >/dev/null 2>&1 || die "psql is needed: apt-get install -y postgresql-client (or postgresql)"
  command -v "$APP_JAVA" >/dev/null 2>&1 || die "java ($APP_JAVA) not found; install a JDK >= 17 or set BENCH_JAVA"
  if ! command -v wrk >/dev/null 2>&1; then
    if ((EUID == 0)) && command -v apt-get >/dev/null 2>&1; then
      info "wrk is missing; installing it with apt-get install -y wrk ..."
      apt-get install -y wrk >"$WORK_DIR/apt-wrk.log" 2>&1 ||
        die "could not install wrk (see $WORK_DIR/apt-wrk.log); install it yourself: apt-get install -y wrk"
    fi
    command -v wrk >/dev/null 2>&1 || die "wrk is needed for the load test: apt-get install -y wrk"
  fi
}

# ---------------------------------------------------------------------------- database

superuser_psql() {
  local pwfile=$STACK_HOME/postgres/superuser-password password
  [[ -r $pwfile ]] || die "cannot read the PostgreSQL superuser password in $pwfile (is DIRECTORY_STACK_HOME right?)"
  read -r password <"$pwfile"
  PGPASSWORD=$password PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" \
    -U postgres -d postgres "$@"
}

bench_psql() {
  PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" \
    -U "$DB_USER" -d "$DB_NAME" "$@"
}

published_count() { bench_psql -At -c "SELECT count(*) FROM listing WHERE status = 'PUBLISHED'"; }

# ---------------------------------------------------------------------------- OpenSearch

os_count() {
  local out
  out=$(curl --noproxy '*' -fsS -m 10 "$OS_URL/$READ_ALIAS/_count" 2>/dev/null) || return 1
  out=${out#*\"count\":}
  printf '%s' "${out%%,*}"
}

delete_bench_indexes() {
  local names name
  names=$(curl --noproxy '*' -fsS -m 10 "$OS_URL/_cat/indices/${INDEX_PREFIX}*?h=index" 2>/dev/null) || names=""
  for name in $names; do
    [[ $name == "$INDEX_PREFIX"* ]] || continue
    curl --noproxy '*' -fsS -m 30 -X DELETE "$OS_URL/$name" >/dev/null ||
      die "could not delete the OpenSearch index $name"
    info "deleted OpenSearch index $name"
  done
}

# ---------------------------------------------------------------------------- the app

APP_PID=""
APP_LOG=""

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

app_alive() { [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; }

# start_app <label> [extra JVM options...]: starts the app in the background, logging to
# $WORK_DIR/app-<label>.log, and waits until /q/health/ready answers 200.
start_app() {
  local label=$1 started deadline geo=$REPO_ROOT/content/geo
  shift
  port_in_use "$APP_PORT" && die "port 127.0.0.1:$APP_PORT is already in use; stop what runs there or use --port"
  APP_LOG=$WORK_DIR/app-$label.log
  local -a env_vars=(
    "DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME" "DB_USER=$DB_USER" "DB_PASSWORD=$DB_PASSWORD"
    "SEARCH_INDEX_PREFIX=$INDEX_PREFIX" "SEARCH_HOSTS=${OS_URL#http://}" "SEARCH_PROTOCOL=http"
    "OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET:-local-dev-secret}" "HTTP_HOST=127.0.0.1"
    "DIRECTORY_BASE_URL=$APP_URL" "MANAGEMENT_HOST=127.0.0.1" "MANAGEMENT_PORT=1$APP_PORT"
    # A local benchmark of the production build runs with the local-only keys on purpose.
    "DIRECTORY_SECURITY_REQUIRE_PRODUCTION_KEYS=false"
  )
  [[ -r $geo/uk_outcode_centroids.csv ]] && env_vars+=("DIRECTORY_OUTCODES_FILE=$geo/uk_outcode_centroids.csv")
  [[ -r $geo/onspd_sample_gb.csv ]] && env_vars+=("DIRECTORY_POSTCODES_FILE=$geo/onspd_sample_gb.csv")
  # shellcheck disable=SC2086 # BENCH_APP_JAVA_OPTS is a list of options
  # No freshness job (it would mail tens of thousands of reminders for synthetic listings at 07:00)
  # and no mail at all: the benchmark measures search only.
  (cd "$REPO_ROOT" && exec env "${env_vars[@]}" "$APP_JAVA" $APP_JAVA_OPTS "-Dquarkus.http.port=$APP_PORT" \
    -Ddirectory.freshness.schedule=off -Dquarkus.mailer.mock=true "$@" \
    -jar target/quarkus-app/quarkus-run.jar) </dev/null >"$APP_LOG" 2>&1 &
  APP_PID=$!
  APP_STARTED_MS=$(now_ms)
  started=$SECONDS
  deadline=$((SECONDS + APP_START_TIMEOUT))
  info "app starting (PID $APP_PID, log $APP_LOG) ..."
  until curl --noproxy '*' -fsS -o /dev/null -m 5 "$MANAGEMENT_URL/q/health/ready" 2>/dev/null; do
    if ! app_alive; then
      tail -n 40 "$APP_LOG" >&2 || true
      APP_PID=""
      die "the app exited during start-up (log above, full log in $APP_LOG)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 40 "$APP_LOG" >&2 || true
      die "the app was not ready within ${APP_START_TIMEOUT}s (log above, full log in $APP_LOG)"
    fi
    sleep 1
  done
  info "app ready after $((SECONDS - started))s on $APP_URL"
}

stop_app() {
  local pid=$APP_PID i
  [[ -n $pid ]] || return 0
  APP_PID=""
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "the app (PID $pid) did not stop within 30s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  info "app stopped (PID $pid)"
}

# --pin: OpenSearch alone on CPU 0; the app, PostgreSQL (and wrk, see wrk_run) on the rest.
# Threads started later inherit the affinity of the thread that starts them.
opensearch_pids() { pgrep -f org.opensearch.bootstrap || true; }
pin_cores() {
  local last=$(($(nproc) - 1)) pid
  ((last >= 1)) || die "--pin needs at least two cores"
  APP_CPUS=1-$last
  for pid in $(opensearch_pids); do taskset -a -p -c 0 "$pid" >/dev/null; done
  taskset -a -p -c "$APP_CPUS" "$APP_PID" >/dev/null
  for pid in $(pgrep -x postgres); do taskset -p -c "$APP_CPUS" "$pid" >/dev/null 2>&1 || true; done
  info "pinned: OpenSearch on CPU 0; the app, PostgreSQL and wrk on CPU $APP_CPUS"
}
unpin_cores() {
  local all=0-$(($(nproc) - 1)) pid
  for pid in $(opensearch_pids) $(pgrep -x postgres); do taskset -a -p -c "$all" "$pid" >/dev/null 2>&1 || true; done
}

on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  ((PIN)) && unpin_cores
  if [[ -n $APP_PID ]]; then
    if ((rc == 0 && KEEP_APP)); then
      info "the app keeps running (--keep-app): PID $APP_PID, $APP_URL, log $APP_LOG; stop it with: kill $APP_PID"
    else
      stop_app
    fi
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'printf "\nInterrupted.\n" >&2; exit 130' INT TERM

# ---------------------------------------------------------------------------- steps

setup_stack() {
  step "Local stack: PostgreSQL and OpenSearch (deploy/local/stack.sh up postgres opensearch)"
  [[ -x $STACK_SH ]] || die "$STACK_SH not found or not executable"
  "$STACK_SH" up postgres opensearch
}

create_database() {
  step "Database '$DB_NAME' and index prefix '$INDEX_PREFIX': drop and create"
  superuser_psql -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" \
    -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8'" ||
    die "could not create the database $DB_NAME (as the PostgreSQL superuser)"
  info "created database $DB_NAME (owner $DB_USER)"
  delete_bench_indexes
}

build_app() {
  if ((BUILD)) || [[ ! -f $REPO_ROOT/target/quarkus-app/quarkus-run.jar ]]; then
    step "Build: mvn -q package -DskipTests (log $WORK_DIR/build.log)"
    command -v mvn >/dev/null 2>&1 || die "mvn is needed to build the app: apt-get install -y maven"
    local t0
    t0=$(now_ms)
    if ! (cd "$REPO_ROOT" && mvn -B -q package -DskipTests) >"$WORK_DIR/build.log" 2>&1; then
      tail -n 40 "$WORK_DIR/build.log" >&2
      die "the build failed (log above, full log in $WORK_DIR/build.log)"
    fi
    info "built in $(seconds_since "$t0")s"
  else
    step "Build: using the existing target/quarkus-app (--build rebuilds it)"
  fi
}

first_start() {
  step "First start of the app: schema, domains, tags, localities and outward codes"
  start_app first
  stop_app
  local outcodes
  outcodes=$(bench_psql -At -c "SELECT count(*) FROM outcode")
  ((outcodes > 0)) || die "the outcode table is empty: $REPO_ROOT/content/geo/uk_outcode_centroids.csv was not readable; the listings need outward-code centroids"
  info "outward codes loaded: $outcodes"
}

generate_listings() {
  step "Generate $N listings (deploy/benchmark/generate-listings.sql, seed $SEED)"
  local t0
  t0=$(now_ms)
  bench_psql -v "n=$N" -v "seed=$SEED" -f "$SCRIPT_DIR/generate-listings.sql" | sed 's/^/    /'
  GEN_SECONDS=$(seconds_since "$t0")
  info "generated in ${GEN_SECONDS}s (one transaction)"
}

index_listings() {
  local expected count t0 deadline next_report ms="" line stale started_at done_at
  expected=$(published_count)
  ((expected > 0)) || die "there are no published listings in $DB_NAME to index"
  EXPECTED_DOCS=$expected
  step "Index: start the app with -Ddirectory.search.reindex-on-start=true ($expected published listings)"
  # The app does not leave the outbox-polling cluster cleanly on shutdown (its connection pool
  # closes first: "HSEARCH800035: Unable to shut down Hibernate Search"), and the mass indexer then
  # waits until the stale agent registration expires. This script's app is stopped and nothing else
  # should use the benchmark database, so clear the registrations for a clean measurement.
  stale=$(bench_psql -At -c "WITH d AS (DELETE FROM hsearch_agent RETURNING 1) SELECT count(*) FROM d")
  ((stale == 0)) || info "removed $stale stale outbox-polling agent registration(s) left by the last app run"
  start_app reindex -Ddirectory.search.reindex-on-start=true "$CAPTURE_OPTION"
  t0=$APP_STARTED_MS
  deadline=$((SECONDS + INDEX_TIMEOUT))
  next_report=$((SECONDS + 15))
  while :; do
    if line=$(grep -m1 'Search index rebuilt in [0-9]* ms' "$APP_LOG"); then
      ms=$(sed -E 's/.*rebuilt in ([0-9]+) ms.*/\1/' <<<"$line")
      break
    fi
    if grep -q 'Rebuilding the search index failed' "$APP_LOG"; then
      grep -A 30 -m1 'Rebuilding the search index failed' "$APP_LOG" >&2 || true
      die "the app could not rebuild the index (log above, full log in $APP_LOG)"
    fi
    app_alive || die "the app exited while indexing (log: $APP_LOG)"
    ((SECONDS < deadline)) || die "the index was not rebuilt within ${INDEX_TIMEOUT}s (BENCH_INDEX_TIMEOUT; log $APP_LOG)"
    if ((SECONDS >= next_report)); then
      info "indexing ... $(os_count || echo '?') of $expected documents after $(seconds_since "$t0")s"
      next_report=$((SECONDS + 15))
    fi
    sleep 1
  done
  # The mass indexer refreshes at the end; wait (bounded) until every document is searchable.
  deadline=$((SECONDS + 120))
  until count=$(os_count) && [[ $count == "$expected" ]]; do
    ((SECONDS < deadline)) || die "the index has ${count:-?} documents, expected $expected (alias $READ_ALIAS)"
    sleep 1
  done
  INDEX_MS=$ms
  INDEX_WALL=$(seconds_since "$t0")
  # Hibernate Search's own start ("going to index") to the end, from the log's HH:mm:ss stamps.
  started_at=$(grep -m1 'HSEARCH000027' "$APP_LOG" | cut -c1-8) || true
  done_at=${line:0:8}
  INDEX_PHASE=""
  if [[ $started_at =~ ^[0-9:]{8}$ && $done_at =~ ^[0-9:]{8}$ ]]; then
    INDEX_PHASE=$(( ($(date -u -d "1970-01-01 $done_at" +%s) - $(date -u -d "1970-01-01 $started_at" +%s) + 86400) % 86400 ))
  fi
  info "mass indexer: $expected documents in $(awk -v ms="$ms" 'BEGIN { printf "%.1f", ms / 1000 }')s" \
    "($(awk -v n="$expected" -v ms="$ms" 'BEGIN { printf "%.0f", n / (ms / 1000) }') documents/s)," \
    "as logged by the app: $line"
  [[ -n $INDEX_PHASE ]] && info "of which loading and indexing (HSEARCH000027 'going to index' to the end): about ${INDEX_PHASE}s"
  info "from app launch to $count documents searchable in $READ_ALIAS: ${INDEX_WALL}s"
}

# --reuse-index: start the app without a reindex and check that the index holds every listing.
use_existing_index() {
  local expected count
  expected=$(published_count)
  EXPECTED_DOCS=$expected
  step "Index: reusing $READ_ALIAS (--reuse-index), starting the app without a reindex"
  bench_psql -c "DELETE FROM hsearch_agent" >/dev/null
  start_app reuse "$CAPTURE_OPTION"
  count=$(os_count) || die "no index $READ_ALIAS in OpenSearch; run without --reuse-index"
  [[ $count == "$expected" ]] ||
    die "$READ_ALIAS holds $count documents but $DB_NAME has $expected published listings; run without --reuse-index"
  info "$READ_ALIAS holds all $count published listings"
}

urlencode() {
  local LC_ALL=C s=$1 out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [A-Za-z0-9._~-]) out+=$c ;;
      ' ') out+=+ ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}

# The app logs, at DEBUG, every request it sends to OpenSearch (ListingSearch, "OpenSearch request:
# <path>?<parameters> <body>"). Apps started with this option are used to capture the app's own query.
readonly CAPTURE_OPTION='-Dquarkus.log.category."org.healthdirectory.search.ListingSearch".level=DEBUG'

# Turns the query mix into $REQUESTS_FILE for wrk and the smoke test: label, URL query string, and
# (filled in by capture_queries) the OpenSearch body and path the app sends for it.
resolve_queries() {
  REQUESTS_FILE=$WORK_DIR/requests.tsv
  local q postcode radius domain free _ qs label
  : >"$WORK_DIR/queries.tsv"
  # Tabs are IFS whitespace (runs of them would merge empty fields), so split on \037 instead.
  while IFS=$'\037' read -r q postcode radius domain free _; do
    [[ $q == \#* || -z $q$postcode$domain$free ]] && continue
    qs=""
    [[ -n $q ]] && qs+="&q=$(urlencode "$q")"
    [[ -n $postcode ]] && qs+="&postcode=$(urlencode "$postcode")"
    [[ -n $radius ]] && qs+="&radius=$(urlencode "$radius")"
    [[ -n $domain ]] && qs+="&domain=$(urlencode "$domain")"
    [[ -n $free ]] && qs+="&free=$(urlencode "$free")"
    label="q=${q:-(none)} postcode=${postcode:--} radius=${radius:--} domain=${domain:--} free=${free:-false}"
    printf '%s\t%s\n' "$label" "${qs#&}" >>"$WORK_DIR/queries.tsv"
  done < <(tr '\t' '\037' <"$QUERIES_FILE")
  [[ -s $WORK_DIR/queries.tsv ]] || die "no queries in $QUERIES_FILE"
  info "$(wc -l <"$WORK_DIR/queries.tsv") queries in rotation (from $QUERIES_FILE)"
}

# The direct target must send exactly the app's query. For each query: one API request, the request
# the app then sent to OpenSearch taken from its log, that request sent straight to OpenSearch, and
# the same listings in the same order asserted. A query whose words find nothing as typed makes the
# app send a second request with typos allowed; the direct target replays the last one (the one whose
# hits the app shows), so for those queries the app does one more engine request than the direct one.
capture_queries() {
  step "Capture the app's own OpenSearch query for each search, and check it gives the same listings"
  local label qs from line path body api_ids os_ids extra=0
  : >"$REQUESTS_FILE"
  while IFS=$'\t' read -r label qs; do
    from=$(($(wc -l <"$APP_LOG") + 1))
    curl --noproxy '*' -fsS -m 60 -o "$WORK_DIR/capture-api.json" "$APP_URL/api/v1/search?$qs" ||
      die "the API failed for $label ($qs)"
    line=$(tail -n +"$from" "$APP_LOG" | grep 'OpenSearch request: ' | tail -n 1) ||
      die "the app logged no OpenSearch request for $label: was it started with $CAPTURE_OPTION?"
    (($(tail -n +"$from" "$APP_LOG" | grep -c 'OpenSearch request: ') > 1)) && extra=$((extra + 1))
    line=${line#*OpenSearch request: }
    path=${line%% *}
    body=${line#* }
    curl --noproxy '*' -fsS -m 60 -o "$WORK_DIR/capture-os.json" -H 'Content-Type: application/json' \
      --data-binary "$body" "$OS_URL$path" || die "OpenSearch refused the app's own query for $label"
    api_ids=$(grep -oE '"id":"[0-9a-f-]{36}"' "$WORK_DIR/capture-api.json" | cut -d'"' -f4 | paste -sd, -)
    os_ids=$(grep -oE '"_id":"[0-9a-f-]{36}"' "$WORK_DIR/capture-os.json" | cut -d'"' -f4 | paste -sd, -)
    [[ $api_ids == "$os_ids" ]] ||
      die "the direct query is not the app's for $label: API listings [$api_ids], OpenSearch [$os_ids]"
    printf '%s\t%s\t%s\t%s\n' "$label" "$qs" "$body" "$path" >>"$REQUESTS_FILE"
  done <"$WORK_DIR/queries.tsv"
  rm -f "$WORK_DIR/capture-api.json" "$WORK_DIR/capture-os.json"
  info "every direct query is the app's own and finds the same listings in the same order ($REQUESTS_FILE)"
  ((extra == 0)) || info "$extra quer(y/ies) made the app send a second request (typos tried when nothing matched)"
  # Measure an app that does not log every request.
  stop_app
  bench_psql -c "DELETE FROM hsearch_agent" >/dev/null
  start_app load
  ((PIN)) && pin_cores
  return 0
}

# One request per query and target, in turn, so a failing or slow query shows by name.
smoke_test() {
  step "One request per query and target: HTTP status, total hits, time"
  local label qs body target out status time total failures=0 mismatches=0 cells note
  local -A totals=()
  printf '    %-78s | %-20s | %-12s | %-20s\n' query "api" "page" "opensearch"
  while IFS=$'\t' read -r label qs body path; do
    cells=()
    for target in api page opensearch; do
      case $target in
        api) out=$(curl --noproxy '*' -sS -m 60 -o "$WORK_DIR/smoke.body" -w '%{http_code} %{time_total}' \
          "$APP_URL/api/v1/search?$qs" 2>/dev/null) || true ;;
        page) out=$(curl --noproxy '*' -sS -m 60 -o "$WORK_DIR/smoke.body" -w '%{http_code} %{time_total}' \
          "$APP_URL/search?$qs" 2>/dev/null) || true ;;
        opensearch) out=$(curl --noproxy '*' -sS -m 60 -o "$WORK_DIR/smoke.body" -w '%{http_code} %{time_total}' \
          -H 'Content-Type: application/json' --data-binary "$body" "$OS_URL$path" 2>/dev/null) || true ;;
      esac
      read -r status time <<<"${out:-000 0}"
      total=""
      case $target in
        api) total=$(sed -nE 's/^\{"total":([0-9]+).*/\1/p' "$WORK_DIR/smoke.body" 2>/dev/null) ;;
        opensearch) total=$(sed -nE 's/.*"hits":\{"total":\{"value":([0-9]+).*/\1/p' "$WORK_DIR/smoke.body" 2>/dev/null) ;;
      esac
      if [[ $status != 2* ]]; then
        failures=$((failures + 1))
        cp "$WORK_DIR/smoke.body" "$WORK_DIR/smoke-failure-$failures.body" 2>/dev/null || true
        printf '%s %s (%s): HTTP %s, body in smoke-failure-%s.body\n' "$target" "$label" "$qs" "$status" "$failures" \
          >>"$WORK_DIR/smoke-failures.txt"
      fi
      cells+=("$status${total:+ $total hits} $(awk -v t="$time" 'BEGIN { printf "%.0f", t * 1000 }')ms")
      totals[$target]=$total
    done
    note=""
    if [[ -n ${totals[api]} && ${totals[api]} != "${totals[opensearch]}" ]]; then
      note=" <- hit counts differ"
      mismatches=$((mismatches + 1))
    fi
    printf '    %-78s | %-20s | %-12s | %-20s%s\n' "$label" "${cells[@]}" "$note"
  done <"$REQUESTS_FILE"
  rm -f "$WORK_DIR/smoke.body"
  if ((failures)); then
    warn "$failures request(s) did not answer 2xx; see $WORK_DIR/smoke-failures.txt"
  fi
  if ((mismatches)); then
    warn "for $mismatches quer(y/ies) the direct OpenSearch query finds a different number of listings than the API:" \
      "the index changed between the capture and now, or the app's query depends on something else; see capture_queries"
  fi
}

# CPU ticks used so far, as "<total busy> <app> <opensearch> <postgres>": machine-wide busy time
# from /proc/stat, per-process user+system time from /proc/<pid>/stat.
cpu_snapshot() {
  local busy dir stat rest ticks cmdline app=0 os=0 pg=0 pid comm utime stime
  busy=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)
  for dir in /proc/[0-9]*; do
    { read -r stat <"$dir/stat"; } 2>/dev/null || continue
    pid=${dir#/proc/}
    comm=${stat#*(}
    comm=${comm%)*}
    rest=${stat##*) }
    # Fields after "pid (comm)": state is 1st, utime 12th, stime 13th.
    read -r _ _ _ _ _ _ _ _ _ _ _ utime stime _ <<<"$rest"
    ticks=$((utime + stime))
    if [[ $pid == "$APP_PID" ]]; then
      app=$((app + ticks))
    elif [[ $comm == postgres ]]; then
      pg=$((pg + ticks))
    elif [[ $comm == java ]]; then
      cmdline=$({ tr '\0' ' ' <"$dir/cmdline"; } 2>/dev/null) || continue
      [[ $cmdline == *org.opensearch.bootstrap* ]] && os=$((os + ticks))
    fi
  done
  printf '%s %s %s %s\n' "$busy" "$app" "$os" "$pg"
}

# CPU ticks of this shell's finished children (wrk, once it has exited), from a file written by the
# times builtin in the main shell (in a subshell, times would not see them).
children_ticks() {
  awk -v hz="$(getconf CLK_TCK)" 'NR == 2 { split($0, f, /[ms ]+/); print int((f[1] * 60 + f[2] + f[3] * 60 + f[4]) * hz) }' "$1"
}

# cpu_share <snapshot before> <snapshot after> <seconds>: where the CPU went during the run, in % of
# one core (this machine has $(nproc) cores, so at most $(nproc)00 %).
cpu_share() {
  local -a a b
  read -r -a a <<<"$1"
  read -r -a b <<<"$2"
  awk -v s="$3" -v hz="$(getconf CLK_TCK)" -v busy=$((b[0] - a[0])) -v app=$((b[1] - a[1])) \
    -v os=$((b[2] - a[2])) -v pg=$((b[3] - a[3])) -v wrk=$((b[4] - a[4])) 'BEGIN {
      f = 100 / (hz * s); other = busy - app - os - pg - wrk; if (other < 0) other = 0
      printf "busy %.0f%%: app %.0f%%, OpenSearch %.0f%%, PostgreSQL %.0f%%, wrk %.0f%%, other %.0f%%",
        busy * f, app * f, os * f, pg * f, wrk * f, other * f }'
}

# Unmeasured load on every target, one after the other, before any measured run: freshly started
# JVMs (the app's and OpenSearch's) on two busy cores are still compiling their hot paths.
warm_up() {
  local target out
  ((FIRST_WARMUP > 0)) || return 0
  step "Warm-up: ${FIRST_WARMUP}s of load on each target in turn (not measured)"
  for target in "${TARGET_LIST[@]}"; do
    out=$WORK_DIR/wrk-$target-first-warmup.txt
    wrk_run "$target" "$FIRST_WARMUP" "$out" || die "wrk failed during the warm-up of $target (see $out)"
    info "$target: $(grep -m1 '^BENCH_RESULT' "$out" |
      sed -E 's/^BENCH_RESULT requests=([0-9]+).* rps=([0-9.]+) p50_ms=([0-9.]+).*/\1 requests, \2 req\/s, p50 \3 ms/')"
  done
}

# wrk_run <target> <seconds> <output file> [extra wrk options...]
wrk_run() {
  local target=$1 seconds=$2 out=$3 url args=()
  shift 3
  case $target in
    api | page) url=$APP_URL; args=("$target" "$REQUESTS_FILE") ;;
    opensearch) url=$OS_URL; args=(opensearch "$REQUESTS_FILE" "$READ_ALIAS") ;;
  esac
  local -a pin=()
  ((PIN)) && pin=(taskset -c "$APP_CPUS")
  timeout $((seconds + REQUEST_TIMEOUT + 60)) "${pin[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" "$@" \
    --timeout "${REQUEST_TIMEOUT}s" -s "$SCRIPT_DIR/wrk-search.lua" "$url" -- "${args[@]}" >"$out" 2>&1
}

# Runs wrk for one target: a warm-up (discarded), then the measured run.
run_wrk() {
  local target=$1 url out result before after t0
  url=$APP_URL
  [[ $target == opensearch ]] && url=$OS_URL
  step "Load: $target — wrk -t$THREADS -c$CONNECTIONS, ${WARMUP}s warm-up then ${DURATION}s measured ($url)"
  if ((WARMUP > 0)); then
    wrk_run "$target" "$WARMUP" "$WORK_DIR/wrk-$target-warmup.txt" ||
      die "wrk warm-up failed for $target (see $WORK_DIR/wrk-$target-warmup.txt)"
  fi
  out=$WORK_DIR/wrk-$target.txt
  times >"$WORK_DIR/times-before.txt"
  before=$(cpu_snapshot)
  t0=$(now_ms)
  wrk_run "$target" "$DURATION" "$out" --latency || { cat "$out" >&2; die "wrk failed for $target (output above)"; }
  after=$(cpu_snapshot)
  times >"$WORK_DIR/times-after.txt"
  # Anything else busy on this machine skews the figures ("other"): record where the CPU went.
  CPU[$target]=$(cpu_share "$before $(children_ticks "$WORK_DIR/times-before.txt")" \
    "$after $(children_ticks "$WORK_DIR/times-after.txt")" "$(seconds_since "$t0")")
  sed 's/^/    /' "$out"
  info "CPU during the measured run (% of one core, $(nproc) cores): ${CPU[$target]}"
  result=$(grep -m1 '^BENCH_RESULT ' "$out") || die "no BENCH_RESULT line in the wrk output for $target ($out)"
  RESULTS[$target]=${result#BENCH_RESULT }
}

field() { sed -nE "s/.*(^| )$2=([^ ]+).*/\\2/p" <<<"$1"; }

app_log_problems() {
  local from=$1 n
  n=$(tail -n +"$from" "$APP_LOG" | grep -cE ' (ERROR|WARN) ' || true)
  if ((n > 0)); then
    warn "$n ERROR/WARN line(s) in the app log during the load test; the first ones:"
    tail -n +"$from" "$APP_LOG" | grep -E ' (ERROR|WARN) ' | head -n 10 | cut -c1-300 | sed 's/^/      /' >&2
  fi
  APP_LOG_PROBLEMS=$n
}

summary() {
  local target r cpu indexing
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
  if ((REUSE_INDEX)); then
    indexing="not measured (--reuse-index)"
  else
    indexing="${INDEX_MS} ms as logged by the app ('Search index rebuilt in', ${INDEX_PHASE:-?}s of it"
    indexing+=" loading and indexing); ${INDEX_WALL}s from app launch to all documents searchable"
  fi
  step "Summary"
  cat <<EOF | tee "$WORK_DIR/summary.txt"
    Date:        $(date -u '+%Y-%m-%d %H:%M UTC')
    Code:        $(git -C "$REPO_ROOT" describe --always --dirty 2>/dev/null || echo 'not a git checkout') ($REPO_ROOT)
    Machine:     $(nproc) cores ($cpu), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(sed -nE 's/^PRETTY_NAME="?([^"]*)"?$/\1/p' /etc/os-release 2>/dev/null)
    Listings:    $EXPECTED_DOCS published$(if ((REUSE_DATA)); then echo " (reused from the last run, --reuse-data)"; else echo " (-n $N, generated in ${GEN_SECONDS}s, seed $SEED)"; fi)
    Indexing:    $indexing
    Cores:       $(if ((PIN)); then echo "pinned (--pin): OpenSearch on CPU 0 alone; the app, PostgreSQL and wrk on CPU $APP_CPUS"; else echo "shared: every process may run on every core"; fi)
    Load:        wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout ${REQUEST_TIMEOUT}s per target after a ${WARMUP}s warm-up, $(wc -l <"$REQUESTS_FILE") queries in rotation; first ${FIRST_WARMUP}s of warm-up on each target
    App log:     ${APP_LOG_PROBLEMS:-0} ERROR/WARN line(s) during the load ($APP_LOG)

    target       requests   req/s    p50 ms   p95 ms   p99 ms   max ms   non-2xx  socket errors (connect/read/write/timeout)
EOF
  for target in "${TARGET_LIST[@]}"; do
    r=${RESULTS[$target]:-}
    [[ -n $r ]] || continue
    printf '    %-12s %8s %7s %9s %8s %8s %8s %9s  %s\n' "$target" "$(field "$r" requests)" \
      "$(field "$r" rps)" "$(field "$r" p50_ms)" "$(field "$r" p95_ms)" "$(field "$r" p99_ms)" \
      "$(field "$r" max_ms)" "$(field "$r" non2xx)" \
      "$(field "$r" connect_errors)/$(field "$r" read_errors)/$(field "$r" write_errors)/$(field "$r" timeouts)" \
      | tee -a "$WORK_DIR/summary.txt"
  done
  local direct
  direct=$(field "${RESULTS[opensearch]:-}" rps)
  if [[ -n $direct ]]; then
    printf '\n    Requests/s as a share of the same queries sent straight to OpenSearch (%s req/s):\n' "$direct" |
      tee -a "$WORK_DIR/summary.txt"
    for target in api page; do
      r=${RESULTS[$target]:-}
      [[ -n $r ]] || continue
      printf '    %-12s %s\n' "$target" "$(awk -v a="$(field "$r" rps)" -v b="$direct" 'BEGIN { printf "%.2fx", a / b }')" |
        tee -a "$WORK_DIR/summary.txt"
    done
  fi
  printf '\n    CPU during each measured run (%% of one core; %s cores = %s00 %%):\n' "$(nproc)" "$(nproc)" |
    tee -a "$WORK_DIR/summary.txt"
  for target in "${TARGET_LIST[@]}"; do
    [[ -n ${CPU[$target]:-} ]] && printf '    %-12s %s\n' "$target" "${CPU[$target]}" | tee -a "$WORK_DIR/summary.txt"
  done
  printf '\n    Raw wrk output, app logs and this summary: %s\n' "$WORK_DIR"
}

# ---------------------------------------------------------------------------- main

main() {
  local t0 log_from
  declare -gA RESULTS=() CPU=()
  mkdir -p "$WORK_DIR"
  rm -f "$WORK_DIR"/wrk-*.txt "$WORK_DIR"/smoke* "$WORK_DIR"/summary.txt "$WORK_DIR"/times-*.txt
  t0=$(now_ms)
  printf 'Search benchmark: %s listings, targets %s, repository %s\n' "$N" "$TARGETS" "$REPO_ROOT"
  require_tools
  setup_stack
  if ((REUSE_DATA)); then
    step "Reusing the database '$DB_NAME' (--reuse-data)"
    bench_psql -At -c 'SELECT 1' >/dev/null 2>&1 || die "database $DB_NAME does not exist yet; run without --reuse-data first"
    # A new build may map listings differently: let the app create the index afresh.
    ((REUSE_INDEX)) || delete_bench_indexes
    build_app
  else
    create_database
    build_app
    first_start
    generate_listings
  fi
  if ((REUSE_INDEX)); then
    use_existing_index
  else
    index_listings
  fi
  resolve_queries
  capture_queries
  smoke_test
  log_from=$(($(wc -l <"$APP_LOG") + 1))
  warm_up
  for target in "${TARGET_LIST[@]}"; do
    run_wrk "$target"
  done
  app_log_problems "$log_from"
  summary
  info "total time $(seconds_since "$t0")s"
}

main
