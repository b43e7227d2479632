#!/usr/bin/env bash
# Serves a site made by make-site.sh as a scaled-out setup on loopback: two web servers with nothing
# shared but the database (and a shared object cache), behind one load balancer.
#   bin/serve-cluster.sh start <name> <port> | stop <name>
#
# - node A is the site's own folder, .cache/sites/<name>; node B is a copy, .cache/sites/<name>.node-b,
#   made again from A's code on every start (WordPress, wp-config.php with the same database and
#   salts, mu-plugins) with its own wp-content/uploads, debug.log and outbox;
# - Wayfinder is copied into each node (what the zip ships: package.json's "files"), as two servers
#   each deployed from the release, instead of one symlink to the
#   checkout that both would read: a file one node wrote into the plugin would be seen by the other;
# - each node has its own PHP-FPM master (own socket, workers, OPcache) whose pool sets
#   WAYFINDER_NODE=a|b, which the mu-plugin cluster-node.php answers in the X-Wayfinder-Node header;
# - one Redis on a unix socket is the persistent object cache both use (bin/lib/cluster-object-cache.php
#   as each node's wp-content/object-cache.php, WAYFINDER_CLUSTER_REDIS in wp-config.php; flushed on
#   start, kept in memory only);
# - one nginx: a backend per node (on a unix socket, its own document root) and the balancer on
#   127.0.0.1:<port>, round robin over both, no stickiness, no retry on the other node. The balancer
#   passes the client's address on (X-Forwarded-For, trusted from loopback only, as the real-IP module
#   of a site behind a proxy would), and for tests only, a request with `X-Wayfinder-To-Node: a|b`
#   goes to that node.
# Run state (configs, sockets, pids, logs) lives in .cache/sites/<name>.cluster. Stopping ends only the
# processes whose pid files are there and takes the object cache out of both nodes' configuration.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

action="${1:?usage: serve-cluster.sh start <name> <port> | stop <name>}"
name="${2:?site name (a folder of .cache/sites made by make-site.sh)}"
node_a="$CACHE/sites/$name"
node_b="$CACHE/sites/$name.node-b"
run="$CACHE/sites/$name.cluster"
PHP_VERSION="$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')"
FPM="$(command -v "php-fpm$PHP_VERSION" || echo "/usr/sbin/php-fpm$PHP_VERSION")"
marker='// wayfinder-cluster: the shared object cache of bin/serve-cluster.sh'

# Ends a process by its pid file, and waits until it is gone.
end() {
	local pidfile="$1" pid
	[ -f "$pidfile" ] || return 0
	pid="$(cat "$pidfile")"
	if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
		for _ in $(seq 1 40); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.25
		done
	fi
	rm -f "$pidfile"
}

# Takes the shared cache out of a node's configuration (the line in wp-config.php and the drop-in).
unconfigure() {
	local node="$1"
	[ -f "$node/wp-config.php" ] && sed -i "\#^${marker}\$#,+1d" "$node/wp-config.php"
	rm -f "$node/wp-content/object-cache.php"
}

