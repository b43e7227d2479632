<?php
/**
 * Applying to a cohort: one application per person per cohort through the REST routes, the deadline
 * to the second, a cohort not open, each rule of a submission (lengths, mode, teams, consent, sponsor,
 * prerequisites), withdrawing, editing after submitting (while screened: allowed and told again;
 * once released: frozen), mentors' applications and their decision, the confirmation email, and
 * the applicant's view of the status.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\ApplicantView;
use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Applying;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Orientation\QuizTaken;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ApplyingTest extends TestCase {

	private int $cohort;

	private int $ana;

	/** @var list<ApplicationSubmitted> */
	private array $submitted = array();

	private \Closure $listener;

	protected function setUp(): void {
		parent::setUp();
		$this->cohort   = $this->open_cohort();
		$this->ana      = $this->applicant( 'ana', 'America/New_York' );
		$this->listener = function ( ApplicationSubmitted $event ): void {
			$this->submitted[] = $event;
		};
		add_action( ApplicationSubmitted::HOOK, $this->listener );
	}

	protected function tearDown(): void {
		remove_action( ApplicationSubmitted::HOOK, $this->listener );
		parent::tearDown();
	}

	/** A published cohort open for applications until ten days from now, starting a month from now. */
	private function open_cohort( array $meta = array() ): int {
		return $this->insert_cohort(
			$meta + array(
				CohortPostType::STAGE              => Cohort::OPEN,
				CohortPostType::START_DATE         => gmdate( 'Y-m-d', time() + 30 * DAY_IN_SECONDS ),
				CohortPostType::END_DATE           => gmdate( 'Y-m-d', time() + 58 * DAY_IN_SECONDS ),
				CohortPostType::SEATS              => 10,
				CohortPostType::MENTOR_PLACES      => 3,
				CohortPostType::MODES              => array( Cohort::ONE_TO_ONE, Cohort::GROUP_ONLY ),
				CohortPostType::TEAMS              => array( 'core', 'polyglots' ),
				ApplicationSettings::APPLY_UNTIL   => gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS ),
				ApplicationSettings::QUESTIONS     => array(
					array(
						'key'   => 'motivation',
						'label' => 'Why this cohort?',
						'help'  => 'Leave out your name.',
						'min'   => 20,
						'max'   => 60,
					),
				),
				ApplicationSettings::PREREQUISITES => array(),
			),
			'Autumn cohort'
		);
	}

	private function applicant( string $login, string $timezone = 'UTC', string $role = 'subscriber' ): int {
		$user = $this->make_user( $role, $login );
		( new ProfileRepository() )->save( new Profile( $user, $timezone, array( 'en', 'es' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
		return $user;
	}

	/** @return array<string, mixed> A complete mentee application. */
	private static function complete( array $over = array() ): array {
		return $over + array(
			'answers'   => array( 'motivation' => 'I want to learn how to translate plugins.' ),
			'mode'      => Cohort::ONE_TO_ONE,
			'teams'     => array( 'polyglots' ),
			'languages' => array( 'en', 'es' ),
			'consent'   => true,
		);
	}

	private function route( string $tail = '', int $cohort = 0 ): string {
		return '/wayfinder/v1/cohorts/' . ( $cohort > 0 ? $cohort : $this->cohort ) . '/application' . $tail;
	}

	private function mine( int $user = 0 ): ?Application {
		return ( new ApplicationRepository() )->find_for( $this->cohort, $user > 0 ? $user : $this->ana );
	}

	public function test_one_application_per_person_per_cohort_a_second_save_edits_it_and_two_people_get_two(): void {
		$first = $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => 'A first thought.' ) ), $this->ana );
		$this->assertSame( 200, $first->get_status(), (string) wp_json_encode( $first->get_data() ) );
		$this->assertSame( 'draft', $first->get_data()['application']['state'] );
		$this->assertSame( array( 'en', 'es' ), $first->get_data()['application']['languages'], 'languages come from the profile' );
		$id = $this->mine()->id;

		$second = $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => 'A better thought.' ) ), $this->ana );
		$this->assertSame( 200, $second->get_status() );
		$this->assertSame( $id, $this->mine()->id );
		$this->assertSame( 'A better thought.', $this->mine()->answers['motivation'] );

		$ben = $this->applicant( 'ben' );
		$this->assertSame( 200, $this->rest( 'PUT', $this->route(), array( 'mode' => Cohort::GROUP_ONLY ), $ben )->get_status() );
		$this->assertNotSame( $id, $this->mine( $ben )->id );
		$this->assertSame( 2, ( new ApplicationRepository() )->counts( $this->cohort, Application::MENTEE )['draft'] );

		// Each reads only their own.
		$mine = $this->rest( 'GET', $this->route(), array(), $ben )->get_data();
		$this->assertSame( Cohort::GROUP_ONLY, $mine['application']['mode'] );
		$this->assertArrayNotHasKey( 'pseudonym', $mine['application'] );
		$this->assertArrayNotHasKey( 'score', $mine['application'] );
	}

	public function test_applications_close_at_the_end_of_the_last_day_to_the_second_and_nothing_changes_after(): void {
		$applying = new Applying();
		$settings = ApplicationSettings::of( $this->cohort );
		$closes   = (int) $settings->closes_at();
		$this->assertInstanceOf( Application::class, $applying->save( $this->cohort, $this->ana, array( 'answers' => array( 'motivation' => 'Before the end.' ) ), $closes ) );

		$late = $applying->save( $this->cohort, $this->ana, array( 'answers' => array( 'motivation' => 'A second too late.' ) ), $closes + 1 );
		$this->assertInstanceOf( \WP_Error::class, $late );
		$this->assertSame( 409, $late->get_error_data()['status'] );
		$this->assertStringContainsString( 'Applications to Autumn cohort closed at the end of', $late->get_error_message() );
		$this->assertSame( 'Before the end.', $this->mine()->answers['motivation'] );
		$this->assertInstanceOf( \WP_Error::class, $applying->submit( $this->cohort, $this->ana, self::complete(), $closes + 1 ) );
		$this->assertSame( Application::DRAFT, $this->mine()->status );
	}

	public function test_a_cohort_not_open_takes_no_application(): void {
		$running = $this->insert_cohort( array( CohortPostType::STAGE => Cohort::RUNNING ), 'Running cohort' );
		$refused = $this->rest( 'PUT', $this->route( '', $running ), array( 'mode' => Cohort::ONE_TO_ONE ), $this->ana );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( 'Applications to Running cohort are closed: the cohort has started.', $refused->get_data()['message'] );

		$no_day  = $this->open_cohort( array( ApplicationSettings::APPLY_UNTIL => '' ) );
		$refused = $this->rest( 'PUT', $this->route( '', $no_day ), array( 'mode' => Cohort::ONE_TO_ONE ), $this->ana );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertStringContainsString( 'is not taking applications yet', $refused->get_data()['message'] );
		$this->assertNull( ( new ApplicationRepository() )->find_for( $no_day, $this->ana ) );

		$this->assertSame( 401, $this->rest( 'PUT', $this->route(), array( 'mode' => Cohort::ONE_TO_ONE ) )->get_status() );
		$this->assertSame( 404, $this->rest( 'PUT', '/wayfinder/v1/cohorts/999999/application', array(), $this->ana )->get_status() );
	}

	public function test_each_answer_must_be_within_its_fewest_and_most_characters(): void {
		$long = $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => str_repeat( 'a', 61 ) ) ), $this->ana );
		$this->assertSame( 400, $long->get_status() );
		$this->assertStringContainsString( 'has 61 characters; at most 60 fit', $long->get_data()['message'] );
		$this->assertNull( $this->mine(), 'a draft above the most is never saved' );

		$this->assertSame( 200, $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => str_repeat( 'a', 60 ) ) ), $this->ana )->get_status() );
		$short = $this->rest( 'POST', $this->route( '/submit' ), self::complete( array( 'answers' => array( 'motivation' => 'Too short.' ) ) ), $this->ana );
		$this->assertSame( 400, $short->get_status() );
		$this->assertStringContainsString( 'has 10 characters; please write at least 20', $short->get_data()['message'] );
		$this->assertSame( array( 'answer_motivation' ), array_keys( $short->get_data()['data']['problems'] ) );
		$this->assertSame( Application::DRAFT, $this->mine()->status );
		$this->assertSame( 'Too short.', $this->mine()->answers['motivation'], 'the draft keeps the words' );

		$ok = $this->rest( 'POST', $this->route( '/submit' ), self::complete( array( 'answers' => array( 'motivation' => str_repeat( 'b', 20 ) ) ) ), $this->ana );
		$this->assertSame( 200, $ok->get_status(), (string) wp_json_encode( $ok->get_data() ) );
		$this->assertSame( 'screening', $ok->get_data()['application']['state'] );
		$this->assertSame( 'Submitted: being screened.', $ok->get_data()['application']['status_text'] );
	}

	public function test_a_mode_not_offered_an_unknown_team_no_consent_or_no_sponsor_name_is_refused(): void {
		$cases = array(
			'mode'    => array( array( 'mode' => Cohort::PROJECT_GROUP ), 'does not offer that way of taking part' ),
			'teams'   => array( array( 'teams' => array( 'marketing' ) ), 'These teams are not part of this cohort: marketing' ),
			'consent' => array( array( 'consent' => false ), 'Agree to the program\'s terms' ),
			'sponsor' => array(
				array(
					'sponsored' => true,
					'sponsor'   => '',
				),
				'Name the company or organisation that sponsors',
			),
		);
		foreach ( $cases as $field => list( $over, $sentence ) ) {
			$refused = $this->rest( 'POST', $this->route( '/submit' ), self::complete( $over ), $this->ana );
			$this->assertSame( 400, $refused->get_status(), $field );
			$this->assertStringContainsString( $sentence, $refused->get_data()['message'], $field );
			$this->assertArrayHasKey( $field, $refused->get_data()['data']['problems'], $field );
			$this->assertNotSame( Application::SUBMITTED, $this->mine()?->status, $field );
		}
		$sponsored = $this->rest(
			'POST',
			$this->route( '/submit' ),
			self::complete(
				array(
					'sponsored' => true,
					'sponsor'   => 'Acme Hosting',
				)
			),
			$this->ana
		);
		$this->assertSame( 200, $sponsored->get_status() );
		$this->assertSame( array( true, 'Acme Hosting' ), array( $this->mine()->sponsored, $this->mine()->sponsor ) );
		$this->assertNotNull( $this->mine()->consented_at );
	}

	public function test_a_cohort_without_teams_takes_any_published_team(): void {
		$any = $this->open_cohort( array( CohortPostType::TEAMS => array() ) );
		$this->assertSame( 200, $this->rest( 'POST', $this->route( '/submit', $any ), self::complete( array( 'teams' => array( 'marketing' ) ) ), $this->ana )->get_status() );
		$this->assertSame( 400, $this->rest( 'PUT', $this->route( '', $any ), array( 'teams' => array( 'no-such-team' ) ), $this->applicant( 'cleo' ) )->get_status() );
	}

	public function test_the_prerequisites_site_activity_and_a_quiz_result(): void {
		update_post_meta( $this->cohort, ApplicationSettings::PREREQUISITES, array( ApplicationSettings::SITE_ACTIVITY, ApplicationSettings::QUIZ_RESULT ) );
		$refused = $this->rest( 'POST', $this->route( '/submit' ), self::complete(), $this->ana );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( array( 'prerequisite_site_activity', 'prerequisite_quiz_result' ), array_keys( $refused->get_data()['data']['problems'] ) );

		$post = wp_insert_post(
			array(
				'post_author' => $this->ana,
				'post_title'  => 'Hello',
				'post_status' => 'draft',
			)
		);
		$this->assertFalse( Applying::has_site_activity( $this->ana ), 'a draft post is no activity' );
		wp_insert_comment(
			array(
				'comment_post_ID'  => $post,
				'user_id'          => $this->ana,
				'comment_content'  => 'Thanks!',
				'comment_approved' => 1,
			)
		);
		$this->assertTrue( Applying::has_site_activity( $this->ana ), 'an approved comment is' );
		$ben = $this->applicant( 'ben' );
		wp_insert_post(
			array(
				'post_author' => $ben,
				'post_title'  => 'A revision',
				'post_type'   => 'revision',
				'post_status' => 'inherit',
				'post_parent' => $post,
			)
		);
		$this->assertTrue( Applying::has_site_activity( $ben ), 'a revision is' );

		$refused = $this->rest( 'POST', $this->route( '/submit' ), array(), $this->ana );
		$this->assertSame( array( 'prerequisite_quiz_result' ), array_keys( $refused->get_data()['data']['problems'] ) );
		$view = $this->rest( 'GET', $this->route(), array(), $this->ana )->get_data();
		$this->assertSame( array( true, false ), array_column( $view['cohort']['prerequisites'], 'met' ) );

		// A logged-in result of the quiz (REST) marks the person.
		$quiz = \Wayfinder\Orientation\QuizSeeder::default_quiz_id();
		$this->assertSame( 200, $this->rest( 'GET', "/wayfinder/v1/quizzes/{$quiz}/result", array( 'answers' => '1.1.1.0' ), $this->ana )->get_status() );
		$this->assertTrue( QuizTaken::has( $this->ana ) );
		$this->assertSame( 200, $this->rest( 'POST', $this->route( '/submit' ), array(), $this->ana )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', "/wayfinder/v1/quizzes/{$quiz}/result", array( 'answers' => '1.1.1.0' ) )->get_status() );
	}

	public function test_withdrawing_before_a_decision(): void {
		$this->assertSame( 404, $this->rest( 'POST', $this->route( '/withdraw' ), array(), $this->ana )->get_status() );
		$this->rest( 'POST', $this->route( '/submit' ), self::complete(), $this->ana );
		$withdrawn = $this->rest( 'POST', $this->route( '/withdraw' ), array(), $this->ana );
		$this->assertSame( 200, $withdrawn->get_status() );
		$this->assertSame( 'withdrawn', $withdrawn->get_data()['application']['state'] );
		$this->assertSame( 409, $this->rest( 'POST', $this->route( '/withdraw' ), array(), $this->ana )->get_status() );

		$ben = $this->applicant( 'ben' );
		$this->rest( 'POST', $this->route( '/submit' ), self::complete(), $ben );
		( new ApplicationRepository() )->update( $this->mine( $ben )->id, array( 'decision' => Application::ACCEPTED ), time() );
		$refused = $this->rest( 'POST', $this->route( '/withdraw' ), array(), $ben );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( Application::SUBMITTED, $this->mine( $ben )->status );
		$this->assertSame( 'screening', $this->rest( 'GET', $this->route(), array(), $ben )->get_data()['application']['state'], 'a decision not revealed yet is not shown' );
		$this->assertSame( '', $this->rest( 'GET', $this->route(), array(), $ben )->get_data()['application']['decision'] );
	}

	public function test_a_submitted_application_is_editable_while_screened_and_frozen_once_released(): void {
		$this->rest( 'POST', $this->route( '/submit' ), self::complete(), $this->ana );
		$this->assertCount( 1, $this->submitted );
		$this->assertFalse( $this->submitted[0]->again );
		$this->assertCount( 1, $this->sent_mail, 'the confirmation' );

		$edited = $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => 'I want to translate themes, really.' ) ), $this->ana );
		$this->assertSame( 200, $edited->get_status() );
		$this->assertSame( 'I want to translate themes, really.', $this->mine()->answers['motivation'] );
		$this->assertCount( 2, $this->submitted, 'an edit is told again, so the redaction runs again' );
		$this->assertTrue( $this->submitted[1]->again );
		$this->assertCount( 1, $this->sent_mail, 'no second confirmation' );

		$bad = $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => 'Short.' ) ), $this->ana );
		$this->assertSame( 400, $bad->get_status(), 'an edit of a submitted application is checked as a submission' );
		$this->assertSame( 'I want to translate themes, really.', $this->mine()->answers['motivation'] );

		( new ApplicationRepository() )->update(
			$this->mine()->id,
			array(
				'stage'       => Application::REVIEW,
				'released_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			time()
		);
		$frozen = $this->rest( 'PUT', $this->route(), array( 'answers' => array( 'motivation' => 'One more change, please.' ) ), $this->ana );
		$this->assertSame( 409, $frozen->get_status() );
		$this->assertSame( 'Your application is with the reviewers now, so it can no longer be changed. You will hear when the selection is made.', $frozen->get_data()['message'] );
		$this->assertSame( 'I want to translate themes, really.', $this->mine()->answers['motivation'] );
		$this->assertCount( 2, $this->submitted );
		$view = $this->rest( 'GET', $this->route(), array(), $this->ana )->get_data();
		$this->assertSame( array( 'review', false ), array( $view['application']['state'], $view['application']['editable'] ) );
	}

	public function test_the_confirmation_email_goes_to_the_applicant_only_with_the_deadline_in_their_time_zone(): void {
		update_option( 'timezone_string', 'Europe/Berlin' );
		$this->rest( 'POST', $this->route( '/submit' ), self::complete(), $this->ana );
		$this->assertCount( 1, $this->sent_mail );
		$mail = $this->sent_mail[0];
		$this->assertSame( 'ana@example.org', $mail['to'] );
		$this->assertSame( 'We received your application to Autumn cohort', $mail['subject'] );
		$closes = (int) ApplicationSettings::of( $this->cohort )->closes_at();
		$local  = wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $closes, new \DateTimeZone( 'America/New_York' ) );
		$this->assertStringContainsString( 'That is ' . $local . ' in your time zone (America/New York).', $mail['message'] );
		$this->assertStringContainsString( '(Europe/Berlin)', $mail['message'] );
		$this->assertStringContainsString( get_permalink( $this->cohort ) . '#wayfinder-apply-' . $this->cohort, $mail['message'] );
		$this->assertStringNotContainsString( $this->mine()->pseudonym, $mail['message'] );
	}

	public function test_the_status_in_words_shows_the_decision_only_once_decided(): void {
		$this->rest( 'POST', $this->route( '/submit' ), self::complete(), $this->ana );
		$repository = new ApplicationRepository();
		$repository->update(
			$this->mine()->id,
			array(
				'stage'    => Application::REVIEW,
				'decision' => Application::WAITLISTED,
			),
			time()
		);
		$cohort = CohortPostType::find( $this->cohort );
		$this->assertSame( 'review', ApplicantView::status( $this->mine(), $cohort )['state'] );
		$repository->update( $this->mine()->id, array( 'stage' => Application::DECIDED ), time() );
		$status = ApplicantView::status( $this->mine(), $cohort );
		$this->assertSame( Application::WAITLISTED, $status['state'] );
		$this->assertStringContainsString( 'group sessions are open to you', $status['next'] );
		$repository->update( $this->mine()->id, array( 'decision' => Application::ACCEPTED ), time() );
		$this->assertStringContainsString( 'The cohort starts on', ApplicantView::status( $this->mine(), $cohort )['next'] );
		$repository->update( $this->mine()->id, array( 'decision' => Application::DECLINED ), time() );
		$this->assertStringContainsString( 'Get involved', ApplicantView::status( $this->mine(), $cohort )['next'] );
		$this->assertSame( Application::DECLINED, $this->rest( 'GET', $this->route(), array(), $this->ana )->get_data()['application']['decision'] );
	}

	public function test_mentors_apply_with_capacity_and_teams_and_coordinators_decide(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mia         = $this->applicant( 'mia', 'Europe/Berlin', 'wayfinder_mentor' );
		$noor        = $this->applicant( 'noor', 'Europe/Berlin', 'wayfinder_mentor' );

		$this->assertSame( 403, $this->rest( 'PUT', $this->route(), array( 'role' => 'mentor' ), $this->ana )->get_status(), 'only mentors' );
		update_post_meta( $this->cohort, ApplicationSettings::MENTORS_APPLY, false );
		$this->assertSame( 409, $this->rest( 'PUT', $this->route(), array( 'role' => 'mentor' ), $mia )->get_status(), 'only when the cohort takes mentors' );
		update_post_meta( $this->cohort, ApplicationSettings::MENTORS_APPLY, true );

		$this->assertSame(
			400,
			$this->rest(
				'PUT',
				$this->route(),
				array(
					'role'     => 'mentor',
					'capacity' => 11,
				),
				$mia
			)->get_status()
		);
		$submitted = $this->rest(
			'POST',
			$this->route( '/submit' ),
			array(
				'capacity' => 4,
				'teams'    => array( 'core' ),
				'consent'  => true,
			),
			$mia
		);
		$this->assertSame( 400, $submitted->get_status(), 'no draft yet: a mentee application by default, refused for want of a mode and answer' );
		$this->rest( 'PUT', $this->route(), array( 'role' => 'mentor' ), $noor );
		$this->assertSame( 409, $this->rest( 'PUT', $this->route(), array( 'role' => 'mentee' ), $noor )->get_status(), 'the role is set on the first save' );
		$submitted = $this->rest(
			'POST',
			$this->route( '/submit' ),
			array(
				'capacity' => 4,
				'teams'    => array( 'core' ),
				'consent'  => true,
			),
			$noor
		);
		$this->assertSame( 200, $submitted->get_status(), (string) wp_json_encode( $submitted->get_data() ) );
		$application = $this->mine( $noor );
		$this->assertSame( array( Application::MENTOR, Application::REVIEW, 4 ), array( $application->role, $application->stage, $application->capacity ) );
		$this->assertSame( 'Your application to mentor Autumn cohort', $this->sent_mail[0]['subject'] );

		$this->assertSame( 403, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/mentor-applications", array(), $noor )->get_status() );
		$list = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/mentor-applications", array(), $coordinator );
		$this->assertSame( 200, $list->get_status() );
		$this->assertSame( array( 'noor' ), array_column( $list->get_data()['items'], 'name' ) );

		$this->sent_mail = array();
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/mentor-decision", array( 'decision' => 'accepted' ), $noor )->get_status() );
		$accepted = $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/mentor-decision", array( 'decision' => 'accepted' ), $coordinator );
		$this->assertSame( 200, $accepted->get_status(), (string) wp_json_encode( $accepted->get_data() ) );
		$this->assertSame( array( Application::DECIDED, Application::ACCEPTED ), array( $this->mine( $noor )->stage, $this->mine( $noor )->decision ) );
		$member = ( new CohortMemberRepository() )->find( $this->cohort, $noor );
		$this->assertSame( 'mentor', $member->role );
		$this->assertSame( array( $noor ), ( new CohortMemberRepository() )->mentor_ids( $this->cohort ), 'counted among the cohort\'s mentors' );
		$this->assertContains( 'You are a mentor of Autumn cohort', array_column( $this->sent_mail, 'subject' ) );
		$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/mentor-decision", array( 'decision' => 'declined' ), $coordinator )->get_status(), 'decided once' );

		// A mentee's application is not decided here.
		$this->rest( 'POST', $this->route( '/submit' ), self::complete(), $this->ana );
		$this->assertSame( 404, $this->rest( 'POST', '/wayfinder/v1/applications/' . $this->mine()->id . '/mentor-decision', array( 'decision' => 'accepted' ), $coordinator )->get_status() );
	}

	public function test_a_full_cohort_leaves_a_mentor_undecided(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		update_post_meta( $this->cohort, CohortPostType::MENTOR_PLACES, 1 );
		$ids = array();
		foreach ( array( 'mia', 'noor' ) as $login ) {
			$mentor = $this->applicant( $login, 'UTC', 'wayfinder_mentor' );
			$this->rest(
				'PUT',
				$this->route(),
				array(
					'role'     => 'mentor',
					'capacity' => 2,
					'teams'    => array( 'core' ),
					'consent'  => true,
					'submit'   => true,
				),
				$mentor
			);
			$ids[] = $this->mine( $mentor )->id;
		}
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/applications/{$ids[0]}/mentor-decision", array( 'decision' => 'accepted' ), $coordinator )->get_status() );
		$full = $this->rest( 'POST', "/wayfinder/v1/applications/{$ids[1]}/mentor-decision", array( 'decision' => 'accepted' ), $coordinator );
		$this->assertSame( 409, $full->get_status() );
		$this->assertSame( Application::REVIEW, ( new ApplicationRepository() )->find( $ids[1] )->stage, 'rolled back with the enrolment' );
	}
}
