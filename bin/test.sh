#!/usr/bin/env bash
# `npm test`: installs what the tests need (idempotently) and runs every suite:
# lint and types, jest, PHPUnit unit, PHPUnit integration on WordPress min and newest, each as a single
# site and as a network (MariaDB), Playwright e2e (nginx + PHP-FPM on MariaDB, and Playground on SQLite),
# and the scaled-out suite (two web servers, one database: bin/test-cluster.sh). Ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
started=$SECONDS

step() { say "▸ $*"; }
fail() { echo "✗ $*" >&2; exit 1; }

step "System packages"
bash bin/install-system-deps.sh || fail "system packages could not be installed"
step "Node packages"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	# Not `npm ci`: this registry mirror leaves optional platform packages out of the lock file, which npm ci refuses.
	npm install --no-audit --no-fund --loglevel=error || fail "npm install failed"
fi
step "PHP packages"
bash bin/php-tools.sh which phpunit >/dev/null || fail "PHPUnit is not available"
step "WordPress core"
bash bin/fetch-wordpress.sh all || fail "WordPress core could not be fetched"
step "Build and zip"
npm run --silent plugin-zip >/dev/null || fail "the build failed"

bash bin/mariadb.sh start || fail "MariaDB did not start"
trap 'bash bin/mariadb.sh stop >/dev/null' EXIT

rm -rf artifacts/junit && mkdir -p artifacts/junit
lint_status=0
step "Lint: ESLint, TypeScript, PHPCS, PHPStan, the translation template"
npm run --silent lint:js || lint_status=1
npm run --silent lint:types || lint_status=1
npm run --silent lint:php || lint_status=1
npm run --silent i18n:check || lint_status=1

step "jest"
npx wp-scripts test-unit-js --config tests/js/jest.config.js --json --outputFile=artifacts/junit/jest.json 2>&1 | grep -v '^npm warn' || true
step "PHPUnit: unit"
bash bin/php-tools.sh phpunit --testsuite unit --log-junit artifacts/junit/php-unit.xml || true
step "PHPUnit: integration (WordPress $(cat "$CACHE/wordpress/min/VERSION") and $(cat "$CACHE/wordpress/latest/VERSION"), single sites and networks, MariaDB)"
integration_status=0
bash bin/test-integration.sh || integration_status=1
step "Playwright: e2e in Chromium"
WAYFINDER_SKIP_BUILD=1 bash bin/test-e2e.sh || true
step "Playwright: scaled out (two web servers, one database, a shared object cache)"
bash bin/test-cluster.sh || true

say "Summary ($(( SECONDS - started ))s)"
[ $lint_status -eq 0 ] || echo "  lint                     failed (see above)"
[ $integration_status -eq 0 ] || echo "  integration              failed or left notices in the debug log (see above)"
node bin/lib/summarize.mjs artifacts/junit/jest.json artifacts/junit/php-unit.xml \
	artifacts/junit/php-integration-min.xml artifacts/junit/php-integration-latest.xml \
	artifacts/junit/php-integration-min-multisite.xml artifacts/junit/php-integration-latest-multisite.xml artifacts/junit/e2e.xml \
	artifacts/junit/cluster.xml
summary_status=$?
[ $summary_status -eq 0 ] && [ $lint_status -eq 0 ] && [ $integration_status -eq 0 ]
