<?php
/**
 * The demo's surveys: a finished cohort with its before, after and follow-up waves answered (enough
 * before-and-after pairs for reports that hide groups smaller than five), and mentees of next season
 * with a "before" survey waiting; loading again adds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoSurveys;
use Wayfinder\Platform\Schema;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WavePlanner;
use Wayfinder\Surveys\WaveRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DemoSurveysTest extends TestCase {

	public function test_the_demo_has_answered_waves_and_a_survey_waiting_and_loading_again_adds_nothing(): void {
		DemoContent::load();
		$first = $this->counts();
		DemoContent::load();
		$this->assertSame( $first, $this->counts(), 'loading again changes nothing' );

		$cohort = get_page_by_path( DemoSurveys::COHORT, OBJECT, CohortPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $cohort );
		$this->assertSame( 'finished', get_post_meta( $cohort->ID, CohortPostType::STAGE, true ) );
		$waves = array();
		foreach ( ( new WaveRepository() )->of_cohort( $cohort->ID ) as $wave ) {
			$waves[ $wave->survey_id . ':' . $wave->kind ] = $wave;
		}
		$this->assertCount( 5, $waves, 'mentees before, after and follow-up; mentors after and follow-up' );
		$counts  = ( new InvitationRepository() )->counts( array_map( static fn ( Wave $wave ): int => $wave->id, array_values( $waves ) ) );
		$by_kind = array();
		foreach ( $waves as $wave ) {
			$by_kind[ $wave->kind ][] = $counts[ $wave->id ];
		}
		$this->assertSame(
			array(
				'invited'  => 10,
				'answered' => 9,
			),
			$by_kind[ Wave::PRE ][0]
		);
		$this->assertContains(
			array(
				'invited'  => 10,
				'answered' => 9,
			),
			$by_kind[ Wave::POST ]
		);
		$this->assertContains(
			array(
				'invited'  => 10,
				'answered' => 5,
			),
			$by_kind[ Wave::FOLLOW_UP ]
		);

		// Linked pairs: people who answered both the "before" and the "after" wave of the mentees survey, better after.
		global $wpdb;
		$responses = Schema::survey_responses_table();
		$answers   = Schema::survey_answers_table();
		$pre       = array_values( array_filter( $waves, static fn ( Wave $w ): bool => Wave::PRE === $w->kind ) )[0];
		$post      = $waves[ $pre->survey_id . ':' . Wave::POST ];
		// phpcs:ignore WordPress.DB -- a test's read of the tables.
		$pairs = $wpdb->get_results( $wpdb->prepare( "SELECT a.user_id, AVG(x.value_number) AS before_mean, AVG(y.value_number) AS after_mean FROM {$responses} a JOIN {$responses} b ON b.user_id = a.user_id AND b.wave_id = %d JOIN {$answers} x ON x.response_id = a.id AND x.question = 'confidence' JOIN {$answers} y ON y.response_id = b.id AND y.question = 'confidence' WHERE a.wave_id = %d GROUP BY a.user_id", $post->id, $pre->id ), ARRAY_A );
		$this->assertGreaterThanOrEqual( 8, count( $pairs ) );
		$this->assertGreaterThan( array_sum( array_column( $pairs, 'before_mean' ) ), array_sum( array_column( $pairs, 'after_mean' ) ) );

		// Next season's mentees have a "before" survey waiting.
		$emily = get_user_by( 'login', 'mentee-emily' )->ID;
		$open  = ( new InvitationRepository() )->open_for( $emily, time() );
		$this->assertCount( 1, $open );
		$this->assertSame( Wave::PRE, ( new WaveRepository() )->find( $open[0]->wave_id )->kind );
		// The tick asks nobody of the spring cohort again.
		( new WavePlanner() )->tick( time() );
		$this->assertSame( $counts, ( new InvitationRepository() )->counts( array_map( static fn ( Wave $wave ): int => $wave->id, array_values( $waves ) ) ) );
	}

	/** @return array<string, int> */
	private function counts(): array {
		global $wpdb;
		$counts = array();
		foreach ( array( Schema::survey_waves_table(), Schema::survey_invitations_table(), Schema::survey_responses_table(), Schema::survey_answers_table() ) as $table ) {
			$counts[ $table ] = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ); // phpcs:ignore WordPress.DB -- a test's count.
		}
		return $counts;
	}
}
