#!/usr/bin/env bash
# Local service stack for the health directory, without Docker:
#   PostgreSQL (own cluster), OpenSearch, Keycloak and GreenMail, all on 127.0.0.1.
#
# Usage: deploy/local/stack.sh up|down|status|help [postgres] [opensearch] [keycloak] [greenmail]
# See deploy/local/README.md.
set -Eeuo pipefail
trap 'err "internal error: \"$BASH_COMMAND\" failed (line $LINENO)"' ERR

readonly OPENSEARCH_VERSION=3.6.0
readonly KEYCLOAK_VERSION=26.7.3
readonly GREENMAIL_VERSION=2.1.13
readonly ALL_SERVICES=(postgres opensearch keycloak greenmail)
readonly BIND_HOST=127.0.0.1

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
readonly SCRIPT_DIR
readonly REALM_FILE="$SCRIPT_DIR/../keycloak/health-directory-realm.json"
readonly REALM_NAME=health-directory

PG_PORT=${DIRECTORY_PG_PORT:-5433}
OS_HTTP_PORT=${DIRECTORY_OPENSEARCH_PORT:-9201}
OS_TRANSPORT_PORT=${DIRECTORY_OPENSEARCH_TRANSPORT_PORT:-9301}
OS_HEAP=${DIRECTORY_OPENSEARCH_HEAP:-512m}
KC_PORT=${DIRECTORY_KEYCLOAK_PORT:-8180}
SMTP_PORT=${DIRECTORY_SMTP_PORT:-3025}
MAIL_API_PORT=${DIRECTORY_MAIL_API_PORT:-8025}
GREENMAIL_HEAP=${DIRECTORY_GREENMAIL_HEAP:-512m}
GREENMAIL_MAX_MAILBOXES=${DIRECTORY_GREENMAIL_MAX_MAILBOXES:-8000}
M2_REPO=${DIRECTORY_STACK_M2_REPO:-$HOME/.m2/repository}
STACK_HOME=${DIRECTORY_STACK_HOME:-$HOME/.local/share/health-directory-stack}

# Local-only credentials (documented in README.md; never use these anywhere else).
readonly DB_USER=directory DB_PASSWORD=directory
# directory_test2..8: extra test slots, so two test runs can go side by side (DIRECTORY_TEST_DB).
readonly DATABASES=(directory directory_test directory_test2 directory_test3 directory_test4 directory_test5 directory_test6 directory_test7 directory_test8)

SVC=stack          # label for log lines; set per service in the worker subshells
JAVA_HOME_FOUND="" # resolved by find_jdk
PG_BIN=""          # resolved by find_pg_bin
RUN_AS=()          # command prefix for PostgreSQL/OpenSearch when we are root

# ---------------------------------------------------------------------------- output

log() { printf '[%-10s] %s\n' "$SVC" "$*"; }
warn() { printf '[%-10s] WARNING: %s\n' "$SVC" "$*" >&2; }
err() { printf '[%-10s] ERROR: %s\n' "$SVC" "$*" >&2; }
die() {
  err "$@"
  exit 1
}

