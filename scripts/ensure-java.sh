#!/usr/bin/env bash
# The Nu Html Checker (vnu.jar, the W3C's validator) runs on Java; install Debian's headless
# runtime when it is missing and we may.
set -euo pipefail
command -v java >/dev/null && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Java for the Nu Html Checker (apt-get install default-jre-headless)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
else
  echo "Java is missing: the HTML gate runs the Nu Html Checker on it. Install it (sudo apt-get install default-jre-headless)." >&2
  exit 1
fi
