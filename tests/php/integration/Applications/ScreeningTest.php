<?php
/**
 * Stage 1 inside WordPress: the automatic pass when a mentee's application is submitted, the
 * screener's edits (recorded before and after), redacting again, the release rules, who may screen,
 * and what the edits table gives back to (and forgets of) people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationEditRepository;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\Events\ApplicationReleased;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Applications\Screening;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ScreeningTest extends TestCase {

	private const MOTIVATION = 'Why do you want to join this cohort, and what would you like to contribute afterwards?';

	private int $cohort;

	protected function setUp(): void {
		parent::setUp();
		$this->cohort = $this->insert_cohort( array( CohortPostType::STAGE => Cohort::OPEN ), 'Autumn cohort' );
	}

	/** Maria Okafor (login mokafor), in Lagos, with a Twitter handle and a website. */
	private function applicant( string $login = 'mokafor' ): int {
		$user = $this->make_user( 'subscriber', $login );
		wp_update_user(
			array(
				'ID'           => $user,
				'first_name'   => 'Maria',
				'last_name'    => 'Okafor',
				'display_name' => 'Maria Okafor',
				'user_url'     => 'https://okafor.blog',
				'user_email'   => 'maria.o88@example.net',
			)
		);
		( new ProfileRepository() )->save( new Profile( $user, 'Africa/Lagos', array( 'en' ) ) );
		return $user;
	}

	/**
	 * A submitted application, announced the way the applying part does.
	 *
	 * @param array<string, string> $answers
	 */
	private function submit( int $user, array $answers, string $role = Application::MENTEE ): Application {
		$repo  = new ApplicationRepository();
		$draft = $repo->create_draft( $this->cohort, $user, $role, time() );
		$this->assertSame(
			1,
			$repo->update(
				$draft->id,
				array(
					'status'       => Application::SUBMITTED,
					'stage'        => Application::MENTEE === $role ? Application::SCREENING : Application::REVIEW,
					'answers'      => Screening::json( $answers ),
					'mode'         => 'one_to_one',
					'submitted_at' => gmdate( 'Y-m-d H:i:s' ),
				),
				time(),
				array( 'status' => Application::DRAFT )
			)
		);
		$application = $repo->find( $draft->id );
		$cohort      = CohortPostType::find( $this->cohort );
		$this->assertNotNull( $application );
		$this->assertNotNull( $cohort );
		Events::dispatch( new ApplicationSubmitted( $application, $cohort ) );
		return $repo->find( $draft->id ) ?? $application;
	}

	private function maria_submits(): Application {
		return $this->submit(
			$this->applicant(),
			array(
				'motivation' => 'I am Maria Okafor (mokafor) from Lagos. Write to maria.o88@example.net or call +234 803 123 4567. She says her mother taught her.',
				'experience' => 'I blog at okafor.blog/posts and translate as @mariaTranslates since 2019.',
			)
		);
	}

	public function test_a_submitted_mentee_application_is_redacted_at_once(): void {
		$application = $this->maria_submits();
		$this->assertSame( Application::SCREENING, $application->stage );
		$this->assertSame( 'I am [name] ([username]) from [place]. Write to [e-mail] or call [phone]. They say their parent taught them.', $application->redacted['motivation'] );
		$this->assertSame( 'I blog at [link] and translate as [handle] since 2019.', $application->redacted['experience'] );
		$this->assertStringContainsString( 'Maria Okafor', $application->answers['motivation'], 'the original stays for the screener' );
	}

	public function test_a_mentor_application_is_not_redacted_nor_screened(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentor      = $this->submit( $this->make_user( 'wayfinder_mentor', 'mentorjo' ), array( 'motivation' => 'I am mentorjo.' ), Application::MENTOR );
		$this->assertSame( array(), $mentor->redacted );
		foreach ( array( array( 'GET', 'screening' ), array( 'POST', 'release' ), array( 'POST', 'redact-again' ) ) as list( $method, $route ) ) {
			$response = $this->rest( $method, "/wayfinder/v1/applications/{$mentor->id}/{$route}", array(), $coordinator );
			$this->assertSame( 409, $response->get_status(), $route );
			$this->assertStringContainsString( 'Mentor applications are not screened', $response->get_data()['message'] );
		}
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/screening/cohorts', array(), $coordinator )->get_data(), 'a cohort with only mentor applications has nothing to screen' );
	}

	public function test_the_screener_sees_the_originals_beside_the_redacted_texts_and_the_queue_carries_no_names(): void {
		$application = $this->maria_submits();
		$screener    = $this->make_user( 'wayfinder_screener' );
		$cohorts     = $this->rest( 'GET', '/wayfinder/v1/screening/cohorts', array(), $screener );
		$this->assertSame( 200, $cohorts->get_status() );
		$this->assertSame(
			array(
				array(
					'id'        => $this->cohort,
					'title'     => 'Autumn cohort',
					'to_screen' => 1,
					'released'  => 0,
					'total'     => 1,
				),
			),
			$cohorts->get_data()
		);

		$queue = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/screening", array(), $screener );
		$this->assertSame( 200, $queue->get_status() );
		$data = $queue->get_data();
		$this->assertSame( 1, $data['total'] );
		$this->assertSame( $application->pseudonym_label(), $data['items'][0]['label'] );
		$this->assertSame(
			array(
				'name'     => 1,
				'username' => 1,
				'email'    => 1,
				'url'      => 1,
				'handle'   => 1,
				'phone'    => 1,
				'place'    => 1,
				'gendered' => 4,
			),
			$data['items'][0]['replacements']
		);
		$this->assertFalse( $data['items'][0]['edited'] );
		$this->assertStringNotContainsString( 'Maria', (string) wp_json_encode( $data ), 'the queue names nobody' );
		$this->assertSame( 0, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/screening", array( 'stage' => 'review' ), $screener )->get_data()['total'] );

		$detail = $this->rest( 'GET', "/wayfinder/v1/applications/{$application->id}/screening", array(), $screener )->get_data();
		$this->assertSame( 'Maria Okafor', $detail['applicant']['name'] );
		$this->assertSame( 'motivation', $detail['questions'][0]['key'] );
		$this->assertSame( self::MOTIVATION, $detail['questions'][0]['label'] );
		$this->assertSame( $application->answers['motivation'], $detail['questions'][0]['original'] );
		$this->assertSame( $application->redacted['motivation'], $detail['questions'][0]['redacted'] );
		$this->assertSame( 1, $detail['questions'][0]['replacements']['phone'] );
		$this->assertTrue( $detail['can_release'] );
	}

	public function test_edits_are_recorded_with_before_and_after_and_redact_again_restores_the_automatic_text(): void {
		$application = $this->maria_submits();
		$screener    = $this->make_user( 'wayfinder_screener', 'screener1' );
		wp_update_user(
			array(
				'ID'           => $screener,
				'display_name' => 'Sam Screener',
			)
		);
		$automatic = $application->redacted['experience'];
		$edited    = 'I blog at [link] and translate since [year].';
		$response  = $this->rest(
			'PUT',
			"/wayfinder/v1/applications/{$application->id}/redacted",
			array(
				'field' => 'experience',
				'text'  => $edited,
			),
			$screener
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( $edited, ( new ApplicationRepository() )->find( $application->id )->redacted['experience'] );
		$edits = ( new ApplicationEditRepository() )->of_application( $application->id );
		$this->assertCount( 1, $edits );
		$this->assertSame( array( 'experience', $screener, $application->user_id, $automatic, $edited ), array( $edits[0]->field, $edits[0]->editor_id, $edits[0]->user_id, $edits[0]->before_text, $edits[0]->after_text ) );
		$this->assertSame( 'Sam Screener', $response->get_data()['edits'][0]['editor'] );
		$this->assertTrue( $response->get_data()['questions'][1]['edited'] );

		// The same text again records nothing; an unknown answer is refused.
		$this->rest(
			'PUT',
			"/wayfinder/v1/applications/{$application->id}/redacted",
			array(
				'field' => 'experience',
				'text'  => $edited,
			),
			$screener
		);
		$this->assertCount( 1, ( new ApplicationEditRepository() )->of_application( $application->id ) );
		$this->assertSame(
			400,
			$this->rest(
				'PUT',
				"/wayfinder/v1/applications/{$application->id}/redacted",
				array(
					'field' => 'hobbies',
					'text'  => 'x',
				),
				$screener
			)->get_status()
		);

		$again = $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/redact-again", array( 'field' => 'experience' ), $screener );
		$this->assertSame( 200, $again->get_status() );
		$this->assertSame( $automatic, ( new ApplicationRepository() )->find( $application->id )->redacted['experience'] );
		$edits = ( new ApplicationEditRepository() )->of_application( $application->id );
		$this->assertCount( 2, $edits );
		$this->assertSame( array( $edited, $automatic ), array( $edits[1]->before_text, $edits[1]->after_text ) );
	}

	public function test_release_is_refused_while_the_person_can_still_be_found_and_happens_once(): void {
		$application = $this->maria_submits();
		$screener    = $this->make_user( 'wayfinder_screener' );
		$other       = $this->make_user( 'wayfinder_screener' );
		$released    = array();
		$listener    = static function ( ApplicationReleased $event ) use ( &$released ): void {
			$released[] = $event->application;
		};
		add_action( ApplicationReleased::HOOK, $listener );
		try {
			$this->rest(
				'PUT',
				"/wayfinder/v1/applications/{$application->id}/redacted",
				array(
					'field' => 'motivation',
					'text'  => 'Mail me at MARIA.O88@example.net.',
				),
				$screener
			);
			$refused = $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array(), $screener );
			$this->assertSame( 409, $refused->get_status() );
			$this->assertSame( 'The answer to “' . self::MOTIVATION . '” still contains the applicant\'s e-mail address. Edit it before releasing.', $refused->get_data()['message'] );

			$this->rest(
				'PUT',
				"/wayfinder/v1/applications/{$application->id}/redacted",
				array(
					'field' => 'motivation',
					'text'  => 'Okafor here.',
				),
				$screener
			);
			$this->assertStringContainsString( 'still contains the applicant\'s name', $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array(), $screener )->get_data()['message'] );

			$this->rest(
				'PUT',
				"/wayfinder/v1/applications/{$application->id}/redacted",
				array(
					'field' => 'motivation',
					'text'  => 'I am [name]; I will learn.',
				),
				$screener
			);
			$this->assertSame( array(), $released, 'nothing released yet' );
			$done = $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array(), $screener );
			$this->assertSame( 200, $done->get_status(), (string) wp_json_encode( $done->get_data() ) );
			$this->assertSame( Application::REVIEW, $done->get_data()['stage'] );
			$this->assertSame( $application->pseudonym_label() . ' was released to reviewers.', $done->get_data()['message'] );
			$saved = ( new ApplicationRepository() )->find( $application->id );
			$this->assertSame( Application::REVIEW, $saved->stage );
			$this->assertNotNull( $saved->released_at );
			$this->assertSame( $screener, ( new ApplicationRepository() )->released_by( $application->id ) );
			$this->assertCount( 1, $released );
			$this->assertSame( Application::REVIEW, $released[0]->stage, 'the event carries the released record' );

			// A second screener pressing too releases nothing more, and nobody edits it any longer.
			$again = $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array(), $other );
			$this->assertSame( 409, $again->get_status() );
			$this->assertStringContainsString( 'was released to reviewers on', $again->get_data()['message'] );
			$this->assertCount( 1, $released );
			$edit = $this->rest(
				'PUT',
				"/wayfinder/v1/applications/{$application->id}/redacted",
				array(
					'field' => 'motivation',
					'text'  => 'Changed.',
				),
				$other
			);
			$this->assertSame( 409, $edit->get_status() );
			$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/redact-again", array(), $other )->get_status() );
			$this->assertSame( 'I am [name]; I will learn.', ( new ApplicationRepository() )->find( $application->id )->redacted['motivation'] );
			$this->assertSame( 1, $this->rest( 'GET', '/wayfinder/v1/screening/cohorts', array(), $other )->get_data()[0]['released'] );
		} finally {
			remove_action( ApplicationReleased::HOOK, $listener );
		}
	}

	public function test_release_is_refused_while_an_answer_has_no_redacted_text(): void {
		$application = $this->maria_submits();
		// As if the automatic pass never ran.
		( new ApplicationRepository() )->update( $application->id, array( 'redacted' => '{}' ), time() );
		$screener = $this->make_user( 'wayfinder_screener' );
		$refused  = $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array(), $screener );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( 'The answer to “' . self::MOTIVATION . '” has no redacted text yet. Redact it again or write it before releasing.', $refused->get_data()['message'] );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/redact-again", array(), $screener )->get_status() );
		$this->assertCount( 2, ( new ApplicationEditRepository() )->of_application( $application->id ), 'each answer filled is recorded' );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array(), $screener )->get_status() );
	}

	public function test_only_screeners_screen_and_never_their_own_application(): void {
		$application = $this->maria_submits();
		$routes      = array(
			array( 'GET', '/wayfinder/v1/screening/cohorts', array() ),
			array( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/screening", array() ),
			array( 'GET', "/wayfinder/v1/applications/{$application->id}/screening", array() ),
			array(
				'PUT',
				"/wayfinder/v1/applications/{$application->id}/redacted",
				array(
					'field' => 'motivation',
					'text'  => 'x',
				),
			),
			array( 'POST', "/wayfinder/v1/applications/{$application->id}/redact-again", array() ),
			array( 'POST', "/wayfinder/v1/applications/{$application->id}/release", array() ),
		);
		$people      = array(
			'anonymous' => 0,
			'reviewer'  => $this->make_user( 'wayfinder_reviewer' ),
			'mentee'    => $application->user_id,
			'mentor'    => $this->make_user( 'wayfinder_mentor' ),
		);
		foreach ( $people as $who => $user ) {
			foreach ( $routes as list( $method, $route, $params ) ) {
				$status = $this->rest( $method, $route, $params, $user )->get_status();
				$this->assertSame( 0 === $user ? 401 : 403, $status, "$who: $method $route" );
			}
		}
		$this->assertSame( Application::SCREENING, ( new ApplicationRepository() )->find( $application->id )->stage );

		// A coordinator who applied cannot screen their own application.
		$coordinator = $this->make_user( 'wayfinder_coordinator', 'coordapplies' );
		$own         = $this->submit( $coordinator, array( 'motivation' => 'I coordinate and want to learn.' ) );
		foreach ( array_slice( $routes, 2 ) as list( $method, $route, $params ) ) {
			$response = $this->rest( $method, str_replace( (string) $application->id, (string) $own->id, $route ), $params, $coordinator );
			$this->assertSame( 403, $response->get_status(), "$method $route" );
			$this->assertSame( 'You cannot screen your own application; another screener will.', $response->get_data()['message'] );
		}
		$this->assertSame( 200, $this->rest( 'GET', "/wayfinder/v1/applications/{$application->id}/screening", array(), $coordinator )->get_status(), 'others\' they may' );
		$queue = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/screening", array(), $coordinator )->get_data()['items'];
		$mine  = array_values( array_filter( $queue, static fn ( array $item ): bool => $item['id'] === $own->id ) );
		$this->assertTrue( $mine[0]['own'] );
		$this->assertSame( '', $mine[0]['pseudonym'], 'a screener who applied never learns their pseudonym' );
		$this->assertStringNotContainsString( $own->pseudonym, (string) wp_json_encode( $queue ) );
	}

	public function test_the_edits_go_with_the_applicant_and_forget_the_editor(): void {
		$application = $this->maria_submits();
		$screener    = $this->make_user( 'wayfinder_screener' );
		$this->rest(
			'PUT',
			"/wayfinder/v1/applications/{$application->id}/redacted",
			array(
				'field' => 'experience',
				'text'  => 'Edited by the screener.',
			),
			$screener
		);

		$exported = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's list.
			$page = 1;
			do {
				$result   = call_user_func( $exporter['callback'], 'maria.o88@example.net', $page++ );
				$exported = array_merge( $exported, $result['data'] );
			} while ( ! $result['done'] );
		}
		$edits = array_values( array_filter( $exported, static fn ( array $item ): bool => str_contains( (string) $item['group_id'], 'application_edits' ) ) );
		$this->assertCount( 1, $edits, 'the applicant gets the edit made to their application' );
		$this->assertContains( 'Edited by the screener.', array_column( $edits[0]['data'], 'value' ) );

		// The screener erased: the edit stays with the application, without them.
		$this->erase_personal_data( $screener );
		$rows = ( new ApplicationEditRepository() )->of_application( $application->id );
		$this->assertCount( 1, $rows );
		$this->assertNull( $rows[0]->editor_id );

		// The applicant erased: their edits go with them.
		$this->erase_personal_data( $application->user_id );
		global $wpdb;
		$table = Schema::application_edits_table();
		$this->assertSame( 0, (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE application_id = %d", $application->id ) ) ); // phpcs:ignore WordPress.DB
	}
}