usage() {
  cat <<EOF
Usage: ${0##*/} <command> [service...]

Commands:
  up      start the services (default: all) in the background and wait until they are healthy;
          services that are already up are left alone
  down    stop the services this script started (default: all)
  status  show each service: up/down, address, PID (exit code 3 if any selected service is not up)
  help    show this text

Services: ${ALL_SERVICES[*]}

  postgres    PostgreSQL on $BIND_HOST:$PG_PORT, databases ${DATABASES[*]}, user/password $DB_USER/$DB_PASSWORD
  opensearch  OpenSearch $OPENSEARCH_VERSION on http://$BIND_HOST:$OS_HTTP_PORT (transport $OS_TRANSPORT_PORT)
  keycloak    Keycloak $KEYCLOAK_VERSION on http://$BIND_HOST:$KC_PORT, realm $REALM_NAME, admin console admin/admin
  greenmail   GreenMail $GREENMAIL_VERSION: SMTP $BIND_HOST:$SMTP_PORT, REST API http://$BIND_HOST:$MAIL_API_PORT

State directory (data, logs, PID files): \$DIRECTORY_STACK_HOME
  (default \$HOME/.local/share/health-directory-stack, now: $STACK_HOME)

Environment overrides: DIRECTORY_STACK_HOME, DIRECTORY_PG_PORT, DIRECTORY_OPENSEARCH_PORT,
  DIRECTORY_OPENSEARCH_TRANSPORT_PORT, DIRECTORY_OPENSEARCH_HEAP, DIRECTORY_KEYCLOAK_PORT,
  DIRECTORY_SMTP_PORT, DIRECTORY_MAIL_API_PORT, DIRECTORY_GREENMAIL_HEAP (512m),
  DIRECTORY_GREENMAIL_MAX_MAILBOXES (8000; past it GreenMail is reset), DIRECTORY_STACK_JAVA_HOME (JDK >= 21),
  DIRECTORY_STACK_PG_BIN (PostgreSQL bin dir), DIRECTORY_STACK_M2_REPO (Maven cache),
  DIRECTORY_STACK_RUN_AS (as root: run PostgreSQL/OpenSearch as this user via runuser
  instead of 'unshare --user'), DIRECTORY_STACK_MAP_UID (uid seen inside the user namespace,
  default 1000), DIRECTORY_STACK_TIMEOUT_<SERVICE> (seconds, e.g.
  DIRECTORY_STACK_TIMEOUT_KEYCLOAK=300).
EOF
}

# ---------------------------------------------------------------------------- processes

# State letter of a process (R, S, D, Z, ...), empty if there is no such process.
proc_state() {
  local stat
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 0
  stat=${stat##*) }
  printf '%s' "${stat%% *}"
}

# A process counts as alive unless it is gone or a zombie (some inits never reap orphans).
pid_alive() {
  local state
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  state=$(proc_state "$1")
  [[ -n $state && $state != Z && $state != X ]]
}

# Ours = alive and its command line mentions the stack directory (guards against PID reuse).
pid_is_ours() {
  local cmdline
  pid_alive "$1" || return 1
  cmdline=$({ tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) || return 1
  [[ $cmdline == *"$STACK_HOME/"* ]]
}

# Live (non-zombie) processes of session $1: everything a service started, including children.
session_pids() {
  local dir stat rest state sid
  for dir in /proc/[0-9]*; do
    { read -r stat <"$dir/stat"; } 2>/dev/null || continue
    rest=${stat##*) }
    read -r state _ _ sid _ <<<"$rest"
    if [[ $sid == "$1" && $state != Z && $state != X ]]; then
      printf '%s\n' "${dir#/proc/}"
    fi
  done
}

pid_file() { printf '%s/pids/%s.pid' "$STACK_HOME" "$1"; }

# PID of the running service started by this script, or empty.
our_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 0
  read -r pid <"$file" || true
  if [[ -n ${pid:-} ]] && pid_is_ours "$pid"; then
    printf '%s' "$pid"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/$BIND_HOST/$1") 2>/dev/null
}

port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | awk '{print $4, $6}' | head -n 3
  fi
}

# Start "$@" as a new session in the background, detached from this script; stdout/stderr go
# to the service log. The session leader writes its own PID (it then execs the command, so the
# PID is the server's, or the wrapper's for runuser).
launch() {
  local svc=$1 workdir=$2 pidf log pid="" i
  shift 2
  pidf=$(pid_file "$svc")
  log="$STACK_HOME/logs/$svc.log"
  rm -f "$pidf" "$pidf.tmp"
  printf '\n===== %s: starting %s =====\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$svc" >>"$log"
  (
    cd "$workdir"
    # shellcheck disable=SC2016 # expanded by the inner bash, on purpose
    exec setsid -f bash -c 'echo "$$" >"$0.tmp" && mv -f "$0.tmp" "$0" && exec "$@"' "$pidf" "$@" \
      </dev/null >>"$log" 2>&1 9>&-
  )
  for ((i = 0; i < 100; i++)); do
    if [[ -s $pidf ]]; then
      read -r pid <"$pidf" || true
      [[ -n $pid ]] && break
    fi
    sleep 0.1
  done
  [[ -n $pid ]] || die "could not start $svc (no PID file written); see $log"
  REPLY=$pid
}

show_log_tail() {
  local log="$STACK_HOME/logs/$1.log"
  if [[ -f $log ]]; then
    printf '[%-10s] ----- last 30 lines of %s -----\n' "$1" "$log" >&2
    tail -n 30 "$log" >&2
    printf '[%-10s] ----- end of log -----\n' "$1" >&2
  fi
}

# Stop a whole session (process group and any stragglers): TERM, wait, then KILL.
terminate_session() {
  local sid=$1 timeout=$2 deadline p
  kill -TERM -- "-$sid" 2>/dev/null || kill -TERM "$sid" 2>/dev/null || true
  for p in $(session_pids "$sid"); do kill -TERM "$p" 2>/dev/null || true; done
  deadline=$((SECONDS + timeout))
  while [[ -n $(session_pids "$sid") ]] && ((SECONDS < deadline)); do sleep 0.2; done
  if [[ -n $(session_pids "$sid") ]]; then
    warn "still running after ${timeout}s, sending KILL"
    kill -KILL -- "-$sid" 2>/dev/null || true
    for p in $(session_pids "$sid"); do kill -KILL "$p" 2>/dev/null || true; done
    deadline=$((SECONDS + 10))
    while [[ -n $(session_pids "$sid") ]] && ((SECONDS < deadline)); do sleep 0.2; done
  fi
  [[ -z $(session_pids "$sid") ]]
}

# ---------------------------------------------------------------------------- prerequisites

# Newest JDK >= 21: $DIRECTORY_STACK_JAVA_HOME, else $JAVA_HOME, else /usr/lib/jvm/*.
java_major() {
  local release=$1/release version
  [[ -x $1/bin/java && -f $release ]] || return 1
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$release")
  version=${version#1.}
  version=${version%%[.+_-]*}
  [[ $version =~ ^[0-9]+$ ]] || return 1
  printf '%s' "$version"
}

find_jdk() {
  local dir major best="" best_major=0
  [[ -n $JAVA_HOME_FOUND ]] && return 0
  if [[ -n ${DIRECTORY_STACK_JAVA_HOME:-} ]]; then
    major=$(java_major "$DIRECTORY_STACK_JAVA_HOME") ||
      die "DIRECTORY_STACK_JAVA_HOME=$DIRECTORY_STACK_JAVA_HOME is not a JDK (no bin/java or release file)"
    ((major >= 21)) || die "DIRECTORY_STACK_JAVA_HOME points to Java $major; OpenSearch $OPENSEARCH_VERSION needs Java >= 21"
    JAVA_HOME_FOUND=$DIRECTORY_STACK_JAVA_HOME
    return 0
  fi
  for dir in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
    [[ -d $dir ]] || continue
    major=$(java_major "$dir") || continue
    if ((major >= 21 && major > best_major)); then
      best=$dir
      best_major=$major
    fi
  done
  [[ -n $best ]] || die "no JDK >= 21 found (looked at \$JAVA_HOME and /usr/lib/jvm/*); OpenSearch $OPENSEARCH_VERSION needs one. Install e.g. Temurin 25 or openjdk-21, or set DIRECTORY_STACK_JAVA_HOME"
  JAVA_HOME_FOUND=$best
}

# PostgreSQL server binaries: the version the data directory was made with, else the newest.
# Returns 1 (with PG_BIN_ERROR set) when there are none.
PG_BIN_ERROR=""
find_pg_bin() {
  local data="$STACK_HOME/postgres/data" dir="" version=""
  [[ -n $PG_BIN ]] && return 0
  PG_BIN_ERROR="PostgreSQL server binaries (initdb, pg_ctl, postgres) not found under /usr/lib/postgresql/<version>/bin; install postgresql with: apt-get install -y postgresql (or set DIRECTORY_STACK_PG_BIN)"
  if [[ -n ${DIRECTORY_STACK_PG_BIN:-} ]]; then
    dir=$DIRECTORY_STACK_PG_BIN
  elif [[ -s $data/PG_VERSION ]]; then
    read -r version <"$data/PG_VERSION"
    dir=/usr/lib/postgresql/$version/bin
    [[ -x $dir/postgres ]] ||
      PG_BIN_ERROR="the data directory $data was made by PostgreSQL $version, but $dir/postgres is missing; install postgresql-$version, or reset the database: stack.sh down postgres && rm -rf $STACK_HOME/postgres"
  else
    while IFS= read -r version; do
      [[ -x $version/postgres && -x $version/initdb && -x $version/pg_ctl ]] && dir=$version
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
  fi
  if [[ -n $dir && -x $dir/postgres && -x $dir/initdb && -x $dir/pg_ctl ]]; then
    PG_BIN=$dir
    PG_BIN_ERROR=""
    return 0
  fi
  return 1
}

require_pg_bin() {
  find_pg_bin || die "$PG_BIN_ERROR"
}

# PostgreSQL and OpenSearch refuse to run as root. As root we run them in a user namespace
# (uid 0 outside appears as an ordinary uid inside), or as DIRECTORY_STACK_RUN_AS via runuser.
setup_run_as() {
  local map_id=${DIRECTORY_STACK_MAP_UID:-1000}
  RUN_AS=()
  ((EUID == 0)) || return 0
  if [[ -n ${DIRECTORY_STACK_RUN_AS:-} ]]; then
    id -u "$DIRECTORY_STACK_RUN_AS" >/dev/null 2>&1 || die "DIRECTORY_STACK_RUN_AS=$DIRECTORY_STACK_RUN_AS: no such user"
    runuser -u "$DIRECTORY_STACK_RUN_AS" -- test -x "$STACK_HOME" ||
      die "user $DIRECTORY_STACK_RUN_AS cannot reach $STACK_HOME; choose a DIRECTORY_STACK_HOME it can access (e.g. under /var/tmp)"
    RUN_AS=(runuser -u "$DIRECTORY_STACK_RUN_AS" --)
  elif unshare --user --map-user="$map_id" --map-group="$map_id" true 2>/dev/null; then
    RUN_AS=(unshare --user --map-user="$map_id" --map-group="$map_id")
  else
    die "running as root, but PostgreSQL/OpenSearch must not run as root and 'unshare --user' does not work here; run this script as an ordinary user, or set DIRECTORY_STACK_RUN_AS=<user>"
  fi
}

# In runuser mode the service user must own its data.
own_for_service() {
  if [[ -n ${DIRECTORY_STACK_RUN_AS:-} ]] && ((EUID == 0)); then
    chown -R "$DIRECTORY_STACK_RUN_AS:" "$@"
  fi
}

# Fetch groupId:artifactId:version:packaging from Maven Central into the local Maven
# repository (the cache) unless it is there already; REPLY = path of the file.
fetch_artifact() {
  local g=$1 a=$2 v=$3 p=$4 file flog
  file="$M2_REPO/${g//.//}/$a/$v/$a-$v.$p"
  if [[ ! -s $file ]]; then
    command -v mvn >/dev/null 2>&1 ||
      die "Maven (mvn) is needed to download $g:$a:$v:$p from Maven Central; install it with: apt-get install -y maven"
    flog="$STACK_HOME/logs/download-$a-$v.log"
    log "downloading $g:$a:$v:$p from Maven Central into $M2_REPO (one-off) ..."
    if ! mvn -B -q dependency:get "-Dartifact=$g:$a:$v:$p" -Dtransitive=false \
      "-Dmaven.repo.local=$M2_REPO" >"$flog" 2>&1; then
      tail -n 30 "$flog" >&2
      die "download of $g:$a:$v:$p failed (full output in $flog)"
    fi
    [[ -s $file ]] || die "download of $g:$a:$v:$p reported success but $file is missing (see $flog)"
  fi
  REPLY=$file
}

# ---------------------------------------------------------------------------- services

service_timeout() {
  local var default
  case $1 in
    # Sized for a cold 2-core machine where the four start together (Keycloak's first start runs its
    # build step, OpenSearch unpacks and creates its cluster): measured 2026-11, GreenMail alone took
    # over 60 s there. Counted from the end of download and unpacking, not from the start of 'up'.
    postgres) default=120 ;;
    opensearch) default=360 ;;
    keycloak) default=420 ;;
    greenmail) default=240 ;;
  esac
  var="DIRECTORY_STACK_TIMEOUT_${1^^}"
  printf '%s' "${!var:-$default}"
}

