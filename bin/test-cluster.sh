#!/usr/bin/env bash
# The scaled-out suite: Playwright's `cluster` project (tests/e2e/cluster/) against two web servers on
# one MariaDB and one shared object cache, behind an nginx that round-robins (bin/serve-cluster.sh).
# Makes a fresh site `cluster` (newest WordPress, Wayfinder active, tests/e2e/fixtures/cluster.php),
# serves it from two nodes on port ${WAYFINDER_CLUSTER_PORT:-8930}, runs the suite (junit in
# artifacts/junit/cluster.xml) and stops the cluster however the run ends.
#   bin/test-cluster.sh [playwright args…]     e.g. bin/test-cluster.sh -g "board"
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

port="${WAYFINDER_CLUSTER_PORT:-8930}"
url="http://127.0.0.1:$port"
name=cluster
[ -x /usr/bin/chromium ] || die "Chromium is missing: run bin/install-system-deps.sh"

trap 'bash bin/serve-cluster.sh stop "$name" >/dev/null 2>&1 || true' EXIT
# A cluster left running by an interrupted run goes before its site is made again.
bash bin/serve-cluster.sh stop "$name" >/dev/null 2>&1 || true
site="$(bash bin/make-site.sh "$name" latest "$url" --with-plugin)"
# Both nodes count the quiz's results per day, so a burst never straddles two windows (see the file).
cp tests/e2e/fixtures/cluster-rate-limit.php "$site/wp-content/mu-plugins/"
mkdir -p artifacts
people="$ROOT/artifacts/cluster-people.json"
php bin/lib/wp.php "$site" eval tests/e2e/fixtures/cluster.php >"$people"
bash bin/serve-cluster.sh start "$name" "$port" >/dev/null

WAYFINDER_CLUSTER_URL="$url" WAYFINDER_CLUSTER_SITE_DIR="$site" WAYFINDER_CLUSTER_NODE_B_DIR="$CACHE/sites/$name.node-b" \
	WAYFINDER_CLUSTER_PEOPLE="$people" PLAYWRIGHT_JUNIT_OUTPUT_FILE="$ROOT/artifacts/junit/cluster.xml" \
	npx playwright test --project=cluster "$@"
