<?php
/**
 * Survey waves and invitations: each wave opens when it should and asks the right people, with due
 * dates and the follow-up's opening in site time zones with daylight saving time; a cohort finished
 * early; ticks run twice double nothing; the e-mail goes once with a working personal link; the one
 * reminder; and the coordinators' schedule and reminder routes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Events;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Surveys\Events\SurveyInvited;
use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\InvitationToken;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPage;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WavePlanner;
use Wayfinder\Surveys\WaveRepository;
use Wayfinder\Surveys\WaveTiming;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class SurveyWavesTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		// Each test publishes the surveys it asks; the seeded defaults would be asked too.
		\Wayfinder\Surveys\DefaultSurveys::delete_all();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
	}

	protected function tearDown(): void {
		update_option( 'timezone_string', '' );
		parent::tearDown();
	}

	/**
	 * A published survey.
	 *
	 * @param list<string> $waves
	 */
	private function survey( string $audience, array $waves, bool $anonymous = false, int $days = 14, string $title = '' ): int {
		$id = wp_insert_post(
			array(
				'post_type'   => SurveyPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => '' !== $title ? $title : ucfirst( $audience ) . ' survey',
				'meta_input'  => array(
					SurveyPostType::AUDIENCE    => $audience,
					SurveyPostType::WAVES       => $waves,
					SurveyPostType::ANONYMOUS   => $anonymous,
					SurveyPostType::ANSWER_DAYS => $days,
					SurveyPostType::QUESTIONS   => array(
						array(
							'key'      => 'confidence',
							'type'     => 'agree',
							'text'     => 'I feel confident contributing.',
							'required' => true,
						),
						array(
							'key'      => 'recommend',
							'type'     => 'nps',
							'text'     => 'Would you recommend the program?',
							'required' => true,
						),
						array(
							'key'      => 'anything',
							'type'     => 'long_text',
							'text'     => 'Anything else?',
							'required' => false,
						),
					),
				),
			),
			true
		);
		$this->assertIsInt( $id );
		return $id;
	}

	private function day( int $days ): string {
		return wp_date( 'Y-m-d', time() + $days * DAY_IN_SECONDS );
	}

	private function enrol( int $cohort, int $user, string $role ): void {
		$this->assertInstanceOf( \Wayfinder\Cohorts\CohortMember::class, ( new Enrolment() )->enrol( $cohort, $user, $role, 'mentor' === $role ? '' : Cohort::ONE_TO_ONE, $this->coordinator ) );
	}

	/** @return list<Invitation> */
	private function invitations( int $survey, int $cohort, string $kind ): array {
		$wave = ( new WaveRepository() )->find_for( $survey, $cohort, $kind );
		if ( null === $wave ) {
			return array();
		}
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM ' . \Wayfinder\Platform\Schema::survey_invitations_table() . ' WHERE wave_id = %d ORDER BY user_id', $wave->id ), ARRAY_A ); // phpcs:ignore WordPress.DB
		return array_map( array( Invitation::class, 'from_row' ), (array) $rows );
	}

	/** @return list<int> */
	private function invited( int $survey, int $cohort, string $kind ): array {
		return array_map( static fn ( Invitation $i ): int => $i->user_id, $this->invitations( $survey, $cohort, $kind ) );
	}

	/** @return list<array<string, mixed>> */
	private function mails_to( int $user, string $subject_starts = '' ): array {
		$email = get_userdata( $user )->user_email;
		return array_values( array_filter( $this->sent_mail, static fn ( array $m ): bool => $email === $m['to'] && str_starts_with( (string) $m['subject'], $subject_starts ) ) );
	}

	private function finish( int $cohort ): void {
		update_post_meta( $cohort, CohortPostType::STAGE, Cohort::FINISHED );
	}

	public function test_a_mentee_is_asked_before_on_enrolment_once_with_a_working_link_and_a_mentor_is_not(): void {
		$survey = $this->survey( Survey::MENTEES, array( Wave::PRE, Wave::POST ) );
		$cohort = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( 3 ),
				CohortPostType::END_DATE   => $this->day( 30 ),
				CohortPostType::STAGE      => Cohort::OPEN,
			)
		);
		$mentee = $this->make_user( 'subscriber' );
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$before = time();
		$this->enrol( $cohort, $mentee, 'mentee' );
		$this->enrol( $cohort, $mentor, 'mentor' );

		$this->assertSame( array( $mentee ), $this->invited( $survey, $cohort, Wave::PRE ) );
		$invitation = $this->invitations( $survey, $cohort, Wave::PRE )[0];
		$wave       = ( new WaveRepository() )->find_for( $survey, $cohort, Wave::PRE );
		$this->assertSame( gmdate( 'Y-m-d H:i:s', WaveTiming::pre_closes( $this->day( 3 ) ) ), $wave->closes_at, 'the "before" wave closes at the end of the first week' );
		// 14 days to answer would end after the first week: due when the week ends.
		$this->assertSame( gmdate( 'Y-m-d H:i:s', WaveTiming::pre_closes( $this->day( 3 ) ) ), $invitation->due_at );
		$this->assertNotNull( $invitation->sent_at, 'the e-mail claimed sent_at' );

		$mails = $this->mails_to( $mentee );
		$this->assertCount( 1, $mails );
		$this->assertSame( 'A few questions: Mentees survey', $mails[0]['subject'] );
		$this->assertStringContainsString( 'It is 3 questions and takes about 2 minutes.', $mails[0]['message'] );
		$this->assertStringContainsString( 'kept with your name', $mails[0]['message'] );
		$this->assertStringContainsString( 'before Spring cohort', $mails[0]['message'] );
		$link = SurveyPage::link( $invitation );
		$this->assertStringContainsString( $link, $mails[0]['message'] );
		parse_str( (string) wp_parse_url( $link, PHP_URL_QUERY ), $query );
		$this->assertSame( (string) $invitation->id, $query[ SurveyPage::INVITATION ] );
		$this->assertTrue( InvitationToken::matches( $invitation, (string) $query[ SurveyPage::KEY ] ), 'the key in the link opens the invitation' );
		$this->assertFalse( InvitationToken::matches( $invitation, strrev( (string) $query[ SurveyPage::KEY ] ) ) );
		$this->assertSame( array(), $this->mails_to( $mentor ), 'a mentor is not asked the mentees survey' );

		// The event delivered again, and a tick: nothing more is sent or asked.
		Events::dispatch( new SurveyInvited( $invitation, $wave, SurveyPostType::find( $survey ) ) );
		( new WavePlanner() )->tick( time() );
		( new WavePlanner() )->tick( time() );
		$this->assertCount( 1, $this->mails_to( $mentee ) );
		$this->assertCount( 1, $this->invitations( $survey, $cohort, Wave::PRE ) );
		$this->assertGreaterThanOrEqual( $before, (int) strtotime( $wave->opens_at . ' UTC' ), 'the wave opened when the first mentee was asked' );
	}

	public function test_an_anonymous_survey_says_so_and_nobody_is_asked_before_once_the_first_week_is_over(): void {
		$survey = $this->survey( Survey::MENTEES, array( Wave::PRE ), true );
		$late   = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( -8 ),
				CohortPostType::END_DATE   => $this->day( 20 ),
			)
		);
		$soon   = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( -6 ),
				CohortPostType::END_DATE   => $this->day( 20 ),
			),
			'Summer cohort'
		);
		$mentee = $this->make_user( 'subscriber' );
		$other  = $this->make_user( 'subscriber' );
		$this->enrol( $late, $mentee, 'mentee' );
		$this->enrol( $soon, $other, 'mentee' );
		( new WavePlanner() )->tick( time() );
		$this->assertSame( array(), $this->invited( $survey, $late, Wave::PRE ), 'the first week is over' );
		$this->assertNull( ( new WaveRepository() )->find_for( $survey, $late, Wave::PRE ), 'no wave opened for nobody' );
		$this->assertSame( array( $other ), $this->invited( $survey, $soon, Wave::PRE ), 'still in the first week' );
		$this->assertStringContainsString( 'Your answers are anonymous', $this->mails_to( $other )[0]['message'] );
	}

	public function test_the_tick_asks_mentees_enrolled_before_the_survey_was_published_and_twice_doubles_nothing(): void {
		$cohort  = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( 2 ),
				CohortPostType::END_DATE   => $this->day( 30 ),
			)
		);
		$mentees = array( $this->make_user( 'subscriber' ), $this->make_user( 'subscriber' ), $this->make_user( 'subscriber' ) );
		foreach ( $mentees as $mentee ) {
			$this->enrol( $cohort, $mentee, 'mentee' );
		}
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$this->enrol( $cohort, $mentor, 'mentor' );
		$survey = $this->survey( Survey::MENTEES, array( Wave::PRE ) );
		$this->assertSame( array(), $this->invited( $survey, $cohort, Wave::PRE ) );

		$this->assertSame( 3, ( new WavePlanner() )->tick( time() )['invited'] );
		$this->assertSame( 0, ( new WavePlanner() )->tick( time() )['invited'] );
		$this->assertSame( $mentees, $this->invited( $survey, $cohort, Wave::PRE ) );
		$this->assertCount( 3, $this->sent_mail );
	}

	public function test_a_cohort_finished_early_asks_after_now_and_follows_up_three_months_after_that_day(): void {
		$mentees_survey = $this->survey( Survey::MENTEES, array( Wave::POST, Wave::FOLLOW_UP ) );
		$mentors_survey = $this->survey( Survey::MENTORS, array( Wave::POST, Wave::FOLLOW_UP ) );
		$reps_survey    = $this->survey( Survey::TEAM_REPS, array( Wave::FOLLOW_UP ) );
		$cohort         = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( -20 ),
				CohortPostType::END_DATE   => $this->day( 20 ),
			)
		);
		$stays          = $this->make_user( 'subscriber' );
		$graduate       = $this->make_user( 'subscriber' );
		$leaves         = $this->make_user( 'subscriber' );
		$mentor         = $this->make_user( 'wayfinder_mentor' );
		foreach ( array( $stays, $graduate, $leaves ) as $mentee ) {
			$this->enrol( $cohort, $mentee, 'mentee' );
		}
		$this->enrol( $cohort, $mentor, 'mentor' );
		$this->assertSame( 1, ( new \Wayfinder\Cohorts\CohortMemberRepository() )->graduate( $cohort, $graduate, $mentor, '', time() ) );
		$this->assertNotInstanceOf( \WP_Error::class, ( new Enrolment() )->withdraw( $cohort, $leaves, $this->coordinator ) );
		// A representative of Polyglots, which accepted a hand-off from the cohort; Core's did not.
		$rep      = $this->make_user( 'wayfinder_team_rep' );
		$core_rep = $this->make_user( 'wayfinder_team_rep' );
		update_post_meta( get_page_by_path( 'polyglots', OBJECT, TeamPostType::POST_TYPE )->ID, TeamPostType::REPRESENTATIVES, array( $rep ) );
		update_post_meta( get_page_by_path( 'core', OBJECT, TeamPostType::POST_TYPE )->ID, TeamPostType::REPRESENTATIVES, array( $core_rep ) );
		\Wayfinder\Teams\Representatives::forget();
		$handoffs = new HandoffRepository();
		$this->assertTrue( $handoffs->choose( $graduate, $cohort, 'polyglots', time() ) );
		$this->assertSame( 1, $handoffs->update( $handoffs->find_for( $graduate, $cohort )->id, array( 'status' => Handoff::ACCEPTED ), time(), Handoff::CHOSEN ) );
		$this->assertTrue( $handoffs->choose( $stays, $cohort, 'core', time() ) );

		$now = time();
		$this->finish( $cohort ); // By a coordinator, twenty days early.
		$today = wp_date( 'Y-m-d' );
		$this->assertSame( $today, CohortEnding::ended_on( $cohort ) );
		$this->assertSame( array( $stays, $graduate ), $this->invited( $mentees_survey, $cohort, Wave::POST ), 'graduates are asked; a withdrawn mentee is not' );
		$this->assertSame( array( $mentor ), $this->invited( $mentors_survey, $cohort, Wave::POST ), 'the mentor answers the mentors survey only' );
		$post = $this->invitations( $mentees_survey, $cohort, Wave::POST )[0];
		$this->assertContains( $post->due_at, array( gmdate( 'Y-m-d H:i:s', WaveTiming::due( $now, 14 ) ), gmdate( 'Y-m-d H:i:s', WaveTiming::due( time(), 14 ) ) ) );
		$this->assertSame( gmdate( 'Y-m-d H:i:s', WaveTiming::end_of_day( wp_date( 'Y-m-d', strtotime( '+14 days', $now ) ) ) ), $post->due_at );

		// Not yet three months: no follow-up.
		$opens = WaveTiming::follow_up_opens( $today );
		$this->assertSame( WaveTiming::start_of_day( WaveTiming::add_months( $today, 3 ) ), $opens );
		( new WavePlanner() )->tick( $opens - 60 );
		$this->assertNull( ( new WaveRepository() )->find_for( $mentees_survey, $cohort, Wave::FOLLOW_UP ) );

		// Three months after the day it ended: mentees (as after), mentors, and the accepting team's representative.
		$planner = new WavePlanner();
		$planner->tick( $opens + 3600 );
		$planner->tick( $opens + 7200 );
		$this->assertSame( array( $stays, $graduate ), $this->invited( $mentees_survey, $cohort, Wave::FOLLOW_UP ) );
		$this->assertSame( array( $mentor ), $this->invited( $mentors_survey, $cohort, Wave::FOLLOW_UP ) );
		$this->assertSame( array( $rep ), $this->invited( $reps_survey, $cohort, Wave::FOLLOW_UP ), 'only the team that accepted a hand-off' );
		$wave = ( new WaveRepository() )->find_for( $mentees_survey, $cohort, Wave::FOLLOW_UP );
		$this->assertSame( gmdate( 'Y-m-d H:i:s', $opens ), $wave->opens_at );
		$this->assertSame( gmdate( 'Y-m-d H:i:s', WaveTiming::due( $opens, 14 ) ), $wave->closes_at );
		$this->assertSame( $wave->closes_at, $this->invitations( $mentees_survey, $cohort, Wave::FOLLOW_UP )[0]->due_at );
		$this->assertSame( array(), $this->mails_to( $leaves ) );
		$this->assertSame( array(), $this->mails_to( $core_rep ) );
	}

	public function test_a_cohort_ending_on_its_end_date_in_berlin_follows_up_at_local_midnight_after_the_clock_change(): void {
		update_option( 'timezone_string', 'Europe/Berlin' );
		$survey = $this->survey( Survey::MENTEES, array( Wave::POST, Wave::FOLLOW_UP ) );
		$cohort = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => '2026-07-20',
				CohortPostType::END_DATE   => '2026-08-15',
			)
		);
		$mentee = $this->make_user( 'subscriber' );
		$this->enrol( $cohort, $mentee, 'mentee' );
		update_post_meta( $cohort, CohortEnding::ENDED_ON, '2026-08-15' ); // Ended on its end date (the tick's finish is CohortClosing's).
		update_post_meta( $cohort, CohortPostType::STAGE, Cohort::FINISHED );
		// 15 November 2026, 00:00 in Berlin (CET, UTC+1 since 25 October) is 14 November 23:00 UTC.
		$opens = (int) strtotime( '2026-11-14 23:00:00 UTC' );
		$this->assertSame( $opens, WaveTiming::follow_up_opens( '2026-08-15' ) );
		( new WavePlanner() )->tick( $opens - 1 );
		$this->assertSame( array(), $this->invited( $survey, $cohort, Wave::FOLLOW_UP ) );
		( new WavePlanner() )->tick( $opens + 1 );
		$this->assertSame( array( $mentee ), $this->invited( $survey, $cohort, Wave::FOLLOW_UP ) );
		// Due 14 days later at 23:59:59 local: 29 November, 22:59:59 UTC.
		$this->assertSame( '2026-11-29 22:59:59', $this->invitations( $survey, $cohort, Wave::FOLLOW_UP )[0]->due_at );
		// A follow-up whose days went by without a tick is not asked this late.
		$missed = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => '2026-07-20',
				CohortPostType::END_DATE   => '2026-08-15',
			),
			'Missed cohort'
		);
		$this->enrol( $missed, $this->make_user( 'subscriber' ), 'mentee' );
		update_post_meta( $missed, CohortEnding::ENDED_ON, '2026-08-15' );
		update_post_meta( $missed, CohortPostType::STAGE, Cohort::FINISHED );
		( new WavePlanner() )->tick( (int) strtotime( '2026-11-30 06:00:00 UTC' ) );
		$this->assertNull( ( new WaveRepository() )->find_for( $survey, $missed, Wave::FOLLOW_UP ) );
	}

	public function test_timing_in_new_york_and_berlin_across_daylight_saving_and_month_ends(): void {
		update_option( 'timezone_string', 'America/New_York' );
		// 15 November 00:00 EST (after the change on 1 November) is 05:00 UTC.
		$this->assertSame( (int) strtotime( '2026-11-15 05:00:00 UTC' ), WaveTiming::follow_up_opens( '2026-08-15' ) );
		// Asked 28 October (EDT), 7 days: due 4 November 23:59:59 EST = 5 November 04:59:59 UTC.
		$this->assertSame( (int) strtotime( '2026-11-05 04:59:59 UTC' ), WaveTiming::due( (int) strtotime( '2026-10-28 15:00:00 UTC' ), 7 ) );
		// Asked late on 31 October local (already 1 November in UTC): the local day counts.
		$this->assertSame( (int) strtotime( '2026-11-03 04:59:59 UTC' ), WaveTiming::due( (int) strtotime( '2026-11-01 03:30:00 UTC' ), 2 ) );
		update_option( 'timezone_string', 'Europe/Berlin' );
		// Asked 20 October (CEST), 14 days: due 3 November 23:59:59 CET = 22:59:59 UTC.
		$this->assertSame( (int) strtotime( '2026-11-03 22:59:59 UTC' ), WaveTiming::due( (int) strtotime( '2026-10-20 12:00:00 UTC' ), 14 ) );
		// Into summer time: asked 25 March 2027 (CET), 7 days: 1 April 23:59:59 CEST = 21:59:59 UTC.
		$this->assertSame( (int) strtotime( '2027-04-01 21:59:59 UTC' ), WaveTiming::due( (int) strtotime( '2027-03-25 12:00:00 UTC' ), 7 ) );
		// The "before" wave of a cohort starting on 26 October closes at the end of 1 November.
		$this->assertSame( (int) strtotime( '2026-11-01 22:59:59 UTC' ), WaveTiming::pre_closes( '2026-10-26' ) );
		// 30 November + 3 months is the end of February (leap years too).
		$this->assertSame( '2027-02-28', WaveTiming::add_months( '2026-11-30', 3 ) );
		$this->assertSame( '2028-02-29', WaveTiming::add_months( '2027-11-30', 3 ) );
		$this->assertSame( (int) strtotime( '2027-02-27 23:00:00 UTC' ), WaveTiming::follow_up_opens( '2026-11-30' ) );
		// The "after" wave is planned for local midnight after the end date.
		$this->assertSame( (int) strtotime( '2026-08-15 22:00:00 UTC' ), WaveTiming::post_opens( '2026-08-15' ) );
	}

	public function test_one_to_one_mentorships_outside_cohorts_are_asked_at_start_and_completion(): void {
		$start    = $this->survey( Survey::MENTEES, array( Wave::START, Wave::COMPLETION ) );
		$mentors  = $this->survey( Survey::MENTORS, array( Wave::COMPLETION ) );
		$mentee   = $this->make_user( 'subscriber' );
		$mentor   = $this->make_user( 'wayfinder_mentor' );
		$profiles = new ProfileRepository();
		$profiles->save( new Profile( $mentor, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), 'I mentor.', 3 ) );
		$profiles->save( new Profile( $mentee, 'Asia/Tokyo', array( 'en' ), array( 'core' ), array(), array(), 'New here.' ) );
		$match = ( new MatchService() )->start( $mentee, $mentor, 'coordinator', $this->coordinator, 'active' );
		$this->assertIsInt( $match );
		$invitation = $this->invitations( $start, 0, Wave::START );
		$this->assertCount( 1, $invitation );
		$this->assertSame( $mentee, $invitation[0]->user_id );
		$this->assertSame( $match, $invitation[0]->match_id );
		$this->assertNull( ( new WaveRepository() )->find_for( $start, 0, Wave::START )->closes_at, 'each invitation has its own due date' );
		// Due 14 days later at the end of the site's day; the e-mail shows it in the mentee's time zone.
		$this->assertSame( gmdate( 'Y-m-d H:i:s', WaveTiming::due( (int) strtotime( $invitation[0]->invited_at . ' UTC' ), 14 ) ), $invitation[0]->due_at );
		$this->assertStringContainsString( '(Asia/Tokyo)', $this->mails_to( $mentee, 'A few questions' )[0]['message'] );
		$this->assertSame( array(), $this->invited( $mentors, 0, Wave::COMPLETION ) );

		$this->assertNotInstanceOf( \WP_Error::class, ( new MatchService() )->end( $match, 'completed', $mentor ) );
		$this->assertSame( array( $mentee ), $this->invited( $start, 0, Wave::COMPLETION ) );
		$this->assertSame( array( $mentor ), $this->invited( $mentors, 0, Wave::COMPLETION ) );
		$this->assertSame( $match, $this->invitations( $mentors, 0, Wave::COMPLETION )[0]->match_id );
	}

	public function test_a_cohort_match_is_not_asked_the_one_to_one_survey(): void {
		$start  = $this->survey( Survey::MENTEES, array( Wave::START ) );
		$cohort = $this->insert_cohort();
		$mentee = $this->make_user( 'subscriber' );
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), 'I mentor.', 3 ) );
		$this->assertIsInt( ( new MatchService() )->start( $mentee, $mentor, 'cohort', $this->coordinator, 'active', $cohort ) );
		$this->assertNull( ( new WaveRepository() )->find_for( $start, 0, Wave::START ) );
	}

	public function test_the_one_reminder_goes_once_not_after_the_due_date_and_not_after_an_answer(): void {
		$survey      = $this->survey( Survey::MENTEES, array( Wave::START ) );
		$wave        = ( new WaveRepository() )->ensure( $survey, 0, Wave::START, time() - 10 * DAY_IN_SECONDS, null, time() );
		$repo        = new InvitationRepository();
		$now         = time();
		$people      = array();
		$invitations = array();
		// Due in 2 days, asked 3 days ago: reminded. Due in 2 days, asked yesterday: not yet. Due in 5 days: not yet.
		// Past due: never. Answered: never.
		foreach ( array(
			'due'      => array( -3, 2 ),
			'recent'   => array( -1, 2 ),
			'later'    => array( -3, 5 ),
			'past'     => array( -10, -1 ),
			'answered' => array( -3, 2 ),
		) as $name => list( $asked, $due ) ) {
			$people[ $name ]      = $this->make_user( 'subscriber' );
			$invitations[ $name ] = $repo->invite( $wave->id, $people[ $name ], 0, $now + $asked * DAY_IN_SECONDS, $now + $due * DAY_IN_SECONDS );
			$this->assertTrue( $repo->claim_sent( $invitations[ $name ]->id, $now ) );
		}
		$this->assertTrue( $repo->claim_answered( $invitations['answered']->id, $now ) );

		$this->assertSame( 1, ( new WavePlanner() )->tick( $now )['reminded'] );
		$this->assertSame( 0, ( new WavePlanner() )->tick( $now + HOUR_IN_SECONDS )['reminded'] );
		$this->assertCount( 1, $this->mails_to( $people['due'], 'Reminder:' ) );
		$this->assertStringContainsString( SurveyPage::link( $invitations['due'] ), $this->mails_to( $people['due'], 'Reminder:' )[0]['message'] );
		foreach ( array( 'recent', 'later', 'past', 'answered' ) as $name ) {
			$this->assertSame( array(), $this->mails_to( $people[ $name ] ), $name );
		}
		$this->assertNotNull( $repo->find( $invitations['due']->id )->reminded_at );
		$this->assertNull( $repo->find( $invitations['past']->id )->reminded_at );
	}

	public function test_an_invitation_whose_e_mail_did_not_go_out_is_sent_by_the_next_tick_once(): void {
		$survey = $this->survey( Survey::MENTEES, array( Wave::START ) );
		$wave   = ( new WaveRepository() )->ensure( $survey, 0, Wave::START, time(), null, time() );
		$person = $this->make_user( 'subscriber' );
		// A tick stopped between the invitation and its event.
		$invitation = ( new InvitationRepository() )->invite( $wave->id, $person, 0, time() - HOUR_IN_SECONDS, time() + 5 * DAY_IN_SECONDS );
		( new WavePlanner() )->tick( time() );
		( new WavePlanner() )->tick( time() );
		$this->assertCount( 1, $this->mails_to( $person ) );
		$this->assertStringContainsString( SurveyPage::link( $invitation ), $this->mails_to( $person )[0]['message'] );
	}

	public function test_the_tick_invites_at_most_a_batch_and_the_next_tick_goes_on(): void {
		$cohort = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( -20 ),
				CohortPostType::END_DATE   => $this->day( 20 ),
				CohortPostType::SEATS      => 200,
			)
		);
		global $wpdb;
		$members = \Wayfinder\Platform\Schema::cohort_members_table();
		for ( $n = 0; $n < WavePlanner::BATCH + 5; $n++ ) {
			// Places written straight: the batch is what is tested, not enrolment.
			$wpdb->insert( $members, array( 'cohort_id' => $cohort, 'user_id' => 100000 + $n, 'role' => 'mentee', 'mode' => Cohort::ONE_TO_ONE, 'status' => 'enrolled', 'enrolled_by' => 1, 'enrolled_at' => gmdate( 'Y-m-d H:i:s' ), 'updated_at' => gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB,WordPress.Arrays.ArrayDeclarationSpacing
		}
		update_post_meta( $cohort, CohortPostType::STAGE, Cohort::FINISHED ); // No survey yet: nothing asked.
		$survey = $this->survey( Survey::MENTEES, array( Wave::POST ) );
		$this->assertSame( WavePlanner::BATCH, ( new WavePlanner() )->tick( time() )['invited'] );
		$this->assertSame( 5, ( new WavePlanner() )->tick( time() )['invited'] );
		$this->assertSame( 0, ( new WavePlanner() )->tick( time() )['invited'] );
		$this->assertCount( WavePlanner::BATCH + 5, $this->invitations( $survey, $cohort, Wave::POST ) );
	}

	public function test_the_schedule_lists_opened_and_planned_waves_with_response_rates_for_coordinators(): void {
		$mentees = $this->survey( Survey::MENTEES, array( Wave::PRE, Wave::POST, Wave::FOLLOW_UP, Wave::START ) );
		$reps    = $this->survey( Survey::TEAM_REPS, array( Wave::FOLLOW_UP ) );
		$start   = $this->day( 2 );
		$end     = $this->day( 30 );
		$cohort  = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $start,
				CohortPostType::END_DATE   => $end,
			)
		);
		$one     = $this->make_user( 'subscriber' );
		$two     = $this->make_user( 'subscriber' );
		$this->enrol( $cohort, $one, 'mentee' );
		$this->enrol( $cohort, $two, 'mentee' );
		$this->assertTrue( ( new InvitationRepository() )->claim_answered( $this->invitations( $mentees, $cohort, Wave::PRE )[0]->id, time() ) );

		$response = $this->rest( 'GET', '/wayfinder/v1/survey-waves', array( 'cohort' => $cohort ), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		$rows = $response->get_data();
		$this->assertSame( array( 'pre', 'post', 'follow_up', 'follow_up' ), array_column( $rows, 'kind' ) );
		$pre = $rows[0];
		$this->assertSame( $mentees, $pre['survey_id'] );
		$this->assertSame( 'Mentees survey', $pre['survey_title'] );
		$this->assertSame( 'Spring cohort', $pre['cohort_title'] );
		$this->assertSame( 'Before the cohort', $pre['kind_label'] );
		$this->assertTrue( $pre['opened'] );
		$this->assertSame( 2, $pre['invited'] );
		$this->assertSame( 1, $pre['answered'] );
		$this->assertSame( 0.5, $pre['response_rate'] );
		$this->assertSame( gmdate( 'Y-m-d\TH:i:s\Z', WaveTiming::pre_closes( $start ) ), $pre['closes_at'] );
		$post = $rows[1];
		$this->assertNull( $post['id'] );
		$this->assertFalse( $post['opened'] );
		$this->assertSame( 0, $post['invited'] );
		$this->assertNull( $post['response_rate'] );
		$this->assertSame( gmdate( 'Y-m-d\TH:i:s\Z', WaveTiming::post_opens( $end ) ), $post['opens_at'] );
		$this->assertSame( gmdate( 'Y-m-d\TH:i:s\Z', WaveTiming::follow_up_opens( $end ) ), $rows[2]['opens_at'] );
		$this->assertSame( array( $mentees, $reps ), array( $rows[2]['survey_id'], $rows[3]['survey_id'] ) );

		// Every cohort's, with the 1:1 waves (cohort 0) at the end.
		$all = $this->rest( 'GET', '/wayfinder/v1/survey-waves', array(), $this->coordinator )->get_data();
		$this->assertSame( array( 0, 'start', null ), array( end( $all )['cohort_id'], end( $all )['kind'], end( $all )['opens_at'] ) );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/survey-waves', array(), $one )->get_status() );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/survey-waves' )->get_status() );
	}

	public function test_a_coordinator_reminds_an_open_wave_once_and_a_closed_one_is_refused(): void {
		$survey = $this->survey( Survey::MENTEES, array( Wave::PRE ) );
		$cohort = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $this->day( 2 ),
				CohortPostType::END_DATE   => $this->day( 30 ),
			)
		);
		$people = array( $this->make_user( 'subscriber' ), $this->make_user( 'subscriber' ), $this->make_user( 'subscriber' ) );
		foreach ( $people as $person ) {
			$this->enrol( $cohort, $person, 'mentee' );
		}
		$this->assertTrue( ( new InvitationRepository() )->claim_answered( $this->invitations( $survey, $cohort, Wave::PRE )[0]->id, time() ) );
		$wave = ( new WaveRepository() )->find_for( $survey, $cohort, Wave::PRE );

		$response = $this->rest( 'POST', '/wayfinder/v1/survey-waves/' . $wave->id . '/remind', array(), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 2, $response->get_data()['reminded'] );
		$this->assertSame( 0, $this->rest( 'POST', '/wayfinder/v1/survey-waves/' . $wave->id . '/remind', array(), $this->coordinator )->get_data()['reminded'] );
		$this->assertSame( array(), $this->mails_to( $people[0], 'Reminder:' ), 'answered: not reminded' );
		$this->assertCount( 1, $this->mails_to( $people[1], 'Reminder:' ) );
		$this->assertCount( 1, $this->mails_to( $people[2], 'Reminder:' ) );

		$closed  = ( new WaveRepository() )->ensure( $survey, $this->insert_cohort( array(), 'Old cohort' ), Wave::PRE, time() - 20 * DAY_IN_SECONDS, time() - DAY_IN_SECONDS, time() );
		$refusal = $this->rest( 'POST', '/wayfinder/v1/survey-waves/' . $closed->id . '/remind', array(), $this->coordinator );
		$this->assertSame( 409, $refusal->get_status() );
		$this->assertStringContainsString( 'not open', $refusal->get_data()['message'] );
		$this->assertSame( 404, $this->rest( 'POST', '/wayfinder/v1/survey-waves/999999/remind', array(), $this->coordinator )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/wayfinder/v1/survey-waves/' . $wave->id . '/remind', array(), $people[1] )->get_status() );
	}
}
