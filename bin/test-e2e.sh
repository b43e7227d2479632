#!/usr/bin/env bash
# Playwright in Debian's Chromium against
#  - a fresh WordPress (newest version) on MariaDB served by nginx + PHP-FPM, where the zip is uploaded;
#  - the same stack with the demo program for the coordinator's screens (e2e-demo) and for the
#    community-facing blocks (e2e-community, port ${WAYFINDER_COMMUNITY_PORT:-8892});
#  - blind selection from application to result (e2e-selection, port ${WAYFINDER_SELECTION_PORT:-8895});
#  - the demo program, a cohort whose mentee graduates into a team, one answering surveys and a graduate's badge (e2e-graduation, port ${WAYFINDER_GRADUATION_PORT:-8896});
#  - a network (multisite) whose main site runs the demo program beside the Polyglots team site (e2e-network, port ${WAYFINDER_NETWORK_PORT:-8893});
#  - the `npm start` Playground site (SQLite, demo program).
#   bin/test-e2e.sh [playwright args…]     e.g. bin/test-e2e.sh --project=site -g "uninstall"
# The MariaDB site holds a large program (2,000 mentors, 10,000 mentees) before the zip is uploaded, so
# the tests run against a program of that size; WAYFINDER_E2E_LARGE=0 leaves it out.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

port="${WAYFINDER_E2E_PORT:-8890}"
demo_port="${WAYFINDER_DEMO_PORT:-8891}"
community_port="${WAYFINDER_COMMUNITY_PORT:-8892}"
playground_port="${WAYFINDER_PLAYGROUND_PORT:-9401}"
quiz_port="${WAYFINDER_QUIZ_PORT:-8894}"
selection_port="${WAYFINDER_SELECTION_PORT:-8895}"
graduation_port="${WAYFINDER_GRADUATION_PORT:-8896}"
network_port="${WAYFINDER_NETWORK_PORT:-8893}"
url="http://127.0.0.1:$port"
[ -x /usr/bin/chromium ] || die "Chromium is missing: run bin/install-system-deps.sh"

# Every server this run starts is stopped when it ends, however it ends.
served=()
playground_pid=""
cleanup() {
	for each in "${served[@]}"; do bash bin/serve.sh stop "$each" >/dev/null 2>&1 || true; done
	[ -z "$playground_pid" ] || kill "$playground_pid" 2>/dev/null || true
}
trap cleanup EXIT
serve() { served+=("$1"); bash bin/serve.sh start "$1" "$2" >/dev/null; }

[ "${WAYFINDER_SKIP_BUILD:-}" = 1 ] && [ -f wayfinder.zip ] || npm run --silent plugin-zip >/dev/null
# Playground boots on the other core while the nginx sites are made.
mkdir -p artifacts
PORT="$playground_port" node bin/playground.mjs >artifacts/playground.log 2>&1 &
playground_pid=$!
playground_start=$SECONDS
site="$(bash bin/make-site.sh e2e latest "$url")"
php bin/lib/wp.php "$site" eval tests/e2e/fixtures/users.php
if [ "${WAYFINDER_E2E_LARGE:-1}" != 0 ]; then
	large_start="$(date +%s%N)"
	php bin/lib/wp.php "$site" eval tests/e2e/fixtures/large-program.php
	large_ms="$(( ($(date +%s%N) - large_start) / 1000000 ))"
	say "The large program added $((large_ms / 1000)).$(printf '%03d' $((large_ms % 1000))) s to the e2e setup"
	[ "$large_ms" -le 60000 ] || echo "test-e2e: the large program took over 60 s; see docs/operations.md" >&2
