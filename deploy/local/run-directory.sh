#!/usr/bin/env bash
# Runs the directory on this machine: the local services, a build, and the app with demo content
# at http://localhost:8080. Ctrl+C stops the app; `deploy/local/stack.sh down` stops the services.
# The demo listens on 127.0.0.1 only (its staff passwords are published); HTTP_HOST=0.0.0.0 opens it up.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash deploy/local/prerequisites.sh
bash deploy/local/stack.sh up
echo "Building the directory..."
mvn -q package -DskipTests

cat <<'INFO'

  The directory:      http://localhost:8080 (this machine only; HTTP_HOST=0.0.0.0 to share it)
  Staff console:      http://localhost:8080/console
  Health and metrics: http://127.0.0.1:9000/q/health  http://127.0.0.1:9000/q/metrics (management port)
  API description:    http://localhost:8080/q/openapi
  Test mailbox:       http://127.0.0.1:8025 (GreenMail; every email the directory sends lands here)

  Demo staff logins (local only):
    moderator    / moderator-demo
    admin        / admin-demo
    professional / professional-demo

INFO
# Rebuilding the small demo index at each start keeps it in step with the current search mapping.
exec java -Dquarkus.profile=demo -Ddirectory.search.reindex-on-start=true -jar target/quarkus-app/quarkus-run.jar
