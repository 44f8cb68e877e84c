#!/usr/bin/env bash
# The real-browser test in CI: installs Debian's Chromium when it is missing (as root, on
# a clean Debian machine), then builds the library and the widget and runs the test
# (`npm run test:browser`). Expects the npm dependencies to be installed (npm ci).
# Screenshots are left in test-results/screenshots/ as artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=/usr/bin/chromium
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ci-browser.sh: $CHROMIUM is missing and installing it needs root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends chromium" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium
fi
"$CHROMIUM" --version 2>/dev/null || true

npm run test:browser
