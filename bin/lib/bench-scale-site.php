<?php
/**
 * Readies a bench site for `npm run bench:scale` (run through bin/lib/wp.php eval after the large
 * program is loaded) and prints, as one JSON line, the people each row logs in as — chosen by their
 * state in the database, never guessed:
 *
 * - pages: mentorship (the mentoring button and My mentorship) and mentorship-plain (the same text
 *   without the blocks); at least 20 published posts, so the core posts list is a full page of 20;
 * - a coordinator (bench-coordinator, password "password"), made once;
 * - a mentee waiting in the queue (an open request for any mentor, no match), a mentor with room
 *   (available, listed, at least one mentee and room for more: the most room first), a cohort of
 *   150 waiting mentees and 30 mentors with room (enrolled once in a running cohort, "Bench cohort",
 *   for its progress list), and WAYFINDER_BENCH_FRESH mentees who never asked (not seeking, no
 *   request, no match) for the opt-in row, which changes each one's state.
 *
 * Idempotent: pages, posts and the coordinator are kept; the people are chosen afresh each run.
 *
 * @package Wayfinder
 */

// phpcs:disable WordPress.DB -- a bench script reading the site's state once, outside the plugin: Wayfinder's tables and WordPress's; every value goes through prepare().

use Wayfinder\Platform\Schema;

$wayfinder_text = '<!-- wp:paragraph --><p>New contributors get a mentor who helps them find their way around; experienced contributors mentor them. Start here.</p><!-- /wp:paragraph -->';
foreach ( array(
	'mentorship'       => $wayfinder_text . '<!-- wp:wayfinder/mentoring-button /--><!-- wp:wayfinder/my-mentorship /-->',
	'mentorship-plain' => $wayfinder_text,
) as $wayfinder_slug => $wayfinder_content ) {
	if ( ! get_page_by_path( $wayfinder_slug ) ) {
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Mentorship',
				'post_name'    => $wayfinder_slug,
				'post_content' => $wayfinder_content,
			)
		);
	}
}

$wayfinder_posts = (int) wp_count_posts( 'post' )->publish;
for ( $wayfinder_n = $wayfinder_posts; $wayfinder_n < 20; $wayfinder_n++ ) {
	wp_insert_post(
		array(
			'post_status'  => 'publish',
			'post_title'   => 'Contributor day notes ' . ( $wayfinder_n + 1 ),
			'post_content' => '<!-- wp:paragraph --><p>What we worked on, who helped, and what comes next.</p><!-- /wp:paragraph -->',
		)
	);
}

if ( ! get_user_by( 'login', 'bench-coordinator' ) ) {
	$wayfinder_coordinator = wp_insert_user(
		array(
			'user_login' => 'bench-coordinator',
			'user_pass'  => 'password',
			'user_email' => 'bench-coordinator@example.org',
			'role'       => 'wayfinder_coordinator',
		)
	);
	if ( is_wp_error( $wayfinder_coordinator ) ) {
		fwrite( STDERR, 'Could not make the coordinator: ' . $wayfinder_coordinator->get_error_message() . "\n" );
		exit( 1 );
	}
}

global $wpdb;
$wayfinder_profiles = Schema::profiles_table();
$wayfinder_requests = Schema::requests_table();
$wayfinder_matches  = Schema::matches_table();
$wayfinder_today    = gmdate( 'Y-m-d' );

// Mentees waiting for any mentor: an open request without a mentor asked, and no running match.
$wayfinder_waiting = $wpdb->get_results(
	$wpdb->prepare(
		"SELECT u.ID AS id, u.user_login AS login FROM {$wpdb->users} u
		JOIN {$wayfinder_requests} r ON r.mentee_id = u.ID AND r.type = 'mentee_request' AND r.status = 'open' AND r.asked_mentor = 0
		WHERE u.user_login LIKE %s
		AND NOT EXISTS ( SELECT 1 FROM {$wayfinder_matches} m WHERE m.mentee_id = u.ID AND m.status IN ( 'active', 'proposed' ) )
		ORDER BY r.id LIMIT 150",
		'scale-mentee-%'
	),
	ARRAY_A
);

// Mentors with room now, the most room first (the opt-in row fills a few places while it runs).
$wayfinder_mentors = $wpdb->get_results(
	$wpdb->prepare(
		"SELECT u.ID AS id, u.user_login AS login, p.mentor_capacity - p.active_mentees AS room FROM {$wpdb->users} u
		JOIN {$wayfinder_profiles} p ON p.user_id = u.ID
		WHERE u.user_login LIKE %s AND p.mentor_listed = 1 AND p.mentor_status = 'available'
		AND ( p.away_until IS NULL OR p.away_until < %s ) AND p.active_mentees > 0 AND p.active_mentees < p.mentor_capacity
		ORDER BY room DESC, u.ID LIMIT 30",
		'scale-mentor-%',
		$wayfinder_today
	),
	ARRAY_A
);

// Mentees who never asked: opting in moves each to a mentor or the queue, so every round takes another.
$wayfinder_fresh = $wpdb->get_results(
	$wpdb->prepare(
		"SELECT u.ID AS id, u.user_login AS login FROM {$wpdb->users} u
		JOIN {$wayfinder_profiles} p ON p.user_id = u.ID AND p.seeking = 0
		WHERE u.user_login LIKE %s
		AND NOT EXISTS ( SELECT 1 FROM {$wayfinder_requests} r WHERE r.mentee_id = u.ID AND r.status = 'open' )
		AND NOT EXISTS ( SELECT 1 FROM {$wayfinder_matches} m WHERE m.mentee_id = u.ID AND m.status IN ( 'active', 'proposed' ) )
		ORDER BY u.ID LIMIT %d",
		'scale-mentee-%',
		max( 1, (int) getenv( 'WAYFINDER_BENCH_FRESH' ) )
	),
	ARRAY_A
);

