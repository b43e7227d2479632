<?php
/**
 * Data retention with the clock moved forward: each kind of personal text goes once its months have
 * passed and not a day before, the rows stay as the program's facts, a program still running is never
 * touched, a second run removes nothing more, a batch stops at its limit and the next run goes on,
 * and 0 keeps data forever.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Retention;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationEditRepository;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ReviewRepository;
use Wayfinder\Applications\Selection\SelectionRepository;
use Wayfinder\CheckIns\CheckIn;
use Wayfinder\CheckIns\CheckInRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\FitCheck\FitCheckRepository;
use Wayfinder\Mentorship\AuditTrail;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Plans\PlanGoal;
use Wayfinder\Plans\PlanRepository;
use Wayfinder\Platform\Schema;
use Wayfinder\Plugin;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\RetentionSubject;
use Wayfinder\Retention\Events\RetentionApplied;
use Wayfinder\Retention\Kind;
use Wayfinder\Retention\Retention;
use Wayfinder\Retention\RetentionLog;
use Wayfinder\Surveys\Answer;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\ResponseRepository;
use Wayfinder\Surveys\WaveRepository;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;

final class RetentionTest extends TestCase {

	use CohortWorkFixture;

	private Retention $retention;

	/** @var int A cohort still running, with the same kind of work as the one that finishes. */
	private int $running;

	protected function setUp(): void {
		parent::setUp();
		$this->retention = Plugin::services()->get( Retention::class );
		delete_option( RetentionLog::OPTION );
		$this->make_cohort_work();
		$this->running = $this->make_cohort( Cohort::RUNNING );
	}

	/** A time this many months (and days) after now: the clock moved forward. */
	private static function later( int $months, int $days = 0 ): int {
		return ( new \DateTimeImmutable( '@' . time() ) )->modify( sprintf( '+%d months +%d days', $months, $days ) )->getTimestamp();
	}

	private function finish( int $cohort_id ): void {
		update_post_meta( $cohort_id, CohortPostType::STAGE, Cohort::FINISHED );
	}

	/** One column of one row, as stored (get_var() would read '' as null). */
	private function stored( string $table, string $column, string $where, int|string $value ): ?string {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test reads what the code wrote.
		return self::value( $wpdb->get_row( $wpdb->prepare( "SELECT {$column} AS value FROM {$table} WHERE {$where} = %s", (string) $value ), ARRAY_A ) );
	}

	private static function value( mixed $row ): ?string {
		return is_array( $row ) && null !== $row['value'] ? (string) $row['value'] : null;
	}

	private function reason_of( string $action, int $object_id ): ?string {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test reads what the audit trail wrote.
		return self::value( $wpdb->get_row( $wpdb->prepare( 'SELECT reason AS value FROM ' . Schema::events_table() . ' WHERE action = %s AND object_id = %d', $action, $object_id ), ARRAY_A ) );
	}

	private function rows( string $table, string $where, int $value ): int {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test counts rows the code wrote.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$where} = %d", $value ) );
	}

	/** A check-in answered in the cohort, its ID. */
	private function check_in( int $cohort_id, int $user_id, string $did ): int {
		$checkins = new CheckInRepository();
		$asked    = $checkins->ask( $cohort_id, $user_id, 1, gmdate( 'Y-m-d H:i:s' ) );
		$this->assertInstanceOf( CheckIn::class, $asked );
		$this->assertTrue( $checkins->answer( $asked->id, $did, 'Waiting for a review.', gmdate( 'Y-m-d H:i:s' ) ) );
		return $asked->id;
	}

	private function goal( int $cohort_id, int $user_id, string $what ): int {
		$goal = ( new PlanRepository() )->add(
			$cohort_id,
			$user_id,
			array(
				'what'     => $what,
				'team'     => 'polyglots',
				'due_on'   => '2027-06-30',
				'progress' => 'in_progress',
			),
			$this->people['anna']
		);
		$this->assertInstanceOf( PlanGoal::class, $goal );
		return $goal->id;
	}

	/** A text answer (and a number beside it) to a survey wave, its response ID. */
	private function answer( int $cohort_id, string $text, ?int $invitation = null, string $kind = 'post' ): string {
		$wave = ( new WaveRepository() )->ensure( 4242, $cohort_id, $kind, time(), null, time() );
		return ( new ResponseRepository() )->add(
			$wave->id,
			1,
			$invitation,
			$this->people['yuki'],
			gmdate( 'Y-m-d' ),
			array(
				new Answer( 'confidence', '', 4 ),
				new Answer( 'learned', '', null, $text ),
			)
		);
	}

	private function text_answer( string $response ): ?string {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test reads what the code wrote.
		return self::value( $wpdb->get_row( $wpdb->prepare( 'SELECT value_text AS value FROM ' . Schema::survey_answers_table() . ' WHERE response_id = %s AND question = %s', $response, 'learned' ), ARRAY_A ) );
	}

	private function number_answer( string $response ): ?int {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- a test reads what the code wrote.
		$found = $wpdb->get_var( $wpdb->prepare( 'SELECT value_number FROM ' . Schema::survey_answers_table() . ' WHERE response_id = %s AND question = %s', $response, 'confidence' ) );
		return null === $found ? null : (int) $found;
	}

	/** An application with answers, a screener's edit and a reviewer's note, decided as given. */
	private function application( int $cohort_id, int $user_id, string $decision, string $words ): int {
		$applications = new ApplicationRepository();
		$draft        = $applications->create_draft( $cohort_id, $user_id, Application::MENTEE, time() );
		$this->assertSame(
			1,
			$applications->update(
				$draft->id,
				array(
					'status'   => Application::SUBMITTED,
					'stage'    => Application::DECIDED,
					'answers'  => (string) wp_json_encode( array( 'why' => $words ) ),
					'redacted' => (string) wp_json_encode( array( 'why' => 'I want to help translate.' ) ),
					'sponsor'  => 'Acme Hosting',
					'decision' => $decision,
				),
				time()
			)
		);
		$application = $applications->find( $draft->id );
		$this->assertInstanceOf( Application::class, $application );
		$this->assertTrue( ( new ApplicationEditRepository() )->record( $application, 'why', $this->people['chidi'], $words, 'I want to help translate.', time() ) );
		$reviews = new ReviewRepository();
		$this->assertTrue( $reviews->assign( $application->id, $cohort_id, $this->people['otto'], time() ) );
		$review = $reviews->of_application( $application->id )[0];
		$this->assertSame( 1, $reviews->save( $review->id, 'assigned', 'submitted', array( 'motivation' => 4 ), array( 'motivation' => 'Keen, writes well.' ), 4.0, time() ) );
		return $application->id;
	}

	private function reveal( int $cohort_id ): void {
		$selection = new SelectionRepository();
		$this->assertSame( SelectionRepository::OPEN, $selection->hold( $cohort_id ) );
		$this->assertTrue( $selection->lock( $cohort_id, $this->people['chidi'], time() ) );
		$this->assertTrue( $selection->reveal( $cohort_id, $this->people['chidi'], time() ) );
	}

	public function test_a_finished_programs_personal_text_goes_after_its_months_and_not_a_day_before(): void {
		$yuki    = $this->people['yuki'];
		$checkin = $this->check_in( $this->cohort, $yuki, 'Yuki translated the login screen.' );
		$goal    = $this->goal( $this->cohort, $yuki, 'Yuki becomes a Japanese locale editor.' );
		$fits    = new FitCheckRepository();
		$this->assertTrue( $fits->ask( $this->cohort, 77, $yuki, 'mentee', time() ) );
		$fit_id = (int) $this->stored( Schema::fit_checks_table(), 'id', 'match_id', 77 );
		$this->assertTrue( $fits->answer( $fit_id, false, 'Anna never answers my messages.', time() ) );
		global $wpdb;
		// phpcs:ignore WordPress.DB -- the mentor's note at graduation, as Graduation writes it.
		$wpdb->update(
			Schema::cohort_members_table(),
			array( 'graduation_note' => 'Yuki was a joy to mentor.' ),
			array(
				'cohort_id' => $this->cohort,
				'user_id'   => $yuki,
			)
		);
		$this->finish( $this->cohort );

		$early = $this->retention->run( self::later( 23, 27 ) );
		$this->assertSame( 0, $early->removed[ Kind::PROGRAMS ], 'not a day before 24 months after the end' );
		$this->assertSame( 'Yuki translated the login screen.', $this->stored( Schema::checkins_table(), 'did', 'id', $checkin ) );

		$due = $this->retention->run( self::later( 24, 1 ) );
		$this->assertSame( 4, $due->removed[ Kind::PROGRAMS ], 'the check-in, the goal, the fit check and the place' );
		$this->assertSame( '', $this->stored( Schema::checkins_table(), 'did', 'id', $checkin ) );
		$this->assertSame( '', $this->stored( Schema::checkins_table(), 'blocking', 'id', $checkin ) );
		$this->assertSame( '', $this->stored( Schema::plan_goals_table(), 'what', 'id', $goal ) );
		$this->assertSame( '', $this->stored( Schema::fit_checks_table(), 'note', 'id', $fit_id ) );
		$this->assertSame( '', $this->stored( Schema::cohort_members_table(), 'graduation_note', 'user_id', $yuki ) );

		// The facts stay: the check-in was answered, the goal and its progress, the place, the fit check's answer.
		$this->assertNotNull( $this->stored( Schema::checkins_table(), 'answered_at', 'id', $checkin ) );
		$this->assertSame( 'in_progress', $this->stored( Schema::plan_goals_table(), 'progress', 'id', $goal ) );
		$this->assertSame( '0', $this->stored( Schema::fit_checks_table(), 'working', 'id', $fit_id ) );
		$this->assertSame( 4, $this->rows( Schema::cohort_members_table(), 'cohort_id', $this->cohort ) );
	}

	public function test_a_program_still_running_is_never_touched(): void {
		$yuki    = $this->people['yuki'];
		$checkin = $this->check_in( $this->running, $yuki, 'Still translating.' );
		$goal    = $this->goal( $this->running, $yuki, 'Finish the glossary.' );
		$survey  = $this->answer( $this->running, 'The group sessions help.' );
		// A 1:1 mentorship still running: its request's message, its survey answers and its audit reasons stay.
		$mentee   = $this->make_user( 'subscriber', 'lena' );
		$requests = new RequestService();
		$asked    = $requests->create(
			array(
				'type'    => 'mentee_request',
				'mentor'  => $this->people['otto'],
				'message' => 'Lena would like help with her first patch.',
			),
			$mentee
		);
		$this->assertIsInt( $asked );
		$this->assertTrue( $requests->decide( $asked, true, $this->people['otto'] ) );
		$match = (int) $this->stored( Schema::requests_table(), 'match_id', 'id', $asked );
		$this->assertGreaterThan( 0, $match );
		$invited = ( new InvitationRepository() )->invite( ( new WaveRepository() )->ensure( 4242, 0, 'pre', time(), null, time() )->id, $mentee, $match, time(), time() + WEEK_IN_SECONDS );
		$this->assertNotNull( $invited );
		$pre = $this->answer( 0, 'Lena hopes to learn Git.', $invited->id, 'pre' );
		( new AuditTrail() )->record( 'match', $match, 'backup_set', $this->people['chidi'], 'Covering while Otto travels.' );

		$run = $this->retention->run( self::later( 240 ) );

		$this->assertSame( 'Still translating.', $this->stored( Schema::checkins_table(), 'did', 'id', $checkin ) );
		$this->assertSame( 'Finish the glossary.', $this->stored( Schema::plan_goals_table(), 'what', 'id', $goal ) );
		$this->assertSame( 'The group sessions help.', $this->text_answer( $survey ) );
		$this->assertSame( 'Lena would like help with her first patch.', $this->stored( Schema::requests_table(), 'message', 'id', $asked ) );
		$this->assertSame( 'Lena hopes to learn Git.', $this->text_answer( $pre ) );
		$this->assertSame( 'Covering while Otto travels.', $this->reason_of( 'backup_set', $match ) );
		$this->assertSame( 0, $run->removed[ Kind::PROGRAMS ] );
		$this->assertSame( 0, $run->removed[ Kind::SURVEY_TEXT ] );
	}

	public function test_a_closed_requests_message_goes_once_the_mentorship_it_started_has_ended_too(): void {
		$mentee   = $this->make_user( 'subscriber', 'lena' );
		$requests = new RequestService();
		$declined = $requests->create(
			array(
				'type'    => 'mentee_request',
				'mentor'  => $this->people['anna'],
				'message' => 'Lena asks Anna first.',
			),
			$mentee
		);
		$this->assertIsInt( $declined );
		$this->assertTrue( $requests->decide( $declined, false, $this->people['anna'], 'I am away all spring.' ) );
		$accepted = $requests->create(
			array(
				'type'    => 'mentee_request',
				'mentor'  => $this->people['otto'],
				'message' => 'Then Lena asks Otto.',
			),
			$mentee
		);
		$this->assertIsInt( $accepted );
		$this->assertTrue( $requests->decide( $accepted, true, $this->people['otto'] ) );

		$this->assertSame( 0, $this->retention->run( self::later( 23 ) )->removed[ Kind::PROGRAMS ] );
		$this->assertSame( 1, $this->retention->run( self::later( 24, 1 ) )->removed[ Kind::PROGRAMS ], 'only the declined request: the accepted one started a mentorship still running' );
		$this->assertSame( '', $this->stored( Schema::requests_table(), 'message', 'id', $declined ) );
		$this->assertSame( 'declined', $this->stored( Schema::requests_table(), 'status', 'id', $declined ), 'the request itself stays' );
		$this->assertSame( 'Then Lena asks Otto.', $this->stored( Schema::requests_table(), 'message', 'id', $accepted ) );

		$match = (int) $this->stored( Schema::requests_table(), 'match_id', 'id', $accepted );
		$this->assertTrue( ( new MatchService() )->end( $match, 'completed', $this->people['otto'] ) );
		$this->assertSame( 'completed', $this->stored( Schema::matches_table(), 'status', 'id', $match ) );
		$this->assertSame( 1, $this->retention->run( self::later( 24, 1 ) )->removed[ Kind::PROGRAMS ] );
		$this->assertSame( '', $this->stored( Schema::requests_table(), 'message', 'id', $accepted ) );
	}

	public function test_applications_not_selected_lose_their_text_months_after_the_selection_once_the_cohort_finished(): void {
		$lena     = $this->make_user( 'subscriber', 'lena' );
		$accepted = $this->application( $this->cohort, $this->people['yuki'], Application::ACCEPTED, 'Yuki wants to translate.' );
		$waiting  = $this->application( $this->cohort, $this->people['sam'], Application::WAITLISTED, 'Sam lives in Lagos and wants to translate.' );
		$declined = $this->application( $this->cohort, $lena, Application::DECLINED, 'Lena is a student in Lyon.' );
		$this->reveal( $this->cohort );
		// The running cohort's selection is revealed too, but it has not finished.
		$other = $this->application( $this->running, $lena, Application::DECLINED, 'Lena tries again.' );
		$this->reveal( $this->running );

		$this->assertSame( 0, $this->retention->run( self::later( 13 ) )->removed[ Kind::APPLICATIONS ], 'the cohort has not finished' );
		$this->finish( $this->cohort );
		$this->assertSame( 0, $this->retention->run( self::later( 11, 27 ) )->removed[ Kind::APPLICATIONS ], 'not before 12 months after the selection' );

		$run = $this->retention->run( self::later( 12, 1 ) );

		$this->assertSame( 6, $run->removed[ Kind::APPLICATIONS ], 'two applications, their two edits and two reviews' );
		foreach ( array( $waiting, $declined ) as $id ) {
			$this->assertSame( '', $this->stored( Schema::applications_table(), 'answers', 'id', $id ) );
			$this->assertSame( '', $this->stored( Schema::applications_table(), 'redacted', 'id', $id ) );
			$this->assertSame( '', $this->stored( Schema::applications_table(), 'sponsor', 'id', $id ) );
			$this->assertSame( '', $this->stored( Schema::application_edits_table(), 'before_text', 'application_id', $id ) );
			$this->assertSame( '', $this->stored( Schema::reviews_table(), 'notes', 'application_id', $id ) );
			$this->assertSame( '4.000', $this->stored( Schema::reviews_table(), 'total', 'application_id', $id ), 'the score stays: the selection\'s history' );
		}
		$this->assertSame( Application::WAITLISTED, $this->stored( Schema::applications_table(), 'decision', 'id', $waiting ) );
		$this->assertStringContainsString( 'Yuki wants to translate.', (string) $this->stored( Schema::applications_table(), 'answers', 'id', $accepted ), 'selected: kept with the program' );
		$this->assertStringContainsString( 'Lena tries again.', (string) $this->stored( Schema::applications_table(), 'answers', 'id', $other ), 'a cohort still running' );
		$this->assertInstanceOf( Application::class, ( new ApplicationRepository() )->find( $waiting ), 'an emptied application still reads' );
	}

	public function test_survey_text_answers_lose_their_text_after_the_months_and_numbers_stay(): void {
		$this->finish( $this->cohort );
		$response = $this->answer( $this->cohort, 'Anna explained the review process well.' );

		$this->assertSame( 0, $this->retention->run( self::later( 23, 27 ) )->removed[ Kind::SURVEY_TEXT ] );
		$this->assertSame( 'Anna explained the review process well.', $this->text_answer( $response ) );

		$run = $this->retention->run( self::later( 24, 1 ) );
		$this->assertSame( 1, $run->removed[ Kind::SURVEY_TEXT ] );
		$this->assertSame( '', $this->text_answer( $response ) );
		$this->assertSame( 4, $this->number_answer( $response ), 'numbers are not personal text: reports keep them' );
	}

	public function test_the_audit_trails_reasons_go_after_the_months_and_the_entries_stay(): void {
		$trail = new AuditTrail();
		$trail->record( 'request', 9001, 'declined', $this->people['anna'], 'I am moving house this month.' );
		$entry = (int) $this->stored( Schema::events_table(), 'id', 'reason', 'I am moving house this month.' );

		$this->assertSame( 0, $this->retention->run( self::later( 23, 27 ) )->removed[ Kind::AUDIT ] );
		$this->assertSame( 1, $this->retention->run( self::later( 24, 1 ) )->removed[ Kind::AUDIT ] );
		$this->assertSame( '', $this->stored( Schema::events_table(), 'reason', 'id', $entry ) );
		$this->assertSame( 'declined', $this->stored( Schema::events_table(), 'action', 'id', $entry ) );
		$this->assertSame( (string) $this->people['anna'], $this->stored( Schema::events_table(), 'actor_id', 'id', $entry ) );
	}

	public function test_a_second_run_removes_nothing_more_and_the_log_says_so(): void {
		$this->finish( $this->cohort );
		$this->check_in( $this->cohort, $this->people['yuki'], 'Yuki translated the login screen.' );
		$this->answer( $this->cohort, 'It was great.' );
		$told = array();
		$hear = static function ( RetentionApplied $run ) use ( &$told ): void {
			$told[] = $run;
		};
		add_action( RetentionApplied::HOOK, $hear );

		$first  = $this->retention->run( self::later( 30 ) );
		$second = $this->retention->run( self::later( 30 ) );
		remove_action( RetentionApplied::HOOK, $hear );

		$this->assertGreaterThan( 0, $first->total() );
		$this->assertSame( 0, $second->total() );
		$this->assertCount( 2, $told, 'one event a run' );
		$this->assertSame( $first->removed, $told[0]->removed );

		$log = $this->rest( 'GET', '/wayfinder/v1/retention', array(), $this->people['chidi'] );
		$this->assertSame( 200, $log->get_status() );
		$this->assertSame( array( 'Nothing was due.' ), $log->get_data()['removed'], 'the last run' );
		$this->assertContains( 'Removed the personal text of 1 survey answer older than 24 months.', $log->get_data()['recent'][0]['removed'], 'the run before, which removed something' );
		$this->assertCount( 1, $log->get_data()['recent'], 'a run that removed nothing is only the last run' );
	}

	public function test_a_batch_stops_at_its_limit_and_the_next_run_goes_on(): void {
		$this->finish( $this->cohort );
		$responses = array();
		for ( $i = 1; $i <= 5; $i++ ) {
			$responses[] = $this->answer( $this->cohort, "Answer number {$i}." );
		}
		wp_clear_scheduled_hook( Retention::CONTINUE_HOOK );
		$later = self::later( 25 );

		$first = $this->retention->run( $later, 2 );
		$this->assertSame( 2, $first->removed[ Kind::SURVEY_TEXT ] );
		$this->assertTrue( $first->more );
		$this->assertNotFalse( wp_next_scheduled( Retention::CONTINUE_HOOK ), 'a follow-up run is asked for' );
		$left = array_filter( $responses, fn ( string $id ): bool => '' !== $this->text_answer( $id ) );
		$this->assertCount( 3, $left );

		$this->assertSame( 2, $this->retention->run( $later, 2 )->removed[ Kind::SURVEY_TEXT ] );
		$last = $this->retention->run( $later, 2 );
		$this->assertSame( 1, $last->removed[ Kind::SURVEY_TEXT ] );
		$this->assertFalse( $last->more );
		foreach ( $responses as $id ) {
			$this->assertSame( '', $this->text_answer( $id ) );
		}
		$this->assertSame( 0, $this->retention->run( $later, 2 )->total() );
	}

	public function test_a_kind_the_database_refuses_is_undone_whole_said_in_the_log_and_the_others_still_run(): void {
		global $wpdb;
		$yuki    = $this->people['yuki'];
		$goal    = $this->goal( $this->cohort, $yuki, 'Yuki becomes a Japanese locale editor.' );
		$checkin = $this->check_in( $this->cohort, $yuki, 'Yuki translated the login screen.' );
		$this->finish( $this->cohort );
		( new AuditTrail() )->record( 'request', 9003, 'declined', $this->people['anna'], 'I am away.' );
		// The check-ins' statement fails after the plan goal's went through, in the same kind.
		$checkins = 'UPDATE ' . Schema::checkins_table() . ' SET';
		$refuse   = static fn ( string $sql ): string => str_starts_with( $sql, $checkins ) ? str_replace( $checkins, 'UPDATE ' . Schema::checkins_table() . '_gone SET', $sql ) : $sql;
		add_filter( 'query', $refuse );
		$quiet    = $wpdb->suppress_errors( true );
		$run      = $this->retention->run( self::later( 25 ) );
		$wpdb->suppress_errors( $quiet );
		remove_filter( 'query', $refuse );

		$this->assertSame( array( Kind::PROGRAMS ), $run->failed );
		$this->assertSame( 'Yuki becomes a Japanese locale editor.', $this->stored( Schema::plan_goals_table(), 'what', 'id', $goal ), 'the kind\'s transaction is undone whole' );
		$this->assertSame( 'Yuki translated the login screen.', $this->stored( Schema::checkins_table(), 'did', 'id', $checkin ) );
		$this->assertSame( '', $this->reason_of( 'declined', 9003 ), 'the other kinds still ran' );
		$this->assertContains( 'The personal text of finished programs could not be removed because the database refused a change. Nothing was lost; the next run tries again.', ( new RetentionLog() )->describe()['removed'] );

		$again = $this->retention->run( self::later( 25 ) );
		$this->assertSame( array(), $again->failed );
		$this->assertSame( '', $this->stored( Schema::checkins_table(), 'did', 'id', $checkin ), 'the next run did it' );
	}

	public function test_zero_months_keeps_everything_forever(): void {
		foreach ( Kind::cases() as $kind ) {
			update_option( $kind->option(), 0 );
		}
		$this->reveal( $this->cohort );
		$this->finish( $this->cohort );
		$checkin  = $this->check_in( $this->cohort, $this->people['yuki'], 'Yuki translated the login screen.' );
		$response = $this->answer( $this->cohort, 'Keep me.' );
		$applied  = $this->application( $this->cohort, $this->people['sam'], Application::DECLINED, 'Sam keeps this too.' );
		( new AuditTrail() )->record( 'request', 9002, 'cancelled', $this->people['sam'], 'Changed my mind.' );

		$run = $this->retention->run( self::later( 240 ) );

		$this->assertSame( 0, $run->total() );
		$this->assertSame( array_fill_keys( array( Kind::PROGRAMS, Kind::APPLICATIONS, Kind::SURVEY_TEXT, Kind::AUDIT ), 0 ), $run->months );
		$this->assertSame( 'Yuki translated the login screen.', $this->stored( Schema::checkins_table(), 'did', 'id', $checkin ) );
		$this->assertSame( 'Keep me.', $this->text_answer( $response ) );
		$this->assertStringContainsString( 'Sam keeps this too.', (string) $this->stored( Schema::applications_table(), 'answers', 'id', $applied ) );
		$this->assertSame( 'Changed my mind.', $this->reason_of( 'cancelled', 9002 ) );
	}

	public function test_unselected_applications_at_zero_go_with_the_rest_of_the_finished_program(): void {
		update_option( Kind::from( Kind::APPLICATIONS )->option(), 0 );
		$declined = $this->application( $this->cohort, $this->people['sam'], Application::DECLINED, 'Sam is a student.' );
		$this->reveal( $this->cohort );
		$this->finish( $this->cohort );

		$this->assertSame( 0, $this->retention->run( self::later( 23 ) )->total() );
		$this->retention->run( self::later( 24, 1 ) );
		$this->assertSame( '', $this->stored( Schema::applications_table(), 'answers', 'id', $declined ) );
	}

	public function test_every_table_of_a_cohort_with_personal_text_goes_with_the_finished_program(): void {
		global $wpdb;
		foreach ( Plugin::services()->get( PersonalData::class )->declarations() as $declaration ) {
			// phpcs:ignore WordPress.DB -- a test reads the table's columns.
			$columns = $wpdb->get_col( 'SHOW COLUMNS FROM ' . Schema::table( $declaration->table ) );
			if ( array() === $declaration->text || ! in_array( 'cohort_id', $columns, true ) ) {
				continue;
			}
			$this->assertSame( 'cohort_id', $declaration->retention_column( RetentionSubject::COHORT ), "{$declaration->table} holds a cohort's personal text: declare it for retention" );
		}
	}
}
