<?php
/**
 * Stage 2, blind review: reviewers assigned round-robin and balanced when an application is released
 * (never someone who can see personal data, never the applicant, never twice), scoring against the
 * rubric, the application's score, spread and disagreement flag, changes until the selection is
 * locked, conflicts of interest, the coordinator's extra review, who may call what, and what the
 * privacy tools keep of a reviewer.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Review;
use Wayfinder\Applications\ReviewRepository;
use Wayfinder\Applications\Reviewing;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;

final class ReviewingTest extends TestCase {

	use ReviewFixtures;

	/** @return list<int> */
	private function reviewers( int $count, string $prefix = 'reviewer' ): array {
		$ids = array();
		for ( $i = 1; $i <= $count; $i++ ) {
			$ids[] = $this->make_user( 'wayfinder_reviewer', $prefix . $i );
		}
		return $ids;
	}

	private function review_of( int $application_id, int $reviewer ): ?Review {
		foreach ( ( new ReviewRepository() )->of_application( $application_id ) as $review ) {
			if ( $review->reviewer_id === $reviewer ) {
				return $review;
			}
		}
		return null;
	}

	/** @return list<int> */
	private static function reviewers_of( int $application_id, bool $counting = true ): array {
		$reviews = ( new ReviewRepository() )->of_application( $application_id );
		return array_values( array_map( static fn ( Review $r ): int => $r->reviewer_id, array_filter( $reviews, static fn ( Review $r ): bool => ! $counting || $r->counts() ) ) );
	}

	public function test_ten_applications_and_four_reviewers_give_each_reviewer_five(): void {
		$cohort    = $this->review_cohort();
		$reviewers = $this->reviewers( 4 );
		// People who can see personal data never review: a screener, a coordinator, an administrator, and a reviewer who also screens.
		$this->make_user( 'wayfinder_screener' );
		$this->make_user( 'wayfinder_coordinator' );
		$this->make_user( 'administrator' );
		$both = $this->make_user( 'wayfinder_reviewer' );
		get_userdata( $both )->add_role( 'wayfinder_screener' );

		$applications = array();
		for ( $i = 0; $i < 10; $i++ ) {
			$applications[] = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		}

		$load = array_fill_keys( $reviewers, 0 );
		foreach ( $applications as $application ) {
			$this->assertSame( 2, $application->reviews_wanted, 'the cohort’s number is written on the application' );
			$on = self::reviewers_of( $application->id );
			$this->assertCount( 2, $on );
			$this->assertSame( array(), array_diff( $on, $reviewers ), 'only people who see no personal data review' );
			foreach ( $on as $reviewer ) {
				++$load[ $reviewer ];
			}
		}
		$this->assertSame( array_fill_keys( $reviewers, 5 ), $load, 'balanced: five each' );

		// The event again (twice, as a retried release would) adds nobody.
		$this->release( $applications[0] );
		$this->release( $applications[0] );
		$this->assertCount( 20, ( new ReviewRepository() )->in_cohort( $cohort ) );
	}

	public function test_equal_reviewers_take_turns_and_the_cohort_number_of_reviews_is_used(): void {
		$cohort    = $this->review_cohort( array( ApplicationSettings::REVIEWS => 3 ) );
		$reviewers = $this->reviewers( 4 );
		$first     = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$second    = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$this->assertSame( 3, $first->reviews_wanted );
		$this->assertSame( array_slice( $reviewers, 0, 3 ), self::reviewers_of( $first->id ) );
		// The fourth, who has none, goes first; then those given one longest ago.
		$this->assertSame( array( $reviewers[3], $reviewers[0], $reviewers[1] ), self::reviewers_of( $second->id ) );
	}

	public function test_the_applicant_never_reviews_their_own_application(): void {
		$cohort    = $this->review_cohort();
		$reviewers = $this->reviewers( 2 );
		$own       = $this->release( $this->released_application( $cohort, $reviewers[0] ) );
		$this->assertSame( array( $reviewers[1] ), self::reviewers_of( $own->id ), 'the pool is too small: who there is, never the applicant' );

		$this->assertSame( array(), ( new Reviewing() )->assign( $own->id, time() ), 'nobody left to assign' );
		$view = $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $cohort . '/reviews', array(), $this->make_user( 'wayfinder_coordinator' ) )->get_data();
		$this->assertSame( 1, $view['applications'][0]['needs'] );
		$this->assertSame( 'Needs 1 more reviewer', $view['applications'][0]['needs_label'] );

		// A new reviewer appears; a coordinator's action fills the gap without asking for a third review.
		$newcomer = $this->make_user( 'wayfinder_reviewer', 'newcomer' );
		$added    = $this->rest( 'POST', '/wayfinder/v1/applications/' . $own->id . '/extra-review', array(), $this->make_user( 'wayfinder_coordinator' ) );
		$this->assertSame( 200, $added->get_status(), (string) wp_json_encode( $added->get_data() ) );
		$this->assertSame( 2, $added->get_data()['reviews_wanted'] );
		$this->assertSame( array( $reviewers[1], $newcomer ), self::reviewers_of( $own->id ) );
	}

	public function test_scores_are_checked_against_the_rubric_in_sentences(): void {
		$cohort   = $this->review_cohort();
		$reviewer = $this->reviewers( 2 )[0];
		$app      = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$review   = $this->review_of( $app->id, $reviewer );
		$this->assertInstanceOf( Review::class, $review );
		$route = '/wayfinder/v1/reviews/' . $review->id;

		$high = $this->rest( 'PUT', $route, array( 'scores' => array( 'motivation' => 6 ) ), $reviewer );
		$this->assertSame( 400, $high->get_status() );
		$this->assertSame( 'Score “Clear motivation and goals” with a whole number from 1 to 5.', $high->get_data()['message'] );
		$low = $this->rest( 'PUT', $route, array( 'scores' => array( 'readiness' => 0 ) ), $reviewer );
		$this->assertSame( 400, $low->get_status() );
		$unknown = $this->rest( 'PUT', $route, array( 'scores' => array( 'charm' => 3 ) ), $reviewer );
		$this->assertSame( 400, $unknown->get_status() );
		$this->assertStringContainsString( '“charm” is not a criterion', $unknown->get_data()['message'] );
		$long = $this->rest( 'PUT', $route, array( 'notes' => array( 'benefit' => str_repeat( 'a', 1001 ) ) ), $reviewer );
		$this->assertSame( 400, $long->get_status() );
		$this->assertStringContainsString( 'at most 1,000 characters', $long->get_data()['message'] );

		$draft = $this->rest(
			'PUT',
			$route,
			array(
				'scores' => array( 'motivation' => 4 ),
				'notes'  => array( 'motivation' => 'Clear goals.' ),
			),
			$reviewer
		);
		$this->assertSame( 200, $draft->get_status(), (string) wp_json_encode( $draft->get_data() ) );
		$this->assertSame( 'assigned', $draft->get_data()['status'], 'a draft' );
		$this->assertEquals( (object) array( 'motivation' => 4 ), $draft->get_data()['scores'] );

		$incomplete = $this->rest( 'POST', $route . '/submit', array(), $reviewer );
		$this->assertSame( 400, $incomplete->get_status() );
		$this->assertSame( 'Score every criterion before you submit: “Ready to contribute within the cohort\'s weeks” has no score yet.', $incomplete->get_data()['message'] );

		$done = $this->rest( 'POST', $route . '/submit', array( 'scores' => self::scores( 4, 2, 3 ) ), $reviewer );
		$this->assertSame( 200, $done->get_status(), (string) wp_json_encode( $done->get_data() ) );
		$this->assertSame( 'done', $done->get_data()['status'] );
		$this->assertEqualsWithDelta( 3.25, $done->get_data()['total'], 0.0001, 'weighted: (2×4 + 2 + 3) / 4' );
		$this->assertEquals( (object) array( 'motivation' => 'Clear goals.' ), $done->get_data()['notes'], 'the drafted note is kept' );

		$after = ( new ApplicationRepository() )->find( $app->id );
		$this->assertSame( 1, $after->reviews_done );
		$this->assertEqualsWithDelta( 3.25, $after->score, 0.0001 );
		$this->assertNull( $after->spread, 'no spread with one review' );
		$this->assertFalse( $after->flagged );
	}

	public function test_spread_and_the_disagreement_flag_at_the_threshold(): void {
		$cohort            = $this->review_cohort( array( ApplicationSettings::DISAGREEMENT => 2 ) );
		list( $ana, $ben ) = $this->reviewers( 2 );
		$app               = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$submit            = fn ( int $who, array $scores ) => $this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $who )->id . '/submit', array( 'scores' => $scores ), $who );

		$this->assertSame( 200, $submit( $ana, self::scores( 5, 5, 5 ) )->get_status() );
		$this->assertSame( 200, $submit( $ben, self::scores( 4, 3, 3 ) )->get_status() ); // 3.5: a spread of 1.5.
		$after = ( new ApplicationRepository() )->find( $app->id );
		$this->assertSame( 2, $after->reviews_done );
		$this->assertEqualsWithDelta( 4.25, $after->score, 0.0001 );
		$this->assertEqualsWithDelta( 1.5, $after->spread, 0.0001 );
		$this->assertFalse( $after->flagged, 'below the threshold' );

		// Ben changes his review before the lock: 3 exactly — a spread of 2, the threshold.
		$this->assertSame( 200, $this->rest( 'PUT', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $ben )->id, array( 'scores' => self::scores( 3, 3, 3 ) ), $ben )->get_status() );
		$after = ( new ApplicationRepository() )->find( $app->id );
		$this->assertEqualsWithDelta( 2.0, $after->spread, 0.0001 );
		$this->assertTrue( $after->flagged, 'at the threshold is a disagreement' );
		$this->assertSame( 'done', $this->review_of( $app->id, $ben )->status, 'a changed review stays submitted' );

		$view = $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $cohort . '/reviews', array(), $this->make_user( 'wayfinder_coordinator' ) )->get_data();
		$this->assertTrue( $view['applications'][0]['flagged'] );
		$this->assertSame( 1, $view['flagged'] );
		$this->assertSame( array( 'reviewer1', 'reviewer2' ), array_column( $view['applications'][0]['reviewers'], 'name' ) );
		$this->assertSame( array( 1, 1 ), array_column( $view['reviewers'], 'done' ) );
	}

	public function test_reviews_change_until_the_selection_is_locked(): void {
		$cohort   = $this->review_cohort();
		$reviewer = $this->reviewers( 2 )[0];
		$app      = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$route    = '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $reviewer )->id;
		$this->assertSame( 200, $this->rest( 'POST', $route . '/submit', array( 'scores' => self::scores( 2, 2, 2 ) ), $reviewer )->get_status() );

		global $wpdb;
		$wpdb->insert(
			Schema::selections_table(),
			array(
				'cohort_id' => $cohort,
				'status'    => 'locked',
			)
		); // phpcs:ignore WordPress.DB -- the selection helper's row, written by hand here.

		foreach ( array( array( 'PUT', '' ), array( 'POST', '/submit' ), array( 'POST', '/conflict' ) ) as list( $method, $tail ) ) {
			$refused = $this->rest( $method, $route . $tail, array( 'scores' => self::scores( 5, 5, 5 ) ), $reviewer );
			$this->assertSame( 409, $refused->get_status(), $method . $tail );
			$this->assertSame( 'The coordinators have locked this cohort’s selection, so its reviews can no longer change.', $refused->get_data()['message'] );
		}
		$this->assertEqualsWithDelta( 2.0, ( new ApplicationRepository() )->find( $app->id )->score, 0.0001 );
		$this->assertFalse( $this->rest( 'GET', $route, array(), $reviewer )->get_data()['can_change'] );
	}

	public function test_a_conflict_gives_the_application_another_reviewer_and_the_reviewer_another_application(): void {
		$cohort            = $this->review_cohort();
		list( $a, $b, $c ) = $this->reviewers( 3 );
		$first             = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) ); // a, b
		$this->assertSame( array( $a, $b ), self::reviewers_of( $first->id ) );
		$second = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) ); // c, a
		$this->assertSame( array( $c, $a ), self::reviewers_of( $second->id ) );
		// A third application, short of a reviewer: only b is left for it after a conflict.
		$third = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) ); // b, c
		$this->assertSame( array( $b, $c ), self::reviewers_of( $third->id ) );
		$this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $first->id, $a )->id . '/submit', array( 'scores' => self::scores( 5, 5, 5 ) ), $a );

		$declared = $this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $third->id, $b )->id . '/conflict', array( 'note' => 'I know who wrote this.' ), $b );
		$this->assertSame( 200, $declared->get_status(), (string) wp_json_encode( $declared->get_data() ) );
		$this->assertSame( 'conflict', $declared->get_data()['status'] );
		$this->assertSame( array( $c, $a ), self::reviewers_of( $third->id ), 'a replaces b' );
		$this->assertSame( array( $b, $c, $a ), self::reviewers_of( $third->id, false ), 'b’s review is kept as a conflict' );
		$this->assertSame( 'I know who wrote this.', $this->review_of( $third->id, $b )->conflict_note );
		// b has the first already and every other application has its two reviewers: b gets none, and is told so.
		$this->assertNull( $declared->get_data()['next'] );
		$this->assertStringContainsString( 'No other application of this cohort is waiting', $declared->get_data()['message'] );
		$this->assertStringNotContainsString( (string) $third->id, (string) wp_json_encode( array_diff_key( $declared->get_data(), array_flip( array( 'id', 'cohort' ) ) ) ) );

		// When an application is short, the declarer is given it instead — by review ID.
		$fourth = $this->released_application( $cohort, $this->make_user( 'subscriber' ) );
		( new ApplicationRepository() )->update( $fourth->id, array( 'reviews_wanted' => 2 ), time() );
		$declared = $this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $second->id, $c )->id . '/conflict', array(), $c );
		$this->assertSame( 200, $declared->get_status() );
		$given = $this->review_of( $fourth->id, $c );
		$this->assertInstanceOf( Review::class, $given, 'the declarer reviews the waiting application instead' );
		$this->assertSame( $given->id, $declared->get_data()['next'] );
		$this->assertStringContainsString( 'review ' . $given->id, $declared->get_data()['message'] );
		$this->assertSame( array( $a, $b ), self::reviewers_of( $second->id ), 'b takes c’s place on the second' );

		$again = $this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $second->id, $c )->id . '/conflict', array(), $c );
		$this->assertSame( 409, $again->get_status() );
		$scoring = $this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $second->id, $c )->id . '/submit', array( 'scores' => self::scores( 1, 1, 1 ) ), $c );
		$this->assertSame( 409, $scoring->get_status(), 'a conflict has no scores' );
	}

	public function test_a_conflict_after_submitting_takes_the_scores_out(): void {
		$cohort        = $this->review_cohort();
		list( $a, $b ) = $this->reviewers( 2 );
		$app           = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		foreach ( array(
			$a => self::scores( 5, 5, 5 ),
			$b => self::scores( 1, 1, 1 ),
		) as $who => $scores ) {
			$this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $who )->id . '/submit', array( 'scores' => $scores ), $who );
		}
		$this->assertTrue( ( new ApplicationRepository() )->find( $app->id )->flagged );
		$this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $b )->id . '/conflict', array(), $b );
		$after = ( new ApplicationRepository() )->find( $app->id );
		$this->assertSame( 1, $after->reviews_done );
		$this->assertEqualsWithDelta( 5.0, $after->score, 0.0001 );
		$this->assertFalse( $after->flagged );
	}

	public function test_a_third_review_and_its_refusal_when_nobody_is_left(): void {
		$cohort      = $this->review_cohort();
		$reviewers   = $this->reviewers( 3 );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$app         = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$route       = '/wayfinder/v1/applications/' . $app->id . '/extra-review';
		$third       = $this->rest( 'POST', $route, array(), $coordinator );
		$this->assertSame( 200, $third->get_status(), (string) wp_json_encode( $third->get_data() ) );
		$this->assertSame( 3, $third->get_data()['reviews_wanted'] );
		$this->assertSame( $reviewers[2], $third->get_data()['reviewer'] );
		$this->assertSame( 'reviewer3 will review this application too.', $third->get_data()['message'] );
		$this->assertSame( $reviewers, self::reviewers_of( $app->id ) );

		$none = $this->rest( 'POST', $route, array(), $coordinator );
		$this->assertSame( 409, $none->get_status() );
		$this->assertStringContainsString( 'Every reviewer who may review this application has it already', $none->get_data()['message'] );
		$this->assertSame( 3, ( new ApplicationRepository() )->find( $app->id )->reviews_wanted, 'nothing changed' );
		$this->assertSame( 404, $this->rest( 'POST', '/wayfinder/v1/applications/999999/extra-review', array(), $coordinator )->get_status() );
	}

	public function test_who_may_call_the_reviewer_routes(): void {
		$cohort        = $this->review_cohort();
		list( $a, $b ) = $this->reviewers( 2 );
		$applicant     = $this->make_user( 'subscriber' );
		$app           = $this->release( $this->released_application( $cohort, $applicant ) );
		$mine          = $this->review_of( $app->id, $a )->id;

		$others  = $this->rest( 'GET', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $b )->id, array(), $a );
		$missing = $this->rest( 'GET', '/wayfinder/v1/reviews/999999', array(), $a );
		$this->assertSame( 404, $others->get_status() );
		$this->assertSame( $missing->get_data(), $others->get_data(), 'another’s review and none say the same' );
		$this->assertSame( 404, $this->rest( 'PUT', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $b )->id, array( 'scores' => self::scores( 1, 1, 1 ) ), $a )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $b )->id . '/conflict', array(), $a )->get_status() );

		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/reviews' )->get_status() );
		foreach ( array(
			'applicant' => $applicant,
			'mentor'    => $this->make_user( 'wayfinder_mentor' ),
		) as $who => $user ) {
			$refused = $this->rest( 'GET', '/wayfinder/v1/reviews/' . $mine, array(), $user );
			$this->assertSame( 403, $refused->get_status(), $who );
			$this->assertStringContainsString( 'Only application reviewers', $refused->get_data()['message'] );
		}
		foreach ( array(
			'screener'      => 'wayfinder_screener',
			'coordinator'   => 'wayfinder_coordinator',
			'administrator' => 'administrator',
		) as $role ) {
			$user = $this->make_user( $role );
			foreach ( array( array( 'GET', '/wayfinder/v1/reviews' ), array( 'GET', '/wayfinder/v1/reviews/' . $mine ), array( 'POST', '/wayfinder/v1/reviews/' . $mine . '/submit' ) ) as list( $method, $route ) ) {
				$refused = $this->rest( $method, $route, array(), $user );
				$this->assertSame( 403, $refused->get_status(), "$role $route" );
				if ( 'wayfinder_screener' !== $role ) {
					$this->assertStringContainsString( 'People who can see applicants’ personal data', $refused->get_data()['message'] );
				}
			}
		}
		// A screener has no reviewer capability at all: told only reviewers review.
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $cohort . '/reviews', array(), $a )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/wayfinder/v1/applications/' . $app->id . '/extra-review', array(), $a )->get_status() );
	}

	public function test_the_reviewer_sees_the_redacted_answers_and_their_queue(): void {
		$cohort    = $this->review_cohort(
			array(
				ApplicationSettings::SHOW_SPONSORED => false,
			),
			'Autumn cohort'
		);
		list( $a ) = $this->reviewers( 2 );
		$app       = $this->release(
			$this->released_application(
				$cohort,
				$this->make_user( 'subscriber' ),
				array( 'motivation' => 'I am Ana from Lagos.' ),
				array( 'motivation' => 'I am [name] from [place].' ),
				array(
					'sponsored' => 1,
					'teams'     => 'polyglots',
				)
			)
		);
		$this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$queue = $this->rest( 'GET', '/wayfinder/v1/reviews', array(), $a )->get_data();
		$this->assertSame( '0 of 2 reviewed', $queue['cohorts'][0]['progress'] );
		$this->assertSame( 'Autumn cohort', $queue['cohorts'][0]['name'] );
		$this->assertSame( array( 'id', 'cohort', 'applicant', 'status' ), array_keys( $queue['reviews'][0] ) );

		$view = $this->rest( 'GET', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $a )->id, array(), $a )->get_data();
		$this->assertSame( 'I am [name] from [place].', $view['answers'][0]['answer'] );
		$this->assertStringNotContainsString( 'Ana', (string) wp_json_encode( $view ) );
		$this->assertSame( 'Applicant ' . $app->pseudonym, $view['applicant'] );
		$this->assertSame( 'Paired with a mentor (1:1)', $view['mode_label'] );
		$this->assertSame( array( 'Polyglots' ), $view['teams'] );
		$this->assertArrayNotHasKey( 'sponsored', $view, 'the cohort does not show it' );
		update_post_meta( $cohort, ApplicationSettings::SHOW_SPONSORED, true );
		$this->assertTrue( $this->rest( 'GET', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $a )->id, array(), $a )->get_data()['sponsored'] );

		$this->rest( 'POST', '/wayfinder/v1/reviews/' . $this->review_of( $app->id, $a )->id . '/submit', array( 'scores' => self::scores( 3, 3, 3 ) ), $a );
		$this->assertSame( '1 of 2 reviewed', $this->rest( 'GET', '/wayfinder/v1/reviews', array(), $a )->get_data()['cohorts'][0]['progress'] );
	}

	public function test_a_reviewer_erased_keeps_the_scores_without_the_notes(): void {
		$cohort        = $this->review_cohort();
		list( $a, $b ) = $this->reviewers( 2 );
		$app           = $this->release( $this->released_application( $cohort, $this->make_user( 'subscriber' ) ) );
		$review        = $this->review_of( $app->id, $a );
		$this->rest(
			'POST',
			'/wayfinder/v1/reviews/' . $review->id . '/submit',
			array(
				'scores' => self::scores( 4, 4, 4 ),
				'notes'  => array( 'benefit' => "Reviewer one's own words." ),
			),
			$a
		);
		$exported = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			foreach ( call_user_func( $exporter['callback'], 'reviewer1@example.org', 1 )['data'] as $item ) {
				if ( 'wayfinder-reviews' === $item['group_id'] ) {
					$exported = array_merge( $exported, array_column( $item['data'], 'value' ) );
				}
			}
		}
		$this->assertStringContainsString( "Reviewer one's own words.", implode( ' ', $exported ) );

		$this->erase_personal_data( $a );
		$kept = ( new ReviewRepository() )->find( $review->id );
		$this->assertInstanceOf( Review::class, $kept, 'the review stays: the selection needs it' );
		$this->assertSame( array(), $kept->notes, 'without the notes' );
		$this->assertSame( self::scores( 4, 4, 4 ), $kept->scores );
		$this->assertEqualsWithDelta( 4.0, ( new ApplicationRepository() )->find( $app->id )->score, 0.0001 );
		$this->assertInstanceOf( Application::class, ( new ApplicationRepository() )->find( $app->id ) );
	}
}
