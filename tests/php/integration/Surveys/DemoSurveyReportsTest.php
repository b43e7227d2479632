<?php
/**
 * The demo's survey answers: last season's cohort shows figures before and at the end, six pairs,
 * and a three-months wave withheld by the small-group rule; loading again adds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\SurveyReports;
use Wayfinder\Surveys\Wave;
use Wayfinder\Tests\Integration\TestCase;

final class DemoSurveyReportsTest extends TestCase {

	public function test_the_demo_cohort_has_answers_before_and_after(): void {
		DemoContent::load();
		DemoContent::load();
		$cohort = get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $cohort );
		$survey = null;
		foreach ( SurveyPostType::published_for( Survey::MENTEES, Wave::PRE ) as $one ) {
			if ( ! $one->anonymous && null !== $one->question( 'confidence' ) ) {
				$survey = $one;
				break;
			}
		}
		$this->assertNotNull( $survey );
		$coordinator = (int) get_user_by( 'login', 'coordinator' )->ID;
		$report      = ( new SurveyReports() )->report( $survey->id, $cohort->ID, Wave::PRE, Wave::POST, $coordinator );
		$this->assertIsArray( $report );
		$waves = array_column( $report['waves'], null, 'kind' );
		$this->assertSame( 7, $waves['pre']['answered'], 'loading twice answered once' );
		$this->assertSame( 7, $waves['post']['invited'] );
		$this->assertSame( 6, $waves['post']['answered'] );
		$this->assertSame( 2, $waves['follow_up']['answered'] );
		$pairs = array_column( $report['pairs']['questions'], null, 'key' );
		// Confidence of the six who answered both: before 2, 2, 3, 3, 2, 3; after 4, 3, 4, 4, 3, 5; differences 2, 1, 1, 1, 1, 2: 8 / 6.
		$this->assertSame( 6, $pairs['confidence']['n'] );
		$this->assertEqualsWithDelta( 1.3333, $pairs['confidence']['change'], 1e-4 );
		foreach ( $report['questions'] as $question ) {
			if ( 'confidence' === $question['key'] ) {
				$by_kind = array_column( $question['waves'], null, 'kind' );
				$this->assertNotNull( $by_kind['follow_up']['withheld'], 'two answers three months later are withheld' );
				$this->assertNull( $by_kind['post']['withheld'] );
			}
		}
	}
}
