<?php
/**
 * Cohort training: a mentee's list is the cohort's material and each taking-part team's handbook;
 * the mentee marks an item done and takes the mark back, their cohort mentor (or a coordinator)
 * confirms it, and nobody else does either; the count lands in the mentee's place.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Training;

use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Training\TrainingItem;

final class TrainingTest extends TestCase {

	use CohortWorkFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->make_cohort_work();
	}

	private function route( string $tail = '' ): string {
		return '/wayfinder/v1/cohorts/' . $this->cohort . '/training' . $tail;
	}

	public function test_the_list_is_the_cohorts_material_then_each_teams_handbook_with_stable_keys(): void {
		$response = $this->rest( 'GET', $this->route(), array(), $this->people['yuki'] );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( self::COURSE, self::HANDBOOK ), array_column( $data['items'], 'url' ) );
		$this->assertSame( array( 'Contributing to WordPress', 'The Polyglots team handbook' ), array_column( $data['items'], 'title' ) );
		$this->assertSame( array( substr( sha1( self::COURSE ), 0, 12 ), substr( sha1( self::HANDBOOK ), 0, 12 ) ), array_column( $data['items'], 'key' ) );
		$this->assertSame( array( '', 'polyglots' ), array_column( $data['items'], 'team' ) );
		$this->assertSame( 0, $data['done'] );
		$this->assertSame( 2, $data['total'] );
	}

	public function test_a_mentee_marks_an_item_done_and_undoes_it_and_the_count_follows(): void {
		$key  = TrainingItem::key_of( self::COURSE );
		$done = $this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ), $this->people['yuki'] );
		$this->assertSame( 200, $done->get_status(), wp_json_encode( $done->get_data() ) );
		$this->assertTrue( $done->get_data()['items'][0]['done'] );
		$this->assertFalse( $done->get_data()['items'][0]['confirmed'] );
		$this->assertSame( 1, $this->figure( $this->people['yuki'], 'training_done' ) );
		$this->assertNotNull( $this->last_activity( $this->people['yuki'] ), 'the mentee was active' );

		$again = $this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ), $this->people['yuki'] );
		$this->assertSame( 1, $again->get_data()['done'], 'marking twice counts once' );

		$undone = $this->rest( 'POST', $this->route( '/undo' ), array( 'item' => $key ), $this->people['yuki'] );
		$this->assertSame( 200, $undone->get_status() );
		$this->assertFalse( $undone->get_data()['items'][0]['done'] );
		$this->assertSame( 0, $this->figure( $this->people['yuki'], 'training_done' ) );
	}

	public function test_an_unknown_item_is_refused_with_a_sentence(): void {
		$response = $this->rest( 'POST', $this->route( '/done' ), array( 'item' => 'abcdefabcdef' ), $this->people['yuki'] );
		$this->assertSame( 404, $response->get_status() );
		$this->assertSame( 'wayfinder_training_unknown_item', $response->get_data()['code'] );
		$this->assertStringContainsString( 'Spring cohort', $response->get_data()['message'] );
		$this->assertSame( 400, $this->rest( 'POST', $this->route( '/done' ), array( 'item' => 'not a key' ), $this->people['yuki'] )->get_status() );
	}

	public function test_only_the_mentee_marks_their_own_training(): void {
		$key = TrainingItem::key_of( self::HANDBOOK );
		foreach ( array( 'anna', 'chidi', 'sam' ) as $who ) {
			$this->assertSame( 403, $this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ), $this->people[ $who ] )->get_status(), $who );
		}
		$this->assertSame( 401, $this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ) )->get_status() );
		$this->assertSame( 0, $this->figure( $this->people['yuki'], 'training_done' ) );
	}

	public function test_the_cohort_mentor_confirms_a_done_item_and_nobody_else_but_a_coordinator(): void {
		$key    = TrainingItem::key_of( self::COURSE );
		$params = array(
			'item'   => $key,
			'mentee' => $this->people['yuki'],
		);
		$early  = $this->rest( 'POST', $this->route( '/confirm' ), $params, $this->people['anna'] );
		$this->assertSame( 409, $early->get_status(), 'not done yet' );
		$this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ), $this->people['yuki'] );

		$this->assertSame( 403, $this->rest( 'POST', $this->route( '/confirm' ), $params, $this->people['yuki'] )->get_status(), 'not one\'s own' );
		$this->assertSame( 403, $this->rest( 'POST', $this->route( '/confirm' ), $params, $this->people['otto'] )->get_status(), 'another mentee\'s mentor' );
		$this->assertSame( 403, $this->rest( 'POST', $this->route( '/confirm' ), $params, $this->people['sam'] )->get_status() );

		$confirmed = $this->rest( 'POST', $this->route( '/confirm' ), $params, $this->people['anna'] );
		$this->assertSame( 200, $confirmed->get_status() );
		$this->assertTrue( $confirmed->get_data()['items'][0]['confirmed'] );
		$this->assertSame( 'anna', $confirmed->get_data()['items'][0]['confirmed_by_name'] );

		// Taking the mark back takes the confirmation with it.
		$this->rest( 'POST', $this->route( '/undo' ), array( 'item' => $key ), $this->people['yuki'] );
		$this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ), $this->people['yuki'] );
		$this->assertFalse( $this->rest( 'GET', $this->route(), array(), $this->people['yuki'] )->get_data()['items'][0]['confirmed'] );
		$this->assertSame( 200, $this->rest( 'POST', $this->route( '/confirm' ), $params, $this->people['chidi'] )->get_status(), 'coordinators confirm too' );
	}

	public function test_progress_is_seen_by_the_pair_and_coordinators_only(): void {
		$params = array( 'mentee' => $this->people['yuki'] );
		foreach ( array(
			'yuki'  => 200,
			'anna'  => 200,
			'chidi' => 200,
			'otto'  => 403,
			'ana'   => 403,
			'sam'   => 403,
		) as $who => $status ) {
			$this->assertSame( $status, $this->rest( 'GET', $this->route(), $params, $this->people[ $who ] )->get_status(), $who );
		}
		$this->assertSame( 404, $this->rest( 'GET', $this->route(), array(), $this->people['sam'] )->get_status(), 'someone without a mentee\'s place has no list' );
	}

	public function test_my_mentorship_shows_the_mentee_their_marks_and_the_mentor_a_confirm_button(): void {
		$key = TrainingItem::key_of( self::COURSE );
		$this->rest( 'POST', $this->route( '/done' ), array( 'item' => $key ), $this->people['yuki'] );
		$form = static function ( string $action, int $id, array $args ): void {
			echo '<form data-do="' . esc_attr( $action ) . '">' . $args['inner'] . '<button>' . esc_html( $args['label'] ) . '</button></form>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a test's stand-in.
		};
		wp_set_current_user( $this->people['yuki'] );
		ob_start();
		do_action( 'wayfinder_my_cohort', $this->cohort, $this->people['yuki'], 'mentee', $form, 'r' );
		$mentee = (string) ob_get_clean();
		$this->assertStringContainsString( '<h3 id="r-training">Training</h3>', $mentee );
		$this->assertStringContainsString( 'data-do="training_undo"', $mentee );
		$this->assertStringContainsString( 'data-do="training_done"', $mentee, 'the handbook is still to do' );
		$this->assertStringContainsString( 'your mentor has not confirmed it yet', $mentee );

		wp_set_current_user( $this->people['anna'] );
		ob_start();
		do_action( 'wayfinder_my_cohort', $this->cohort, $this->people['anna'], 'mentor', $form, 'r' );
		$mentor = (string) ob_get_clean();
		$this->assertStringContainsString( '<h4>yuki</h4>', $mentor );
		$this->assertStringContainsString( 'data-do="training_confirm"', $mentor );
		$this->assertStringContainsString( 'name="mentee" value="' . $this->people['yuki'] . '"', $mentor );
		$this->assertStringNotContainsString( '<h4>ana</h4>', $mentor, 'only her own mentees' );
	}
}
