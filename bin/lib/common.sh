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

# The start of an nginx.conf whose files live in run dir $1, with $2 workers of $3 connections each;
# the caller writes the rest of its http block and closes it.
nginx_conf_head() {
	cat <<CONF
worker_processes $2;
pid $1/nginx.pid;
error_log $1/nginx-error.log warn;
user $(id -un);
events { worker_connections $3; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_max_body_size 32m;
	client_body_temp_path $1/body;
	fastcgi_temp_path $1/fastcgi;
	proxy_temp_path $1/proxy;
	uwsgi_temp_path $1/uwsgi;
	scgi_temp_path $1/scgi;
CONF
}
