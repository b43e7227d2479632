#!/usr/bin/env bash
# PHPUnit integration tests inside a real WordPress on MariaDB, on the minimum and the newest version,
# each as a single site and as a network (multisite, Wayfinder network-activated, the main site running
# the program beside two team sites; the tests of @group multisite run only there).
#   bin/test-integration.sh [min|latest|min-multisite|latest-multisite] [phpunit args…]
# Each run gets a fresh site and database; afterwards its debug log must be empty. The runs go at once
# (each waits on its database more than on a core), each into its own log, printed when all are done;
# WAYFINDER_SERIAL=1 runs them one after the other.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

slots=(min latest min-multisite latest-multisite)
case "${1:-}" in min|latest|min-multisite|latest-multisite) slots=("$1"); shift ;; esac

[ -f build/admin/index.asset.php ] || npm run --silent build >/dev/null
phpunit="$(bash bin/php-tools.sh which phpunit)"
mkdir -p artifacts/junit
bash bin/mariadb.sh start >/dev/null

run_slot() {
	local slot="$1" site="$2"; shift 2
	local status=0 version="${slot%-multisite}" groups=(--exclude-group multisite) kind="a single site"
	if [ "$slot" != "$version" ]; then groups=(); kind="a network"; fi
	say "PHP integration tests on WordPress $(cat "$CACHE/wordpress/$version/VERSION"), $kind (MariaDB)"
	WAYFINDER_TEST_SITE="$site" "$phpunit" --testsuite integration "${groups[@]}" --log-junit "artifacts/junit/php-integration-$slot.xml" "$@" || status=1
	# Core's own deprecation notices from its network code (PHP 8.2+, WordPress 7.1) are not Wayfinder's.
	if [ -f "$site/debug.log" ]; then
		grep -v "PHP Deprecated: .* in [^ ]*/wp-includes/ms-[a-z-]*\.php on line" "$site/debug.log" > "$site/debug.log.ours" || true
		mv "$site/debug.log.ours" "$site/debug.log"
	fi
	if [ -s "$site/debug.log" ]; then
		echo "The debug log of WordPress $slot is not empty:" >&2
		cat "$site/debug.log" >&2
		status=1
	fi
	return $status
}

declare -A sites
for slot in "${slots[@]}"; do
	if [ "$slot" = "${slot%-multisite}" ]; then
		sites[$slot]="$(bash bin/make-site.sh "phpunit-$slot" "$slot" "http://localhost" --with-plugin)"
	else
		sites[$slot]="$(bash bin/make-site.sh "phpunit-$slot" "${slot%-multisite}" "http://localhost" --with-plugin --multisite)"
	fi
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
