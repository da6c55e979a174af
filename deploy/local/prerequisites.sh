#!/usr/bin/env bash
# Installs the Debian packages the local stack and the browser tests need, if they are missing:
# PostgreSQL server binaries and Chromium (+ driver). Everything else comes from Maven and npm.
# Needs root (or passwordless sudo) to install; otherwise says what to install and fails.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver)
[ "${1:-}" = "--check" ] && { [ ${#missing[@]} -eq 0 ]; exit $?; }
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  apt_get=(sudo apt-get)
else
  echo "error: these packages are missing: ${missing[*]}" >&2
  echo "Install them as root with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update -qq
"${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" </dev/null
