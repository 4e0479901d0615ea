#!/usr/bin/env bash
# Runs before `npm test`. The web app's browser tests drive Debian's Chromium through playwright-core
# (never a downloaded browser) and fail, not skip, without it. When it is missing this installs it with
# apt-get if the user may (root, or sudo without a password); otherwise it prints the one command to run
# and fails, so a fresh Debian machine needs nothing typed beyond `npm test`.
# CROSSDESK_CHROMIUM overrides the path checked (the script's own tests point it elsewhere).
set -euo pipefail

chromium=${CROSSDESK_CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test: the browser tests need Chromium at $chromium (on Debian: sudo apt-get install -y chromium)." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "npm test: the browser tests need Chromium at $chromium; run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

echo "npm test: installing Debian's chromium for the browser tests (apt-get, about 20 s)" >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 chromium >&2
if [ ! -x "$chromium" ]; then
  echo "npm test: apt-get installed chromium but $chromium is still missing" >&2
  exit 1
fi
