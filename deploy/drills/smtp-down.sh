#!/usr/bin/env bash
# Drill: SMTP down for 10 minutes while people register, and the app restarted during the outage.
# Every confirmation email must arrive once afterwards. Relies on the durable mail outbox (mail rows in a PostgreSQL table, retried until the
# SMTP server takes them); without it the mail sent during the outage is lost and this drill fails.
# Uses the drill's own GreenMail (SMTP 8191, API 8192). Ends with a PASS or FAIL line.
DRILL_NAME=smtp-down
source "$(dirname "$0")/lib.sh"

DB=drill_smtp
WORK=$DRILL_WORK/$DRILL_NAME
DOWN=${DRILL_SMTP_DOWN_SECONDS:-600}
COUNT=${DRILL_REGISTRATIONS:-20}
rm -rf "$WORK" && mkdir -p "$WORK"
PORT=${APP_PORTS[0]}
BASE=http://127.0.0.1:$PORT
MAIL_API=http://127.0.0.1:$DIRECTORY_MAIL_API_PORT
RUN=$(date +%s)

stack_up postgres opensearch greenmail
fresh_database "$DB"
start_app app "$PORT" "$DB" drill-smtp- QUARKUS_PROFILE=demo
wait_ready "$PORT" 600

bash "$STACK" down greenmail
say "GreenMail stopped for ${DOWN}s; $COUNT registrations spread over the outage"
end=$((SECONDS + DOWN))
for ((i = 0; i < COUNT; i++)); do
  code=$(register_listing "$BASE" "Mail drill walk $i" "Mail drill group $i" "smtp-drill-$RUN-$i@example.org")
  [[ $code == 303 ]] || fail "registration $i answered $code while SMTP was down"
  sleep $(((end - SECONDS) / (COUNT - i + 1) > 0 ? (end - SECONDS) / (COUNT - i + 1) : 0))
done
# Mid-outage the app is stopped and started again: the waiting mail lives in PostgreSQL, not in memory.
stop_app app
say "app stopped with the mail still waiting; starting it again"
start_app app "$PORT" "$DB" drill-smtp- QUARKUS_PROFILE=demo
wait_ready "$PORT" 600
while ((SECONDS < end)); do sleep 5; done
bash "$STACK" up greenmail
back=$SECONDS
say "GreenMail back; waiting for $COUNT emails, one each"
while :; do
  got=0 twice=0
  for ((i = 0; i < COUNT; i++)); do
    # A mailbox that does not exist yet answers 404: that counts as no email, not as an error.
    n=$({ curl -fsS "$MAIL_API/api/user/smtp-drill-$RUN-$i@example.org/messages/INBOX" 2>/dev/null || true; } |
      { grep -o '"subject"' || true; } | wc -l)
    ((n >= 1)) && got=$((got + 1))
    ((n > 1)) && twice=$((twice + 1))
  done
  ((got == COUNT)) && break
  ((SECONDS - back < 600)) || break
  sleep 10
done
say "after $((SECONDS - back))s: $got of $COUNT addresses have their email, $twice have more than one"
((got == COUNT)) || fail "$((COUNT - got)) emails never arrived"
((twice == 0)) || fail "$twice addresses got their email more than once"
pass "SMTP down ${DOWN}s with an app restart: all $COUNT emails delivered once, $((SECONDS - back))s after it came back"
