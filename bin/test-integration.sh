#!/usr/bin/env bash
# PHPUnit integration tests inside a real WordPress on MariaDB, on the minimum and the newest version.
#   bin/test-integration.sh [min|latest] [phpunit args…]
# Each version gets a fresh site and database; afterwards its debug log must be empty. Both versions
# run at once (each run waits on its database more than on a core), each into its own log, printed
# when both are done; WAYFINDER_SERIAL=1 runs them one after the other.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

slots=(min latest)
case "${1:-}" in min|latest) slots=("$1"); shift ;; esac

[ -f build/admin/index.asset.php ] || npm run --silent build >/dev/null
phpunit="$(bash bin/php-tools.sh which phpunit)"
mkdir -p artifacts/junit
bash bin/mariadb.sh start >/dev/null

run_slot() {
	local slot="$1" site="$2"; shift 2
	local status=0
	say "PHP integration tests on WordPress $(cat "$CACHE/wordpress/$slot/VERSION") (MariaDB)"
	WAYFINDER_TEST_SITE="$site" "$phpunit" --testsuite integration --log-junit "artifacts/junit/php-integration-$slot.xml" "$@" || status=1
	if [ -s "$site/debug.log" ]; then
		echo "The debug log of WordPress $slot is not empty:" >&2
		cat "$site/debug.log" >&2
		status=1
	fi
	return $status
}

declare -A sites
for slot in "${slots[@]}"; do
	sites[$slot]="$(bash bin/make-site.sh "phpunit-$slot" "$slot" "http://localhost" --with-plugin)"
done

status=0
if [ ${#slots[@]} -eq 1 ] || [ "${WAYFINDER_SERIAL:-0}" = 1 ]; then
	for slot in "${slots[@]}"; do
		run_slot "$slot" "${sites[$slot]}" "$@" || status=1
	done
	exit $status
fi

declare -A pids
for slot in "${slots[@]}"; do
	run_slot "$slot" "${sites[$slot]}" "$@" >"artifacts/php-integration-$slot.log" 2>&1 &
	pids[$slot]=$!
done
for slot in "${slots[@]}"; do
	wait "${pids[$slot]}" || status=1
	cat "artifacts/php-integration-$slot.log"
done
exit $status
