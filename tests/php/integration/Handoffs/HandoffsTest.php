<?php
/**
 * The hand-off to a team: choosing the team (the quiz's pick first, then the profile's teams; only
 * teams that take newcomers; not once sent), the introduction to the team's representatives, accepting
 * once by a representative or a coordinator with a contact in the team, the graduate's and mentor's
 * email naming the contact, the escalation of hand-offs waiting too long (once, bounded), a team's
 * newcomers, My mentorship's parts and what erasure does.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Handoffs;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\Recorder;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Handoffs\HandoffSection;
use Wayfinder\Handoffs\HandoffService;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Orientation\QuizTaken;
use Wayfinder\Orientation\Recommendation;
use Wayfinder\Plans\PlanRepository;
use Wayfinder\Platform\PageForms;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\Representatives;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class HandoffsTest extends TestCase {

	private int $coordinator;

	private int $cohort;

	private int $mentee;

	private int $mentor;

	private int $rep;

	private const NOW = 1_900_000_000; // 2030-03-17.

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'coord' );
		$this->cohort      = $this->insert_cohort(
			array(
				\Wayfinder\Cohorts\CohortPostType::MODES => Cohort::MODES,
				\Wayfinder\Cohorts\CohortPostType::SEATS => 10,
				\Wayfinder\Cohorts\CohortPostType::MENTOR_PLACES => 3,
			)
		);
		$this->mentor      = $this->person( 'wayfinder_mentor', 'lucia', 'Lucía Torres', array( 'polyglots' ) );
		$this->mentee      = $this->person( 'subscriber', 'kofi', 'Kofi Mensah', array( 'core' ) );
		$this->rep         = $this->person( 'wayfinder_team_rep', 'ana', 'Ana Souza', array( 'polyglots' ) );
		$this->represent( 'polyglots', array( $this->rep ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $this->mentor, CohortMember::MENTOR, '', $this->coordinator ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $this->mentee, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->coordinator ) );
		$this->assertIsInt( ( new MatchService() )->start( $this->mentee, $this->mentor, 'cohort', $this->coordinator, 'active', $this->cohort ) );
		$this->sent_mail = array();
	}

	/** @param list<string> $teams */
	private function person( string $role, string $login, string $name, array $teams ): int {
		$user = $this->make_user( $role, $login );
		wp_update_user(
			array(
				'ID'           => $user,
				'display_name' => $name,
			)
		);
		$saved = ( new ProfileRepository() )->save( new Profile( $user, 'Europe/Berlin', array( 'en' ), $teams, array(), array( array( 2, '18:00', '20:00' ) ), 'Hello.', 'wayfinder_mentor' === $role ? 2 : 0 ) );
		$this->assertTrue( $saved );
		if ( 'wayfinder_mentor' === $role ) {
			( new ProfileRepository() )->relist( $user );
		}
		$this->sent_mail = array();
		return $user;
	}

	/** @param list<int> $people */
	private function represent( string $team, array $people ): void {
		$post = get_page_by_path( $team, OBJECT, TeamPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $post );
		update_post_meta( $post->ID, TeamPostType::REPRESENTATIVES, $people );
	}

	private function route( int $cohort = -1 ): string {
		return '/wayfinder/v1/cohorts/' . ( $cohort >= 0 ? $cohort : $this->cohort ) . '/handoff';
	}

	/** The mentee chose polyglots and graduated: the hand-off is sent (at $when). */
	private function sent( int $when = self::NOW, int $mentee = 0 ): Handoff {
		$mentee = $mentee > 0 ? $mentee : $this->mentee;
		$this->assertInstanceOf( Handoff::class, ( new HandoffService() )->choose( $mentee, $this->cohort, 'polyglots', $mentee, $when ) );
		$sent = ( new HandoffService() )->send( $mentee, $this->cohort, $this->mentor, 'Kofi translated a whole plugin.', $this->mentor, $when );
		$this->assertInstanceOf( Handoff::class, $sent );
		return $sent;
	}

	/** @return list<string> */
	private function recipients(): array {
		return array_values( array_map( static fn ( array $mail ): string => (string) $mail['to'], $this->sent_mail ) );
	}

	public function test_the_options_offer_the_quiz_pick_first_then_the_profile_teams_then_the_rest(): void {
		QuizTaken::mark( $this->mentee, self::NOW, array( new Recommendation( 'docs', 1, 5, array() ), new Recommendation( 'core', 2, 3, array() ) ) );
		QuizTaken::mark( $this->mentee, self::NOW, array( new Recommendation( 'test', 1, 5, array() ) ) );
		$this->assertSame( 'docs', QuizTaken::team( $this->mentee ), 'the first result\'s top team is kept' );

		$response = $this->rest( 'GET', $this->route(), array(), $this->mentee );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertTrue( $data['can_choose'] );
		$this->assertNull( $data['handoff'] );
		$this->assertSame( array( 'docs', 'core' ), array_slice( array_column( $data['options'], 'team' ), 0, 2 ) );
		$this->assertSame( array( 'quiz', 'profile', 'other' ), array_slice( array_column( $data['options'], 'why' ), 0, 3 ) );
		$this->assertSame( 'Your orientation quiz recommended this team first.', $data['options'][0]['reason'] );
		$this->assertNotContains( 'plugins', array_column( $data['options'], 'team' ), 'a team that takes no newcomers is not offered' );
	}

	public function test_a_fallback_result_keeps_no_quiz_team(): void {
		QuizTaken::mark( $this->mentee, self::NOW, array( new Recommendation( 'docs', 1, 0, array(), true ) ) );
		$this->assertTrue( QuizTaken::has( $this->mentee ) );
		$this->assertSame( '', QuizTaken::team( $this->mentee ) );
	}

	public function test_the_mentee_their_mentor_or_a_coordinator_choose_and_others_are_refused(): void {
		$stranger = $this->make_user( 'subscriber', 'stranger' );

		$this->assertSame( 401, $this->rest( 'PUT', $this->route(), array( 'team' => 'polyglots' ) )->get_status() );
		$this->assertSame(
			403,
			$this->rest(
				'PUT',
				$this->route(),
				array(
					'team'   => 'polyglots',
					'mentee' => $this->mentee,
				),
				$stranger
			)->get_status()
		);
		$this->assertSame( 404, $this->rest( 'PUT', $this->route(), array( 'team' => 'polyglots' ), $stranger )->get_status(), 'no place of their own' );
		$closed = $this->rest( 'PUT', $this->route(), array( 'team' => 'plugins' ), $this->mentee );
		$this->assertSame( 400, $closed->get_status() );
		$this->assertStringContainsString( 'does not take newcomers', $closed->get_data()['message'] );
		$this->assertSame( 400, $this->rest( 'PUT', $this->route(), array( 'team' => 'no-such-team' ), $this->mentee )->get_status() );

		$mine = $this->rest( 'PUT', $this->route(), array( 'team' => 'docs' ), $this->mentee );
		$this->assertSame( 200, $mine->get_status(), (string) wp_json_encode( $mine->get_data() ) );
		$this->assertSame( 'docs', $mine->get_data()['handoff']['team'] );
		$this->assertStringStartsWith( 'Documentation it is.', $mine->get_data()['message'] );
		$this->assertSame(
			200,
			$this->rest(
				'PUT',
				$this->route(),
				array(
					'team'   => 'core',
					'mentee' => $this->mentee,
				),
				$this->mentor
			)->get_status()
		);
		$this->assertSame(
			200,
			$this->rest(
				'PUT',
				$this->route(),
				array(
					'team'   => 'polyglots',
					'mentee' => $this->mentee,
				),
				$this->coordinator
			)->get_status()
		);
		$handoff = ( new HandoffRepository() )->find_for( $this->mentee, $this->cohort );
		$this->assertSame( 'polyglots', $handoff->team );
		$this->assertSame( Handoff::CHOSEN, $handoff->status );
		$this->assertSame( array(), $this->sent_mail, 'choosing sends nothing' );

		( new HandoffService() )->send( $this->mentee, $this->cohort, $this->mentor, '', $this->mentor, self::NOW );
		$late = $this->rest( 'PUT', $this->route(), array( 'team' => 'docs' ), $this->mentee );
		$this->assertSame( 409, $late->get_status() );
		$this->assertStringStartsWith( 'Your introduction was already sent to Polyglots on', $late->get_data()['message'] );
		$this->assertSame( 'polyglots', ( new HandoffRepository() )->find_for( $this->mentee, $this->cohort )->team );
		$this->assertFalse( $this->rest( 'GET', $this->route(), array(), $this->mentee )->get_data()['can_choose'] );
	}

	public function test_a_one_to_one_mentee_chooses_with_cohort_zero(): void {
		$solo   = $this->person( 'subscriber', 'solo', 'Solo Person', array() );
		$nobody = $this->rest( 'PUT', $this->route( 0 ), array( 'team' => 'docs' ), $solo );
		$this->assertSame( 404, $nobody->get_status(), 'no mentor of their own' );
		$this->assertIsInt( ( new MatchService() )->start( $solo, $this->mentor, 'coordinator', $this->coordinator ) );

		$chosen = $this->rest( 'PUT', $this->route( 0 ), array( 'team' => 'docs' ), $solo );
		$this->assertSame( 200, $chosen->get_status(), (string) wp_json_encode( $chosen->get_data() ) );
		$this->assertSame(
			200,
			$this->rest(
				'PUT',
				$this->route( 0 ),
				array(
					'team'   => 'core',
					'mentee' => $solo,
				),
				$this->mentor
			)->get_status(),
			'their 1:1 mentor'
		);
		$this->assertSame( 'core', ( new HandoffRepository() )->find_for( $solo, 0 )->team );
	}

	public function test_sending_emails_each_representative_the_introduction(): void {
		$second = $this->person( 'wayfinder_team_rep', 'mateo', 'Mateo García', array() );
		$this->represent( 'polyglots', array( $this->rep, $second ) );
		( new PlanRepository() )->add(
			$this->cohort,
			$this->mentee,
			array(
				'what'     => 'Translate the Hello Dolly plugin.',
				'team'     => 'polyglots',
				'due_on'   => '2027-04-01',
				'progress' => 'done',
			),
			$this->mentee
		);
		$recorder = new Recorder( new ContributionRepository() );
		foreach ( array(
			'unverified' => 'Reviewed strings',
			'verified'   => 'Translated Akismet',
		) as $status => $summary ) {
			$recorder->record(
				array(
					'user_id'        => $this->mentee,
					'kind'           => 'translation',
					'team'           => 'polyglots',
					'url'            => 'https://translate.example.org/' . $status,
					'summary'        => $summary,
					'contributed_on' => 'verified' === $status ? '2027-03-20' : '2027-03-30',
					'source'         => 'manual',
					'source_key'     => 'manual:' . $status,
					'status'         => $status,
				),
				self::NOW
			);
		}
		$this->sent_mail = array();

		$this->sent();

		$this->assertSame( array( 'ana@example.org', 'mateo@example.org' ), $this->recipients() );
		$mail = $this->sent_mail[0];
		$this->assertSame( 'A new contributor for Polyglots: Kofi Mensah', $mail['subject'] );
		$this->assertStringContainsString( 'Kofi Mensah has graduated from Spring cohort and would like to join Polyglots.', $mail['message'] );
		$this->assertStringContainsString( '- Translate the Hello Dolly plugin. (Done)', $mail['message'] );
		$this->assertLessThan( strpos( $mail['message'], 'Reviewed strings' ), strpos( $mail['message'], 'Translated Akismet' ), 'verified contributions first' );
		$this->assertStringContainsString( 'Their mentor Lucía Torres writes: Kofi translated a whole plugin.', $mail['message'] );
		$this->assertStringContainsString( 'How to reach them: kofi@example.org', $mail['message'] );
		$this->assertStringContainsString( '#' . HandoffSection::ANCHOR, $mail['message'] );
	}

	public function test_a_team_without_representatives_sends_the_introduction_to_the_coordinators(): void {
		$this->represent( 'polyglots', array() );
		$this->sent();
		$this->assertSame( array( 'admin@example.org', 'coord@example.org' ), $this->recipients(), 'the coordinators (the site admin coordinates too)' );
		$this->assertStringStartsWith( 'Polyglots has no team representative', $this->sent_mail[0]['message'] );
	}

	public function test_someone_listed_who_lost_the_role_is_no_representative(): void {
		$former = $this->make_user( 'subscriber', 'former' );
		$this->represent( 'polyglots', array( $this->rep, $former ) );
		$this->assertSame( array( $this->rep ), ( new Representatives() )->of_team( 'polyglots' ) );
		$this->assertSame( array( 'polyglots' ), ( new Representatives() )->teams_of( $this->rep ) );
		$this->assertTrue( ( new Representatives() )->represents( $this->rep, 'polyglots' ) );
		$this->assertFalse( ( new Representatives() )->represents( $this->rep, 'docs' ) );
	}

	public function test_a_representative_accepts_once_and_names_a_contact_in_the_team(): void {
		$handoff  = $this->sent();
		$other    = $this->person( 'wayfinder_team_rep', 'docs-rep', 'Dana Docs', array() );
		$outsider = $this->make_user( 'subscriber', 'outsider' );
		$this->represent( 'docs', array( $other ) );
		$accept = '/wayfinder/v1/handoffs/' . $handoff->id . '/accept';

		$contacts = $this->rest( 'GET', '/wayfinder/v1/handoffs/' . $handoff->id . '/contacts', array(), $this->rep );
		$this->assertSame( 200, $contacts->get_status() );
		$this->assertSame( array( $this->rep, $this->mentor ), array_column( $contacts->get_data(), 'id' ), 'the representatives, then mentors of the team' );
		$this->assertSame( 'Represents Polyglots', $contacts->get_data()[0]['why'] );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/handoffs/' . $handoff->id . '/contacts', array(), $other )->get_status() );

		$this->assertSame( 403, $this->rest( 'POST', $accept, array( 'contact_id' => $other ), $outsider )->get_status() );
		$not_theirs = $this->rest( 'POST', $accept, array( 'contact_id' => $other ), $other );
		$this->assertSame( 403, $not_theirs->get_status() );
		$this->assertSame( 'Only the representatives of Polyglots (or a mentoring coordinator) can accept this hand-off.', $not_theirs->get_data()['message'] );
		$wrong = $this->rest( 'POST', $accept, array( 'contact_id' => $outsider ), $this->rep );
		$this->assertSame( 400, $wrong->get_status() );
		$this->assertStringStartsWith( 'Name a contact who belongs to Polyglots', $wrong->get_data()['message'] );
		$this->sent_mail = array();

		$done = $this->rest(
			'POST',
			$accept,
			array(
				'contact_id' => $this->mentor,
				'welcome'    => 'Welcome aboard! Join us on Thursday.',
			),
			$this->rep
		);

		$this->assertSame( 200, $done->get_status(), (string) wp_json_encode( $done->get_data() ) );
		$this->assertSame( Handoff::ACCEPTED, $done->get_data()['status'] );
		$this->assertSame( 'Lucía Torres', $done->get_data()['contact_name'] );
		$this->assertSame( array( 'kofi@example.org', 'lucia@example.org' ), $this->recipients() );
		$this->assertSame( 'Your contact in Polyglots: Lucía Torres', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'Write to Lucía Torres at lucia@example.org', $this->sent_mail[0]['message'] );
		$this->assertStringContainsString( 'A welcome from Ana Souza: Welcome aboard! Join us on Thursday.', $this->sent_mail[0]['message'] );
		$this->assertStringContainsString( 'Their contact person in the team is Lucía Torres (lucia@example.org)', $this->sent_mail[1]['message'] );
		$this->sent_mail = array();

		$again = $this->rest( 'POST', $accept, array( 'contact_id' => $this->rep ), $this->coordinator );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'Ana Souza already accepted Kofi Mensah\'s hand-off and named Lucía Torres as their contact, so nothing was changed.', $again->get_data()['message'] );
		$this->assertSame( array(), $this->sent_mail );
		$this->assertSame( $this->mentor, ( new HandoffRepository() )->find( $handoff->id )->contact_id );
	}

	public function test_two_accepting_at_the_same_moment_change_it_once(): void {
		$handoff = $this->sent();
		$repo    = new HandoffRepository();
		$fields  = array(
			'status'      => Handoff::ACCEPTED,
			'accepted_by' => $this->rep,
			'contact_id'  => $this->rep,
		);
		// Both read it waiting; the conditional UPDATE lets only the first through.
		$this->assertSame( 1, $repo->update( $handoff->id, $fields, self::NOW, Handoff::WAITING ) );
		$this->assertSame( 0, $repo->update( $handoff->id, array( 'contact_id' => $this->mentor ) + $fields, self::NOW, Handoff::WAITING ) );
		$this->assertSame( $this->rep, $repo->find( $handoff->id )->contact_id );
	}

	public function test_a_coordinator_accepts_for_any_team_and_nothing_is_accepted_before_it_is_sent(): void {
		( new HandoffService() )->choose( $this->mentee, $this->cohort, 'polyglots', $this->mentee, self::NOW );
		$chosen = ( new HandoffRepository() )->find_for( $this->mentee, $this->cohort );
		$early  = $this->rest( 'POST', '/wayfinder/v1/handoffs/' . $chosen->id . '/accept', array( 'contact_id' => $this->rep ), $this->coordinator );
		$this->assertSame( 409, $early->get_status() );
		$this->assertStringContainsString( 'has not graduated yet', $early->get_data()['message'] );

		( new HandoffService() )->send( $this->mentee, $this->cohort, $this->mentor, '', $this->mentor, self::NOW );
		$this->assertSame( 200, $this->rest( 'POST', '/wayfinder/v1/handoffs/' . $chosen->id . '/accept', array( 'contact_id' => $this->rep ), $this->coordinator )->get_status() );
		$this->assertSame( $this->coordinator, ( new HandoffRepository() )->find( $chosen->id )->accepted_by );
		$this->assertSame( 404, $this->rest( 'POST', '/wayfinder/v1/handoffs/999999/accept', array( 'contact_id' => $this->rep ), $this->coordinator )->get_status() );
	}

	public function test_hand_offs_waiting_too_long_are_escalated_once_to_the_coordinators(): void {
		$now    = time();
		$late   = $this->sent( $now - 10 * DAY_IN_SECONDS );
		$recent = $this->person( 'subscriber', 'recent', 'Recent Graduate', array() );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $recent, CohortMember::MENTEE, Cohort::GROUP_ONLY, $this->coordinator ) );
		$fresh           = $this->sent( $now - 3 * DAY_IN_SECONDS, $recent );
		$this->sent_mail = array();

		$this->assertSame( 1, ( new HandoffService() )->escalate_due( $now ) );
		$this->assertSame( array( 'admin@example.org', 'coord@example.org' ), $this->recipients(), 'the coordinators (the site admin coordinates too)' );
		$this->assertSame( 'A hand-off waits for Polyglots: Kofi Mensah', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'sent to Polyglots 10 days ago', $this->sent_mail[0]['message'] );
		$this->assertStringContainsString( 'Its representatives are Ana Souza.', $this->sent_mail[0]['message'] );
		$this->assertNotNull( ( new HandoffRepository() )->find( $late->id )->escalated_at );
		$this->assertNull( ( new HandoffRepository() )->find( $fresh->id )->escalated_at );
		$this->sent_mail = array();

		$this->assertSame( 0, ( new HandoffService() )->escalate_due( $now + HOUR_IN_SECONDS ), 'safe to run twice' );
		$this->assertSame( array(), $this->sent_mail );

		update_option( Settings::HANDOFF_DAYS, 2 );
		$this->assertSame( 1, ( new HandoffService() )->escalate_due( $now ), 'the setting says when' );

		$listed = $this->rest( 'GET', '/wayfinder/v1/handoffs', array( 'status' => 'waiting' ), $this->coordinator );
		$this->assertSame( 200, $listed->get_status() );
		$this->assertSame( '2', $listed->get_headers()['X-WP-Total'] );
		$first = $listed->get_data()[0];
		$this->assertSame( array( 'Kofi Mensah', 'Polyglots', 10, true ), array( $first['name'], $first['team_name'], $first['days_waiting'], $first['overdue'] ) );
		$this->assertSame( array( 'Ana Souza' ), $first['representatives'] );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/handoffs', array(), $this->rep )->get_status() );
	}

	public function test_an_escalation_tick_is_bounded(): void {
		$this->sent( self::NOW - 10 * DAY_IN_SECONDS );
		foreach ( array( 'one', 'two' ) as $login ) {
			$user = $this->person( 'subscriber', $login, ucfirst( $login ), array() );
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $user, CohortMember::MENTEE, Cohort::GROUP_ONLY, $this->coordinator ) );
			$this->sent( self::NOW - 9 * DAY_IN_SECONDS, $user );
		}
		$repo = new HandoffRepository();
		$due  = $repo->overdue( gmdate( 'Y-m-d H:i:s', self::NOW - 7 * DAY_IN_SECONDS ), 2 );
		$this->assertCount( 2, $due );
		$this->assertSame( $this->mentee, $due[0]->user_id, 'the longest waiting first' );
		$this->assertSame( 100, HandoffService::ESCALATE_PER_TICK );
		$this->assertTrue( $repo->escalate( $due[0]->id, self::NOW ) );
		$this->assertFalse( $repo->escalate( $due[0]->id, self::NOW ), 'once' );
	}

	public function test_newcomers_show_a_representative_their_teams_heading_waiting_and_recently_accepted(): void {
		$now      = time();
		$heading  = $this->person( 'subscriber', 'heading', 'Hana Heading', array() );
		$old      = $this->person( 'subscriber', 'old', 'Olga Old', array() );
		$docs     = $this->person( 'subscriber', 'docsy', 'Dora Docs', array() );
		$accepted = $this->person( 'subscriber', 'welcomed', 'Wale Welcomed', array() );
		foreach ( array( $heading, $old, $docs, $accepted ) as $user ) {
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $user, CohortMember::MENTEE, Cohort::GROUP_ONLY, $this->coordinator ) );
		}
		$service = new HandoffService();
		$this->sent( $now - 2 * DAY_IN_SECONDS );
		( new CohortMemberRepository() )->touch( $this->cohort, $this->mentee, $now - 3 * DAY_IN_SECONDS );
		$service->choose( $heading, $this->cohort, 'polyglots', $heading, $now );
		$service->choose( $docs, $this->cohort, 'docs', $docs, $now );
		foreach ( array(
			$old      => 200,
			$accepted => 30,
		) as $user => $days_ago ) {
			$this->sent( $now - ( $days_ago + 5 ) * DAY_IN_SECONDS, $user );
			$handoff = ( new HandoffRepository() )->find_for( $user, $this->cohort );
			$this->assertInstanceOf( Handoff::class, $service->accept( $handoff->id, $this->rep, '', $this->rep, $now - $days_ago * DAY_IN_SECONDS ) );
		}
		( new Recorder( new ContributionRepository() ) )->record(
			array(
				'user_id'        => $this->mentee,
				'kind'           => 'translation',
				'team'           => 'polyglots',
				'url'            => 'https://translate.example.org/1',
				'summary'        => 'Translated Akismet',
				'contributed_on' => gmdate( 'Y-m-d', $now ),
				'source'         => 'manual',
				'source_key'     => 'manual:1',
				'status'         => 'verified',
			),
			$now - 3 * DAY_IN_SECONDS
		);

		$response = $this->rest( 'GET', '/wayfinder/v1/teams/newcomers', array(), $this->rep );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $response->get_data();
		$this->assertSame( array( 'polyglots' ), array_column( $data['teams'], 'team' ) );
		$this->assertSame( array( 'Kofi Mensah', 'Hana Heading', 'Wale Welcomed' ), array_column( $data['items'], 'name' ), 'waiting, heading, then accepted in the last 120 days; only their team' );
		$this->assertSame( array( 'waiting', 'chosen', 'accepted' ), array_column( $data['items'], 'status' ) );
		$this->assertSame( 1, $data['items'][0]['verified'] );
		$this->assertSame( 'Translated Akismet', $data['items'][0]['latest'][0]['summary'] );
		$this->assertSame( 'Last active 3 days ago.', $data['items'][0]['last_active_text'] );
		$this->assertSame( 'No activity recorded yet.', $data['items'][1]['last_active_text'] );
		$this->assertStringStartsWith( 'Accepted by Polyglots on', $data['items'][2]['status_text'] );

		$other = $this->person( 'wayfinder_team_rep', 'docs-rep', 'Dana Docs', array() );
		$this->represent( 'docs', array( $other ) );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/teams/newcomers', array( 'team' => 'polyglots' ), $other )->get_status() );
		$this->assertSame( array( 'Dora Docs' ), array_column( $this->rest( 'GET', '/wayfinder/v1/teams/newcomers', array(), $other )->get_data()['items'], 'name' ) );
		$this->assertSame( 4, count( $this->rest( 'GET', '/wayfinder/v1/teams/newcomers', array(), $this->coordinator )->get_data()['items'] ), 'coordinators see every team' );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/teams/newcomers', array(), $this->mentee )->get_status() );
	}

	public function test_my_mentorship_walks_the_mentee_from_choosing_to_their_contact(): void {
		QuizTaken::mark( $this->mentee, self::NOW, array( new Recommendation( 'polyglots', 1, 5, array() ) ) );
		$form   = static function ( string $action, int $id, array $args ): void {
			echo PageForms::form( $action, $id, 'my-mentorship', $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		};
		$render = function ( string $as, int $user ) use ( $form ): string {
			wp_set_current_user( $user );
			ob_start();
			HandoffSection::cohort_part( $this->cohort, $user, $as, $form, 'r' );
			return (string) ob_get_clean();
		};

		$choose = $render( 'mentee', $this->mentee );
		$this->assertStringContainsString( 'Your team after the cohort', $choose );
		$this->assertStringContainsString( 'name="do" value="choose_handoff_team"', $choose );
		$this->assertLessThan( strpos( $choose, 'value="core"' ), strpos( $choose, 'value="polyglots"' ), 'the quiz pick first' );
		$this->assertStringContainsString( 'Your orientation quiz recommended this team first.', $choose );
		$this->assertStringContainsString( 'has not chosen a team yet.', $render( 'mentor', $this->mentor ) );

		// Without JavaScript: the page form makes the same REST call.
		wp_set_current_user( $this->mentee );
		PageForms::perform(
			array(
				'do'       => HandoffSection::CHOOSE,
				'id'       => (string) $this->cohort,
				'place'    => 'my-mentorship',
				'team'     => 'polyglots',
				'_wpnonce' => wp_create_nonce( PageForms::nonce_action( HandoffSection::CHOOSE, $this->cohort ) ),
			)
		);
		$this->assertSame( 'polyglots', ( new HandoffRepository() )->find_for( $this->mentee, $this->cohort )->team );
		$this->assertStringContainsString( 'You chose Polyglots. You can change it until you graduate.', $render( 'mentee', $this->mentee ) );

		$handoff = ( new HandoffService() )->send( $this->mentee, $this->cohort, $this->mentor, 'Great work.', $this->mentor, self::NOW );
		$this->assertStringContainsString( 'Sent to Polyglots on', $render( 'mentee', $this->mentee ) );
		$this->assertStringContainsString( 'Kofi Mensah</strong>: Sent to Polyglots on', $render( 'mentor', $this->mentor ) );

		// The representative's section, and accepting without JavaScript.
		wp_set_current_user( $this->rep );
		ob_start();
		HandoffSection::sections( $this->rep, 'r' );
		$section = (string) ob_get_clean();
		$this->assertStringContainsString( 'Newcomers for Polyglots', $section );
		$this->assertStringContainsString( 'Accept and name a contact', $section );
		$this->assertStringContainsString( 'Great work.', $section );
		PageForms::perform(
			array(
				'do'         => HandoffSection::ACCEPT,
				'id'         => (string) $handoff->id,
				'place'      => 'my-mentorship',
				'contact_id' => (string) $this->rep,
				'welcome'    => 'Hola!',
				'_wpnonce'   => wp_create_nonce( PageForms::nonce_action( HandoffSection::ACCEPT, $handoff->id ) ),
			)
		);
		$this->assertTrue( ( new HandoffRepository() )->find( $handoff->id )->is_accepted() );

		$contact = $render( 'mentee', $this->mentee );
		$this->assertStringContainsString( 'Your contact in Polyglots is Ana Souza.', $contact );
		$this->assertStringContainsString( 'mailto:ana@example.org', $contact );
		$this->assertStringContainsString( 'Hola!', $contact );
	}

	public function test_a_representative_without_newcomers_reads_an_empty_state(): void {
		wp_set_current_user( $this->rep );
		ob_start();
		HandoffSection::sections( $this->rep, 'r' );
		$this->assertStringContainsString( 'Nobody is heading to your team right now.', (string) ob_get_clean() );
		ob_start();
		HandoffSection::sections( $this->mentor, 'r' );
		$this->assertSame( '', (string) ob_get_clean(), 'no section for someone who represents no team and has no hand-off' );
	}

	public function test_erasing_the_graduate_deletes_the_row_and_erasing_the_contact_anonymises_it(): void {
		$handoff = $this->sent();
		( new HandoffService() )->accept( $handoff->id, $this->rep, 'Welcome!', $this->rep, self::NOW );

		$this->erase_personal_data( $this->rep );
		$kept = ( new HandoffRepository() )->find( $handoff->id );
		$this->assertSame( 0, $kept->contact_id );
		$this->assertSame( 0, $kept->accepted_by );

		$this->erase_personal_data( $this->mentee );
		$this->assertNull( ( new HandoffRepository() )->find( $handoff->id ) );
	}
}
