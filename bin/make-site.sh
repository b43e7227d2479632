#!/usr/bin/env bash
# Creates a fresh WordPress site on the tests' MariaDB: bin/make-site.sh <name> <min|latest> <url> [--with-plugin] [--multisite]
# The site lives in .cache/sites/<name> with its own database wayfinder_<name>; anything there before is wiped.
# --with-plugin links this checkout into wp-content/plugins/wayfinder and activates it.
# --multisite makes it a subdirectory network first (its host, port included, is the network's domain),
# and --with-plugin then network-activates Wayfinder.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

name="${1:?usage: make-site.sh <name> <min|latest> <url> [--with-plugin]}"
slot="${2:?min or latest}"
url="${3:?site URL}"
with_plugin=""
multisite=""
for flag in "${@:4}"; do
	case "$flag" in
		--with-plugin) with_plugin=1 ;;
		--multisite) multisite=1 ;;
		*) die "unknown option: $flag" ;;
	esac
done
host="${url#*://}"
host="${host%%/*}"
site="$CACHE/sites/$name"
db="wayfinder_${name//-/_}"

[ -f "$CACHE/wordpress/$slot/VERSION" ] || bash "$ROOT/bin/fetch-wordpress.sh" "$slot"
bash "$ROOT/bin/mariadb.sh" start >/dev/null

# A site left serving by an interrupted run is stopped before its folder goes.
[ -d "$site/.server" ] && bash "$ROOT/bin/serve.sh" stop "$site" >/dev/null 2>&1 || true
[ -d "$site.cluster" ] && bash "$ROOT/bin/serve-cluster.sh" stop "$name" >/dev/null 2>&1 || true
rm -rf "$site"
mkdir -p "$CACHE/sites"
cp -r "$CACHE/wordpress/$slot" "$site"
mkdir -p "$site/wp-content/mu-plugins" "$site/wp-content/upgrade"
cp "$ROOT/bin/lib/offline-mu-plugin.php" "$site/wp-content/mu-plugins/offline.php"

salts="$(php -r 'foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) { printf("define( %s, %s );\n", var_export($k, true), var_export(bin2hex(random_bytes(32)), true)); }')"
cat > "$site/wp-config.php" <<PHP
<?php
define( 'DB_NAME', '$db' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', '$DB_HOST' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$salts
\$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WAYFINDER_TEST_SITE', true );
$( [ -n "$multisite" ] && printf "%s\n" "define( 'WP_ALLOW_MULTISITE', true );" "define( 'MULTISITE', true );" "define( 'SUBDOMAIN_INSTALL', false );" "define( 'DOMAIN_CURRENT_SITE', '$host' );" "define( 'PATH_CURRENT_SITE', '/' );" "define( 'SITE_ID_CURRENT_SITE', 1 );" "define( 'BLOG_ID_CURRENT_SITE', 1 );" )
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

db_root -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;"
if [ -n "$multisite" ]; then
	# WordPress installs as a single site first: the network's constants wait until it is one.
	mv "$site/wp-config.php" "$site/wp-config-network.php"
	grep -v "MULTISITE\|SUBDOMAIN_INSTALL\|_CURRENT_SITE" "$site/wp-config-network.php" > "$site/wp-config.php"
fi
php "$ROOT/bin/lib/wp.php" "$site" install "$url" password >/dev/null
if [ -n "$multisite" ]; then
	php "$ROOT/bin/lib/wp.php" "$site" multisite "$host" >/dev/null
	mv "$site/wp-config-network.php" "$site/wp-config.php"
fi

if [ -n "$with_plugin" ]; then
	ln -sfn "$ROOT" "$site/wp-content/plugins/wayfinder"
	php "$ROOT/bin/lib/wp.php" "$site" "$([ -n "$multisite" ] && echo network-activate || echo activate)" wayfinder/plugin.php >/dev/null
fi
: > "$site/debug.log"
echo "$site"
