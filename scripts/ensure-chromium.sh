#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it when it is missing and we may.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing at $chromium_path. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
