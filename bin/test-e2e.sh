#!/usr/bin/env bash
# Playwright in Debian's Chromium against a fresh WordPress (newest version) served by nginx + PHP-FPM.
#   bin/test-e2e.sh [playwright args…]     e.g. bin/test-e2e.sh -g "uninstall"
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

port="${WAYFINDER_E2E_PORT:-8890}"
url="http://127.0.0.1:$port"
[ -x /usr/bin/chromium ] || die "Chromium is missing: run bin/install-system-deps.sh"

[ "${WAYFINDER_SKIP_BUILD:-}" = 1 ] && [ -f wayfinder.zip ] || npm run --silent plugin-zip >/dev/null
site="$(bash bin/make-site.sh e2e latest "$url")"
php bin/lib/wp.php "$site" eval tests/e2e/fixtures/users.php
bash bin/serve.sh start "$site" "$port" >/dev/null
trap 'bash bin/serve.sh stop "$site" >/dev/null' EXIT

WAYFINDER_E2E_URL="$url" WAYFINDER_E2E_SITE_DIR="$site" npx playwright test "$@"
