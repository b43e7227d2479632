<?php
/**
 * The week-one fit check: at the end of a running cohort's first week both sides of each 1:1 pair are
 * asked once (however often the hourly job runs), each answers only their own, a "no" puts the
 * fit-check warning on the mentee's place, and a coordinator's re-match ends the pair with
 * `fit_check` and starts another with a different mentor of the cohort — never the same one; when
 * nobody else fits, nothing changes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\FitCheck;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\FitCheck\FitCheck;
use Wayfinder\FitCheck\FitCheckRepository;
use Wayfinder\FitCheck\FitCheckSection;
use Wayfinder\FitCheck\FitCheckService;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\PageForms;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class FitCheckTest extends TestCase {

	private int $coordinator;

	private int $cohort;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->cohort      = $this->make_cohort( 'Spring cohort', Cohort::RUNNING );
	}

	private function make_cohort( string $title, string $stage ): int {
		return $this->post_cohort(
			$this->coordinator,
			array(
				CohortPostType::START_DATE    => '2027-03-01',
				CohortPostType::END_DATE      => '2027-04-11',
				CohortPostType::STAGE         => $stage,
				CohortPostType::SEATS         => 20,
				CohortPostType::MENTOR_PLACES => 5,
				CohortPostType::MODES         => Cohort::MODES,
			),
			$title
		);
	}

	private function person( string $role, string $login ): int {
		$user = $this->make_user( 'mentor' === $role ? 'wayfinder_mentor' : 'subscriber', $login );
		( new ProfileRepository() )->save( new Profile( $user, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
		return $user;
	}

	private function enrol( int $user, string $role, string $mode = Cohort::ONE_TO_ONE, int $cohort = 0 ): void {
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $cohort > 0 ? $cohort : $this->cohort, $user, $role, $mode, $this->coordinator ) );
	}

	/** A 1:1 pair in the cohort: the mentee and mentor enrolled, the match started; returns the match. */
	private function pair( int $mentee, int $mentor, int $cohort = 0 ): int {
		$cohort = $cohort > 0 ? $cohort : $this->cohort;
		$this->enrol( $mentee, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $cohort );
		$match = ( new MatchService() )->start( $mentee, $mentor, 'cohort', $this->coordinator, 'active', $cohort );
		$this->assertIsInt( $match, is_wp_error( $match ) ? $match->get_error_message() : '' );
		$this->sent_mail = array();
		return $match;
	}

	private static function moment( string $when ): int {
		return (int) strtotime( $when . ' UTC' );
	}

	/** @return list<string> Who got mail, by address. */
	private function recipients(): array {
		return array_values( array_map( static fn ( array $mail ): string => (string) $mail['to'], $this->sent_mail ) );
	}

	private function warning_of( int $user ): string {
		return ( new FitCheckRepository() )->warning_of( $this->cohort, $user );
	}

	private function check_of( int $match, int $user ): FitCheck {
		foreach ( ( new FitCheckRepository() )->of_match( $match ) as $check ) {
			if ( $check->user_id === $user ) {
				return $check;
			}
		}
		$this->fail( 'no fit check for this person' );
	}

	public function test_both_sides_are_asked_once_at_the_end_of_week_one_however_often_the_job_runs(): void {
		$mia = $this->person( 'mentor', 'mia' );
		$ana = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$match   = $this->pair( $ana, $mia );
		$service = new FitCheckService();

		$this->assertSame( 0, $service->ask_due( self::moment( '2027-03-06 23:00' ) ), 'day six: not yet' );
		$this->assertSame( array(), ( new FitCheckRepository() )->of_match( $match ) );
		$this->assertSame( array(), $this->sent_mail );

		$this->assertSame( 2, $service->ask_due( self::moment( '2027-03-07 09:00' ) ) );
		$this->assertSame( 0, $service->ask_due( self::moment( '2027-03-07 10:00' ) ), 'the second run asks nobody' );

		$checks = ( new FitCheckRepository() )->of_match( $match );
		$this->assertCount( 2, $checks );
		$this->assertEqualsCanonicalizing( array( FitCheck::MENTEE . ':' . $ana, FitCheck::MENTOR . ':' . $mia ), array_map( static fn ( FitCheck $c ): string => $c->side . ':' . $c->user_id, $checks ) );
		$this->assertEqualsCanonicalizing( array( 'ana@example.org', 'mia@example.org' ), $this->recipients(), 'one email each' );
		$this->assertSame( 'Is your mentoring pairing working?', $this->sent_mail[0]['subject'] );
		$this->assertStringContainsString( 'Spring cohort', $this->sent_mail[0]['message'] );
	}

	public function test_finished_cohorts_group_only_mentees_and_pairs_made_after_week_one_are_not_asked_early(): void {
		$finished = $this->make_cohort( 'Old cohort', Cohort::RUNNING );
		$mia      = $this->person( 'mentor', 'mia' );
		$noor     = $this->person( 'mentor', 'noor' );
		$old      = $this->person( 'mentee', 'old' );
		$group    = $this->person( 'mentee', 'group' );
		$late     = $this->person( 'mentee', 'late' );
		$this->enrol( $mia, CohortMember::MENTOR, Cohort::ONE_TO_ONE, $finished );
		$this->enrol( $noor, CohortMember::MENTOR );
		$this->pair( $old, $mia, $finished );
		$this->enrol( $group, CohortMember::MENTEE, Cohort::GROUP_ONLY );
		$late_match = $this->pair( $late, $noor );
		update_post_meta( $finished, CohortPostType::STAGE, Cohort::FINISHED );
		global $wpdb;
		// phpcs:ignore WordPress.DB -- the test sets when the pair started.
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::matches_table() . " SET created_at = '2027-03-10 12:00:00' WHERE id = %d", $late_match ) );
		$service = new FitCheckService();

		$this->assertSame( 0, $service->ask_due( self::moment( '2027-03-16 12:00' ) ), 'a pair made on day ten is asked seven days later, a finished cohort never' );
		$this->assertSame( 2, $service->ask_due( self::moment( '2027-03-17 13:00' ) ) );
		$this->assertEqualsCanonicalizing( array( 'late@example.org', 'noor@example.org' ), $this->recipients(), 'nobody of the finished cohort, no group-only mentee' );
		// phpcs:ignore WordPress.DB -- counts the rows.
		$this->assertSame( 2, (int) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::fit_checks_table() ) );
	}

	public function test_each_person_answers_only_their_own_and_a_no_sets_the_warning(): void {
		$mia = $this->person( 'mentor', 'mia' );
		$ana = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$match = $this->pair( $ana, $mia );
		( new FitCheckService() )->ask_due( self::moment( '2027-03-07 09:00' ) );
		$ana_check       = $this->check_of( $match, $ana );
		$mia_check       = $this->check_of( $match, $mia );
		$this->sent_mail = array();

		$someone_else = $this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $ana_check->id, array( 'working' => false ), $mia );
		$this->assertSame( 403, $someone_else->get_status() );
		$this->assertSame( 401, $this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $ana_check->id, array( 'working' => false ) )->get_status() );
		$this->assertNull( $this->check_of( $match, $ana )->working );

		$yes = $this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $mia_check->id, array( 'working' => true ), $mia );
		$this->assertSame( 200, $yes->get_status(), wp_json_encode( $yes->get_data() ) );
		$this->assertSame( '', $this->warning_of( $ana ) );

		$no = $this->rest(
			'POST',
			'/wayfinder/v1/fit-checks/' . $ana_check->id,
			array(
				'working' => false,
				'note'    => 'We never found a time to meet.',
			),
			$ana
		);
		$this->assertSame( 200, $no->get_status(), wp_json_encode( $no->get_data() ) );
		$this->assertSame( 'not_working', $no->get_data()['status'] );
		$this->assertSame( EarlyWarning::FIT_CHECK, $this->warning_of( $ana ) );
		$saved = $this->check_of( $match, $ana );
		$this->assertFalse( $saved->working );
		$this->assertSame( 'We never found a time to meet.', $saved->note );
		$this->assertContains( get_userdata( $this->coordinator )->user_email, $this->recipients(), 'the coordinators hear of the "no"' );

		// Answering again updates the one row; taking back the only "no" lifts the warning.
		$again = $this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $ana_check->id, array( 'working' => true ), $ana );
		$this->assertSame( 200, $again->get_status() );
		$this->assertTrue( $this->check_of( $match, $ana )->working );
		$this->assertCount( 2, ( new FitCheckRepository() )->of_match( $match ) );
		$this->assertSame( '', $this->warning_of( $ana ) );
	}

	public function test_the_answer_works_as_a_plain_page_form(): void {
		$mia = $this->person( 'mentor', 'mia' );
		$ana = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$match = $this->pair( $ana, $mia );
		( new FitCheckService() )->ask_due( self::moment( '2027-03-07 09:00' ) );
		$check = $this->check_of( $match, $ana );
		wp_set_current_user( $ana );

		ob_start();
		FitCheckSection::render(
			$this->cohort,
			$ana,
			'mentee',
			static function ( string $action, int $id, array $args ): void {
				echo PageForms::form( $action, $id, 'test', $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			}
		);
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'Is this pairing working?', $html );
		$this->assertStringContainsString( 'name="working" value="0"', $html );
		$this->assertStringContainsString( 'name="note"', $html );

		$back = PageForms::perform(
			array(
				'do'          => FitCheckSection::ACTION,
				'id'          => (string) $check->id,
				'place'       => 'test',
				'redirect_to' => home_url( '/my-mentorship/' ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( FitCheckSection::ACTION, $check->id ) ),
				'working'     => '0',
				'note'        => 'Not a fit.',
			)
		);
		$this->assertIsString( $back );
		$this->assertFalse( $this->check_of( $match, $ana )->working );
		$this->assertSame( EarlyWarning::FIT_CHECK, $this->warning_of( $ana ) );
	}

	public function test_a_rematch_ends_the_pair_with_fit_check_and_starts_another_with_a_different_mentor_of_the_cohort(): void {
		$mia  = $this->person( 'mentor', 'mia' );
		$noor = $this->person( 'mentor', 'noor' );
		$ana  = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$this->enrol( $noor, CohortMember::MENTOR );
		$match = $this->pair( $ana, $mia );
		( new FitCheckService() )->ask_due( self::moment( '2027-03-07 09:00' ) );
		$this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $this->check_of( $match, $ana )->id, array( 'working' => false ), $ana );
		$this->sent_mail = array();

		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/rematch", array( 'mentee' => $ana ), $mia )->get_status() );
		$response = $this->rest( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/rematch", array( 'mentee' => $ana ), $this->coordinator );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( $noor, $response->get_data()['mentor'] );
		$this->assertSame( 'noor', $response->get_data()['mentor_name'] );
		$old = ( new MatchRepository() )->find( $match );
		$this->assertSame( array( 'ended', 'fit_check' ), array( $old->status, $old->end_reason ) );
		$new = ( new MatchRepository() )->open_for_mentee( $ana );
		$this->assertSame( array( $noor, 'cohort', 'active', $this->cohort ), array( $new->mentor_id, $new->source, $new->status, $new->cohort_id ) );
		$this->assertContains( $mia, ( new MatchRepository() )->mentors_not_again( $ana ), 'the engine never proposes Mia for Ana again' );
		$this->assertSame( '', $this->warning_of( $ana ) );

		$by_recipient = array();
		foreach ( $this->sent_mail as $mail ) {
			$by_recipient[ $mail['to'] ][] = $mail['subject'];
		}
		$this->assertContains( 'About your mentoring of ana', $by_recipient['mia@example.org'], 'Mia, who did not say no, is told kindly' );
		$this->assertStringContainsString( 'says nothing about you', (string) $this->sent_mail[ array_search( 'mia@example.org', $this->recipients(), true ) ]['message'] );
		$this->assertContains( 'Your mentor is noor', $by_recipient['ana@example.org'], 'Ana is introduced to Noor' );
		$this->assertNotContains( 'A new mentor for you', $by_recipient['ana@example.org'], 'Ana said no herself' );
		$this->assertContains( 'You have a new mentee: ana', $by_recipient['noor@example.org'] );
		$this->assertNotContains( 'A mentorship has ended', array_merge( ...array_values( $by_recipient ) ), 'no cold "ended" email' );
	}

	public function test_with_only_the_old_mentor_in_the_cohort_a_rematch_changes_nothing(): void {
		$mia = $this->person( 'mentor', 'mia' );
		$ana = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$outsider = $this->person( 'mentor', 'outsider' ); // Not in the cohort: never chosen.
		$match    = $this->pair( $ana, $mia );
		( new FitCheckService() )->ask_due( self::moment( '2027-03-07 09:00' ) );
		$this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $this->check_of( $match, $mia )->id, array( 'working' => false ), $mia );
		$this->sent_mail = array();

		$response = $this->rest( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/rematch", array( 'mentee' => $ana ), $this->coordinator );

		$this->assertSame( 409, $response->get_status() );
		$this->assertStringStartsWith( 'No other mentor of this cohort fits ana or has room, so nothing was changed.', $response->get_data()['message'] );
		$still = ( new MatchRepository() )->open_for_mentee( $ana );
		$this->assertSame( array( $match, $mia, 'active' ), array( $still->id, $still->mentor_id, $still->status ) );
		$this->assertSame( EarlyWarning::FIT_CHECK, $this->warning_of( $ana ) );
		$this->assertSame( 1, ( new ProfileRepository() )->find( $mia )->active_mentees, 'Mia keeps her place' );
		$this->assertSame( array(), ( new MatchRepository() )->mentors_not_again( $ana ) );
		$this->assertSame( array(), $this->sent_mail );
		$this->assertNotSame( $outsider, $still->mentor_id );
	}

	public function test_a_mentee_whose_mentor_said_no_is_told_kindly(): void {
		$mia  = $this->person( 'mentor', 'mia' );
		$noor = $this->person( 'mentor', 'noor' );
		$ana  = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$this->enrol( $noor, CohortMember::MENTOR );
		$match = $this->pair( $ana, $mia );
		( new FitCheckService() )->ask_due( self::moment( '2027-03-07 09:00' ) );
		$this->rest( 'POST', '/wayfinder/v1/fit-checks/' . $this->check_of( $match, $mia )->id, array( 'working' => false ), $mia );
		$this->sent_mail = array();

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/cohorts/{$this->cohort}/rematch", array( 'mentee' => $ana ), $this->coordinator )->get_status() );

		$to_ana = array_values( array_filter( $this->sent_mail, static fn ( array $mail ): bool => 'ana@example.org' === $mail['to'] ) );
		$this->assertContains( 'A new mentor for you', array_column( $to_ana, 'subject' ) );
		$this->assertStringContainsString( 'it says nothing about you', implode( ' ', array_column( $to_ana, 'message' ) ) );
		$to_mia = array_values( array_filter( $this->sent_mail, static fn ( array $mail ): bool => 'mia@example.org' === $mail['to'] ) );
		$this->assertStringContainsString( 'Thank you for telling us', $to_mia[0]['message'] );
	}

	public function test_the_answer_and_note_are_the_persons_data_exported_and_erased_with_them(): void {
		$mia = $this->person( 'mentor', 'mia' );
		$ana = $this->person( 'mentee', 'ana' );
		$this->enrol( $mia, CohortMember::MENTOR );
		$match = $this->pair( $ana, $mia );
		( new FitCheckService() )->ask_due( self::moment( '2027-03-07 09:00' ) );
		$this->rest(
			'POST',
			'/wayfinder/v1/fit-checks/' . $this->check_of( $match, $ana )->id,
			array(
				'working' => false,
				'note'    => 'Ana\'s private note.',
			),
			$ana
		);

		$exported = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			foreach ( call_user_func( $exporter['callback'], 'ana@example.org', 1 )['data'] as $item ) {
				if ( 'wayfinder-fit_checks' === $item['group_id'] ) {
					$exported = array_merge( $exported, array_column( $item['data'], 'value' ) );
				}
			}
		}
		$this->assertContains( 'Ana\'s private note.', $exported );

		$this->erase_personal_data( $ana );

		$left = ( new FitCheckRepository() )->of_match( $match );
		$this->assertSame( array( $mia ), array_map( static fn ( FitCheck $c ): int => $c->user_id, $left ), 'Ana\'s row is gone, Mia\'s stays' );
	}
}