stop() {
	end "$run/nginx.pid"
	end "$run/a.fpm.pid"
	end "$run/b.fpm.pid"
	end "$run/redis.pid"
	for node in "$node_a" "$node_b"; do
		[ -d "$node" ] && unconfigure "$node"
	done
	rm -f "$run"/*.sock
}

# Copies what the plugin zip ships (package.json's "files") from this checkout into a node's plugins folder.
deploy_plugin() {
	local target="$1/wp-content/plugins/wayfinder" parts=() part
	for part in $(node -p "require('$ROOT/package.json').files.join(' ')"); do
		[ -e "$ROOT/$part" ] && parts+=("$ROOT/$part")
	done
	rm -rf "$target"
	mkdir -p "$target"
	cp -r "${parts[@]}" "$target/"
}

start() {
	local port="${1:?port}" workers="${WAYFINDER_CLUSTER_WORKERS:-4}"
	[ -f "$node_a/wp-config.php" ] || die "no site in $node_a: make it first with bin/make-site.sh $name <min|latest> http://127.0.0.1:$port --with-plugin"
	[ -x "$FPM" ] && command -v nginx >/dev/null && command -v redis-server >/dev/null && php -r 'exit(class_exists("Redis") ? 0 : 1);' ||
		die "nginx, PHP-FPM, Redis or PHP's Redis extension is missing: run bin/install-system-deps.sh"
	# A site made by make-site.sh may still be served on its own; the cluster replaces that.
	[ -d "$node_a/.server" ] && bash "$ROOT/bin/serve.sh" stop "$node_a" >/dev/null 2>&1 || true
	stop
	mkdir -p "$run"

	# Node A's plugin becomes a copy (make-site links the checkout); node B is A's code, config and content.
	if [ -e "$node_a/wp-content/plugins/wayfinder" ] || [ -L "$node_a/wp-content/plugins/wayfinder" ]; then
		deploy_plugin "$node_a"
	fi
	grep -qF "$marker" "$node_a/wp-config.php" ||
		sed -i "s#^require_once ABSPATH . 'wp-settings.php';#${marker}\ndefine( 'WAYFINDER_CLUSTER_REDIS', '$run/redis.sock' );\n&#" "$node_a/wp-config.php"
	grep -qF "WAYFINDER_CLUSTER_REDIS" "$node_a/wp-config.php" || die "could not add the object cache to $node_a/wp-config.php"
	cp "$ROOT/bin/lib/cluster-object-cache.php" "$node_a/wp-content/object-cache.php"
	cp "$ROOT/bin/lib/cluster-node-mu-plugin.php" "$node_a/wp-content/mu-plugins/cluster-node.php"
	mkdir -p "$node_b/wp-content/uploads"
	rsync -a --delete --exclude=/debug.log --exclude=/.server --exclude=/wp-content/uploads/ \
		--exclude=/wp-content/mail.log "$node_a/" "$node_b/"
	touch "$node_a/debug.log" "$node_b/debug.log"

	redis-server --port 0 --unixsocket "$run/redis.sock" --unixsocketperm 700 --save '' --appendonly no \
		--daemonize yes --pidfile "$run/redis.pid" --logfile "$run/redis.log" --dir "$run" >/dev/null
	for _ in $(seq 1 40); do
		[ -S "$run/redis.sock" ] && [ -f "$run/redis.pid" ] && break
		sleep 0.25
	done
	[ -S "$run/redis.sock" ] || die "Redis did not start (see $run/redis.log)"

	local node dir
	for node in a b; do
		dir="$node_a"
		[ "$node" = b ] && dir="$node_b"
		cat > "$run/$node.fpm.conf" <<CONF
[global]
pid = $run/$node.fpm.pid
error_log = $run/$node.fpm.log
daemonize = yes
[node-$node]
listen = $run/$node.fpm.sock
pm = static
pm.max_children = $workers
catch_workers_output = yes
clear_env = no
env[WAYFINDER_NODE] = $node
php_admin_value[error_log] = $dir/debug.log
php_admin_value[log_errors] = on
php_admin_value[upload_max_filesize] = 32M
php_admin_value[post_max_size] = 32M
php_admin_value[memory_limit] = 256M
CONF
		"$FPM" --allow-to-run-as-root --fpm-config "$run/$node.fpm.conf"
	done

	backend() {
		local node="$1" dir="$2"
		cat <<CONF
	server {
		listen unix:$run/$node.http.sock;
		root $dir;
		index index.php;
		# The balancer is the only client here: the visitor's address is the one it passes on.
		set_real_ip_from unix:;
		set_real_ip_from 127.0.0.1;
		real_ip_header X-Forwarded-For;
		real_ip_recursive on;
		location ~* \.log\$ { deny all; return 404; }
		location ~ /\. { deny all; return 404; }
		location / { try_files \$uri \$uri/ /index.php?\$args; }
		location ~ \.php\$ {
			try_files \$uri =404;
			include /etc/nginx/fastcgi_params;
			# The address the visitor asked for, with the balancer's port (WordPress builds its URLs from it).
			fastcgi_param HTTP_HOST \$http_host;
			fastcgi_param SERVER_PORT $port;
			fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
			fastcgi_pass unix:$run/$node.fpm.sock;
			fastcgi_read_timeout 120s;
		}
	}
CONF
	}
	# One worker: its round robin is the only one, so requests alternate strictly, a, b, a, b.
	nginx_conf_head "$run" 1 1024 > "$run/nginx.conf"
	cat >> "$run/nginx.conf" <<CONF
	upstream wayfinder_nodes {
		server unix:$run/a.http.sock;
		server unix:$run/b.http.sock;
	}
	upstream wayfinder_node_a { server unix:$run/a.http.sock; }
	upstream wayfinder_node_b { server unix:$run/b.http.sock; }
	# Tests only: X-Wayfinder-To-Node picks the node (a write through one, a read through the other).
	map \$http_x_wayfinder_to_node \$wayfinder_pool {
		a wayfinder_node_a;
		b wayfinder_node_b;
		default wayfinder_nodes;
	}
	server {
		listen 127.0.0.1:$port;
		location / {
			proxy_pass http://\$wayfinder_pool;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$http_host;
			proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
			# A request that failed on one node is never sent again to the other (a POST would run twice).
			proxy_next_upstream off;
			proxy_read_timeout 120s;
		}
	}
$(backend a "$node_a")
$(backend b "$node_b")
}
CONF
	nginx -c "$run/nginx.conf" -p "$run" -e "$run/nginx-error.log"

	local seen=""
	for _ in $(seq 1 40); do
		seen+="$(curl -s -o /dev/null -D - "http://127.0.0.1:$port/wp-login.php" | tr -d '\r' | sed -n 's/^[Xx]-[Ww]ayfinder-[Nn]ode: //p')"
		case "$seen" in *a*b* | *b*a*) break ;; esac
		sleep 0.25
	done
	case "$seen" in *a*b* | *b*a*) ;; *) die "the cluster on port $port did not answer from both nodes (see $run/*.log)" ;; esac
	echo "Serving $name on http://127.0.0.1:$port from two nodes: $node_a and $node_b"
}

case "$action" in
	start) start "${3:-}" ;;
	stop) stop; echo "Stopped the cluster of $name" ;;
	*) die "usage: serve-cluster.sh start <name> <port> | stop <name>" ;;
esac