service_ports() {
  case $1 in
    postgres) echo "$PG_PORT" ;;
    opensearch) echo "$OS_HTTP_PORT $OS_TRANSPORT_PORT" ;;
    keycloak) echo "$KC_PORT" ;;
    greenmail) echo "$SMTP_PORT $MAIL_API_PORT" ;;
  esac
}

service_address() {
  case $1 in
    postgres) echo "postgresql://$BIND_HOST:$PG_PORT/${DATABASES[0]} (and /${DATABASES[1]}), user $DB_USER" ;;
    opensearch) echo "http://$BIND_HOST:$OS_HTTP_PORT (transport $OS_TRANSPORT_PORT)" ;;
    keycloak) echo "http://$BIND_HOST:$KC_PORT/realms/$REALM_NAME (admin console admin/admin)" ;;
    greenmail) echo "smtp://$BIND_HOST:$SMTP_PORT, API http://$BIND_HOST:$MAIL_API_PORT" ;;
  esac
}

# A polite SMTP probe (greeting, QUIT), so the mail server does not log aborted connections.
smtp_ok() {
  (
    local line
    exec 3<>"/dev/tcp/$BIND_HOST/$1"
    IFS= read -r -t 3 line <&3
    [[ $line == 220* ]]
    printf 'QUIT\r\n' >&3
    IFS= read -r -t 3 line <&3 || true
  ) 2>/dev/null
}

