<?php
/**
 * Loads the integration test site: a real WordPress on the tests' MariaDB with Wayfinder active.
 * Each test runs inside a database transaction that is rolled back (see TestCase).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

$wayfinder_site = (string) getenv( 'WAYFINDER_TEST_SITE' );
if ( ! is_file( $wayfinder_site . '/wp-load.php' ) ) {
	fwrite( STDERR, "WAYFINDER_TEST_SITE does not point at a WordPress site. Run the integration tests with bin/test-integration.sh.\n" );
	exit( 1 );
}

$_SERVER['HTTP_HOST']   = 'localhost';
$_SERVER['SERVER_NAME'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';

require $wayfinder_site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

if ( ! class_exists( \Wayfinder\Plugin::class ) ) {
	fwrite( STDERR, "Wayfinder is not active on the test site.\n" );
	exit( 1 );
}

// Test users need no strong password hashes: the cheapest bcrypt cost keeps creating them fast.
add_filter( 'wp_hash_password_options', static fn ( array $options ): array => array( 'cost' => 4 ) + $options );

// The seeded default surveys would ask people of every test's cohorts and mentorships (and e-mail
// them): tests publish the surveys they ask, and DefaultSurveysTest seeds the defaults itself. The
// seeded mark stays, as after an install. Outside any test's transaction, so once a run.
foreach ( get_posts(
	array(
		'post_type'      => \Wayfinder\Surveys\SurveyPostType::POST_TYPE,
		'post_status'    => 'any',
		'posts_per_page' => -1,
		'fields'         => 'ids',
	)
) as $wayfinder_survey ) {
	wp_delete_post( (int) $wayfinder_survey, true );
}

// Likewise the seeded default badges would award themselves in every test's mentorships, graduations
// and contributions (and e-mail about it): tests make the badges they award, and DefaultBadgesTest
// seeds the defaults itself. The seeded mark stays, as after an install.
foreach ( get_posts(
	array(
		'post_type'      => \Wayfinder\Badges\BadgePostType::POST_TYPE,
		'post_status'    => 'any',
		'posts_per_page' => -1,
		'fields'         => 'ids',
	)
) as $wayfinder_badge ) {
	wp_delete_post( (int) $wayfinder_badge, true );
}

// On the network install (bin/test-integration.sh's multisite runs): two team sites, Polyglots and
// Core, made once a run outside any test's transaction (making a site creates tables). The main site
// runs the program, as a make.wordpress.org-style network would set it up.
if ( is_multisite() ) {
	update_site_option( \Wayfinder\Platform\Network::PROGRAM_SITE, get_main_site_id() );
	foreach ( array(
		'polyglots' => 'Polyglots',
		'core'      => 'Core',
	) as $wayfinder_path => $wayfinder_title ) {
		if ( array() === get_sites(
			array(
				'path'   => "/$wayfinder_path/",
				'number' => 1,
			)
		) ) {
			$wayfinder_made = wp_insert_site(
				array(
					'domain' => 'localhost',
					'path'   => "/$wayfinder_path/",
					'title'  => $wayfinder_title,
				)
			);
			if ( is_wp_error( $wayfinder_made ) ) {
				fwrite( STDERR, 'The team site could not be made: ' . $wayfinder_made->get_error_message() . "\n" );
				exit( 1 );
			}
		}
	}
}
