<?php
/**
 * Seeds a bench site for `npm run bench:impact` (through bin/lib/wp.php eval): WAYFINDER_IMPACT_MENTEES
 * mentees (default 10,000) who ended a program in the last five years — four cohorts a year (a fifth of
 * them 1:1 mentorships of every origin), plus a waitlisted applicant for every eight — each with
 * verified contributions spread over the months after their end (fewer as time passes; some stop), their
 * months measured through Impact\Outcomes; 100 published posts (core's page); a coordinator
 * (bench-coordinator, password "password"). The mentees are user IDs in the tables, not accounts: the
 * figures never read the users table. Idempotent: a site already seeded is kept. Prints one JSON line.
 *
 * @package Wayfinder
 */

// phpcs:disable WordPress.DB -- a bench script writing the site's state once, outside the plugin.

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Demo\SeedingRepository;
use Wayfinder\Impact\Outcomes;
use Wayfinder\Platform\Schema;
use Wayfinder\Surveys\WaveTiming;

global $wpdb;
$wayfinder_mentees = max( 100, (int) ( false === getenv( 'WAYFINDER_IMPACT_MENTEES' ) ? 10000 : getenv( 'WAYFINDER_IMPACT_MENTEES' ) ) );
$wayfinder_rows    = new SeedingRepository();
$wayfinder_table   = Schema::impact_outcomes_table();
$wayfinder_made    = Schema::contributions_table();

if ( ! get_user_by( 'login', 'bench-coordinator' ) ) {
	wp_insert_user(
		array(
			'user_login' => 'bench-coordinator',
			'user_pass'  => 'password',
			'user_email' => 'bench-coordinator@example.org',
			'role'       => 'wayfinder_coordinator',
		)
	);
}
for ( $wayfinder_n = (int) wp_count_posts( 'post' )->publish; $wayfinder_n < 100; $wayfinder_n++ ) {
	wp_insert_post(
		array(
			'post_status'  => 'publish',
			'post_title'   => 'Contributor day notes ' . ( $wayfinder_n + 1 ),
			'post_content' => '<!-- wp:paragraph --><p>What we worked on, who helped, and what comes next.</p><!-- /wp:paragraph -->',
		)
	);
}