http_ok() {
  curl --noproxy '*' -fsS -o /dev/null -m "${2:-3}" "$1" 2>/dev/null
}

service_healthy() {
  case $1 in
    postgres)
      if [[ -n $PG_BIN && -x $PG_BIN/pg_isready ]]; then
        "$PG_BIN/pg_isready" -q -h "$BIND_HOST" -p "$PG_PORT" -t 2
      else
        port_in_use "$PG_PORT"
      fi
      ;;
    opensearch)
      local health
      health=$(curl --noproxy '*' -fsS -m 3 "http://$BIND_HOST:$OS_HTTP_PORT/_cluster/health" 2>/dev/null) || return 1
      [[ $health == *'"status":"green"'* || $health == *'"status":"yellow"'* ]]
      ;;
    keycloak)
      http_ok "http://$BIND_HOST:$KC_PORT/realms/$REALM_NAME/.well-known/openid-configuration" 5
      ;;
    greenmail)
      http_ok "http://$BIND_HOST:$MAIL_API_PORT/api/service/readiness" && smtp_ok "$SMTP_PORT"
      ;;
  esac
}

# --- PostgreSQL

pg_superuser_password() {
  local pwfile="$STACK_HOME/postgres/superuser-password"
  REPLY=""
  read -r REPLY <"$pwfile" || [[ -n $REPLY ]] || die "cannot read $pwfile"
}

