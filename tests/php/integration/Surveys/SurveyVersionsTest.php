<?php
/**
 * A survey's versions follow its questions: rewritten while nobody answered, a new version once
 * someone did (their response keeps the old one), nothing for an unchanged save, and a version
 * number taken by a concurrent save decided again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Platform\Schema;
use Wayfinder\Surveys\Answering;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\SurveyVersionRepository;
use Wayfinder\Surveys\SurveyVersions;
use Wayfinder\Tests\Integration\TestCase;

final class SurveyVersionsTest extends TestCase {

	use SurveyFixtures;

	/** @return list<array<string, mixed>> */
	private static function one_question( string $text ): array {
		return array(
			array(
				'key'      => 'confidence',
				'type'     => 'agree',
				'text'     => $text,
				'required' => true,
			),
		);
	}

	public function test_the_first_save_makes_version_one_and_an_edit_before_any_answer_rewrites_it(): void {
		$survey   = $this->make_survey( self::one_question( 'I feel confident.' ) );
		$versions = new SurveyVersionRepository();
		$this->assertCount( 1, $versions->of_survey( $survey ) );
		$this->assertSame( 1, $versions->latest( $survey )->version );

		update_post_meta( $survey, SurveyPostType::QUESTIONS, self::one_question( 'I feel very confident.' ) );

		$all = $versions->of_survey( $survey );
		$this->assertCount( 1, $all, 'nobody answered: the version is rewritten in place' );
		$this->assertSame( 'I feel very confident.', $all[0]->questions[0]->text );
	}

	public function test_an_edit_after_an_answer_makes_the_next_version_and_the_answer_keeps_its_own(): void {
		$survey     = $this->make_survey( self::one_question( 'I feel confident.' ) );
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $survey, $mentee );
		$this->assertIsArray( ( new Answering() )->answer( $invitation, array( 'confidence' => 4 ), time() ) );
		$first = ( new SurveyVersionRepository() )->latest( $survey );

		update_post_meta( $survey, SurveyPostType::QUESTIONS, self::one_question( 'I feel confident now.' ) );

		$all = ( new SurveyVersionRepository() )->of_survey( $survey );
		$this->assertSame( array( 1, 2 ), array_map( static fn ( $v ): int => $v->version, $all ) );
		$this->assertSame( 'I feel confident.', $all[0]->questions[0]->text, 'the answered version is untouched' );
		$this->assertSame( 'I feel confident now.', $all[1]->questions[0]->text );
		global $wpdb;
		$kept = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT version_id FROM ' . Schema::survey_responses_table() . ' WHERE wave_id = %d', $invitation->wave_id ) ); // phpcs:ignore WordPress.DB
		$this->assertSame( $first->id, $kept, 'the response keeps the version it answered' );
		$this->assertSame( 2, ( new SurveyVersions() )->current( $survey )->version, 'people answer the new version now' );

		// A second edit before anyone answers version 2 rewrites version 2.
		update_post_meta( $survey, SurveyPostType::QUESTIONS, self::one_question( 'I feel confident today.' ) );
		$this->assertCount( 2, ( new SurveyVersionRepository() )->of_survey( $survey ) );
		$this->assertSame( 'I feel confident today.', ( new SurveyVersionRepository() )->latest( $survey )->questions[0]->text );
	}

	public function test_an_unchanged_save_changes_nothing(): void {
		$survey = $this->make_survey( self::one_question( 'I feel confident.' ) );
		$before = ( new SurveyVersionRepository() )->latest( $survey );

		$again = ( new SurveyVersions() )->sync( $survey );
		wp_update_post(
			array(
				'ID'         => $survey,
				'post_title' => 'Renamed',
			)
		);

		$this->assertSame( $before->id, $again->id );
		$this->assertCount( 1, ( new SurveyVersionRepository() )->of_survey( $survey ) );
	}

	public function test_saves_through_the_rest_api_keep_versions_in_step(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$made        = $this->rest(
			'POST',
			'/wayfinder/v1/surveys',
			array(
				'title'  => 'After the cohort',
				'status' => 'publish',
				'meta'   => array(
					SurveyPostType::AUDIENCE  => 'mentees',
					SurveyPostType::WAVES     => array( 'post' ),
					SurveyPostType::QUESTIONS => self::one_question( 'I feel confident.' ),
				),
			),
			$coordinator
		);
		$this->assertSame( 201, $made->get_status(), (string) wp_json_encode( $made->get_data() ) );
		$survey = (int) $made->get_data()['id'];
		$this->assertSame( 'I feel confident.', ( new SurveyVersionRepository() )->latest( $survey )->questions[0]->text );

		$edited = $this->rest( 'POST', '/wayfinder/v1/surveys/' . $survey, array( 'meta' => array( SurveyPostType::QUESTIONS => self::one_question( 'I am confident.' ) ) ), $coordinator );
		$this->assertSame( 200, $edited->get_status() );
		$all = ( new SurveyVersionRepository() )->of_survey( $survey );
		$this->assertCount( 1, $all );
		$this->assertSame( 'I am confident.', $all[0]->questions[0]->text );
	}

	public function test_a_version_number_taken_by_a_concurrent_save_is_decided_again(): void {
		$survey     = $this->make_survey( self::one_question( 'I feel confident.' ) );
		$invitation = $this->make_invitation( $survey, $this->make_user( 'subscriber' ) );
		$this->assertIsArray( ( new Answering() )->answer( $invitation, array( 'confidence' => 5 ), time() ) );
		global $wpdb;
		$table = Schema::survey_versions_table();
		// Another save numbers version 2 just before this one's insert.
		$race = static function ( string $query ) use ( &$race, $wpdb, $table, $survey ): string {
			if ( str_starts_with( $query, "INSERT IGNORE INTO {$table}" ) ) {
				remove_filter( 'query', $race );
				$wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (survey_id, version, questions, created_at) VALUES (%d, 2, %s, %s)", $survey, (string) wp_json_encode( self::one_question( 'Another save.' ) ), gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB
			}
			return $query;
		};
		add_filter( 'query', $race );

		update_post_meta( $survey, SurveyPostType::QUESTIONS, self::one_question( 'This save.' ) );

		$all = ( new SurveyVersionRepository() )->of_survey( $survey );
		$this->assertSame( array( 1, 2 ), array_map( static fn ( $v ): int => $v->version, $all ), 'no third version, no error' );
		$this->assertSame( 'This save.', $all[1]->questions[0]->text, 'the unanswered version 2 holds the last save' );
	}
}
