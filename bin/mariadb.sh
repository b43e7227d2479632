#!/usr/bin/env bash
# Starts or stops the tests' own MariaDB on loopback, with its data folder under .cache/.
#   bin/mariadb.sh start | stop | status
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

DATA="$CACHE/mariadb"
SOCKET="$DATA/mysqld.sock"
PIDFILE="$DATA/mysqld.pid"

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

start() {
	command -v mariadbd >/dev/null || command -v mysqld >/dev/null || die "MariaDB is not installed: run bin/install-system-deps.sh"
	if running; then echo "MariaDB already running on $DB_HOST"; return; fi
	mkdir -p "$DATA"
	if [ ! -d "$DATA/db/mysql" ]; then
		mariadb-install-db --no-defaults --datadir="$DATA/db" --user="$(id -un)" --auth-root-authentication-method=socket >"$DATA/install.log" 2>&1 ||
			{ cat "$DATA/install.log" >&2; die "mariadb-install-db failed"; }
	fi
	local server; server="$(command -v mariadbd || command -v mysqld)"
	"$server" --no-defaults --datadir="$DATA/db" --socket="$SOCKET" --pid-file="$PIDFILE" \
		--port="$DB_PORT" --bind-address=127.0.0.1 --user="$(id -un)" \
		--log-error="$DATA/error.log" --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 \
		--max-connections=300 --skip-name-resolve >/dev/null 2>&1 &
	for _ in $(seq 1 60); do
		if db_root -e 'SELECT 1' >/dev/null 2>&1; then break; fi
		sleep 0.5
	done
	db_root -e 'SELECT 1' >/dev/null 2>&1 || { tail -20 "$DATA/error.log" >&2; die "MariaDB did not start"; }
	db_root -e "CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON \`wayfinder\\_%\`.* TO '$DB_USER'@'127.0.0.1';"
	echo "MariaDB running on $DB_HOST"
}

stop() {
	if running; then
		kill "$(cat "$PIDFILE")"
		for _ in $(seq 1 60); do running || break; sleep 0.5; done
	fi
	echo "MariaDB stopped"
}

case "${1:-}" in
	start) start ;;
	stop) stop ;;
	status) running && echo "running on $DB_HOST" || { echo "stopped"; exit 1; } ;;
	*) die "usage: $0 start|stop|status" ;;
esac