$wayfinder_had = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wayfinder_table}" );
if ( 0 === $wayfinder_had ) {
	mt_srand( 17 );
	$wayfinder_today   = WaveTiming::day_of( time() );
	$wayfinder_teams   = array( 'polyglots', 'core', 'docs', 'support', 'design', 'test', 'training', 'photos', 'marketing', 'community' );
	$wayfinder_kinds   = array( 'code', 'documentation', 'translation', 'support', 'design', 'testing', 'training', 'photo', 'event', 'other' );
	$wayfinder_origins = array( 'auto', 'mentee_request', 'coordinator', 'mentor_offer', 'backup' );
	$wayfinder_cohorts = array();
	for ( $wayfinder_c = 0; $wayfinder_c < 20; $wayfinder_c++ ) {
		$wayfinder_end                      = WaveTiming::add_months( $wayfinder_today, -3 * ( 20 - $wayfinder_c ) + 1 );
		$wayfinder_id                       = wp_insert_post(
			array(
				'post_type'   => CohortPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Cohort ' . substr( $wayfinder_end, 0, 7 ),
				'meta_input'  => array(
					CohortPostType::START_DATE => WaveTiming::add_months( $wayfinder_end, -1 ),
					CohortPostType::END_DATE   => $wayfinder_end,
				),
			)
		);
		$wayfinder_cohorts[ $wayfinder_id ] = $wayfinder_end;
	}
	$wayfinder_ids      = array_keys( $wayfinder_cohorts );
	$wayfinder_outcomes = array();
	$wayfinder_contribs = array();
	$wayfinder_key      = 0;
	$wayfinder_user     = 10000000;
	$wayfinder_total    = $wayfinder_mentees + intdiv( $wayfinder_mentees, 8 );
	for ( $wayfinder_i = 0; $wayfinder_i < $wayfinder_total; $wayfinder_i++ ) {
		++$wayfinder_user;
		$wayfinder_waitlisted = $wayfinder_i >= $wayfinder_mentees;
		$wayfinder_cohort     = $wayfinder_ids[ $wayfinder_i % 20 ];
		$wayfinder_one        = ! $wayfinder_waitlisted && 0 === $wayfinder_i % 5;
		$wayfinder_ended      = $wayfinder_cohorts[ $wayfinder_cohort ];
		$wayfinder_team       = $wayfinder_waitlisted || 0 === $wayfinder_i % 3 ? '' : $wayfinder_teams[ $wayfinder_i % 10 ];
		$wayfinder_outcomes[] = array( $wayfinder_user, $wayfinder_one ? 0 : $wayfinder_cohort, $wayfinder_one ? $wayfinder_i : 0, $wayfinder_waitlisted ? 'waitlist' : ( $wayfinder_one ? $wayfinder_origins[ $wayfinder_i % 5 ] : 'cohort' ), $wayfinder_team, $wayfinder_waitlisted ? 1 : 0, ! $wayfinder_waitlisted && 0 !== $wayfinder_i % 7 ? 1 : 0, $wayfinder_ended, gmdate( 'Y-m-d H:i:s' ) );
		// Keeps going for 0–30 months (waitlisted people for less), one to three contributions a month.
		$wayfinder_months = mt_rand( 0, $wayfinder_waitlisted ? 6 : 30 );
		for ( $wayfinder_m = 0; $wayfinder_m < $wayfinder_months; $wayfinder_m++ ) {
			$wayfinder_day = WaveTiming::add_months( $wayfinder_ended, $wayfinder_m );
			$wayfinder_day = substr( $wayfinder_day, 0, 8 ) . sprintf( '%02d', mt_rand( 1, 28 ) );
			if ( $wayfinder_day >= $wayfinder_today ) {
				break;
			}
			for ( $wayfinder_k = mt_rand( 1, 3 ); $wayfinder_k > 0; $wayfinder_k-- ) {
				++$wayfinder_key;
				$wayfinder_contribs[] = array( $wayfinder_user, $wayfinder_kinds[ mt_rand( 0, 9 ) ], '' === $wayfinder_team ? $wayfinder_teams[ mt_rand( 0, 9 ) ] : $wayfinder_team, '', 'Bench contribution', $wayfinder_day, 'manual', 'bench-' . $wayfinder_key, 0 === $wayfinder_key % 10 ? 'unverified' : 'verified', gmdate( 'Y-m-d H:i:s' ), gmdate( 'Y-m-d H:i:s' ) );
			}
		}
		if ( count( $wayfinder_contribs ) >= 5000 ) {
			$wayfinder_rows->insert( $wayfinder_made, array( 'user_id', 'kind', 'team', 'url', 'summary', 'contributed_on', 'source', 'source_key', 'status', 'created_at', 'updated_at' ), $wayfinder_contribs );
			$wayfinder_contribs = array();
		}
	}
	$wayfinder_rows->insert( $wayfinder_made, array( 'user_id', 'kind', 'team', 'url', 'summary', 'contributed_on', 'source', 'source_key', 'status', 'created_at', 'updated_at' ), $wayfinder_contribs );
	$wayfinder_rows->insert( $wayfinder_table, array( 'user_id', 'cohort_id', 'match_id', 'origin', 'team', 'waitlisted', 'graduated', 'ended_on', 'updated_at' ), $wayfinder_outcomes );
	// The months, measured as the tick measures them, a batch at a time.
	$wayfinder_service = new Outcomes();
	do {
		$wayfinder_changed = $wayfinder_service->measure_due( time(), Outcomes::BATCH );
	} while ( $wayfinder_changed > 0 );
}
echo wp_json_encode(
	array(
		'outcomes'      => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wayfinder_table}" ),
		'contributions' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wayfinder_made}" ),
		'seeded'        => 0 === $wayfinder_had,
	)
) . "\n";
