#!/usr/bin/env bash
# PHPUnit integration tests inside a real WordPress on MariaDB, on the minimum and the newest version.
#   bin/test-integration.sh [min|latest] [phpunit args…]
# Each version gets a fresh site and database; afterwards its debug log must be empty.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

slots=(min latest)
case "${1:-}" in min|latest) slots=("$1"); shift ;; esac

[ -f build/admin/index.asset.php ] || npm run --silent build >/dev/null
phpunit="$(bash bin/php-tools.sh which phpunit)"
mkdir -p artifacts/junit
status=0
for slot in "${slots[@]}"; do
	site="$(bash bin/make-site.sh "phpunit-$slot" "$slot" "http://localhost" --with-plugin)"
	say "PHP integration tests on WordPress $(cat "$CACHE/wordpress/$slot/VERSION") (MariaDB)"
	WAYFINDER_TEST_SITE="$site" "$phpunit" --testsuite integration --log-junit "artifacts/junit/php-integration-$slot.xml" "$@" || status=1
	if [ -s "$site/debug.log" ]; then
		echo "The debug log of WordPress $slot is not empty:" >&2
		cat "$site/debug.log" >&2
		status=1
	fi
done
exit $status
