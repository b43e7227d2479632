<?php
/**
 * Places in a cohort: coordinators enrol mentees (in a way of taking part the cohort offers) and
 * mentors (who hold the mentor capability), never beyond the seats or mentor places — the database's
 * counter decides, also for two enrolments at once —, never twice, never in a finished cohort; a
 * withdrawn place is free again. Every refusal is a 4xx with a sentence, and changes nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cohorts;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Events\CohortEnrolled;
use Wayfinder\Tests\Integration\TestCase;

final class EnrolmentTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
	}

	/** @param array<string, mixed> $meta */
	private function cohort( array $meta = array() ): int {
		$response = $this->rest(
			'POST',
			'/wayfinder/v1/cohorts',
			array(
				'title'  => 'Autumn cohort',
				'status' => 'publish',
				'meta'   => $meta + array(
					CohortPostType::START_DATE    => '2027-09-06',
					CohortPostType::END_DATE      => '2027-10-03',
					CohortPostType::STAGE         => Cohort::RUNNING,
					CohortPostType::SEATS         => 2,
					CohortPostType::MENTOR_PLACES => 1,
					CohortPostType::MODES         => array( Cohort::ONE_TO_ONE, Cohort::PROJECT_GROUP ),
				),
			),
			$this->coordinator
		);
		$this->assertSame( 201, $response->get_status(), wp_json_encode( $response->get_data() ) );
		return (int) $response->get_data()['id'];
	}

	/** @param array<string, mixed> $body */
	private function enrol( int $cohort, array $body, ?int $as = null ): \WP_REST_Response {
		return $this->rest( 'POST', "/wayfinder/v1/cohorts/{$cohort}/members", $body, $as ?? $this->coordinator );
	}

	public function test_a_coordinator_enrols_mentees_and_a_mentor_and_lists_them(): void {
		$cohort = $this->cohort();
		$heard  = array();
		add_action(
			CohortEnrolled::HOOK,
			static function ( CohortEnrolled $event ) use ( &$heard ): void {
				$heard[] = $event->member->user_id;
			}
		);
		$ana   = $this->make_user( 'subscriber', 'ana' );
		$bo    = $this->make_user( 'subscriber', 'bo' );
		$mia   = $this->make_user( 'wayfinder_mentor', 'mia' );
		$first = $this->enrol(
			$cohort,
			array(
				'user' => $ana,
				'role' => CohortMember::MENTEE,
				'mode' => Cohort::PROJECT_GROUP,
			)
		);
		$this->assertSame( 201, $first->get_status(), wp_json_encode( $first->get_data() ) );
		$this->assertSame( 'In a small project group led by a mentor', $first->get_data()['mode_label'] );
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $bo,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $mia,
					'role' => CohortMember::MENTOR,
				)
			)->get_status()
		);
		$this->assertSame( array( $ana, $bo, $mia ), $heard );

		$list = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$cohort}/members", array( 'per_page' => 2 ), $this->coordinator );
		$this->assertSame( 200, $list->get_status() );
		$this->assertSame( 3, (int) $list->get_headers()['X-WP-Total'] );
		$this->assertSame( array( 'mia', 'ana' ), array_column( $list->get_data(), 'name' ), 'mentors first, then by name' );
		$this->assertSame( '', $list->get_data()[0]['mode'], 'a mentor takes part as a mentor' );
		$mentees = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$cohort}/members", array( 'role' => CohortMember::MENTEE ), $this->coordinator );
		$this->assertSame( array( 'ana', 'bo' ), array_column( $mentees->get_data(), 'name' ) );
		$this->assertSame( 2, (int) $mentees->get_headers()['X-WP-Total'] );
	}

	public function test_refusals_say_why_and_change_nothing(): void {
		$cohort = $this->cohort();
		$ana    = $this->make_user( 'subscriber', 'ana' );
		$bo     = $this->make_user( 'subscriber', 'bo' );
		$cy     = $this->make_user( 'subscriber', 'cy' );
		$mia    = $this->make_user( 'wayfinder_mentor', 'mia' );
		$noa    = $this->make_user( 'wayfinder_mentor', 'noa' );
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $ana,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $mia,
					'role' => CohortMember::MENTOR,
				)
			)->get_status()
		);

		$cases = array(
			'twice'              => array(
				array(
					'user' => $ana,
					'role' => CohortMember::MENTEE,
				),
				409,
				'wayfinder_cohort_already_enrolled',
				'ana already has a place in Autumn cohort',
			),
			'a mode not offered' => array(
				array(
					'user' => $bo,
					'role' => CohortMember::MENTEE,
					'mode' => Cohort::GROUP_ONLY,
				),
				400,
				'wayfinder_cohort_mode',
				'It offers: Paired with a mentor (1:1), In a small project group led by a mentor',
			),
			'a mentee as mentor' => array(
				array(
					'user' => $bo,
					'role' => CohortMember::MENTOR,
				),
				400,
				'wayfinder_not_a_mentor',
				'bo is not a mentor',
			),
			'the last mentor'    => array(
				array(
					'user' => $noa,
					'role' => CohortMember::MENTOR,
				),
				409,
				'wayfinder_cohort_full',
				'All 1 mentor places of Autumn cohort are taken',
			),
			'nobody'             => array(
				array(
					'user' => 999999,
					'role' => CohortMember::MENTEE,
				),
				400,
				'wayfinder_unknown_user',
				'no such person',
			),
			'an unknown role'    => array(
				array(
					'user' => $bo,
					'role' => 'speaker',
				),
				400,
				'rest_invalid_param',
				'',
			),
		);
		foreach ( $cases as $name => list( $body, $status, $code, $says ) ) {
			$response = $this->enrol( $cohort, $body );
			$this->assertSame( $status, $response->get_status(), $name );
			$this->assertSame( $code, $response->get_data()['code'], $name );
			$this->assertStringContainsString( $says, $response->get_data()['message'], $name );
		}
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $bo,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$full = $this->enrol(
			$cohort,
			array(
				'user' => $cy,
				'role' => CohortMember::MENTEE,
			)
		);
		$this->assertSame( 'wayfinder_cohort_full', $full->get_data()['code'] );
		$this->assertStringContainsString( 'All 2 seats of Autumn cohort are taken. Add seats to the cohort, or withdraw a mentee first.', $full->get_data()['message'] );
		$this->assertSame(
			404,
			$this->enrol(
				999999,
				array(
					'user' => $cy,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);

		$this->assertSame(
			array(
				CohortMember::MENTEE => 2,
				CohortMember::MENTOR => 1,
			),
			( new CohortMemberRepository() )->enrolled( $cohort ),
			'every refusal left the counts as they were'
		);
	}

	public function test_a_withdrawn_place_is_free_again_and_can_be_taken_up_again(): void {
		$cohort = $this->cohort( array( CohortPostType::SEATS => 1 ) );
		$ana    = $this->make_user( 'subscriber', 'ana' );
		$bo     = $this->make_user( 'subscriber', 'bo' );
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $ana,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$this->assertSame(
			409,
			$this->enrol(
				$cohort,
				array(
					'user' => $bo,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);

		$withdrawn = $this->rest( 'DELETE', "/wayfinder/v1/cohorts/{$cohort}/members/{$ana}", array(), $this->coordinator );
		$this->assertSame( 200, $withdrawn->get_status() );
		$this->assertSame( CohortMember::WITHDRAWN, $withdrawn->get_data()['status'] );
		$this->assertSame( 404, $this->rest( 'DELETE', "/wayfinder/v1/cohorts/{$cohort}/members/{$ana}", array(), $this->coordinator )->get_status(), 'not twice' );

		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $bo,
					'role' => CohortMember::MENTEE,
				)
			)->get_status(),
			'the seat is free'
		);
		$this->assertSame( 200, $this->rest( 'DELETE', "/wayfinder/v1/cohorts/{$cohort}/members/{$bo}", array(), $this->coordinator )->get_status() );
		$again = $this->enrol(
			$cohort,
			array(
				'user' => $ana,
				'role' => CohortMember::MENTEE,
				'mode' => Cohort::PROJECT_GROUP,
			)
		);
		$this->assertSame( 201, $again->get_status(), 'ana takes her place up again' );
		$this->assertSame( Cohort::PROJECT_GROUP, $again->get_data()['mode'] );
	}

	public function test_the_last_seat_goes_to_one_of_two_enrolments_at_once(): void {
		$cohort  = $this->cohort( array( CohortPostType::SEATS => 1 ) );
		$members = new CohortMemberRepository();
		// Both requests read the cohort with one free seat; the counter's conditional UPDATE lets one through.
		$this->assertTrue( $members->take_place( $cohort, CohortMember::MENTEE, 1 ) );
		$this->assertFalse( $members->take_place( $cohort, CohortMember::MENTEE, 1 ) );
		$this->assertSame(
			409,
			$this->enrol(
				$cohort,
				array(
					'user' => $this->make_user( 'subscriber' ),
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
	}

	public function test_seats_cannot_shrink_below_the_places_taken_and_a_finished_cohort_takes_nobody(): void {
		$cohort = $this->cohort();
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $this->make_user( 'subscriber' ),
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $this->make_user( 'subscriber' ),
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$shrink = $this->rest( 'POST', "/wayfinder/v1/cohorts/{$cohort}", array( 'meta' => array( CohortPostType::SEATS => 1 ) ), $this->coordinator );
		$this->assertSame( 'wayfinder_cohort_places_taken', $shrink->get_data()['code'] );
		$this->assertStringContainsString( '2 people already hold the cohort\'s seats, more than the 1 asked for', $shrink->get_data()['message'] );
		$this->assertSame( 2, CohortPostType::find( $cohort )->seats );

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/cohorts/{$cohort}", array( 'meta' => array( CohortPostType::STAGE => Cohort::FINISHED ) ), $this->coordinator )->get_status() );
		$late = $this->enrol(
			$cohort,
			array(
				'user' => $this->make_user( 'wayfinder_mentor' ),
				'role' => CohortMember::MENTOR,
			)
		);
		$this->assertSame( 'wayfinder_cohort_finished', $late->get_data()['code'] );
	}

	public function test_only_coordinators_see_or_change_who_takes_part(): void {
		$cohort = $this->cohort();
		$ana    = $this->make_user( 'subscriber' );
		foreach ( array( 0, $ana, $this->make_user( 'wayfinder_mentor' ) ) as $who ) {
			$this->assertContains( $this->rest( 'GET', "/wayfinder/v1/cohorts/{$cohort}/members", array(), $who )->get_status(), array( 401, 403 ) );
			$this->assertContains(
				$this->enrol(
					$cohort,
					array(
						'user' => $ana,
						'role' => CohortMember::MENTEE,
					),
					$who
				)->get_status(),
				array( 401, 403 )
			);
		}
		$this->assertSame(
			array(
				CohortMember::MENTEE => 0,
				CohortMember::MENTOR => 0,
			),
			( new CohortMemberRepository() )->enrolled( $cohort )
		);
	}

	public function test_places_taken_before_the_mark_existed_are_marked_by_the_upgrade(): void {
		$cohort = $this->cohort();
		$ana    = $this->make_user( 'subscriber' );
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $ana,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		delete_user_meta( $ana, CohortMemberRepository::IN_A_COHORT ); // As on a site at schema 17 or 18.
		$this->assertSame( array(), ( new CohortMemberRepository() )->of_person( $ana ), 'unmarked: not looked for' );
		do_action( \Wayfinder\Platform\Schema::MIGRATED, 18, 19 ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		$this->assertCount( 1, ( new CohortMemberRepository() )->of_person( $ana ) );
	}

	public function test_deleting_a_cohort_for_good_takes_its_places_and_erasure_keeps_the_history(): void {
		$cohort = $this->cohort();
		$ana    = $this->make_user( 'subscriber' );
		$this->assertSame(
			201,
			$this->enrol(
				$cohort,
				array(
					'user' => $ana,
					'role' => CohortMember::MENTEE,
				)
			)->get_status()
		);
		$this->erase_personal_data( $ana );
		$this->assertNotNull( ( new CohortMemberRepository() )->find( $cohort, $ana ), 'a place is the program\'s history' );

		wp_delete_post( $cohort, true );
		$this->assertNull( ( new CohortMemberRepository() )->find( $cohort, $ana ) );
		$this->assertSame(
			array(
				CohortMember::MENTEE => 0,
				CohortMember::MENTOR => 0,
			),
			( new CohortMemberRepository() )->enrolled( $cohort )
		);
	}
}