start_postgres() {
  local dir="$STACK_HOME/postgres" data="$STACK_HOME/postgres/data" pwfile locale_opt
  pwfile="$dir/superuser-password"
  mkdir -p "$dir"
  if [[ ! -s $data/PG_VERSION ]]; then
    log "creating a new cluster in $data with $PG_BIN/initdb"
    rm -rf "$data"
    (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$pwfile" && echo >>"$pwfile")
    own_for_service "$dir"
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
      locale_opt=(--locale=C.UTF-8)
    else
      locale_opt=(--no-locale)
    fi
    if ! "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$data" -U postgres "--pwfile=$pwfile" \
      --auth=scram-sha-256 -E UTF8 "${locale_opt[@]}" >"$STACK_HOME/logs/postgres-initdb.log" 2>&1; then
      tail -n 30 "$STACK_HOME/logs/postgres-initdb.log" >&2
      rm -rf "$data"
      die "initdb failed (see $STACK_HOME/logs/postgres-initdb.log)"
    fi
    # Password (SCRAM) logins over TCP from 127.0.0.1 only; no Unix socket, no other hosts.
    cat >"$data/pg_hba.conf" <<'EOF'
# Local development stack (written by deploy/local/stack.sh): TCP on 127.0.0.1 only.
# TYPE  DATABASE  USER  ADDRESS        METHOD
host    all       all   127.0.0.1/32   scram-sha-256
EOF
    own_for_service "$data/pg_hba.conf"
  fi
  launch postgres "$dir" "${RUN_AS[@]}" "$PG_BIN/postgres" -D "$data" -p "$PG_PORT" \
    -c listen_addresses="$BIND_HOST" -c unix_socket_directories= -c max_connections=100
}

# Role and databases (idempotent; runs on every `up`).
provision_postgres() {
  local out
  pg_superuser_password
  if ! out=$(PGPASSWORD=$REPLY PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h "$BIND_HOST" -p "$PG_PORT" -U postgres -d postgres 2>&1 <<EOF
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', '$DB_USER', '$DB_PASSWORD')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8''', d, '$DB_USER')
  FROM unnest(string_to_array('${DATABASES[*]}', ' ')) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
EOF
  ); then
    printf '%s\n' "$out" >&2
    die "could not create role $DB_USER / databases ${DATABASES[*]}"
  fi
}

stop_postgres() {
  local data="$STACK_HOME/postgres/data" pmpid=""
  [[ -f $data/postmaster.pid ]] && read -r pmpid <"$data/postmaster.pid"
  if [[ -n $pmpid ]] && pid_alive "$pmpid"; then
    if find_pg_bin; then
      "${RUN_AS[@]}" "$PG_BIN/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null 2>&1 ||
        warn "pg_ctl stop -m fast failed; falling back to signals"
    else
      kill -INT "$pmpid" 2>/dev/null || true # what pg_ctl -m fast does
    fi
  fi
  REPLY=$pmpid
}

# --- OpenSearch

