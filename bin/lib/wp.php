<?php
/**
 * Site commands for the harness, where WP-CLI is not available.
 *
 * Usage:
 *   php bin/lib/wp.php <site-dir> install <url> <admin-password>
 *   php bin/lib/wp.php <site-dir> activate <plugin-file>
 *   php bin/lib/wp.php <site-dir> eval <php-file>
 *
 * @package Wayfinder
 */

[ , $site, $command ] = $argv + array( null, null, null );
if ( ! $site || ! $command || ! is_file( "$site/wp-load.php" ) ) {
	fwrite( STDERR, "usage: php bin/lib/wp.php <site-dir> install|activate|eval …\n" );
	exit( 2 );
}

$_SERVER['HTTP_HOST']   = 'localhost';
$_SERVER['SERVER_NAME'] = 'localhost';
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

require "$site/wp-load.php";
require_once ABSPATH . 'wp-admin/includes/plugin.php';

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