if ( array() === $wayfinder_waiting || array() === $wayfinder_mentors || array() === $wayfinder_fresh ) {
	fwrite( STDERR, sprintf( "The site has no one to log in as: %d waiting mentees, %d mentors with room, %d mentees who never asked.\n", count( $wayfinder_waiting ), count( $wayfinder_mentors ), count( $wayfinder_fresh ) ) );
	exit( 1 );
}

$wayfinder_ids = static fn ( array $rows ): array => array_map( static fn ( array $row ): int => (int) $row['id'], $rows );

// A running cohort of those 150 mentees and 30 mentors, for the cohort screen's progress list: made
// once, through the enrolment rules; a third in project groups, the rest 1:1 or group-only, with
// progress figures and a warning on every fifth mentee, as a cohort in its third week has.
$wayfinder_cohort = get_page_by_path( 'bench-cohort', OBJECT, \Wayfinder\Cohorts\CohortPostType::POST_TYPE );
if ( ! $wayfinder_cohort ) {
	$wayfinder_cohort_id = (int) wp_insert_post(
		array(
			'post_type'   => \Wayfinder\Cohorts\CohortPostType::POST_TYPE,
			'post_status' => 'publish',
			'post_name'   => 'bench-cohort',
			'post_title'  => 'Bench cohort',
			'meta_input'  => array(
				\Wayfinder\Cohorts\CohortPostType::START_DATE => gmdate( 'Y-m-d', time() - 15 * DAY_IN_SECONDS ),
				\Wayfinder\Cohorts\CohortPostType::END_DATE => gmdate( 'Y-m-d', time() + 26 * DAY_IN_SECONDS ),
				\Wayfinder\Cohorts\CohortPostType::STAGE => \Wayfinder\Cohorts\Cohort::RUNNING,
				\Wayfinder\Cohorts\CohortPostType::SEATS => 150,
				\Wayfinder\Cohorts\CohortPostType::MENTOR_PLACES => 30,
				\Wayfinder\Cohorts\CohortPostType::MODES => \Wayfinder\Cohorts\Cohort::MODES,
			),
		)
	);
	$wayfinder_enrol     = new \Wayfinder\Cohorts\Enrolment();
	$wayfinder_places    = new \Wayfinder\Cohorts\CohortMemberRepository();
	$wayfinder_groups    = new \Wayfinder\Cohorts\CohortPairing( $wayfinder_places );
	$wayfinder_leads     = $wayfinder_ids( $wayfinder_mentors );
	foreach ( $wayfinder_leads as $wayfinder_mentor ) {
		$wayfinder_enrol->enrol( $wayfinder_cohort_id, $wayfinder_mentor, 'mentor', '', 0 );
	}
	foreach ( $wayfinder_ids( $wayfinder_waiting ) as $wayfinder_n => $wayfinder_mentee ) {
		$wayfinder_mode = array( 'one_to_one', 'project_group', 'group_only' )[ $wayfinder_n % 3 ];
		if ( is_wp_error( $wayfinder_enrol->enrol( $wayfinder_cohort_id, $wayfinder_mentee, 'mentee', $wayfinder_mode, 0 ) ) ) {
			continue;
		}
		if ( 'project_group' === $wayfinder_mode ) {
			$wayfinder_groups->group( $wayfinder_cohort_id, $wayfinder_mentee, $wayfinder_leads[ intdiv( $wayfinder_n, 3 ) % count( $wayfinder_leads ) ] );
		}
		$wayfinder_places->set_progress( $wayfinder_cohort_id, $wayfinder_mentee, 'group_sessions_done', $wayfinder_n % 3 );
		$wayfinder_places->set_progress( $wayfinder_cohort_id, $wayfinder_mentee, 'training_done', $wayfinder_n % 5 );
		$wayfinder_places->set_progress( $wayfinder_cohort_id, $wayfinder_mentee, 'plan_goals', $wayfinder_n % 4 );
		$wayfinder_places->touch( $wayfinder_cohort_id, $wayfinder_mentee, time() - ( $wayfinder_n % 9 ) * DAY_IN_SECONDS );
		if ( 0 === $wayfinder_n % 5 ) {
			$wayfinder_places->raise_warning( $wayfinder_cohort_id, $wayfinder_mentee, \Wayfinder\Cohorts\EarlyWarning::QUIET, time() - ( $wayfinder_n % 4 ) * DAY_IN_SECONDS );
		}
	}
} else {
	$wayfinder_cohort_id = $wayfinder_cohort->ID;
}
echo wp_json_encode(
	array(
		'coordinator' => 'bench-coordinator',
		'waiting'     => array(
			'id'    => (int) $wayfinder_waiting[0]['id'],
			'login' => $wayfinder_waiting[0]['login'],
		),
		'mentor'      => array(
			'id'    => (int) $wayfinder_mentors[0]['id'],
			'login' => $wayfinder_mentors[0]['login'],
			'room'  => (int) $wayfinder_mentors[0]['room'],
		),
		'cohort'      => array(
			'id'      => $wayfinder_cohort_id,
			'mentees' => $wayfinder_ids( $wayfinder_waiting ),
			'mentors' => $wayfinder_ids( $wayfinder_mentors ),
		),
		'fresh'       => array_column( $wayfinder_fresh, 'login' ),
	)
) . "\n";
