# Shared paths and helpers for the bin/ scripts. Source it; do not run it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${WAYFINDER_CACHE:-$ROOT/.cache}"
DB_PORT="${WAYFINDER_DB_PORT:-3407}"
DB_HOST="127.0.0.1:$DB_PORT"
DB_USER="wayfinder"
DB_PASSWORD="wayfinder"
export ROOT CACHE DB_PORT DB_HOST DB_USER DB_PASSWORD

say() { printf '\033[1m%s\033[0m\n' "$*"; }
die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Runs SQL as the MariaDB root user over the harness's own socket.
db_root() { mariadb --socket="$CACHE/mariadb/mysqld.sock" -uroot "$@"; }
