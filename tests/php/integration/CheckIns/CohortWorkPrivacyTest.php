<?php
/**
 * A mentee's cohort work is their personal data: their check-in answers, plan goals and training
 * marks are in their export, and go when they are erased; erasing their mentor only takes the
 * mentor's name off the goals they changed and the items they confirmed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\CheckIns;

use Wayfinder\CheckIns\CheckIn;
use Wayfinder\CheckIns\CheckInRepository;
use Wayfinder\CheckIns\CheckInService;
use Wayfinder\Plans\PlanGoal;
use Wayfinder\Plans\PlanService;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;
use Wayfinder\Training\TrainingItem;
use Wayfinder\Training\TrainingService;

final class CohortWorkPrivacyTest extends TestCase {

	use CohortWorkFixture;

	private int $goal;

	protected function setUp(): void {
		parent::setUp();
		$this->make_cohort_work();
		$yuki    = $this->people['yuki'];
		$checkin = ( new CheckInRepository() )->ask( $this->cohort, $yuki, 1, gmdate( 'Y-m-d H:i:s' ) );
		$this->assertInstanceOf( CheckIn::class, $checkin );
		$this->assertInstanceOf( CheckIn::class, ( new CheckInService() )->answer( $checkin->id, 'Yuki translated the login screen.', 'Yuki waits for a review.', $yuki ) );
		$goal = ( new PlanService() )->add(
			$this->cohort,
			$yuki,
			array(
				'what' => 'Yuki becomes a Japanese locale editor.',
				'due'  => '2027-06-30',
			),
			$this->people['anna']
		);
		$this->assertInstanceOf( PlanGoal::class, $goal );
		$this->goal = $goal->id;
		$key        = TrainingItem::key_of( self::COURSE );
		$this->assertIsArray( ( new TrainingService() )->mark_done( $this->cohort, $key, $yuki ) );
		$this->assertIsArray( ( new TrainingService() )->confirm( $this->cohort, $key, $yuki, $this->people['anna'] ) );
	}

	/** @return list<string> Every value every exporter gives for the address. */
	private function exported( string $email ): array {
		$values = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			$page = 1;
			do {
				$response = call_user_func( $exporter['callback'], $email, $page );
				foreach ( $response['data'] as $item ) {
					foreach ( $item['data'] as $datum ) {
						$values[] = (string) $datum['value'];
					}
				}
				++$page;
			} while ( ! $response['done'] );
		}
		return $values;
	}

	private function rows( string $table, string $column, int $user_id ): int {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test counts rows the code wrote.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$column} = %d", $user_id ) );
	}

	public function test_the_mentees_answers_goals_and_marks_are_in_their_export_not_their_mentors(): void {
		$yuki = $this->exported( 'yuki@example.org' );
		$this->assertContains( 'Yuki translated the login screen.', $yuki );
		$this->assertContains( 'Yuki waits for a review.', $yuki );
		$this->assertContains( 'Yuki becomes a Japanese locale editor.', $yuki );
		$this->assertContains( TrainingItem::key_of( self::COURSE ), $yuki );

		$anna = implode( "\n", $this->exported( 'anna@example.org' ) );
		$this->assertStringNotContainsString( 'Yuki', $anna, 'the mentor only wrote or confirmed; it is the mentee\'s data' );
	}

	public function test_erasing_the_mentee_deletes_their_cohort_work(): void {
		$this->erase_personal_data( $this->people['yuki'] );
		$this->assertSame( 0, $this->rows( Schema::checkins_table(), 'user_id', $this->people['yuki'] ) );
		$this->assertSame( 0, $this->rows( Schema::plan_goals_table(), 'user_id', $this->people['yuki'] ) );
		$this->assertSame( 0, $this->rows( Schema::training_progress_table(), 'user_id', $this->people['yuki'] ) );
	}

	public function test_erasing_the_mentor_keeps_the_mentees_work_without_the_mentors_name(): void {
		$this->erase_personal_data( $this->people['anna'] );
		$this->assertSame( 1, $this->rows( Schema::plan_goals_table(), 'user_id', $this->people['yuki'] ) );
		$this->assertSame( 0, $this->rows( Schema::plan_goals_table(), 'updated_by', $this->people['anna'] ) );
		$this->assertSame( 0, $this->rows( Schema::plan_goals_table(), 'created_by', $this->people['anna'] ) );
		$this->assertSame( 1, $this->rows( Schema::training_progress_table(), 'user_id', $this->people['yuki'] ) );
		$this->assertSame( 0, $this->rows( Schema::training_progress_table(), 'confirmed_by', $this->people['anna'] ) );
	}
}