start_opensearch() {
  local dir="$STACK_HOME/opensearch" home
  home="$dir/opensearch-$OPENSEARCH_VERSION"
  mkdir -p "$dir"
  if [[ ! -f $home/.stack-unpacked ]]; then
    fetch_artifact org.opensearch.distribution.integ-test-zip opensearch "$OPENSEARCH_VERSION" zip
    log "unpacking $REPLY"
    rm -rf "$home" "$dir/.unpack"
    mkdir -p "$dir/.unpack"
    unzip -q "$REPLY" -d "$dir/.unpack" || die "could not unpack $REPLY (is unzip installed?)"
    mv "$dir/.unpack/opensearch-$OPENSEARCH_VERSION" "$home"
    rm -rf "$dir/.unpack"
    touch "$home/.stack-unpacked"
  fi
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  own_for_service "$dir"
  launch opensearch "$dir" "${RUN_AS[@]}" env \
    "JAVA_HOME=$JAVA_HOME_FOUND" "OPENSEARCH_JAVA_HOME=$JAVA_HOME_FOUND" \
    "OPENSEARCH_JAVA_OPTS=-Xms$OS_HEAP -Xmx$OS_HEAP" "OPENSEARCH_TMPDIR=$dir/tmp" \
    "$home/bin/opensearch" \
    -E cluster.name=health-directory-local -E node.name=local \
    -E discovery.type=single-node -E network.host="$BIND_HOST" \
    -E http.port="$OS_HTTP_PORT" -E transport.port="$OS_TRANSPORT_PORT" \
    -E path.data="$dir/data" -E path.logs="$dir/logs" \
    -E cluster.routing.allocation.disk.threshold_enabled=false
}

# --- Keycloak

start_keycloak() {
  local dir="$STACK_HOME/keycloak" home
  home="$dir/keycloak-$KEYCLOAK_VERSION"
  [[ -f $REALM_FILE ]] || die "realm file $REALM_FILE not found"
  mkdir -p "$dir"
  if [[ ! -f $home/.stack-unpacked ]]; then
    fetch_artifact org.keycloak keycloak-quarkus-dist "$KEYCLOAK_VERSION" tar.gz
    log "unpacking $REPLY"
    rm -rf "$home" "$dir/.unpack"
    mkdir -p "$dir/.unpack"
    tar -xzf "$REPLY" -C "$dir/.unpack" || die "could not unpack $REPLY"
    mv "$dir/.unpack/keycloak-$KEYCLOAK_VERSION" "$home"
    rm -rf "$dir/.unpack"
    touch "$home/.stack-unpacked"
  fi
  # Imported at start-up when the realm does not exist yet (an existing realm is kept).
  mkdir -p "$home/data/import"
  cp "$REALM_FILE" "$home/data/import/$REALM_NAME-realm.json"
  # The directory's sign-in page theme (deploy/keycloak/themes), set as the realm's login theme.
  rm -rf "$home/themes/health-directory"
  cp -r "$SCRIPT_DIR/../keycloak/themes/health-directory" "$home/themes/"
  launch keycloak "$dir" env \
    "JAVA_HOME=$JAVA_HOME_FOUND" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$home/bin/kc.sh" start-dev --http-host="$BIND_HOST" --http-port="$KC_PORT" --import-realm
}

# --- GreenMail

start_greenmail() {
  local dir="$STACK_HOME/greenmail" jar smtp_opts
  jar="$dir/greenmail-standalone-$GREENMAIL_VERSION.jar"
  mkdir -p "$dir"
  if [[ ! -s $jar ]]; then
    fetch_artifact com.icegreen greenmail-standalone "$GREENMAIL_VERSION" jar
    cp "$REPLY" "$jar.tmp"
    mv "$jar.tmp" "$jar"
  fi
  if [[ $SMTP_PORT == 3025 ]]; then
    smtp_opts=(-Dgreenmail.setup.test.smtp)
  else
    smtp_opts=("-Dgreenmail.smtp.port=$SMTP_PORT" "-Dgreenmail.smtp.hostname=$BIND_HOST")
  fi
  # GreenMail keeps every mailbox in memory and tests make a new address per run: with 256 MB it died
  # of OutOfMemoryError after ~11,700 mailboxes. A larger heap, and a janitor in the same session
  # (stopped with it) that resets GreenMail when the mailbox count passes GREENMAIL_MAX_MAILBOXES.
  launch greenmail "$dir" bash -c "$GREENMAIL_JANITOR" greenmail-janitor \
    "http://$BIND_HOST:$MAIL_API_PORT" "$GREENMAIL_MAX_MAILBOXES" \
    "$JAVA_HOME_FOUND/bin/java" "-Xms32m" "-Xmx$GREENMAIL_HEAP" -XX:+ExitOnOutOfMemoryError \
    "${smtp_opts[@]}" "-Dgreenmail.hostname=$BIND_HOST" -Dgreenmail.auth.disabled \
    "-Dgreenmail.api.hostname=$BIND_HOST" "-Dgreenmail.api.port=$MAIL_API_PORT" \
    -jar "$jar"
}

