#!/usr/bin/env bash
# Browser tests need Debian's Chromium. Install it when missing (as CI does), or fail loudly.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium is missing at $CHROMIUM: installing Debian's chromium package..." >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update && apt-get install -y chromium chromium-driver
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  sudo apt-get update && sudo apt-get install -y chromium chromium-driver
else
  echo "ERROR: cannot install Chromium here. Install Debian's 'chromium' package (or set CHROMIUM_PATH) and run the tests again." >&2
  exit 1
fi
[ -x "$CHROMIUM" ] || { echo "ERROR: Chromium still missing at $CHROMIUM" >&2; exit 1; }
