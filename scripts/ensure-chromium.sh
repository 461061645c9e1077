#!/usr/bin/env bash
# The browser tests (test/browser/) drive Debian's Chromium at /usr/bin/chromium through
# playwright-core, which downloads no browser of its own. Installs it when it is missing
# (CI and developers' machines run as root with Debian's package registry reachable).
#   bash scripts/ensure-chromium.sh        # no-op when /usr/bin/chromium exists
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: $CHROMIUM is missing and we are not root: run 'apt-get install -y chromium' as root" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
"$CHROMIUM" --version
