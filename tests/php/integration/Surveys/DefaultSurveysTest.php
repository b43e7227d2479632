<?php
/**
 * The default surveys: added once, published, valid, with the stable question keys reports use, and
 * never again over a coordinator's edits.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Surveys\DefaultSurveys;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\SurveyVersionRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DefaultSurveysTest extends TestCase {

	public function test_installing_seeds_three_published_surveys_once(): void {
		$this->assertNotEmpty( get_option( DefaultSurveys::SEEDED_OPTION ), 'the install seeded them' );
		delete_option( DefaultSurveys::SEEDED_OPTION );

		$ids = DefaultSurveys::seed_once();

		$this->assertCount( 3, $ids );
		$surveys = array_map( array( SurveyPostType::class, 'find' ), $ids );
		$by      = array();
		foreach ( $surveys as $survey ) {
			$this->assertNotNull( $survey );
			$this->assertSame( 'publish', $survey->status );
			$by[ $survey->audience ] = $survey;
			$this->assertSame( 1, ( new SurveyVersionRepository() )->latest( $survey->id )->version, 'each has its first version' );
		}
		$this->assertSame(
			array( 'familiarity', 'confidence', 'where_to_ask', 'whom_to_ping', 'belonging', 'keep_contributing', 'mentor_relationship', 'recommend', 'helped' ),
			array_map( static fn ( $q ): string => $q->key, $by[ Survey::MENTEES ]->questions )
		);
		$this->assertFalse( $by[ Survey::MENTEES ]->anonymous, 'mentees are linked, for before and after pairs' );
		$this->assertSame( array( 'pre', 'post', 'follow_up', 'start', 'completion' ), $by[ Survey::MENTEES ]->waves );
		$this->assertFalse( $by[ Survey::MENTEES ]->question( 'mentor_relationship' )->required );
		$this->assertSame( 'nps', $by[ Survey::MENTEES ]->question( 'recommend' )->type );
		$this->assertTrue( $by[ Survey::MENTORS ]->anonymous, 'mentors answer anonymously' );
		$this->assertSame( array( 'post', 'completion' ), $by[ Survey::MENTORS ]->waves );
		$this->assertSame( array( 'time_spent', 'program_support', 'mentor_again', 'recommend', 'helped' ), array_map( static fn ( $q ): string => $q->key, $by[ Survey::MENTORS ]->questions ) );
		$this->assertCount( 4, $by[ Survey::MENTORS ]->question( 'time_spent' )->choices );
		$this->assertSame( array( 'follow_up' ), $by[ Survey::TEAM_REPS ]->waves );
		$this->assertSame( array( 'newcomer_readiness', 'follow_up_contributions', 'team_comments' ), array_map( static fn ( $q ): string => $q->key, $by[ Survey::TEAM_REPS ]->questions ) );

		$this->assertSame( array(), DefaultSurveys::seed_once(), 'a second install adds nothing' );
	}

	public function test_a_coordinators_edit_is_never_overwritten(): void {
		delete_option( DefaultSurveys::SEEDED_OPTION );
		$ids = DefaultSurveys::seed_once();
		wp_update_post(
			array(
				'ID'         => $ids[0],
				'post_title' => 'Our own words',
			)
		);
		wp_trash_post( $ids[1] );

		$this->assertSame( array(), DefaultSurveys::seed_once() );
		\Wayfinder\Platform\Installer::upgrade_if_needed();

		$this->assertSame( 'Our own words', get_the_title( $ids[0] ) );
		$this->assertSame( 'trash', get_post_status( $ids[1] ), 'a deleted default stays deleted' );
	}
}
