<?php
/**
 * Cohorts: written through REST (the block editor's way) by coordinators only, their fields checked
 * together before anything is saved, with reasons a person can act on.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cohorts;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Tests\Integration\TestCase;

final class CohortTest extends TestCase {

	/** @param array<string, mixed> $meta */
	private function create( array $meta, ?int $as_user = null, string $status = 'publish' ): \WP_REST_Response {
		return $this->rest(
			'POST',
			'/wayfinder/v1/cohorts',
			array(
				'title'  => 'Contributor cohort, spring',
				'status' => $status,
				'meta'   => $meta,
			),
			$as_user ?? $this->make_user( 'wayfinder_coordinator' )
		);
	}

	/** @return array<string, mixed> A four-week cohort that may be saved. */
	private static function four_weeks( array $more = array() ): array {
		return $more + array(
			CohortPostType::START_DATE => '2027-03-01',
			CohortPostType::END_DATE   => '2027-03-28',
			CohortPostType::STAGE      => Cohort::OPEN,
		);
	}

	public function test_a_coordinator_creates_a_cohort_with_its_fields_and_the_defaults(): void {
		$response = $this->create(
			self::four_weeks(
				array(
					CohortPostType::SEATS          => 40,
					CohortPostType::RESERVED_SEATS => 8,
					CohortPostType::MODES          => array( Cohort::ONE_TO_ONE, Cohort::GROUP_ONLY ),
					CohortPostType::TEAMS          => array( 'core', 'polyglots' ),
					CohortPostType::TRAINING       => array(
						array(
							'title' => 'Contributing to WordPress',
							'url'   => 'https://learn.wordpress.org/course/contributing/',
						),
					),
				)
			)
		);
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$cohort = CohortPostType::find( (int) $response->get_data()['id'] );
		$this->assertNotNull( $cohort );
		$this->assertSame( 'Contributor cohort, spring', $cohort->name );
		$this->assertSame( array( '2027-03-01', '2027-03-28', 40, 8, 6 ), array( $cohort->start_date, $cohort->end_date, $cohort->seats, $cohort->reserved_seats, $cohort->mentor_places ) );
		$this->assertSame( array( Cohort::ONE_TO_ONE, Cohort::GROUP_ONLY ), $cohort->modes );
		$this->assertSame( array( 2, 3 ), array( $cohort->one_to_one_sessions, $cohort->group_sessions ), 'two 1:1 sessions and three group sessions unless said otherwise' );
		$this->assertSame( array( 'core', 'polyglots' ), $cohort->teams );
		$this->assertSame( 'https://learn.wordpress.org/course/contributing/', $cohort->training[0]['url'] );
		$this->assertSame( 1, $cohort->week_on( '2027-03-07' ) );
		$this->assertSame( 4, $cohort->week_on( '2027-03-28' ) );
		$this->assertSame( 0, $cohort->week_on( '2027-03-29' ) );

		$read = $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $cohort->id )->get_data();
		$this->assertSame( '2027-03-01', $read['meta'][ CohortPostType::START_DATE ], 'a published cohort is public' );
	}

	/** @return array<string, array{0: array<string, mixed>, 1: string, 2: string}> */
	public static function refused(): array {
		return array(
			'one week'              => array( array( CohortPostType::END_DATE => '2027-03-07' ), 'wayfinder_cohort_length', 'lasts 7 days. For a cohort starting on 2027-03-01, choose a last day from 2027-03-14 to 2027-04-11' ),
			'seven weeks'           => array( array( CohortPostType::END_DATE => '2027-04-18' ), 'wayfinder_cohort_length', 'two to six weeks' ),
			'ends before it starts' => array( array( CohortPostType::END_DATE => '2027-02-01' ), 'wayfinder_cohort_length', 'ends (2027-02-01) before it starts (2027-03-01)' ),
			'not a day'             => array( array( CohortPostType::END_DATE => '2027-02-30' ), 'wayfinder_cohort_dates', '"2027-02-30" is not a day of the calendar' ),
			'one date only'         => array( array( CohortPostType::END_DATE => '' ), 'wayfinder_cohort_dates', 'Set both the first and the last day' ),
			'open without dates'    => array(
				array(
					CohortPostType::START_DATE => '',
					CohortPostType::END_DATE   => '',
				),
				'wayfinder_cohort_dates',
				'before it opens',
			),
			'more reserved seats'   => array(
				array(
					CohortPostType::SEATS          => 10,
					CohortPostType::RESERVED_SEATS => 11,
				),
				'wayfinder_cohort_reserved_seats',
				'keeps 11 seats for sponsored contributors but has only 10',
			),
			'no way to take part'   => array( array( CohortPostType::MODES => array() ), 'wayfinder_cohort_modes', 'at least one way' ),
			'an unknown mode'       => array( array( CohortPostType::MODES => array( 'lectures' ) ), 'rest_not_in_enum', '' ),
			'an unknown team'       => array( array( CohortPostType::TEAMS => array( 'astronomy' ) ), 'wayfinder_cohort_unknown_team', 'no published team "astronomy"' ),
			'no seats'              => array( array( CohortPostType::SEATS => 0 ), 'rest_out_of_bounds', '' ),
			'a link that is none'   => array(
				array(
					CohortPostType::TRAINING => array(
						array(
							'title' => 'Handbook',
							'url'   => 'javascript:alert(1)',
						),
					),
				),
				'rest_invalid_pattern',
				'',
			),
		);
	}

	/**
	 * @dataProvider refused
	 * @param array<string, mixed> $meta
	 */
	public function test_a_cohort_that_does_not_hold_together_is_refused_and_nothing_is_saved( array $meta, string $code, string $says ): void {
		$before   = (int) wp_count_posts( CohortPostType::POST_TYPE )->publish;
		$response = $this->create( $meta + self::four_weeks() );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( $code, $response->get_data()['code'] );
		if ( '' !== $says ) {
			$this->assertStringContainsString( $says, $response->get_data()['message'] );
		}
		$this->assertSame( $before, (int) wp_count_posts( CohortPostType::POST_TYPE )->publish, 'no cohort saved' );
	}

	public function test_a_draft_needs_no_dates_and_a_change_is_checked_against_what_is_saved(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$draft       = $this->create( array(), $coordinator, 'draft' );
		$this->assertSame( 201, $draft->get_status(), wp_json_encode( $draft->get_data() ) );
		$id = (int) $draft->get_data()['id'];

		// Opening it without dates is refused; the draft stays as it was.
		$open = $this->rest( 'POST', "/wayfinder/v1/cohorts/{$id}", array( 'meta' => array( CohortPostType::STAGE => Cohort::OPEN ) ), $coordinator );
		$this->assertSame( 'wayfinder_cohort_dates', $open->get_data()['code'] );
		$this->assertSame( Cohort::DRAFT, CohortPostType::find( $id )->stage );

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/cohorts/{$id}", array( 'meta' => self::four_weeks() ), $coordinator )->get_status() );
		// Moving only the end date is checked against the saved start.
		$late = $this->rest( 'POST', "/wayfinder/v1/cohorts/{$id}", array( 'meta' => array( CohortPostType::END_DATE => '2027-05-01' ) ), $coordinator );
		$this->assertSame( 'wayfinder_cohort_length', $late->get_data()['code'] );
		$this->assertSame( '2027-03-28', CohortPostType::find( $id )->end_date, 'the saved date kept' );
	}

	public function test_only_coordinators_write_cohorts(): void {
		foreach ( array( 'subscriber', 'wayfinder_mentor' ) as $role ) {
			$response = $this->create( self::four_weeks(), $this->make_user( $role ) );
			$this->assertContains( $response->get_status(), array( 401, 403 ), $role );
		}
		$this->assertSame( 201, $this->create( self::four_weeks(), $this->make_user( 'administrator' ) )->get_status() );
	}
}