fi
serve "$site" "$port"
# The demo program on the same stack, plugin active, for the coordinator's screens.
demo_site="$(bash bin/make-site.sh e2e-demo latest "http://127.0.0.1:$demo_port" --with-plugin)"
php bin/lib/wp.php "$demo_site" eval tests/e2e/fixtures/demo.php
# A cohort open for applications and two people who have not applied (apply.spec.ts).
php bin/lib/wp.php "$demo_site" eval tests/e2e/fixtures/apply.php >/dev/null
# There, a board run of more than one mentee goes through the background job (see the fixture).
cp tests/e2e/fixtures/board-runs-in-background.php "$demo_site/wp-content/mu-plugins/"
serve "$demo_site" "$demo_port"
# The community site: the demo program again, for the blocks visitors and members use.
community_site="$(bash bin/make-site.sh e2e-community latest "http://127.0.0.1:$community_port" --with-plugin)"
php bin/lib/wp.php "$community_site" eval tests/e2e/fixtures/demo.php
serve "$community_site" "$community_port"
# The demo program again, for visitors: its "Get involved" page with the quiz.
quiz_site="$(bash bin/make-site.sh e2e-quiz latest "http://127.0.0.1:$quiz_port" --with-plugin)"
php bin/lib/wp.php "$quiz_site" eval tests/e2e/fixtures/demo.php
serve "$quiz_site" "$quiz_port"
# Blind selection from application to result, on a site whose reviewers' pool is known.
selection_site="$(bash bin/make-site.sh e2e-selection latest "http://127.0.0.1:$selection_port" --with-plugin)"
php bin/lib/wp.php "$selection_site" eval tests/e2e/fixtures/selection.php >/dev/null
serve "$selection_site" "$selection_port"
# From a first contribution to a contact in a team, beside the demo program (its own site: the people it
# adds would change the other sites' counts).
graduation_site="$(bash bin/make-site.sh e2e-graduation latest "http://127.0.0.1:$graduation_port" --with-plugin)"
php bin/lib/wp.php "$graduation_site" eval tests/e2e/fixtures/demo.php
php bin/lib/wp.php "$graduation_site" eval tests/e2e/fixtures/graduation.php >/dev/null
# Before and after: a cohort in its first week whose mentees were asked the survey (surveys.spec.ts).
php bin/lib/wp.php "$graduation_site" eval tests/e2e/fixtures/surveys.php >/dev/null
# A graduate's badge and its certificate, verified and revoked (badges.spec.ts).
php bin/lib/wp.php "$graduation_site" eval tests/e2e/fixtures/badges.php >/dev/null
serve "$graduation_site" "$graduation_port"
# One program on a network: the main site runs the demo, the Polyglots site shows it (network.spec.ts).
network_site="$(bash bin/make-site.sh e2e-network latest "http://127.0.0.1:$network_port" --with-plugin --multisite)"
php bin/lib/wp.php "$network_site" eval tests/e2e/fixtures/demo.php
php bin/lib/wp.php "$network_site" eval tests/e2e/fixtures/network.php >/dev/null
serve "$network_site" "$network_port"

# The demo loads inside PHP in WebAssembly (signing its certificates too): up to 4 minutes on a busy machine.
for _ in $(seq 1 480); do
	grep -q 'Wayfinder is running' artifacts/playground.log && break
	kill -0 $playground_pid 2>/dev/null || { cat artifacts/playground.log >&2; die "Playground did not start"; }
	sleep 0.5
done
grep -q 'Wayfinder is running' artifacts/playground.log || { cat artifacts/playground.log >&2; die "Playground did not start in 4 minutes"; }
say "Playground with the demo was ready $((SECONDS - playground_start)) s after it started (beside the other sites)"

mkdir -p artifacts/screenshots
WAYFINDER_E2E_URL="$url" WAYFINDER_E2E_SITE_DIR="$site" WAYFINDER_DEMO_URL="http://127.0.0.1:$demo_port" \
	WAYFINDER_COMMUNITY_URL="http://127.0.0.1:$community_port" WAYFINDER_QUIZ_URL="http://127.0.0.1:$quiz_port" \
	WAYFINDER_SELECTION_URL="http://127.0.0.1:$selection_port" WAYFINDER_GRADUATION_URL="http://127.0.0.1:$graduation_port" \
	WAYFINDER_NETWORK_URL="http://127.0.0.1:$network_port" \
	WAYFINDER_PLAYGROUND_URL="http://127.0.0.1:$playground_port" npx playwright test "$@"
