<?php
/**
 * The three-month plan: the mentee and their cohort mentor write it together (add, change, mark
 * progress, remove), coordinators read it, nobody else sees it; each goal's rules (what up to 500
 * characters, a team that exists, a date from the cohort's start to about three months after its
 * end) refuse with a sentence; the goals and goals done land in the mentee's place.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Plans;

use Wayfinder\Platform\PageForms;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;

final class PlanTest extends TestCase {

	use CohortWorkFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->make_cohort_work();
	}

	/** @param array<string, mixed> $more */
	private function add( string $who, array $more = array() ): \WP_REST_Response {
		return $this->rest(
			'POST',
			'/wayfinder/v1/cohorts/' . $this->cohort . '/plan',
			$more + array(
				'mentee' => $this->people['yuki'],
				'what'   => 'Translate the Twenty Twenty-Seven theme into Japanese.',
				'team'   => 'polyglots',
				'due'    => '2027-06-30',
			),
			$this->people[ $who ]
		);
	}

	public function test_mentee_and_mentor_write_the_plan_together_and_the_figures_follow(): void {
		$first = $this->add( 'yuki' );
		$this->assertSame( 201, $first->get_status(), wp_json_encode( $first->get_data() ) );
		$this->assertSame( 'not_started', $first->get_data()['progress'] );
		$this->assertSame( 'Polyglots', $first->get_data()['team_name'] );
		$this->assertSame( 'yuki', $first->get_data()['updated_by_name'] );
		$second = $this->add(
			'anna',
			array(
				'what' => 'Review ten strings a week.',
				'team' => '',
				'due'  => '2027-04-30',
			)
		);
		$this->assertSame( 201, $second->get_status() );
		$this->assertSame( 2, $this->figure( $this->people['yuki'], 'plan_goals' ) );
		$this->assertSame( 0, $this->figure( $this->people['yuki'], 'plan_done' ) );

		$goal    = $first->get_data()['id'];
		$changed = $this->rest( 'PUT', '/wayfinder/v1/plan-goals/' . $goal, array( 'progress' => 'done' ), $this->people['anna'] );
		$this->assertSame( 200, $changed->get_status() );
		$this->assertSame( 'done', $changed->get_data()['progress'] );
		$this->assertSame( 'Translate the Twenty Twenty-Seven theme into Japanese.', $changed->get_data()['what'], 'what was not given stays' );
		$this->assertSame( 'anna', $changed->get_data()['updated_by_name'], 'who changed it last' );
		$this->assertSame( 1, $this->figure( $this->people['yuki'], 'plan_done' ) );

		$list = $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $this->cohort . '/plan', array( 'mentee' => $this->people['yuki'] ), $this->people['chidi'] );
		$this->assertSame( array( 'Review ten strings a week.', 'Translate the Twenty Twenty-Seven theme into Japanese.' ), array_column( $list->get_data(), 'what' ), 'coordinators read it, soonest first' );

		$this->assertSame( 200, $this->rest( 'DELETE', '/wayfinder/v1/plan-goals/' . $goal, array(), $this->people['yuki'] )->get_status() );
		$this->assertSame( 1, $this->figure( $this->people['yuki'], 'plan_goals' ) );
		$this->assertSame( 0, $this->figure( $this->people['yuki'], 'plan_done' ) );
		$this->assertNotNull( $this->last_activity( $this->people['yuki'] ) );
	}

	public function test_nobody_else_writes_or_reads_the_plan_and_coordinators_only_read(): void {
		$this->assertSame( 403, $this->add( 'otto' )->get_status(), 'another mentee\'s mentor' );
		$this->assertSame( 403, $this->add( 'ana' )->get_status(), 'another mentee' );
		$this->assertSame( 403, $this->add( 'sam' )->get_status() );
		$refused = $this->add( 'chidi' );
		$this->assertSame( 403, $refused->get_status() );
		$this->assertSame( 'wayfinder_plan_not_yours', $refused->get_data()['code'] );

		$goal = $this->add( 'yuki' )->get_data()['id'];
		foreach ( array( 'otto', 'ana', 'sam' ) as $who ) {
			$this->assertSame( 404, $this->rest( 'PUT', '/wayfinder/v1/plan-goals/' . $goal, array( 'progress' => 'done' ), $this->people[ $who ] )->get_status(), $who );
			$this->assertSame( 404, $this->rest( 'DELETE', '/wayfinder/v1/plan-goals/' . $goal, array(), $this->people[ $who ] )->get_status(), $who );
			$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $this->cohort . '/plan', array( 'mentee' => $this->people['yuki'] ), $this->people[ $who ] )->get_status(), $who );
		}
		$this->assertSame( 403, $this->rest( 'PUT', '/wayfinder/v1/plan-goals/' . $goal, array( 'progress' => 'done' ), $this->people['chidi'] )->get_status() );
	}

	public function test_each_goal_rule_refuses_with_a_sentence(): void {
		$cases = array(
			'wayfinder_goal_too_long'          => array( 'what' => str_repeat( 'é', 501 ) ),
			'wayfinder_goal_empty'             => array( 'what' => '   ' ),
			'wayfinder_goal_unknown_team'      => array( 'team' => 'no-such-team' ),
			'wayfinder_goal_no_date'           => array( 'due' => '2027-02-30' ),
			'wayfinder_goal_date_out_of_range' => array( 'due' => '2027-07-13' ), // The cohort ends on 11 April: 92 days later is 12 July.
		);
		foreach ( $cases as $code => $fields ) {
			$response = $this->add( 'yuki', $fields );
			$this->assertSame( 400, $response->get_status(), $code );
			$this->assertSame( $code, $response->get_data()['code'] );
			$this->assertMatchesRegularExpression( '/\.$/', $response->get_data()['message'], 'a sentence' );
		}
		$this->assertSame( 201, $this->add( 'yuki', array( 'due' => '2027-07-12' ) )->get_status(), 'the last day' );
		$this->assertSame( 201, $this->add( 'yuki', array( 'what' => str_repeat( 'é', 500 ) ) )->get_status(), '500 characters, not bytes' );
		$this->assertSame( 400, $this->add( 'yuki', array( 'due' => '2027-03-14' ) )->get_status(), 'before the cohort starts' );
	}

	public function test_removing_from_the_page_asks_for_a_confirmation_first(): void {
		$goal = $this->add( 'yuki' )->get_data()['id'];
		wp_set_current_user( $this->people['anna'] );
		$post = array(
			'do'          => 'plan_remove',
			'id'          => (string) $goal,
			'place'       => 'my-mentorship',
			'redirect_to' => home_url( '/' ),
			'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( 'plan_remove', $goal ) ),
		);
		PageForms::perform( $post );
		$this->assertSame( 1, $this->figure( $this->people['yuki'], 'plan_goals' ), 'not without the box ticked' );
		PageForms::perform( $post + array( 'confirm' => '1' ) );
		$this->assertSame( 0, $this->figure( $this->people['yuki'], 'plan_goals' ) );
	}
}
