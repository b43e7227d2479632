<?php
/**
 * Survey reports on a known data set (every expected figure worked out by hand in the comments), the
 * small-group rule and its setting, versions grouped by question key, anonymity of the answers export,
 * text answers for coordinators only, and who may read which report.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Surveys\Answer;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\Question;
use Wayfinder\Surveys\ResponseRepository;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\SurveyVersionRepository;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WaveRepository;
use Wayfinder\Tests\Integration\TestCase;

final class SurveyReportsTest extends TestCase {

	private int $coordinator;
	private int $cohort;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'coord' );
		$this->cohort      = $this->insert_cohort();
		delete_option( Settings::REPORT_MIN_GROUP );
	}

	/** @return list<array<string, mixed>> */
	private static function questions( string $confidence = 'I feel confident contributing.' ): array {
		return array(
			array(
				'key'      => 'confidence',
				'type'     => Question::AGREE,
				'text'     => $confidence,
				'required' => true,
				'choices'  => array(),
			),
			array(
				'key'      => 'recommend',
				'type'     => Question::NPS,
				'text'     => 'Would you recommend the program?',
				'required' => true,
				'choices'  => array(),
			),
			array(
				'key'      => 'track',
				'type'     => Question::SINGLE,
				'text'     => 'Which track?',
				'required' => false,
				'choices'  => array( 'Code', 'Docs' ),
			),
			array(
				'key'      => 'helped',
				'type'     => Question::LONG,
				'text'     => 'What helped you most?',
				'required' => false,
				'choices'  => array(),
			),
		);
	}

	/**
	 * A survey with its first version (and a second with other words for "confidence" when asked).
	 *
	 * @return array{0: int, 1: int, 2: int} Survey, version 1 and version 2 (0 when none).
	 */
	private function survey( string $audience = Survey::MENTEES, bool $anonymous = false, bool $two_versions = false, string $status = 'publish' ): array {
		$waves = Survey::TEAM_REPS === $audience ? array( Wave::FOLLOW_UP ) : array( Wave::PRE, Wave::POST );
		$id    = wp_insert_post(
			array(
				'post_type'   => SurveyPostType::POST_TYPE,
				'post_status' => $status,
				'post_title'  => 'Mentee survey',
				'meta_input'  => array(
					SurveyPostType::AUDIENCE  => $audience,
					SurveyPostType::ANONYMOUS => $anonymous ? 1 : 0,
					SurveyPostType::WAVES     => $waves,
					SurveyPostType::QUESTIONS => self::questions(),
				),
			),
			true
		);
		$this->assertIsInt( $id );
		$versions = new SurveyVersionRepository();
		$one      = $versions->latest( $id ); // Version 1, made by SurveyVersions when the questions were saved.
		$this->assertNotNull( $one );
		$two = $two_versions ? $versions->add( $id, 2, array_map( array( Question::class, 'from_array' ), self::questions( 'I am confident I can contribute on my own.' ) ), time() ) : null;
		if ( $two_versions ) {
			// The survey now reads as version 2 (nobody answered it yet, so this save keeps version 2 as it is).
			update_post_meta( $id, SurveyPostType::QUESTIONS, self::questions( 'I am confident I can contribute on my own.' ) );
		}
		return array( $id, $one->id, null === $two ? 0 : $two->id );
	}

	/**
	 * One person's answer to a wave, as the answering code keeps it: invited, claimed, saved (anonymous:
	 * without the person or the invitation).
	 *
	 * @param list<Answer> $answers
	 */
	private function answer( int $survey, string $kind, int $version, int $user, array $answers, bool $anonymous = false, int $cohort = -1 ): string {
		$wave       = ( new WaveRepository() )->ensure( $survey, $cohort < 0 ? $this->cohort : $cohort, $kind, time() - DAY_IN_SECONDS, null, time() );
		$invitation = ( new InvitationRepository() )->invite( $wave->id, $user, 0, time(), time() + WEEK_IN_SECONDS );
		$this->assertNotNull( $invitation );
		return Transaction::run(
			function () use ( $invitation, $wave, $version, $user, $answers, $anonymous ): string {
				$this->assertTrue( ( new InvitationRepository() )->claim_answered( $invitation->id, time() ) );
				return ( new ResponseRepository() )->add( $wave->id, $version, $anonymous ? null : $invitation->id, $anonymous ? null : $user, gmdate( 'Y-m-d' ), $answers );
			}
		);
	}

	private function invite_only( int $survey, string $kind, int $user ): void {
		$wave = ( new WaveRepository() )->ensure( $survey, $this->cohort, $kind, time() - DAY_IN_SECONDS, null, time() );
		$this->assertNotNull( ( new InvitationRepository() )->invite( $wave->id, $user, 0, time(), time() + WEEK_IN_SECONDS ) );
	}

	/**
	 * The known data set: five mentees answer before (version 1) and after (two on version 1, three on
	 * version 2); a sixth is asked before and never answers.
	 *
	 * Confidence before 2, 3, 3, 2, 4 and after 4, 4, 5, 3, 4 (the same people in order).
	 * Recommend after 10, 9, 7, 6, 10. Track before Code, Code, Docs, Code, Docs.
	 *
	 * @return array{0: int, 1: list<int>}
	 */
	private function known_data_set(): array {
		list( $survey, $one, $two ) = $this->survey( Survey::MENTEES, false, true );
		$before                     = array( 2, 3, 3, 2, 4 );
		$after                      = array( 4, 4, 5, 3, 4 );
		$recommend                  = array( 10, 9, 7, 6, 10 );
		$track                      = array( 'Code', 'Code', 'Docs', 'Code', 'Docs' );
		$people                     = array();
		foreach ( $before as $i => $value ) {
			$person   = $this->make_user( 'subscriber', 'mentee' . $i );
			$people[] = $person;
			$this->answer( $survey, Wave::PRE, $one, $person, array( new Answer( 'confidence', '', $value ), new Answer( 'track', $track[ $i ] ) ) );
			$this->answer( $survey, Wave::POST, $i < 2 ? $one : $two, $person, array( new Answer( 'confidence', '', $after[ $i ] ), new Answer( 'recommend', '', $recommend[ $i ] ), new Answer( 'helped', '', null, 'Answer ' . $i ) ) );
		}
		$this->invite_only( $survey, Wave::PRE, $this->make_user( 'subscriber', 'silent' ) );
		return array( $survey, $people );
	}

	/**
	 * @param array<string, mixed> $report
	 * @return array<string, mixed> The entry of one question in one kind of wave.
	 */
	private static function entry( array $report, string $key, string $kind ): array {
		foreach ( $report['questions'] as $question ) {
			if ( $question['key'] === $key ) {
				foreach ( $question['waves'] as $wave ) {
					if ( $wave['kind'] === $kind ) {
						return $wave;
					}
				}
			}
		}
		self::fail( "no $key in $kind" );
	}

	/**
	 * @param array<string, mixed> $report
	 * @return array<string, mixed>
	 */
	private static function pair( array $report, string $key ): array {
		foreach ( $report['pairs']['questions'] as $row ) {
			if ( $row['key'] === $key ) {
				return $row;
			}
		}
		self::fail( "no pair row for $key" );
	}

	/** @return array<string, mixed> */
	private function report( int $survey, array $params = array(), int $as = 0 ): array {
		$response = $this->rest( 'GET', '/wayfinder/v1/surveys/' . $survey . '/report', $params, $as > 0 ? $as : $this->coordinator );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return $response->get_data();
	}

	public function test_the_report_of_a_known_data_set(): void {
		list( $survey ) = $this->known_data_set();
		$report         = $this->report( $survey, array( 'cohort' => $this->cohort ) );

		// Waves: before 6 asked, 5 answered (5/6 = 0.8333); after 5 and 5.
		$this->assertSame( array( 'pre', 'post' ), array_column( $report['waves'], 'kind' ) );
		$this->assertSame( array( 6, 5 ), array_column( $report['waves'], 'invited' ) );
		$this->assertSame( array( 5, 5 ), array_column( $report['waves'], 'answered' ) );
		$this->assertEqualsWithDelta( 0.8333, $report['waves'][0]['response_rate'], 1e-4 );
		$this->assertEqualsWithDelta( 1.0, $report['waves'][1]['response_rate'], 1e-9 );
		$this->assertSame( 5, $report['min_group'] );

		// Confidence before: 14 / 5 = 2.8, agreeing 1 of 5 (the 4) = 0.2.
		$pre = self::entry( $report, 'confidence', Wave::PRE );
		$this->assertSame( 5, $pre['n'] );
		$this->assertNull( $pre['withheld'] );
		$this->assertEqualsWithDelta( 2.8, $pre['mean'], 1e-9 );
		$this->assertEqualsWithDelta( 0.2, $pre['share_agreeing'], 1e-9 );
		$this->assertSame( array( 0, 2, 2, 1, 0 ), array_column( $pre['distribution'], 'count' ) );
		// After (two answered version 1, three version 2; the same key is the same question): 20 / 5 = 4.0, agreeing 4 of 5.
		$post = self::entry( $report, 'confidence', Wave::POST );
		$this->assertEqualsWithDelta( 4.0, $post['mean'], 1e-9 );
		$this->assertEqualsWithDelta( 0.8, $post['share_agreeing'], 1e-9 );
		$this->assertSame( array( 0, 0, 1, 3, 1 ), array_column( $post['distribution'], 'count' ) );

		// NPS after: promoters 10, 9, 10 = 60 %, detractors 6 = 20 %: 40; margin 1.96·√((0.6 + 0.2 − 0.4²)/5) = 1.96·√0.128 = 70.12 points.
		$nps = self::entry( $report, 'recommend', Wave::POST )['nps'];
		$this->assertSame( 5, $nps['n'] );
		$this->assertEqualsWithDelta( 40.0, $nps['score'], 1e-9 );
		$this->assertEqualsWithDelta( 70.12, $nps['margin'], 0.01 );
		$this->assertEqualsWithDelta( 60.0, $nps['promoters'], 1e-9 );
		$this->assertEqualsWithDelta( 20.0, $nps['detractors'], 1e-9 );

		// One choice: Code 3, Docs 2.
		$track = self::entry( $report, 'track', Wave::PRE );
		$this->assertSame(
			array(
				'Code' => 3,
				'Docs' => 2,
			),
			array_combine( array_column( $track['distribution'], 'value' ), array_column( $track['distribution'], 'count' ) )
		);

		// Texts: the coordinator reads them, in the order of their words.
		$this->assertSame( array( 'Answer 0', 'Answer 1', 'Answer 2', 'Answer 3', 'Answer 4' ), self::entry( $report, 'helped', Wave::POST )['texts'] );

		// Pairs before → after: differences 2, 1, 2, 1, 0: change 1.2, s = √0.7, t(4) = 2.776:
		// 1.2 ± 2.776 · 0.836660 / √5 = 1.2 ± 1.038685 → [0.1613, 2.2387]; agreeing 0.2 → 0.8.
		$this->assertNull( $report['pairs']['note'] );
		$confidence = self::pair( $report, 'confidence' );
		$this->assertSame( 5, $confidence['n'] );
		$this->assertEqualsWithDelta( 2.8, $confidence['before'], 1e-9 );
		$this->assertEqualsWithDelta( 4.0, $confidence['after'], 1e-9 );
		$this->assertEqualsWithDelta( 1.2, $confidence['change'], 1e-9 );
		$this->assertEqualsWithDelta( 0.1613, $confidence['low'], 1e-4 );
		$this->assertEqualsWithDelta( 2.2387, $confidence['high'], 1e-4 );
		$this->assertEqualsWithDelta( 0.2, $confidence['agree_before'], 1e-9 );
		$this->assertEqualsWithDelta( 0.8, $confidence['agree_after'], 1e-9 );
		// Nobody answered "recommend" before: no pairs, and the sentence says so.
		$this->assertSame( 0, self::pair( $report, 'recommend' )['n'] );
		$this->assertSame( 'Nobody answered both times yet.', self::pair( $report, 'recommend' )['withheld'] );
	}

	public function test_versions_are_grouped_by_key_and_a_change_of_words_is_said(): void {
		list( $survey ) = $this->known_data_set();
		$report         = $this->report( $survey );
		$keys           = array_column( $report['questions'], 'key' );
		$this->assertSame( array( 'confidence', 'recommend', 'track', 'helped' ), $keys, 'one row per key across versions' );
		$confidence = $report['questions'][0];
		$this->assertSame( 'I am confident I can contribute on my own.', $confidence['text'], 'the current words lead' );
		$this->assertStringContainsString( 'I feel confident contributing.', (string) $confidence['changed'] );
		$this->assertNull( $report['questions'][1]['changed'], 'a question whose words stayed says nothing' );
	}

	public function test_the_small_group_rule_and_its_setting(): void {
		list( $survey, $one ) = $this->survey();
		for ( $i = 0; $i < 4; $i++ ) {
			$this->answer( $survey, Wave::POST, $one, $this->make_user( 'subscriber' ), array( new Answer( 'confidence', '', 4 ), new Answer( 'recommend', '', 9 ), new Answer( 'helped', '', null, 'Text ' . $i ) ) );
		}
		// Four answers: withheld, with the reason, and no figure at all.
		$entry = self::entry( $this->report( $survey ), 'confidence', Wave::POST );
		$this->assertSame( 4, $entry['n'] );
		$this->assertSame( 'Withheld: 4 answers, and a report shows a group of at least 5 so nobody can be recognised.', $entry['withheld'] );
		$this->assertNull( $entry['mean'] );
		$this->assertNull( $entry['share_agreeing'] );
		$this->assertSame( array(), $entry['distribution'] );
		$this->assertNull( self::entry( $this->report( $survey ), 'recommend', Wave::POST )['nps'] );
		$this->assertNull( self::entry( $this->report( $survey ), 'helped', Wave::POST )['texts'], 'texts follow the rule too' );

		// The fifth: shown.
		$this->answer( $survey, Wave::POST, $one, $this->make_user( 'subscriber' ), array( new Answer( 'confidence', '', 2 ), new Answer( 'recommend', '', 3 ) ) );
		$entry = self::entry( $this->report( $survey ), 'confidence', Wave::POST );
		$this->assertNull( $entry['withheld'] );
		$this->assertEqualsWithDelta( 3.6, $entry['mean'], 1e-9, '(4·4 + 2) / 5' );

		// The setting raised to 6 withholds five; lowered to 4 shows the four texts.
		update_option( Settings::REPORT_MIN_GROUP, 6 );
		$report = $this->report( $survey );
		$this->assertSame( 6, $report['min_group'] );
		$this->assertNotNull( self::entry( $report, 'confidence', Wave::POST )['withheld'] );
		update_option( Settings::REPORT_MIN_GROUP, 4 );
		$this->assertCount( 4, (array) self::entry( $this->report( $survey ), 'helped', Wave::POST )['texts'] );
		// Below the setting's floor it is 2.
		update_option( Settings::REPORT_MIN_GROUP, 1 );
		$this->assertSame( 2, $this->report( $survey )['min_group'] );
	}

	public function test_pairs_below_the_rule_are_withheld(): void {
		list( $survey, $one ) = $this->survey();
		for ( $i = 0; $i < 4; $i++ ) {
			$person = $this->make_user( 'subscriber' );
			$this->answer( $survey, Wave::PRE, $one, $person, array( new Answer( 'confidence', '', 2 ) ) );
			$this->answer( $survey, Wave::POST, $one, $person, array( new Answer( 'confidence', '', 4 ) ) );
		}
		$this->answer( $survey, Wave::PRE, $one, $this->make_user( 'subscriber' ), array( new Answer( 'confidence', '', 3 ) ) );
		$row = self::pair( $this->report( $survey ), 'confidence' );
		$this->assertSame( 4, $row['n'] );
		$this->assertSame( 'Withheld: 4 people answered both times, and a report shows a group of at least 5 so nobody can be recognised.', $row['withheld'] );
		$this->assertNull( $row['change'] );
		$this->assertNull( $row['low'] );
	}

	public function test_the_answers_export_of_a_linked_survey_names_people(): void {
		list( $survey, $people ) = $this->known_data_set();
		$response                = $this->rest( 'GET', '/wayfinder/v1/surveys/' . $survey . '/answers', array(), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertFalse( $data['anonymous'] );
		$this->assertSame( array( 'response', 'wave', 'cohort', 'version', 'day', 'name', 'email', 'q_confidence', 'q_recommend', 'q_track', 'q_helped' ), array_column( $data['columns'], 'key' ) );
		$this->assertCount( 10, $data['rows'] );
		$emails = array_unique( array_column( $data['rows'], 'email' ) );
		sort( $emails );
		$this->assertSame( array( 'mentee0@example.org', 'mentee1@example.org', 'mentee2@example.org', 'mentee3@example.org', 'mentee4@example.org' ), $emails );
		$first = null;
		foreach ( $data['rows'] as $row ) {
			if ( 'mentee2@example.org' === $row['email'] && 'At the end of the cohort' === $row['wave'] ) {
				$first = $row;
			}
		}
		$this->assertNotNull( $first );
		$this->assertSame( '5', $first['q_confidence'] );
		$this->assertSame( '7', $first['q_recommend'] );
		$this->assertSame( 'Answer 2', $first['q_helped'] );
		$this->assertSame( '2', $first['version'] );
		$this->assertSame( 'Spring cohort', $first['cohort'] );
		$this->assertSame( 1, preg_match( '/^[0-9a-f]{32}$/', $first['response'] ) );
		unset( $people );
	}

	public function test_an_anonymous_survey_never_names_or_orders_anyone(): void {
		list( $survey, $one ) = $this->survey( Survey::MENTEES, true );
		$people               = array();
		$ids                  = array();
		for ( $i = 0; $i < 6; $i++ ) {
			$person   = $this->make_user( 'subscriber', 'hidden-person' . $i );
			$people[] = $person;
			$ids[]    = $this->answer( $survey, Wave::POST, $one, $person, array( new Answer( 'confidence', '', 1 + $i % 5 ), new Answer( 'helped', '', null, 'Kind words ' . $i ) ), true );
		}
		$response = $this->rest( 'GET', '/wayfinder/v1/surveys/' . $survey . '/answers', array( 'cohort' => $this->cohort ), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertTrue( $data['anonymous'] );
		$keys = array_column( $data['columns'], 'key' );
		foreach ( array( 'name', 'email', 'user', 'invitation' ) as $naming ) {
			$this->assertNotContains( $naming, $keys );
		}
		$json = (string) wp_json_encode( $data );
		$this->assertStringNotContainsString( 'hidden-person', $json, 'no login, name or email' );
		$this->assertCount( 6, $people );
		// The rows come in the order of their random IDs, not the order people answered.
		$listed = array_column( $data['rows'], 'response' );
		$sorted = $ids;
		sort( $sorted );
		$this->assertSame( $sorted, $listed );
		foreach ( $data['rows'] as $row ) {
			$this->assertSame( array( 'response', 'wave', 'cohort', 'version', 'day', 'q_confidence', 'q_recommend', 'q_track', 'q_helped' ), array_keys( $row ) );
		}
		// No pairs for an anonymous survey, with the reason.
		$report = $this->report( $survey );
		$this->assertSame( array(), $report['pairs']['questions'] );
		$this->assertStringContainsString( 'anonymous', (string) $report['pairs']['note'] );
	}

	public function test_team_representatives_read_their_own_audience_in_aggregate_only(): void {
		$rep                  = $this->make_user( 'wayfinder_team_rep', 'rep' );
		list( $survey, $one ) = $this->survey( Survey::TEAM_REPS );
		for ( $i = 0; $i < 5; $i++ ) {
			$this->answer( $survey, Wave::FOLLOW_UP, $one, $this->make_user( 'wayfinder_team_rep' ), array( new Answer( 'confidence', '', 4 + $i % 2 ), new Answer( 'helped', '', null, 'Ready ' . $i ) ) );
		}
		$report = $this->report( $survey, array(), $rep );
		$entry  = self::entry( $report, 'confidence', Wave::FOLLOW_UP );
		$this->assertEqualsWithDelta( 4.4, $entry['mean'], 1e-9, '(4 + 5 + 4 + 5 + 4) / 5' );
		$texts = self::entry( $report, 'helped', Wave::FOLLOW_UP );
		$this->assertNull( $texts['texts'] );
		$this->assertSame( 'Text answers are shown to mentoring coordinators only.', $texts['withheld'] );
		$this->assertStringNotContainsString( 'Ready', (string) wp_json_encode( $report ) );
		// The coordinator reads the texts.
		$this->assertCount( 5, (array) self::entry( $this->report( $survey ), 'helped', Wave::FOLLOW_UP )['texts'] );
		// Not the answers export, not a mentees' survey, not a draft.
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/surveys/' . $survey . '/answers', array(), $rep )->get_status() );
		list( $mentees ) = $this->survey();
		$refused         = $this->rest( 'GET', '/wayfinder/v1/surveys/' . $mentees . '/report', array(), $rep );
		$this->assertSame( 403, $refused->get_status() );
		$this->assertSame( 'wayfinder_survey_report_forbidden', $refused->get_data()['code'] );
		list( $draft ) = $this->survey( Survey::TEAM_REPS, false, false, 'draft' );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/surveys/' . $draft . '/report', array(), $rep )->get_status() );

		// My mentorship: "What representatives said", with the figure, never the texts.
		ob_start();
		do_action( 'wayfinder_my_sections', $rep, 'r' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'What representatives said', $html );
		$this->assertStringContainsString( 'Mean 4.4 of 5; 100% agree (5 answers).', $html );
		$this->assertStringNotContainsString( 'Ready', $html );
	}

	public function test_the_representatives_part_stays_away_with_nothing_to_show(): void {
		$rep                  = $this->make_user( 'wayfinder_team_rep', 'rep' );
		list( $survey, $one ) = $this->survey( Survey::TEAM_REPS );
		for ( $i = 0; $i < 4; $i++ ) {
			$this->answer( $survey, Wave::FOLLOW_UP, $one, $this->make_user( 'wayfinder_team_rep' ), array( new Answer( 'confidence', '', 4 ) ) );
		}
		ob_start();
		do_action( 'wayfinder_my_sections', $rep, 'r' );
		$this->assertStringNotContainsString( 'What representatives said', (string) ob_get_clean() );
		// Nor for a mentee.
		ob_start();
		do_action( 'wayfinder_my_sections', $this->make_user( 'subscriber' ), 'r' );
		$this->assertStringNotContainsString( 'What representatives said', (string) ob_get_clean() );
	}

	public function test_who_may_read_reports_and_answers(): void {
		list( $survey ) = $this->survey();
		$callers        = array(
			'visitor'     => array( 0, 401, 401 ),
			'mentee'      => array( $this->make_user( 'subscriber' ), 403, 403 ),
			'mentor'      => array( $this->make_user( 'wayfinder_mentor' ), 403, 403 ),
			'team rep'    => array( $this->make_user( 'wayfinder_team_rep' ), 403, 403 ),
			'coordinator' => array( $this->coordinator, 200, 200 ),
		);
		foreach ( $callers as $who => list( $user, $report, $answers ) ) {
			$this->assertSame( $report, $this->rest( 'GET', '/wayfinder/v1/surveys/' . $survey . '/report', array(), $user )->get_status(), "report as $who" );
			$this->assertSame( $answers, $this->rest( 'GET', '/wayfinder/v1/surveys/' . $survey . '/answers', array(), $user )->get_status(), "answers as $who" );
		}
		$missing = $this->rest( 'GET', '/wayfinder/v1/surveys/999999/report', array(), $this->coordinator );
		$this->assertSame( 404, $missing->get_status() );
		$this->assertSame( 'There is no survey with this ID; it may have been deleted.', $missing->get_data()['message'] );
		$wrong = $this->rest(
			'GET',
			'/wayfinder/v1/surveys/' . $survey . '/report',
			array(
				'before' => 'post',
				'after'  => 'completion',
			),
			$this->coordinator
		);
		$this->assertSame( 400, $wrong->get_status() );
	}

	public function test_the_list_of_surveys_has_each_ones_version_and_answers(): void {
		list( $survey ) = $this->known_data_set();
		list( $other )  = $this->survey();
		$rows           = $this->rest( 'GET', '/wayfinder/v1/survey-reports', array(), $this->coordinator )->get_data();
		$by_survey      = array_column( $rows, null, 'survey' );
		$this->assertSame(
			array(
				'survey'  => $survey,
				'version' => 2,
				'answers' => 10,
			),
			$by_survey[ $survey ]
		);
		$this->assertSame( 0, $by_survey[ $other ]['answers'] );
		$this->assertSame( 1, $by_survey[ $other ]['version'] );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/survey-reports', array(), $this->make_user( 'wayfinder_team_rep' ) )->get_status() );
	}

	public function test_start_and_completion_pair_by_mentorship(): void {
		list( $survey, $one ) = $this->survey();
		for ( $i = 0; $i < 5; $i++ ) {
			$person = $this->make_user( 'subscriber' );
			$this->answer( $survey, Wave::START, $one, $person, array( new Answer( 'confidence', '', 3 ) ), false, 0 );
			$this->answer( $survey, Wave::COMPLETION, $one, $person, array( new Answer( 'confidence', '', 3 + $i % 3 ) ), false, 0 );
		}
		// After 3, 4, 5, 3, 4 minus 3: differences 0, 1, 2, 0, 1: mean 0.8; squared deviations .64 + .04 + 1.44 + .64 + .04 = 2.8, s² = 0.7:
		// 0.8 ± 2.776 · √0.7 / √5 = 0.8 ± 1.038685 → [−0.2387, 1.8387].
		$row = self::pair(
			$this->report(
				$survey,
				array(
					'cohort' => 0,
					'before' => 'start',
					'after'  => 'completion',
				)
			),
			'confidence'
		);
		$this->assertSame( 5, $row['n'] );
		$this->assertEqualsWithDelta( 0.8, $row['change'], 1e-9 );
		$this->assertEqualsWithDelta( -0.2387, $row['low'], 1e-4 );
		$this->assertEqualsWithDelta( 1.8387, $row['high'], 1e-4 );
	}
}
