<?php
/**
 * A cohort's selection from proposal to telling: propose (pseudonymous), override, lock, reveal —
 * each only in its turn; the accepted enrolled in the way they asked for, within the seats; an
 * `ApplicationDecided` per application; every applicant told once, kindly and specifically, in
 * bounded batches that two workers or a killed one never spoil; names only after the lock and only
 * to coordinators; the public report with counts only, and only once revealed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Applications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Events\ApplicationDecided;
use Wayfinder\Applications\Selection\SelectionRepository;
use Wayfinder\Applications\Selection\SelectionService;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Notifications\DecisionNotices;
use Wayfinder\Plugin;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class SelectionTest extends TestCase {

	private int $coordinator;

	private int $cohort;

	private ApplicationRepository $applications;

	protected function setUp(): void {
		parent::setUp();
		$this->applications = new ApplicationRepository();
		$this->coordinator  = $this->make_user( 'wayfinder_coordinator' );
		$this->cohort       = $this->insert_cohort(
			array(
				CohortPostType::SEATS          => 3,
				CohortPostType::MENTOR_PLACES  => 2,
				CohortPostType::RESERVED_SEATS => 1,
				CohortPostType::MODES          => Cohort::MODES,
				CohortPostType::STAGE          => Cohort::OPEN,
			),
			'Autumn selection cohort'
		);
	}

	/**
	 * A submitted mentee application, released and reviewed unless $fields say otherwise.
	 *
	 * @param array<string, scalar|null> $fields Columns over the defaults.
	 */
	private function applicant( string $login, float $score, array $fields = array(), int $cohort = 0 ): Application {
		$user  = $this->make_user( 'subscriber', $login );
		$draft = $this->applications->create_draft( $cohort > 0 ? $cohort : $this->cohort, $user, Application::MENTEE, time() );
		$this->assertSame(
			1,
			$this->applications->update(
				$draft->id,
				$fields + array(
					'status'         => Application::SUBMITTED,
					'stage'          => Application::REVIEW,
					'mode'           => Cohort::GROUP_ONLY,
					'submitted_at'   => gmdate( 'Y-m-d H:i:s' ),
					'released_at'    => gmdate( 'Y-m-d H:i:s' ),
					'reviews_wanted' => 2,
					'reviews_done'   => 2,
					'score'          => $score,
					'spread'         => 0.5,
				),
				time()
			)
		);
		return $this->applications->find( $draft->id );
	}

	/** @return array<string, Application> Login => application: five applicants, D sponsored. */
	private function five(): array {
		return array(
			'ada'   => $this->applicant( 'adaquill', 9.0, array( 'mode' => Cohort::ONE_TO_ONE ) ),
			'bruno' => $this->applicant( 'brunoquill', 8.0, array( 'teams' => 'polyglots' ) ),
			'chen'  => $this->applicant( 'chenquill', 7.0 ),
			'dara'  => $this->applicant(
				'daraquill',
				6.0,
				array(
					'sponsored' => 1,
					'mode'      => Cohort::PROJECT_GROUP,
				)
			),
			'eve'   => $this->applicant( 'evequill', 5.0 ),
		);
	}

	/** @return array<string, array<string, mixed>> Pseudonym => the row of the coordinators' list. */
	private function rows(): array {
		$response = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/applications", array(), $this->coordinator );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$rows = array();
		foreach ( $response->get_data()['rows'] as $row ) {
			$rows[ $row['pseudonym'] ] = $row;
		}
		return $rows;
	}

	private function post( string $step, array $params = array() ): \WP_REST_Response {
		return $this->rest( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/selection/{$step}", $params, $this->coordinator );
	}

	private function decide( Application $application, string $decision, int $as = 0 ): \WP_REST_Response {
		return $this->rest( 'PUT', "/wayfinder/v1/applications/{$application->id}/decision", array( 'decision' => $decision ), $as > 0 ? $as : $this->coordinator );
	}

	public function test_propose_override_lock_and_reveal_happen_in_order_and_enrol_the_accepted_in_their_way(): void {
		$people = $this->five();
		$this->assertSame( 409, $this->post( 'reveal' )->get_status(), 'nothing is revealed before the lock' );
		$this->assertStringContainsString( 'Lock the decisions first', $this->post( 'reveal' )->get_data()['message'] );

		$proposed = $this->post( 'propose', array( 'waitlist' => 1 ) );
		$this->assertSame( 200, $proposed->get_status(), (string) wp_json_encode( $proposed->get_data() ) );
		$rows = $this->rows();
		// Three seats, one kept for a sponsored contributor: Ada and Bruno by score, Dara's reserved seat.
		$this->assertSame( 'accepted', $rows[ $people['ada']->pseudonym ]['decision'] );
		$this->assertSame( 'accepted', $rows[ $people['bruno']->pseudonym ]['decision'] );
		$this->assertSame( 'reserved_seat', $rows[ $people['dara']->pseudonym ]['reason'] );
		$this->assertSame( 'A seat kept for sponsored contributors', $rows[ $people['dara']->pseudonym ]['reason_label'] );
		$this->assertSame( 'waitlisted', $rows[ $people['chen']->pseudonym ]['decision'] );
		$this->assertSame( 1, $rows[ $people['chen']->pseudonym ]['position'] );
		$this->assertSame( 'declined', $rows[ $people['eve']->pseudonym ]['decision'] );
		$this->assertSame( 'Below the line: the seats went to higher scores', $rows[ $people['eve']->pseudonym ]['reason_label'] );
		$this->assertSame( Application::REVIEW, $this->applications->find( $people['ada']->id )->stage, 'the stage stays review until the reveal' );

		$full = $this->decide( $people['eve'], 'accepted' );
		$this->assertSame( 409, $full->get_status(), 'never more accepted than seats' );
		$this->assertStringContainsString( 'All 3 seats are already given', $full->get_data()['message'] );
		$this->assertSame( 200, $this->decide( $people['eve'], 'waitlisted' )->get_status() );
		$rows = $this->rows();
		$this->assertSame( 2, $rows[ $people['eve']->pseudonym ]['position'], 'joins the end of the waitlist' );
		$this->assertSame( 'Decided by a coordinator', $rows[ $people['eve']->pseudonym ]['reason_label'] );
		$this->assertSame( 200, $this->decide( $people['chen'], 'declined' )->get_status() );
		$this->assertSame( 1, $this->rows()[ $people['eve']->pseudonym ]['position'], 'the waitlist is numbered again' );

		$this->assertSame( 200, $this->post( 'lock' )->get_status() );
		$this->assertSame( 409, $this->decide( $people['chen'], 'waitlisted' )->get_status(), 'decisions are frozen once locked' );
		$this->assertSame( 409, $this->post( 'propose' )->get_status() );
		$this->assertSame( 409, $this->post( 'lock' )->get_status() );
		$this->assertSame( 'declined', $this->applications->find( $people['chen']->id )->decision );

		$before   = did_action( ApplicationDecided::HOOK );
		$revealed = $this->post( 'reveal' );
		$this->assertSame( 200, $revealed->get_status(), (string) wp_json_encode( $revealed->get_data() ) );
		$this->assertSame( 5, did_action( ApplicationDecided::HOOK ) - $before, 'one event per application' );
		$this->assertSame( 409, $this->post( 'reveal' )->get_status(), 'revealed once' );

		$members = new CohortMemberRepository();
		$this->assertSame( Cohort::ONE_TO_ONE, $members->find( $this->cohort, $people['ada']->user_id )->mode );
		$this->assertSame( Cohort::GROUP_ONLY, $members->find( $this->cohort, $people['bruno']->user_id )->mode );
		$this->assertSame( Cohort::PROJECT_GROUP, $members->find( $this->cohort, $people['dara']->user_id )->mode );
		$this->assertNull( $members->find( $this->cohort, $people['chen']->user_id ) );
		$this->assertNull( $members->find( $this->cohort, $people['eve']->user_id ) );
		$this->assertSame( 3, $members->enrolled( $this->cohort )[ CohortMember::MENTEE ], 'within the seats' );
		foreach ( $people as $application ) {
			$this->assertSame( Application::DECIDED, $this->applications->find( $application->id )->stage );
		}
		$this->assertSame(
			array(
				'told'  => 5,
				'total' => 5,
			),
			$revealed->get_data()['told']
		);
	}

	public function test_every_applicant_is_told_once_kindly_with_what_to_do_next(): void {
		$people = $this->five();
		$this->post( 'propose', array( 'waitlist' => 1 ) );
		$this->post( 'lock' );
		$this->sent_mail = array();
		$this->post( 'reveal' );
		$by_address = array();
		foreach ( $this->sent_mail as $mail ) {
			$by_address[ $mail['to'] ][] = $mail;
		}
		$this->assertCount( 5, $by_address, 'every applicant hears back' );
		foreach ( $by_address as $mails ) {
			$this->assertCount( 1, $mails, 'once' );
		}
		$ada = $by_address['adaquill@example.org'][0];
		$this->assertSame( 'You have a place in Autumn selection cohort', $ada['subject'] );
		$this->assertStringContainsString( 'Paired with a mentor (1:1)', $ada['message'] );
		$this->assertStringContainsString( 'The cohort runs from', $ada['message'] );
		$this->assertStringContainsString( 'pairs you with one of the cohort\'s mentors', $ada['message'] );
		$this->assertStringContainsString( 'project group', $by_address['daraquill@example.org'][0]['message'] );
		$chen = $by_address['chenquill@example.org'][0];
		$this->assertStringContainsString( 'on the waitlist', $chen['subject'] );
		$this->assertStringContainsString( 'waitlist, number 1', $chen['message'] );
		$this->assertStringContainsString( 'If a seat frees up', $chen['message'] );
		$this->assertStringContainsString( 'group sessions are open', $chen['message'] );
		$this->assertStringContainsString( 'quiz', $chen['message'] );
		$eve = $by_address['evequill@example.org'][0];
		$this->assertSame( 'Your application to Autumn selection cohort', $eve['subject'] );
		$this->assertStringContainsString( 'Thank you too for the time', $eve['message'] );
		$this->assertStringContainsString( 'next cohort', $eve['message'] );
		$this->assertStringContainsString( 'quiz', $eve['message'] );
		$this->assertStringContainsString( (string) get_permalink( $this->cohort ), $eve['message'] );
		foreach ( $people as $application ) {
			$told = $this->applications->find( $application->id )->told_at;
			$this->assertNotNull( $told );
			$this->assertNotSame( SelectionRepository::CLAIMED, $told );
		}
		$this->sent_mail = array();
		$this->assertSame( 0, Plugin::services()->get( DecisionNotices::class )->tick(), 'the tick tells nobody twice' );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_decisions_are_told_in_bounded_batches_and_a_mentor_application_is_not_told_here(): void {
		$this->update_cohort( CohortPostType::SEATS, 60 );
		update_post_meta( $this->cohort, CohortPostType::RESERVED_SEATS, 0 );
		for ( $i = 0; $i < 55; $i++ ) {
			$this->applicant( sprintf( 'batch%02d', $i ), (float) ( $i % 9 ) );
		}
		$mentor = $this->make_user( 'wayfinder_mentor', 'mentor-applicant' );
		$draft  = $this->applications->create_draft( $this->cohort, $mentor, Application::MENTOR, time() );
		$this->applications->update(
			$draft->id,
			array(
				'status'   => Application::SUBMITTED,
				'stage'    => Application::REVIEW,
				'decision' => Application::ACCEPTED,
				'capacity' => 2,
			),
			time()
		);
		$this->assertSame( 200, $this->post( 'propose', array( 'waitlist' => 0 ) )->get_status() );
		$this->assertSame( 200, $this->post( 'lock' )->get_status() );
		$this->sent_mail = array();
		$this->assertSame( 200, $this->post( 'reveal' )->get_status() );
		$this->assertCount( DecisionNotices::BATCH, $this->sent_mail, 'the reveal\'s request tells one batch' );
		$this->assertNotContains( 'mentor-applicant@example.org', array_column( $this->sent_mail, 'to' ) );
		$this->assertSame( CohortMember::MENTOR, ( new CohortMemberRepository() )->find( $this->cohort, $mentor )->role, 'an accepted mentor is enrolled as a mentor' );
		$notices = Plugin::services()->get( DecisionNotices::class );
		$this->assertSame( 5, $notices->tick(), 'the tick tells the rest' );
		$this->assertSame( 0, $notices->tick(), 'and nobody twice' );
		$addresses = array_column( $this->sent_mail, 'to' );
		$this->assertCount( 55, $addresses );
		$this->assertCount( 55, array_unique( $addresses ) );
	}

	public function test_a_claimed_telling_is_never_taken_twice_and_a_dead_workers_claim_is_taken_again_later(): void {
		$people  = $this->five();
		$notices = Plugin::services()->get( DecisionNotices::class );
		$this->post( 'propose' );
		$this->post( 'lock' );
		// The reveal's request dies right after its commit: nobody told yet.
		remove_action( ApplicationDecided::HOOK, array( $notices, 'decided' ), 20 );
		try {
			$this->assertSame( 200, $this->post( 'reveal' )->get_status() );
		} finally {
			add_action( ApplicationDecided::HOOK, array( $notices, 'decided' ), 20 );
		}
		$this->assertSame( array(), $this->sent_mail );
		$now   = time();
		$repos = new SelectionRepository();
		// A worker claims Ada and is killed before sending.
		$this->assertTrue( $repos->claim( $people['ada']->id, $now ) );
		$this->assertFalse( $repos->claim( $people['ada']->id, $now ), 'a second worker cannot take her' );
		$this->assertSame( 4, $notices->tick( $now ), 'the others are told' );
		$this->assertNotContains( 'adaquill@example.org', array_column( $this->sent_mail, 'to' ) );
		$this->assertSame( 0, $notices->tick( $now + 600 ), 'her claim still stands' );
		$this->assertSame( 1, $notices->tick( $now + SelectionRepository::CLAIM_SECONDS + 60 ), 'the dead worker\'s claim is taken again' );
		$this->assertSame( 0, $notices->tick( $now + 2 * HOUR_IN_SECONDS ) );
		$this->assertCount( 5, $this->sent_mail );
		$this->assertCount( 5, array_unique( array_column( $this->sent_mail, 'to' ) ) );
	}

	public function test_an_email_that_could_not_be_sent_is_tried_again_at_the_next_tick(): void {
		$this->five();
		$this->post( 'propose' );
		$this->post( 'lock' );
		$refuse = static fn () => false;
		add_filter( 'pre_wp_mail', $refuse, 20 );
		try {
			$this->post( 'reveal' );
		} finally {
			remove_filter( 'pre_wp_mail', $refuse, 20 );
		}
		$this->assertSame( 0, ( new SelectionRepository() )->told_counts( $this->cohort )['told'] );
		$this->sent_mail = array();
		$this->assertSame( 5, Plugin::services()->get( DecisionNotices::class )->tick() );
		$this->assertCount( 5, $this->sent_mail );
	}

	public function test_the_lock_is_refused_while_an_application_is_in_screening_or_has_no_decision(): void {
		$this->five();
		$screening = $this->applicant(
			'still-screening',
			0.0,
			array(
				'stage'        => Application::SCREENING,
				'reviews_done' => 0,
				'score'        => null,
			)
		);
		$unread    = $this->applicant(
			'not-reviewed',
			0.0,
			array(
				'reviews_done' => 0,
				'score'        => null,
			)
		);
		$this->assertSame( 200, $this->post( 'propose' )->get_status() );
		$refused = $this->post( 'lock' );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertStringContainsString( '1 application is still in screening', $refused->get_data()['message'] );
		$this->assertStringContainsString( 'has no decision yet', $refused->get_data()['message'] );
		$this->assertSame( 409, $this->decide( $screening, 'declined' )->get_status(), 'screening comes first' );
		$this->applications->update( $screening->id, array( 'stage' => Application::REVIEW ), time() );
		$this->assertSame( 200, $this->decide( $screening, 'declined' )->get_status() );
		$this->assertSame( 409, $this->post( 'lock' )->get_status(), 'one still without a decision' );
		$this->assertSame( 200, $this->decide( $unread, 'waitlisted' )->get_status() );
		update_post_meta( $this->cohort, \Wayfinder\Applications\ApplicationSettings::APPLY_UNTIL, gmdate( 'Y-m-d', time() + 2 * DAY_IN_SECONDS ) );
		$open = $this->post( 'lock' );
		$this->assertSame( 409, $open->get_status(), 'nothing is frozen while people can still apply' );
		$this->assertStringContainsString( 'Applications are open until the end of', $open->get_data()['message'] );
		update_post_meta( $this->cohort, \Wayfinder\Applications\ApplicationSettings::APPLY_UNTIL, gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS ) );
		$this->assertSame( 200, $this->post( 'lock' )->get_status() );
	}

	public function test_reserved_seats_stay_empty_until_their_day_then_go_to_the_next(): void {
		$this->applicant( 'first', 9.0 );
		$second = $this->applicant( 'second', 8.0 );
		$third  = $this->applicant( 'third', 7.0 );
		update_post_meta( $this->cohort, ApplicationSettings::RESERVED_UNTIL, wp_date( 'Y-m-d', time() + 5 * DAY_IN_SECONDS ) );
		$service = new SelectionService();
		$this->assertSame( 1, $service->propose( $this->cohort, null, $this->coordinator, time() )['waitlisted'] );
		$this->assertSame( Application::WAITLISTED, $this->applications->find( $third->id )->decision, 'the sponsored seat waits for its day' );
		$places = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/applications", array(), $this->coordinator )->get_data()['places'];
		$this->assertFalse( $places['released'] );
		$this->assertSame( 1, $places['reserved'] );
		update_post_meta( $this->cohort, ApplicationSettings::RESERVED_UNTIL, wp_date( 'Y-m-d', time() - 2 * DAY_IN_SECONDS ) );
		$this->assertSame( 3, $service->propose( $this->cohort, null, $this->coordinator, time() )['accepted'] );
		$this->assertSame( Application::ACCEPTED, $this->applications->find( $third->id )->decision );
		$this->assertSame( 'by_score', $this->applications->find( $second->id )->decision_reason );
	}

	public function test_places_per_mode_and_team_come_from_the_cohorts_mentors(): void {
		$mentor = $this->make_user( 'wayfinder_mentor', 'cohort-mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array( 'core' ), array(), array(), '', 1 ) );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $mentor, CohortMember::MENTOR, '', $this->coordinator ) );
		$core  = $this->applicant(
			'core-one',
			9.0,
			array(
				'mode'  => Cohort::ONE_TO_ONE,
				'teams' => 'core',
			)
		);
		$core2 = $this->applicant(
			'core-two',
			8.0,
			array(
				'mode'  => Cohort::ONE_TO_ONE,
				'teams' => 'core',
			)
		);
		$docs  = $this->applicant(
			'docs-one',
			7.0,
			array(
				'mode'  => Cohort::PROJECT_GROUP,
				'teams' => 'docs',
			)
		);
		$this->post( 'propose' );
		$this->assertSame( Application::ACCEPTED, $this->applications->find( $core->id )->decision );
		$this->assertSame( 'mode_full', $this->applications->find( $core2->id )->decision_reason, 'the one mentor takes one 1:1 mentee' );
		$this->assertSame( 'team_full', $this->applications->find( $docs->id )->decision_reason, 'no mentor of the cohort lists docs' );
		$places = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/applications", array(), $this->coordinator )->get_data()['places'];
		$modes  = array_column( $places['modes'], 'places', 'mode' );
		$this->assertSame( 1, $modes[ Cohort::ONE_TO_ONE ] );
		$this->assertSame( 6, $modes[ Cohort::PROJECT_GROUP ] );
		$this->assertNull( $modes[ Cohort::GROUP_ONLY ], 'the group sessions only: limited by the seats' );
		$this->assertSame( 1, array_column( $places['teams'], 'places', 'team' )['core'] );
	}

	public function test_names_and_emails_reach_coordinators_only_and_only_after_the_lock(): void {
		$people = $this->five();
		$this->post( 'propose' );
		$before = (string) wp_json_encode( $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/applications", array(), $this->coordinator )->get_data() );
		foreach ( $people as $application ) {
			$user = get_userdata( $application->user_id );
			$this->assertStringNotContainsString( $user->user_login, $before, 'pseudonymous until locked' );
			$this->assertStringNotContainsString( $user->user_email, $before );
		}
		foreach ( $this->rows() as $row ) {
			$this->assertNull( $row['name'] );
			$this->assertNull( $row['email'] );
		}
		$this->assertSame( 200, $this->post( 'lock' )->get_status() );
		$rows = $this->rows();
		$this->assertSame( 'adaquill', $rows[ $people['ada']->pseudonym ]['name'] );
		$this->assertSame( 'adaquill@example.org', $rows[ $people['ada']->pseudonym ]['email'] );
		foreach ( array( 'wayfinder_reviewer', 'wayfinder_screener', 'subscriber' ) as $role ) {
			$other = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/applications", array(), $this->make_user( $role ) );
			$this->assertSame( 403, $other->get_status(), $role );
			$this->assertStringNotContainsString( 'adaquill', (string) wp_json_encode( $other->get_data() ) );
		}
	}

	public function test_only_coordinators_reach_the_selection_routes(): void {
		$people  = $this->five();
		$callers = array(
			'anonymous' => 0,
			'reviewer'  => $this->make_user( 'wayfinder_reviewer' ),
			'screener'  => $this->make_user( 'wayfinder_screener' ),
			'mentee'    => $people['ada']->user_id,
			'mentor'    => $this->make_user( 'wayfinder_mentor' ),
		);
		$routes  = array(
			array( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/applications", array() ),
			array( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/selection/propose", array() ),
			array( 'PUT', "/wayfinder/v1/applications/{$people['ada']->id}/decision", array( 'decision' => 'accepted' ) ),
			array( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/selection/lock", array() ),
			array( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/selection/reveal", array() ),
		);
		foreach ( $callers as $name => $user ) {
			foreach ( $routes as [ $method, $route, $params ] ) {
				$response = $this->rest( $method, $route, $params, $user );
				$this->assertSame( 0 === $user ? 401 : 403, $response->get_status(), "$method $route as $name" );
			}
		}
		$this->assertSame( '', $this->applications->find( $people['ada']->id )->decision, 'nothing changed' );
	}

	public function test_the_public_report_has_counts_only_and_only_once_revealed(): void {
		$people = $this->five();
		$this->applicant(
			'screened-out',
			0.0,
			array(
				'reviews_done' => 0,
				'score'        => null,
				'decision'     => '',
			)
		);
		$report = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/selection-report" );
		$this->assertSame( 404, $report->get_status() );
		$this->assertStringContainsString( 'has not been revealed yet', $report->get_data()['message'] );
		$this->post( 'propose' );
		$last = $this->applications->find_for( $this->cohort, (int) get_user_by( 'login', 'screened-out' )->ID );
		$this->decide( $last, 'declined' );
		$this->post( 'lock' );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/selection-report" )->get_status(), 'locked is not revealed' );
		$this->post( 'reveal' );
		$report = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/selection-report" );
		$this->assertSame( 200, $report->get_status() );
		$data = $report->get_data();
		$this->assertSame(
			array(
				'applied'    => 6,
				'submitted'  => 6,
				'released'   => 6,
				'reviewed'   => 5,
				'accepted'   => 3,
				'waitlisted' => 2,
				'declined'   => 1,
			),
			$data['counts']
		);
		$this->assertSame( 1, $data['sponsored']['submitted'] );
		$this->assertSame( 33, $data['sponsored']['accepted_share'] );
		$this->assertSame( 1, array_column( $data['teams'], 'accepted', 'team' )['polyglots'] );
		$this->assertSame( 1, array_column( $data['modes'], 'accepted', 'mode' )[ Cohort::ONE_TO_ONE ] );
		$json = (string) wp_json_encode( $data );
		foreach ( $people as $application ) {
			$user = get_userdata( $application->user_id );
			$this->assertStringNotContainsString( $user->user_login, $json );
			$this->assertStringNotContainsString( $user->user_email, $json );
			$this->assertStringNotContainsString( $application->pseudonym, $json );
			$this->assertStringNotContainsString( '"' . $application->id . '"', $json );
		}
		$page = do_blocks( '<!-- wp:wayfinder/cohort {"cohortId":' . $this->cohort . '} /-->' );
		$this->assertStringContainsString( 'Selection', $page );
		$this->assertStringContainsString( '6 people applied', $page );
		foreach ( $people as $application ) {
			$this->assertStringNotContainsString( get_userdata( $application->user_id )->user_login, $page );
		}
	}

	public function test_the_cohort_page_shows_no_report_before_the_reveal(): void {
		$this->five();
		$this->post( 'propose' );
		$page = do_blocks( '<!-- wp:wayfinder/cohort {"cohortId":' . $this->cohort . '} /-->' );
		$this->assertStringNotContainsString( 'people applied', $page );
	}

	private function update_cohort( string $key, int $value ): void {
		update_post_meta( $this->cohort, $key, $value );
	}
}
