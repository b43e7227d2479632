<?php
/**
 * Weekly check-ins: the hourly tick asks each enrolled mentee of a running cohort once a week (twice
 * asks once; a batch a tick), emails them a link to the form on My mentorship; only the mentee
 * answers, while the check-in is open; their cohort mentor and coordinators read the answers; the
 * early warnings can list who left one unanswered.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\CheckIns;

use Wayfinder\CheckIns\CheckIn;
use Wayfinder\CheckIns\CheckInRepository;
use Wayfinder\CheckIns\CheckInService;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;

final class CheckInsTest extends TestCase {

	use CohortWorkFixture;

	private const WEEK_ONE = '2027-03-16 09:00:00 UTC';

	protected function setUp(): void {
		parent::setUp();
		$this->make_cohort_work();
	}

	private static function utc( string $time ): int {
		return (int) strtotime( $time );
	}

	/** @return list<CheckIn> */
	private function of( string $who ): array {
		return ( new CheckInRepository() )->of_mentee( $this->cohort, $this->people[ $who ] );
	}

	public function test_each_enrolled_mentee_is_asked_once_a_week_however_often_the_tick_runs(): void {
		$service = new CheckInService();
		$this->assertSame( 2, $service->ask_due( self::utc( self::WEEK_ONE ) ) );
		$this->assertSame( 0, $service->ask_due( self::utc( self::WEEK_ONE ) + HOUR_IN_SECONDS ), 'the next tick asks nobody again' );
		$this->assertCount( 1, $this->of( 'yuki' ) );
		$this->assertCount( 1, $this->of( 'ana' ) );
		$this->assertSame( array(), ( new CheckInRepository() )->of_mentee( $this->cohort, $this->people['anna'] ), 'mentors are not asked' );

		$this->assertSame( 2, $service->ask_due( self::utc( '2027-03-22 09:00:00 UTC' ) ), 'week two' );
		$this->assertSame( array( 2, 1 ), array_map( static fn ( CheckIn $checkin ): int => $checkin->week, $this->of( 'yuki' ) ) );
		$this->assertSame( 0, $service->ask_due( self::utc( '2027-04-12 09:00:00 UTC' ) ), 'after the last day' );
	}

	public function test_only_running_cohorts_and_enrolled_mentees_are_asked(): void {
		$service = new CheckInService();
		$open    = $this->make_cohort( Cohort::OPEN );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $open, $this->people['sam'], CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->people['chidi'] ) );
		( new Enrolment() )->withdraw( $this->cohort, $this->people['ana'], $this->people['chidi'] );
		$this->assertSame( 0, ( new CheckInService() )->ask_due( self::utc( '2027-03-10 09:00:00 UTC' ) ), 'before the start nobody is asked' );
		$this->assertSame( 1, $service->ask_due( self::utc( self::WEEK_ONE ) ) );
		$this->assertCount( 1, $this->of( 'yuki' ) );
		$this->assertSame( array(), $this->of( 'ana' ), 'withdrawn' );
		$this->assertSame( array(), ( new CheckInRepository() )->of_mentee( $open, $this->people['sam'] ), 'not running' );
	}

	public function test_a_tick_asks_a_bounded_batch_and_the_next_tick_the_rest(): void {
		$service = new CheckInService();
		$this->assertSame( 1, $service->ask_due( self::utc( self::WEEK_ONE ), 1 ) );
		$this->assertSame( 1, $service->ask_due( self::utc( self::WEEK_ONE ), 1 ) );
		$this->assertSame( 0, $service->ask_due( self::utc( self::WEEK_ONE ), 1 ) );
		$this->assertCount( 2, $this->sent_mail, 'one email each' );
	}

	public function test_the_mentee_gets_an_email_with_a_link_to_the_form(): void {
		( new CheckInService() )->ask_due( self::utc( self::WEEK_ONE ) );
		$mail = array_values( array_filter( $this->sent_mail, static fn ( array $each ): bool => 'yuki@example.org' === ( is_array( $each['to'] ) ? $each['to'][0] : $each['to'] ) ) );
		$this->assertCount( 1, $mail );
		$this->assertSame( '[Spring cohort] Your check-in for week 1', $mail[0]['subject'] );
		$this->assertStringContainsString( 'What did you do this week?', $mail[0]['message'] );
		$this->assertStringContainsString( 'What is blocking you?', $mail[0]['message'] );
		$this->assertStringContainsString( '#wayfinder-checkin-' . $this->cohort, $mail[0]['message'] );
		$this->assertStringContainsString( home_url(), $mail[0]['message'] );
	}

	public function test_only_the_mentee_answers_and_the_pair_and_coordinators_read_it(): void {
		( new CheckInService() )->ask_due( time() );
		$checkin = $this->of( 'yuki' )[0] ?? null;
		if ( null === $checkin ) {
			// Outside the cohort's dates today: ask for its first week, still open for answers now.
			$checkin = ( new CheckInRepository() )->ask( $this->cohort, $this->people['yuki'], 1, gmdate( 'Y-m-d H:i:s' ) );
		}
		$this->assertInstanceOf( CheckIn::class, $checkin );
		$route   = '/wayfinder/v1/checkins/' . $checkin->id . '/answer';
		$answers = array(
			'did'      => 'Translated 40 strings.',
			'blocking' => 'Nothing yet.',
		);
		$this->assertSame( 403, $this->rest( 'POST', $route, $answers, $this->people['anna'] )->get_status(), 'the mentor reads, never answers' );
		$this->assertSame( 403, $this->rest( 'POST', $route, $answers, $this->people['chidi'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', $route, $answers, $this->people['otto'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', $route, $answers, $this->people['sam'] )->get_status() );
		$this->assertSame( 401, $this->rest( 'POST', $route, $answers )->get_status() );
		$empty = $this->rest(
			'POST',
			$route,
			array(
				'did'      => ' ',
				'blocking' => '',
			),
			$this->people['yuki']
		);
		$this->assertSame( 400, $empty->get_status() );
		$this->assertSame( 400, $this->rest( 'POST', $route, array( 'did' => str_repeat( 'a', 2001 ) ), $this->people['yuki'] )->get_status() );

		$answered = $this->rest( 'POST', $route, $answers, $this->people['yuki'] );
		$this->assertSame( 200, $answered->get_status(), wp_json_encode( $answered->get_data() ) );
		$this->assertNotNull( $answered->get_data()['answered_at'] );
		$this->assertSame( 1, $this->figure( $this->people['yuki'], 'checkins_answered' ) );
		$this->assertNotNull( $this->last_activity( $this->people['yuki'] ) );

		foreach ( array(
			'yuki'  => 200,
			'anna'  => 200,
			'chidi' => 200,
			'otto'  => 403,
			'sam'   => 403,
		) as $who => $status ) {
			$read = $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $this->cohort . '/checkins', array( 'mentee' => $this->people['yuki'] ), $this->people[ $who ] );
			$this->assertSame( $status, $read->get_status(), $who );
			if ( 200 === $status ) {
				$this->assertSame( 'Translated 40 strings.', $read->get_data()[0]['did'] );
			}
		}
	}

	public function test_a_check_in_stays_open_for_two_weeks_then_closes(): void {
		$service = new CheckInService();
		$service->ask_due( self::utc( self::WEEK_ONE ) );
		$service->ask_due( self::utc( '2027-03-22 09:00:00 UTC' ) );
		$week_one = $this->of( 'yuki' )[1];
		$this->assertSame( 1, $week_one->week );
		$late = $service->answer( $week_one->id, 'Caught up.', '', $this->people['yuki'], self::utc( '2027-03-29 09:00:00 UTC' ) );
		$this->assertInstanceOf( CheckIn::class, $late, 'last week\'s is still open when the next comes' );
		$closed = $service->answer( $week_one->id, 'Too late.', '', $this->people['yuki'], self::utc( '2027-03-31 09:00:00 UTC' ) );
		$this->assertInstanceOf( \WP_Error::class, $closed );
		$this->assertSame( 'wayfinder_checkin_closed', $closed->get_error_code() );
	}

	public function test_the_early_warnings_list_who_left_a_check_in_unanswered(): void {
		$service = new CheckInService();
		$service->ask_due( self::utc( self::WEEK_ONE ) );
		$service->answer( $this->of( 'ana' )[0]->id, 'Read the handbook.', '', $this->people['ana'], self::utc( '2027-03-17 09:00:00 UTC' ) );
		$repository = new CheckInRepository();
		$this->assertSame( array( $this->people['yuki'] ), $repository->unanswered_in_cohort( $this->cohort, '2027-03-19 00:00:00' ) );
		$this->assertSame( array(), $repository->unanswered_in_cohort( $this->cohort, '2027-03-16 08:00:00' ), 'asked after the time' );
	}

	public function test_my_mentorship_shows_the_mentee_the_form_and_the_mentor_the_answers(): void {
		$checkin = ( new CheckInRepository() )->ask( $this->cohort, $this->people['yuki'], 1, gmdate( 'Y-m-d H:i:s' ) );
		$this->assertInstanceOf( CheckIn::class, $checkin );
		$form = static function ( string $action, int $id, array $args ): void {
			echo '<form data-do="' . esc_attr( $action ) . '" data-id="' . (int) $id . '">' . $args['inner'] . '<button>' . esc_html( $args['label'] ) . '</button></form>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a test's stand-in.
		};
		ob_start();
		do_action( 'wayfinder_my_cohort', $this->cohort, $this->people['yuki'], 'mentee', $form, 'r' );
		$mentee = (string) ob_get_clean();
		$this->assertStringContainsString( 'id="wayfinder-checkin-' . $this->cohort . '"', $mentee, 'where the email links to' );
		$this->assertStringContainsString( 'data-do="checkin_answer" data-id="' . $checkin->id . '"', $mentee );
		$this->assertStringContainsString( '<label for="r-checkin-' . $checkin->id . '-did">What did you do this week?</label>', $mentee );

		( new CheckInService() )->answer( $checkin->id, 'Fixed a typo <b>upstream</b>.', 'Nothing.', $this->people['yuki'] );
		ob_start();
		do_action( 'wayfinder_my_cohort', $this->cohort, $this->people['anna'], 'mentor', $form, 'r' );
		$mentor = (string) ob_get_clean();
		$this->assertStringContainsString( 'Did: Fixed a typo upstream.', $mentor, 'the answer, as text' );
		$this->assertStringNotContainsString( 'checkin_answer', $mentor );
	}

	public function test_on_the_my_mentorship_page_a_mentee_answers_without_javascript_and_the_mentor_reads_it(): void {
		$now = $this->make_cohort( Cohort::RUNNING, gmdate( 'Y-m-d', time() - 8 * DAY_IN_SECONDS ), gmdate( 'Y-m-d', time() + 20 * DAY_IN_SECONDS ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $now, $this->people['yuki'], CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->people['chidi'] ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $now, $this->people['anna'], CohortMember::MENTOR, '', $this->people['chidi'] ) );
		$this->assertTrue( ( new \Wayfinder\Cohorts\CohortMemberRepository() )->set_leader( $now, $this->people['yuki'], $this->people['anna'] ) );
		( new CheckInService() )->ask_due();
		$checkin = ( new CheckInRepository() )->of_mentee( $now, $this->people['yuki'] )[0] ?? null;
		$this->assertInstanceOf( CheckIn::class, $checkin );
		$this->assertSame( 2, $checkin->week );

		wp_set_current_user( $this->people['yuki'] );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		$html                        = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'id="wayfinder-checkin-' . $now . '"', $html );
		$this->assertStringContainsString( 'name="do" value="checkin_answer"', $html, 'a plain form' );
		$this->assertStringContainsString( 'name="do" value="training_done"', $html );
		$this->assertStringContainsString( 'name="do" value="plan_add"', $html );
		$this->assertStringContainsString( 'Your plan has no goals yet.', $html );

		$back = \Wayfinder\Platform\PageForms::perform(
			array(
				'do'          => 'checkin_answer',
				'id'          => (string) $checkin->id,
				'place'       => 'my-mentorship',
				'anchor'      => 'wayfinder-checkin-' . $now,
				'redirect_to' => home_url( '/mentorship/' ),
				'_wpnonce'    => wp_create_nonce( \Wayfinder\Platform\PageForms::nonce_action( 'checkin_answer', $checkin->id ) ),
				'did'         => 'Opened my first pull request.',
				'blocking'    => '',
			)
		);
		$this->assertSame( home_url( '/mentorship/' ) . '#wayfinder-checkin-' . $now, $back );
		$this->assertSame( 'Opened my first pull request.', ( new CheckInRepository() )->find( $checkin->id )->did );

		wp_set_current_user( $this->people['anna'] );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		$mentor                      = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'Did: Opened my first pull request.', $mentor );
	}
}
