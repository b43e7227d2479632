<?php
/**
 * The mentor playbook: the default is read from code until a coordinator edits it; an edit is
 * checked whole (3 to 12 steps, each titled, lengths bounded) and a refusal keeps nothing; only
 * coordinators change it or put the default back; each cohort is at the step its date says, a short
 * cohort passing through the steps faster; mentors see this week's step in My mentorship and in
 * their session reminders, mentees the one line the program expects of them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Playbook;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Playbook\DefaultPlaybook;
use Wayfinder\Playbook\Playbook;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionService;
use Wayfinder\Tests\Integration\TestCase;

final class PlaybookTest extends TestCase {

	private int $coordinator;
	private int $mentor;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'chidi' );
		$this->mentor      = $this->make_user( 'wayfinder_mentor', 'anna' );
	}

	/** @return list<array<string, mixed>> */
	private static function steps( int $count ): array {
		$steps = array();
		for ( $i = 1; $i <= $count; $i++ ) {
			$steps[] = array(
				'title'      => "Step $i",
				'what_to_do' => "Do thing $i. <strong>Really.</strong><script>alert(1)</script>",
				'questions'  => array( "Question $i?", '  ' ),
				'drop_offs'  => 'Write once more.',
				'mentee'     => "Mentee line $i.",
			);
		}
		return $steps;
	}

	private static function cohort( string $start, string $end ): Cohort {
		return new Cohort( 7, 'Test cohort', $start, $end, 12, 6, 0, array( Cohort::ONE_TO_ONE ), 2, 3, array(), array(), Cohort::RUNNING );
	}

	public function test_the_default_playbook_is_served_from_code_until_a_coordinator_edits_it(): void {
		$response = $this->rest( 'GET', '/wayfinder/v1/playbook', array(), $this->mentor );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertFalse( $data['custom'] );
		$this->assertSame( DefaultPlaybook::steps(), $data['steps'] );
		$this->assertSame( array( 'Kick-off', 'First 1:1', 'Setting goals', 'Choosing a team', 'First contribution', 'The plan', 'Wrap-up' ), array_column( $data['steps'], 'title' ) );
		foreach ( $data['steps'] as $step ) {
			$this->assertNotSame( '', $step['what_to_do'] );
			$this->assertNotSame( array(), $step['questions'] );
			$this->assertNotSame( '', $step['drop_offs'] );
			$this->assertNotSame( '', $step['mentee'] );
		}
		$this->assertFalse( get_option( Playbook::OPTION ), 'nothing stored for the default' );
	}

	public function test_a_coordinator_saves_an_edited_playbook_sanitized_and_not_autoloaded_then_resets_it(): void {
		$response = $this->rest( 'PUT', '/wayfinder/v1/playbook', array( 'steps' => self::steps( 4 ) ), $this->coordinator );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertTrue( $response->get_data()['custom'] );
		$saved = $this->rest( 'GET', '/wayfinder/v1/playbook', array(), $this->mentor )->get_data()['steps'];
		$this->assertSame( array( 'Step 1', 'Step 2', 'Step 3', 'Step 4' ), array_column( $saved, 'title' ) );
		$this->assertSame( 'Do thing 1. <strong>Really.</strong>alert(1)', $saved[0]['what_to_do'], 'limited HTML: no script' );
		$this->assertSame( array( 'Question 1?' ), $saved[0]['questions'], 'empty questions dropped' );
		global $wpdb;
		$this->assertSame( 'off', $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Playbook::OPTION ) ) );

		$reset = $this->rest( 'POST', '/wayfinder/v1/playbook/reset', array(), $this->coordinator );
		$this->assertSame( 200, $reset->get_status() );
		$this->assertFalse( $reset->get_data()['custom'] );
		$this->assertSame( DefaultPlaybook::steps(), $reset->get_data()['steps'] );
		$this->assertFalse( get_option( Playbook::OPTION ) );
	}

	/** @return iterable<string, array{0: array<int, mixed>, 1: string}> */
	public static function refused_playbooks(): iterable {
		$steps = self::steps( 3 );
		yield 'too few steps' => array( self::steps( 2 ), 'A playbook has between 3 and 12 steps; this one has 2.' );
		yield 'too many steps' => array( self::steps( 13 ), 'A playbook has between 3 and 12 steps; this one has 13.' );
		$untitled             = $steps;
		$untitled[1]['title'] = '   ';
		yield 'an empty title' => array( $untitled, 'Step 2 needs a title.' );
		$long             = $steps;
		$long[2]['title'] = str_repeat( 'x', 101 );
		yield 'a title too long' => array( $long, 'Step 3: the title is too long; keep it to 100 characters.' );
		$long_text                  = $steps;
		$long_text[0]['what_to_do'] = str_repeat( 'y', 2001 );
		yield 'a text too long' => array( $long_text, 'Step 1: what to do is too long; keep it to 2000 characters.' );
		$long_question                 = $steps;
		$long_question[0]['questions'] = array( str_repeat( 'q', 301 ) );
		yield 'a question too long' => array( $long_question, 'Step 1: a question is too long; keep each to 300 characters.' );
	}

	/**
	 * @dataProvider refused_playbooks
	 * @param array<int, mixed> $steps
	 */
	public function test_a_refused_playbook_is_a_400_with_the_reason_and_nothing_is_saved( array $steps, string $sentence ): void {
		$this->assertSame( 200, $this->rest( 'PUT', '/wayfinder/v1/playbook', array( 'steps' => self::steps( 5 ) ), $this->coordinator )->get_status() );
		$before = get_option( Playbook::OPTION );

		$response = $this->rest( 'PUT', '/wayfinder/v1/playbook', array( 'steps' => $steps ), $this->coordinator );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'wayfinder_playbook_invalid', $response->get_data()['code'] );
		$this->assertStringContainsString( $sentence, $response->get_data()['message'] );
		$this->assertSame( $before, get_option( Playbook::OPTION ), 'the saved playbook is as it was' );
	}

	public function test_only_coordinators_change_the_playbook(): void {
		$response = $this->rest( 'PUT', '/wayfinder/v1/playbook', array( 'steps' => self::steps( 3 ) ), $this->mentor );
		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/wayfinder/v1/playbook/reset', array(), $this->mentor )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/playbook', array(), $this->make_user( 'subscriber' ) )->get_status(), 'mentees read their line on their page' );
		$this->assertFalse( get_option( Playbook::OPTION ) );
	}

	/** @return iterable<string, array{0: string, 1: string, 2: array<string, int>}> */
	public static function cohorts_and_days(): iterable {
		// Seven steps spread over the cohort's days: step = floor(days gone × 7 ÷ days in all) + 1.
		yield '2 weeks' => array(
			'2027-03-01',
			'2027-03-14',
			array(
				'2027-02-20' => 1,
				'2027-03-01' => 1,
				'2027-03-08' => 4,
				'2027-03-10' => 5,
				'2027-03-14' => 7,
				'2027-03-20' => 7,
			),
		);
		yield '4 weeks' => array(
			'2027-03-01',
			'2027-03-28',
			array(
				'2027-02-20' => 1,
				'2027-03-01' => 1,
				'2027-03-10' => 3,
				'2027-03-15' => 4,
				'2027-03-28' => 7,
				'2027-05-01' => 7,
			),
		);
		yield '6 weeks' => array(
			'2027-03-01',
			'2027-04-11',
			array(
				'2027-02-20' => 1,
				'2027-03-01' => 1,
				'2027-03-10' => 2,
				'2027-03-22' => 4,
				'2027-04-11' => 7,
				'2027-04-12' => 7,
			),
		);
	}

	/**
	 * @dataProvider cohorts_and_days
	 * @param array<string, int> $expected Day => the step's number.
	 */
	public function test_a_cohort_is_at_the_step_its_day_says( string $start, string $end, array $expected ): void {
		$cohort = self::cohort( $start, $end );
		$titles = array_column( DefaultPlaybook::steps(), 'title' );
		foreach ( $expected as $day => $number ) {
			$step = Playbook::step_for( $cohort, $day );
			$this->assertSame( $number, $step['number'], "$day in a cohort from $start to $end" );
			$this->assertSame( $titles[ $number - 1 ], $step['title'] );
			$this->assertSame( 7, $step['count'] );
			$this->assertSame( $cohort->week_on( $day ), $step['week'] );
		}
	}

	public function test_the_step_follows_an_edited_playbook(): void {
		Playbook::save( self::steps( 3 ) );
		$cohort = self::cohort( '2027-03-01', '2027-03-21' );
		$this->assertSame( array( 'Step 1', 'Step 2', 'Step 3' ), array( Playbook::step_for( $cohort, '2027-03-06' )['title'], Playbook::step_for( $cohort, '2027-03-08' )['title'], Playbook::step_for( $cohort, '2027-03-21' )['title'] ) );
	}

	public function test_my_mentorship_shows_the_mentor_this_weeks_step_and_the_mentee_what_is_expected(): void {
		$cohort = (int) wp_insert_post(
			array(
				'post_type'   => CohortPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Spring cohort',
				'meta_input'  => array(
					CohortPostType::START_DATE => current_time( 'Y-m-d' ),
					CohortPostType::END_DATE   => gmdate( 'Y-m-d', (int) strtotime( current_time( 'Y-m-d' ) . ' +27 days' ) ),
					CohortPostType::STAGE      => Cohort::RUNNING,
				),
			)
		);
		$mentee = $this->make_user( 'subscriber', 'yuki' );
		( new Enrolment() )->enrol( $cohort, $this->mentor, CohortMember::MENTOR, '', $this->coordinator );
		( new Enrolment() )->enrol( $cohort, $mentee, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->coordinator );

		wp_set_current_user( $this->mentor );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		$html                        = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'This week: Kick-off', $html );
		$this->assertStringContainsString( esc_html( DefaultPlaybook::steps()[0]['questions'][0] ), $html );
		$this->assertMatchesRegularExpression( '#<details[^>]*><summary>Questions to ask, and if someone goes quiet</summary>#', $html );

		wp_set_current_user( $mentee );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		$html                        = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'What the program expects of you this week', $html );
		$this->assertStringContainsString( esc_html( DefaultPlaybook::steps()[0]['mentee'] ), $html );
		$this->assertStringNotContainsString( 'This week: Kick-off', $html, 'the mentor’s playbook is the mentor’s' );

		// The day before a session, the mentor's reminder carries the step; the mentee's does not.
		$service = new SessionService();
		$session = $service->schedule_group(
			$cohort,
			array(
				'starts'   => time() + 20 * HOUR_IN_SECONDS,
				'minutes'  => 60,
				'title'    => 'Welcome',
				'location' => '',
				'agenda'   => '',
			),
			$this->coordinator
		);
		$this->assertInstanceOf( Session::class, $session );
		$this->sent_mail = array();
		$service->send_reminders();
		$mail = array();
		foreach ( $this->sent_mail as $each ) {
			$mail[ is_array( $each['to'] ) ? $each['to'][0] : $each['to'] ] = $each['message'];
		}
		$this->assertStringContainsString( 'This week in the mentor playbook: Kick-off', $mail['anna@example.org'] );
		$this->assertStringContainsString( wp_strip_all_tags( DefaultPlaybook::steps()[0]['what_to_do'] ), html_entity_decode( $mail['anna@example.org'], ENT_QUOTES ) );
		$this->assertStringNotContainsString( 'mentor playbook', $mail['yuki@example.org'] );
	}
}
