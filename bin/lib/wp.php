<?php
/**
 * Site commands for the harness, where WP-CLI is not available.
 *
 * Usage:
 *   php bin/lib/wp.php <site-dir> install <url> <admin-password>
 *   php bin/lib/wp.php <site-dir> activate <plugin-file>
 *   php bin/lib/wp.php <site-dir> eval <php-file>
 *   php bin/lib/wp.php <site-dir> multisite <host>      (after install: makes the site a subdirectory network)
 *   php bin/lib/wp.php <site-dir> network-activate <plugin-file>
 *
 * @package Wayfinder
 */

[ , $site, $command ] = $argv + array( null, null, null );
if ( ! $site || ! $command || ! is_file( "$site/wp-load.php" ) ) {
	fwrite( STDERR, "usage: php bin/lib/wp.php <site-dir> install|activate|eval …\n" );
	exit( 2 );
}

// On a network, WordPress finds the site by its host: the network's own (with its port, if any).
$wayfinder_host = 'localhost';
if ( preg_match( "/define\\( 'DOMAIN_CURRENT_SITE', '([^']+)' \\)/", (string) file_get_contents( "$site/wp-config.php" ), $wayfinder_found ) ) {
	$wayfinder_host = $wayfinder_found[1];
}
$_SERVER['HTTP_HOST']   = $wayfinder_host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:\d+$/', '', $wayfinder_host );
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	require "$site/wp-load.php";
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	[ , , , $url, $password ] = $argv;
	$result                   = wp_install( 'Wayfinder test site', 'admin', 'admin@example.org', false, '', wp_slash( $password ) );
	update_option( 'siteurl', $url );
	update_option( 'home', $url );
	update_option( 'permalink_structure', '/%postname%/' );
	echo 'Installed WordPress ' . $GLOBALS['wp_version'] . ' for user ' . $result['user_id'] . "\n";
	exit( 0 );
}

if ( 'multisite' === $command ) {
	require "$site/wp-load.php";
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/network.php';
	global $wpdb;
	// The network's tables are not named until WordPress runs as a network: name them to make them.
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
		$wpdb->$table = $prefixed;
	}
	install_network();
	$result = populate_network( 1, $argv[3], (string) get_option( 'admin_email' ), 'Wayfinder test network', '/', false );
	if ( is_wp_error( $result ) && 'no_wildcard_dns' !== $result->get_error_code() ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "A subdirectory network on {$argv[3]}\n";
	exit( 0 );
}

require "$site/wp-load.php";
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( 'network-activate' === $command ) {
	$result = activate_plugin( $argv[3], '', true );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "Network-activated {$argv[3]}\n";
	exit( 0 );
}

if ( 'activate' === $command ) {
	$result = activate_plugin( $argv[3] );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo "Activated {$argv[3]}\n";
	exit( 0 );
}

if ( 'eval' === $command ) {
	require $argv[3];
	exit( 0 );
}

fwrite( STDERR, "unknown command: $command\n" );
exit( 2 );
