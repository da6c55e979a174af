#!/usr/bin/env bash
# Runs Lighthouse 12.2.3 (mobile, its default: a mid-range phone on slow 4G) on the home, results, listing
# and register pages of a running directory, and prints performance, accessibility, best practices and
# bytes transferred per page. Reports (JSON) go to the output folder.
#
#   deploy/lighthouse/run-lighthouse.sh [base-url] [output-dir]
#   deploy/lighthouse/run-lighthouse.sh http://127.0.0.1:8097 target/lighthouse
#
# Lighthouse is installed once into ~/.cache/directory-lighthouse (exact version; it is not a project
# dependency). Chromium comes from Debian (/usr/bin/chromium). Figures measured: docs/performance.md.
set -euo pipefail

BASE_URL="${1:-http://127.0.0.1:8080}"
OUT="${2:-target/lighthouse}"
VERSION=12.2.3
TOOL_DIR="${LIGHTHOUSE_DIR:-$HOME/.cache/directory-lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

case "$BASE_URL" in
  http://127.*|http://localhost*) ;;
  *) echo "Run it against a directory on this machine (127.0.0.1 or localhost)" >&2; exit 2 ;;
esac

if [ ! -x "$TOOL_DIR/node_modules/.bin/lighthouse" ] \
   || [ "$("$TOOL_DIR/node_modules/.bin/lighthouse" --version)" != "$VERSION" ]; then
  mkdir -p "$TOOL_DIR"
  (cd "$TOOL_DIR" && [ -f package.json ] || echo '{"private":true}' > package.json)
  npm install --prefix "$TOOL_DIR" --save-exact --no-audit --no-fund "lighthouse@$VERSION"
fi
LIGHTHOUSE="$TOOL_DIR/node_modules/.bin/lighthouse"
mkdir -p "$OUT"

# The first result of a search, for the listing page.
LISTING=$(curl -fsS "$BASE_URL/search?q=walking" | grep -o 'href="/listings/[0-9a-f-]\{36\}' | head -1 | cut -d'"' -f2)
if [ -z "$LISTING" ]; then
  echo "No listing found at $BASE_URL/search?q=walking: is the demo content loaded?" >&2
  exit 1
fi

declare -A PAGES=(
  [home]="/"
  [results]="/search?q=walking&postcode=M11"
  [listing]="$LISTING"
  [register]="/register"
)

printf '%-9s %11s %13s %14s %12s %8s %8s\n' page performance accessibility best-practices transfer-KB FCP-ms LCP-ms
for name in home results listing register; do
  "$LIGHTHOUSE" "$BASE_URL${PAGES[$name]}" --quiet --output=json --output-path="$OUT/$name.json" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const score = (c) => Math.round(r.categories[c].score * 100);
    const kb = (r.audits["total-byte-weight"].numericValue / 1024).toFixed(1);
    const ms = (a) => Math.round(r.audits[a].numericValue);
    console.log([process.argv[2].padEnd(9), String(score("performance")).padStart(11),
      String(score("accessibility")).padStart(13), String(score("best-practices")).padStart(14),
      kb.padStart(12), String(ms("first-contentful-paint")).padStart(8),
      String(ms("largest-contentful-paint")).padStart(8)].join(" "));
  ' "$(realpath "$OUT/$name.json")" "$name"
done