# Run by 'bash -c' as the session leader: $1 API address, $2 mailbox limit, the rest the GreenMail
# command. Every 5 minutes it counts mailboxes; past the limit it resets GreenMail (all mail goes).
# shellcheck disable=SC2016 # expanded by the inner bash, on purpose
readonly GREENMAIL_JANITOR='
api=$1 limit=$2 greenmail=$$
shift 2
(
  while sleep 300; do
    kill -0 "$greenmail" 2>/dev/null || exit 0
    n=$(curl --noproxy "*" -fsS -m 20 "$api/api/user" 2>/dev/null | grep -o "\"login\"" | wc -l) || continue
    if ((n > limit)); then
      echo "greenmail-janitor: $n mailboxes (limit $limit): resetting GreenMail, all mail is removed"
      curl --noproxy "*" -fsS -m 60 -X POST "$api/api/service/reset" >/dev/null 2>&1 || true
    fi
  done
) &
exec "$@"'

# ---------------------------------------------------------------------------- commands

parse_services() {
  local s a ok
  SERVICES=()
  if (($# == 0)); then
    SERVICES=("${ALL_SERVICES[@]}")
    return 0
  fi
  for s in "$@"; do
    ok=0
    for a in "${ALL_SERVICES[@]}"; do [[ $s == "$a" ]] && ok=1; done
    ((ok)) || die "unknown service '$s' (known: ${ALL_SERVICES[*]})"
    for a in "${SERVICES[@]}"; do [[ $s == "$a" ]] && continue 2; done
    SERVICES+=("$s")
  done
}

selected() {
  local s
  for s in "${SERVICES[@]}"; do [[ $s == "$1" ]] && return 0; done
  return 1
}

init_stack_home() {
  mkdir -p "$STACK_HOME"
  STACK_HOME=$(cd -- "$STACK_HOME" && pwd -P)
  mkdir -p "$STACK_HOME/logs" "$STACK_HOME/pids"
  exec 9>"$STACK_HOME/.lock"
  if ! flock -n 9; then
    log "another stack.sh is working on $STACK_HOME; waiting for it ..."
    flock -w 900 9 || die "timed out waiting for the lock on $STACK_HOME/.lock"
  fi
}

resolve_existing_stack_home() {
  if [[ -d $STACK_HOME ]]; then
    STACK_HOME=$(cd -- "$STACK_HOME" && pwd -P)
  fi
}

# Runs in a background subshell per service: start (unless ours is already running), wait.
bring_up() {
  local svc=$1 mode=$2 pid=$3 timeout started=$SECONDS
  SVC=$svc
  timeout=$(service_timeout "$svc")
  local waiting_since next_note
  if [[ $mode == start ]]; then
    "start_$svc"
    pid=$REPLY
    log "started (PID $pid), waiting up to ${timeout}s for it to become healthy ..."
  else
    log "already running (PID $pid) but not healthy yet; waiting up to ${timeout}s ..."
  fi
  # The timeout counts from here: downloading and unpacking (in start_*) are not start-up.
  waiting_since=$SECONDS
  next_note=$((SECONDS + 30))
  while ! service_healthy "$svc"; do
    if ! pid_alive "$pid"; then
      show_log_tail "$svc"
      die "exited during start-up; see the log above ($STACK_HOME/logs/$svc.log)"
    fi
    if ((SECONDS - waiting_since >= timeout)); then
      show_log_tail "$svc"
      die "$svc is slow: not healthy after ${timeout}s (still running as PID $pid; log: $STACK_HOME/logs/$svc.log). On a busy or cold machine run 'stack.sh up' again to keep waiting, or allow longer with DIRECTORY_STACK_TIMEOUT_${svc^^}=<seconds>"
    fi
    if ((SECONDS >= next_note)); then
      log "still starting after $((SECONDS - waiting_since))s (of ${timeout}s); log: $STACK_HOME/logs/$svc.log"
      next_note=$((SECONDS + 30))
    fi
    sleep 1
  done
  [[ $svc == postgres ]] && provision_postgres
  log "up after $((SECONDS - started))s: $(service_address "$svc")"
}

cmd_up() {
  local svc pid port owner errors=() jobs=() names=() failed=() i started=$SECONDS
  parse_services "$@"
  command -v curl >/dev/null 2>&1 || die "curl is needed for health checks; install it with: apt-get install -y curl"
  command -v setsid >/dev/null 2>&1 || die "setsid (util-linux) is needed"
  init_stack_home
  if selected postgres; then require_pg_bin; fi
  if selected opensearch || selected keycloak || selected greenmail; then find_jdk; fi
  if selected postgres || selected opensearch; then setup_run_as; fi
  if selected opensearch && ! command -v unzip >/dev/null 2>&1; then
    die "unzip is needed to unpack OpenSearch; install it with: apt-get install -y unzip"
  fi

  # Pre-flight: what is already up, and are the ports free for the rest?
  local -A mode=() pids=()
  for svc in "${SERVICES[@]}"; do
    SVC=$svc
    pid=$(our_pid "$svc")
    if [[ -n $pid ]]; then
      pids[$svc]=$pid
      if service_healthy "$svc"; then
        mode[$svc]=ready
      else
        mode[$svc]='wait'
      fi
      continue
    fi
    rm -f "$(pid_file "$svc")"
    for port in $(service_ports "$svc"); do
      if port_in_use "$port"; then
        owner=$(port_owner "$port")
        errors+=("$svc: port $BIND_HOST:$port is already in use by a process this script did not start${owner:+ ($owner)}; stop it or choose another port (see 'stack.sh help')")
      fi
    done
    mode[$svc]=start
    pids[$svc]=""
  done
  SVC=stack
  if ((${#errors[@]})); then
    for i in "${errors[@]}"; do err "$i"; done
    die "nothing was started"
  fi

  for svc in "${SERVICES[@]}"; do
    if [[ ${mode[$svc]} == ready ]]; then
      SVC=$svc
      [[ $svc == postgres ]] && provision_postgres
      log "already up (PID ${pids[$svc]}): $(service_address "$svc")"
      continue
    fi
    bring_up "$svc" "${mode[$svc]}" "${pids[$svc]}" &
    jobs+=($!)
    names+=("$svc")
  done
  SVC=stack
  for i in "${!jobs[@]}"; do
    wait "${jobs[$i]}" || failed+=("${names[$i]}")
  done
  if ((${#failed[@]})); then
    die "not up: ${failed[*]} (after $((SECONDS - started))s)"
  fi
  log "all up (${SERVICES[*]}) in $((SECONDS - started))s; state in $STACK_HOME"
}

stop_service() {
  local svc=$1 pid started=$SECONDS extra=""
  SVC=$svc
  pid=$(our_pid "$svc")
  if [[ $svc == postgres ]]; then
    stop_postgres
    [[ -z $pid && -n $REPLY ]] && pid_is_ours "$REPLY" && pid=$REPLY
    extra=" (pg_ctl stop -m fast)"
  fi
  if [[ -z $pid ]]; then
    rm -f "$(pid_file "$svc")"
    log "not running"
    return 0
  fi
  if ! terminate_session "$pid" 30; then
    die "could not stop PID $pid (session members left: $(session_pids "$pid" | tr '\n' ' '))"
  fi
  rm -f "$(pid_file "$svc")"
  log "stopped PID $pid$extra in $((SECONDS - started))s"
}

cmd_down() {
  local svc jobs=() rc=0 j
  parse_services "$@"
  if [[ ! -d $STACK_HOME ]]; then
    log "nothing to stop ($STACK_HOME does not exist)"
    return 0
  fi
  init_stack_home
  if selected postgres; then
    find_pg_bin || true
    setup_run_as
  fi
  for svc in "${SERVICES[@]}"; do
    stop_service "$svc" &
    jobs+=($!)
  done
  for j in "${jobs[@]}"; do wait "$j" || rc=1; done
  return "$rc"
}

cmd_status() {
  local svc pid state rc=0 port
  parse_services "$@"
  resolve_existing_stack_home
  find_pg_bin || true
  printf '%-11s %-24s %-8s %s\n' SERVICE STATE PID ADDRESS
  for svc in "${SERVICES[@]}"; do
    pid=$(our_pid "$svc")
    if [[ -n $pid ]]; then
      if service_healthy "$svc"; then state=up; else
        state="starting/unhealthy"
        rc=3
      fi
    else
      state=down
      rc=3
      for port in $(service_ports "$svc"); do
        if port_in_use "$port"; then
          state="down (port $port taken)"
          break
        fi
      done
    fi
    printf '%-11s %-24s %-8s %s\n' "$svc" "$state" "${pid:--}" "$(service_address "$svc")"
  done
  printf 'state directory: %s\n' "$STACK_HOME"
  return "$rc"
}

main() {
  local cmd=${1:-help}
  (($#)) && shift
  case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" || exit $? ;;
    status) cmd_status "$@" || exit $? ;;
    help | -h | --help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
