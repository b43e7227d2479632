#!/usr/bin/env bash
# Serves a site made by make-site.sh with nginx + PHP-FPM on loopback (several PHP workers, like production).
#   bin/serve.sh start <site-dir> <port> | stop <site-dir>
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

action="${1:?usage: serve.sh start <site-dir> <port> | stop <site-dir>}"
site="$(cd "${2:?site dir}" && pwd)"
run="$site/.server"
PHP_VERSION="$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')"
FPM="$(command -v "php-fpm$PHP_VERSION" || echo "/usr/sbin/php-fpm$PHP_VERSION")"

stop() {
	for pidfile in "$run/nginx.pid" "$run/fpm.pid"; do
		if [ -f "$pidfile" ]; then
			kill "$(cat "$pidfile")" 2>/dev/null || true
			rm -f "$pidfile"
		fi
	done
	# PHP-FPM lets its socket go only once its workers have finished: a new start must not race it.
	for _ in $(seq 1 20); do
		[ -e "$run/fpm.sock" ] || break
		sleep 0.25
	done
}

start() {
	local port="${1:?port}"
	[ -x "$FPM" ] && command -v nginx >/dev/null || die "nginx or PHP-FPM is missing: run bin/install-system-deps.sh"
	stop
	mkdir -p "$run"
	# A subdirectory network: /polyglots/wp-admin/… and /polyglots/wp-login.php are WordPress's own files.
	local network_rules=""
	if grep -q "'MULTISITE', true" "$site/wp-config.php"; then
		network_rules='if (!-e $request_filename) { rewrite ^(/[^/]+)?(/wp-(content|admin|includes).*) $2 last; rewrite ^(/[^/]+)?(/.*\.php)$ $2 last; }'
	fi
	cat > "$run/fpm.conf" <<CONF
[global]
pid = $run/fpm.pid
error_log = $run/fpm.log
daemonize = yes
[www]
listen = $run/fpm.sock
pm = static
pm.max_children = ${WAYFINDER_PHP_WORKERS:-8}
catch_workers_output = yes
clear_env = no
php_admin_value[error_log] = $site/debug.log
php_admin_value[log_errors] = on
php_admin_value[upload_max_filesize] = 32M
php_admin_value[post_max_size] = 32M
php_admin_value[memory_limit] = 256M
CONF
	"$FPM" --allow-to-run-as-root --fpm-config "$run/fpm.conf"
	nginx_conf_head "$run" 2 512 > "$run/nginx.conf"
	cat >> "$run/nginx.conf" <<CONF
	server {
		listen 127.0.0.1:$port;
		root $site;
		index index.php;
		# Logs (debug.log, mail.log, any *.log) and dot-files (this server's own .server/ folder) are
		# never served: they hold addresses, mail and errors. 404, as if they were not there.
		location ~* \.log\$ { deny all; return 404; }
		location ~ /\. { deny all; return 404; }
		$network_rules
		location / { try_files \$uri \$uri/ /index.php?\$args; }
		location ~ \.php\$ {
			try_files \$uri =404;
			include /etc/nginx/fastcgi_params;
			# Debian's params drop the port from HTTP_HOST; WordPress needs it on a non-default port.
			fastcgi_param HTTP_HOST \$host:\$server_port;
			fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
			fastcgi_pass unix:$run/fpm.sock;
		}
	}
}
CONF
	nginx -c "$run/nginx.conf" -p "$run" -e "$run/nginx-error.log"
	for _ in $(seq 1 40); do
		curl -s -o /dev/null "http://127.0.0.1:$port/wp-login.php" && break
		sleep 0.25
	done
	curl -s -o /dev/null "http://127.0.0.1:$port/wp-login.php" || die "the site on port $port did not answer"
	echo "Serving $site on http://127.0.0.1:$port"
}

case "$action" in
	start) start "${3:-}" ;;
	stop) stop; echo "Stopped $site" ;;
	*) die "usage: serve.sh start <site-dir> <port> | stop <site-dir>" ;;
esac
