<?php
/**
 * Graduation: each part of the cohort's rule on and off with its figures, worked out afresh on every
 * read; the mentee's cohort mentor confirms a met checklist once (a coordinator also an unmet one,
 * with a note), others are refused; the hand-off goes to the chosen team in the same transaction and
 * a failure undoes both; MenteeGraduated follows; My mentorship shows the checklist and the form.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Graduation;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Contributions\Recorder;
use Wayfinder\Graduation\Events\MenteeGraduated;
use Wayfinder\Graduation\GraduationRule;
use Wayfinder\Graduation\GraduationSection;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Platform\PageForms;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;

final class GraduationTest extends TestCase {

	use CohortWorkFixture;

	/** @var list<MenteeGraduated> */
	private array $graduated = array();

	private \Closure $listener;

	protected function setUp(): void {
		parent::setUp();
		$this->make_cohort_work();
		$this->listener = function ( MenteeGraduated $event ): void {
			$this->graduated[] = $event;
		};
		add_action( MenteeGraduated::HOOK, $this->listener );
	}

	protected function tearDown(): void {
		remove_action( MenteeGraduated::HOOK, $this->listener );
		parent::tearDown();
	}

	private function route( int $user = 0 ): string {
		return '/wayfinder/v1/cohorts/' . $this->cohort . '/graduation' . ( $user > 0 ? '/' . $user : '' );
	}

	/** @param array<string, mixed> $rule */
	private function rule( array $rule ): void {
		update_post_meta( $this->cohort, GraduationRule::META, $rule );
	}

	private function contribute( int $user, string $key, string $on = '2027-03-20', bool $verify = true ): void {
		$made = ( new Recorder( new ContributionRepository() ) )->record(
			array(
				'user_id'        => $user,
				'kind'           => 'translation',
				'team'           => 'polyglots',
				'url'            => 'https://translate.example.org/' . $key,
				'summary'        => 'Translated strings',
				'contributed_on' => $on,
				'source'         => Contribution::MANUAL,
				'source_key'     => 'manual:' . $key,
			),
			time()
		);
		$this->assertInstanceOf( Contribution::class, $made );
		if ( $verify ) {
			$this->assertSame( 1, ( new ContributionRepository() )->review( $made->id, Contribution::VERIFIED, $this->people['anna'], '', time(), array( Contribution::UNVERIFIED ) ) );
		}
	}

	/** Everything the default rule asks of a 1:1 mentee: 2 1:1s, 3 group sessions, 2 training items, a contribution, a team. */
	private function meet( int $user ): void {
		$members = new CohortMemberRepository();
		$members->set_progress( $this->cohort, $user, 'one_to_ones_done', 2 );
		$members->set_progress( $this->cohort, $user, 'group_sessions_done', 3 );
		$members->set_progress( $this->cohort, $user, 'training_done', 2 );
		$this->contribute( $user, 'met-' . $user );
		$this->assertTrue( ( new HandoffRepository() )->choose( $user, $this->cohort, 'polyglots', time() ) );
	}

	/** @return array<string, array<string, mixed>> The checklist's items by key. */
	private function items( int $user, int $as = 0 ): array {
		$response = $this->rest( 'GET', $this->route( $user ), array(), $as > 0 ? $as : $user );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return array_column( $response->get_data()['items'], null, 'key' );
	}

	public function test_the_default_rule_lists_each_part_with_its_figures_and_sentences(): void {
		$yuki = $this->people['yuki'];
		( new CohortMemberRepository() )->set_progress( $this->cohort, $yuki, 'group_sessions_done', 2 );
		$items = $this->items( $yuki );
		$this->assertSame( array( 'contributions', 'one_to_ones', 'group_sessions', 'training', 'team' ), array_keys( $items ) );
		$this->assertSame( 2, $items['group_sessions']['done'] );
		$this->assertSame( 3, $items['group_sessions']['required'] );
		$this->assertSame( '2 of 3 group sessions attended', $items['group_sessions']['sentence'] );
		$this->assertSame( 'Choose the team you want to join', $items['team']['sentence'] );
		$this->assertSame( '0 of 1 verified contribution', $items['contributions']['sentence'] );
		$this->assertSame( 2, $items['training']['required'], 'the course and the team handbook' );
		$data = $this->rest( 'GET', $this->route( $yuki ), array(), $yuki )->get_data();
		$this->assertFalse( $data['met'] );
		$this->assertSame( 'working', $data['state'] );
	}

	public function test_each_part_of_the_rule_can_be_switched_off_and_the_plan_on(): void {
		$yuki = $this->people['yuki'];
		$off  = array(
			'contributions'  => 0,
			'one_to_ones'    => false,
			'group_sessions' => false,
			'training'       => false,
			'team'           => false,
			'plan'           => false,
		);
		$this->rule( $off );
		$this->assertSame( array(), $this->items( $yuki ) );
		$this->assertTrue( $this->rest( 'GET', $this->route( $yuki ), array(), $yuki )->get_data()['met'], 'a rule asking nothing is met' );
		foreach ( array(
			'contributions'  => 3,
			'one_to_ones'    => true,
			'group_sessions' => true,
			'training'       => true,
			'team'           => true,
			'plan'           => true,
		) as $part => $on ) {
			$this->rule( array( $part => $on ) + $off );
			$this->assertSame( array( $part ), array_keys( $this->items( $yuki ) ), $part . ' alone' );
		}
		$this->rule( array( 'plan' => true ) + $off );
		$this->assertSame( 'Write at least one goal in your plan', $this->items( $yuki )['plan']['sentence'] );
		( new CohortMemberRepository() )->set_progress( $this->cohort, $yuki, 'plan_goals', 2 );
		$this->assertTrue( $this->items( $yuki )['plan']['met'], 'worked out again on the next read' );
	}

	public function test_one_to_ones_are_asked_only_of_mentees_paired_one_to_one(): void {
		update_post_meta( $this->cohort, CohortPostType::MODES, Cohort::MODES );
		$sam = $this->make_user( 'subscriber', 'grouper' );
		$this->assertInstanceOf( \Wayfinder\Cohorts\CohortMember::class, ( new \Wayfinder\Cohorts\Enrolment() )->enrol( $this->cohort, $sam, 'mentee', Cohort::GROUP_ONLY, $this->people['chidi'] ) );
		$this->assertArrayNotHasKey( 'one_to_ones', $this->items( $sam ) );
	}

	public function test_only_contributions_verified_since_the_cohort_started_count(): void {
		$yuki = $this->people['yuki'];
		$this->rule( array( 'contributions' => 2 ) );
		$this->contribute( $yuki, 'before', '2027-03-01' );
		$this->contribute( $yuki, 'unverified', '2027-03-20', false );
		$this->contribute( $yuki, 'during', '2027-03-20' );
		$items = $this->items( $yuki );
		$this->assertSame( 1, $items['contributions']['done'] );
		$this->assertSame( '1 of 2 verified contributions', $items['contributions']['sentence'] );
	}

	public function test_the_mentor_confirms_a_met_checklist_once_and_the_hand_off_goes_with_it(): void {
		$yuki = $this->people['yuki'];
		$this->meet( $yuki );
		$this->assertTrue( $this->rest( 'GET', $this->route( $yuki ), array(), $this->people['anna'] )->get_data()['met'] );

		$done = $this->rest( 'POST', $this->route( $yuki ), array( 'note' => 'Yuki translated the whole about page.' ), $this->people['anna'] );
		$this->assertSame( 200, $done->get_status(), (string) wp_json_encode( $done->get_data() ) );
		$data = $done->get_data();
		$this->assertTrue( $data['graduated'] );
		$this->assertFalse( $data['overridden'] );
		$this->assertSame( 'polyglots', $data['handoff']['team'] );
		$this->assertSame( Handoff::WAITING, $data['handoff']['status'] );
		$this->assertStringContainsString( 'Polyglots', $data['message'] );

		$handoff = ( new HandoffRepository() )->find_for( $yuki, $this->cohort );
		$this->assertSame( Handoff::WAITING, $handoff->status );
		$this->assertSame( $this->people['anna'], $handoff->mentor_id );
		$this->assertSame( 'Yuki translated the whole about page.', $handoff->mentor_note );
		$place = ( new CohortMemberRepository() )->find( $this->cohort, $yuki );
		$this->assertTrue( $place->has_graduated() );
		$this->assertSame( $this->people['anna'], $place->graduated_by );
		$this->assertSame( 'enrolled', $place->status, 'a graduate keeps their place' );

		$this->assertCount( 1, $this->graduated );
		$this->assertSame( $yuki, $this->graduated[0]->member->user_id );
		$this->assertSame( $this->people['anna'], $this->graduated[0]->actor_id );
		$this->assertContains( 'yuki@example.org', array_column( $this->sent_mail, 'to' ) );

		$again = $this->rest( 'POST', $this->route( $yuki ), array(), $this->people['anna'] );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'This mentee\'s graduation is confirmed already.', $again->get_data()['message'] );
		$this->assertCount( 1, $this->graduated, 'once' );
	}

	public function test_the_mentor_is_refused_an_unmet_checklist_and_told_what_is_left(): void {
		$refused = $this->rest( 'POST', $this->route( $this->people['yuki'] ), array( 'note' => 'Please' ), $this->people['anna'] );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertStringContainsString( 'Still to do: 0 of 1 verified contribution; 0 of 2 1:1 sessions attended', $refused->get_data()['message'] );
		$this->assertNull( ( new CohortMemberRepository() )->find( $this->cohort, $this->people['yuki'] )->graduated_at );
		$this->assertSame( array(), $this->graduated );
	}

	public function test_a_coordinator_may_confirm_an_unmet_checklist_only_with_a_note_saying_why(): void {
		$yuki    = $this->people['yuki'];
		$no_note = $this->rest( 'POST', $this->route( $yuki ), array(), $this->people['chidi'] );
		$this->assertSame( 400, $no_note->get_status() );
		$this->assertStringContainsString( 'To confirm anyway, say why in the note.', $no_note->get_data()['message'] );

		$done = $this->rest( 'POST', $this->route( $yuki ), array( 'note' => 'Contributed at WordCamp instead.' ), $this->people['chidi'] );
		$this->assertSame( 200, $done->get_status() );
		$this->assertTrue( $done->get_data()['overridden'] );
		$this->assertNull( $done->get_data()['handoff'], 'no team chosen: nothing to send' );
		$this->assertSame( 'Contributed at WordCamp instead.', ( new CohortMemberRepository() )->find( $this->cohort, $yuki )->graduation_note );
	}

	public function test_others_are_refused(): void {
		$yuki = $this->people['yuki'];
		$this->meet( $yuki );
		foreach ( array(
			'otto' => 403, // Another mentor of the cohort, not hers.
			'ana'  => 403, // Another mentee.
			'sam'  => 403, // Outside the cohort.
			'yuki' => 403, // Herself.
		) as $who => $status ) {
			$this->assertSame( $status, $this->rest( 'POST', $this->route( $yuki ), array(), $this->people[ $who ] )->get_status(), $who );
		}
		$this->assertSame( 401, $this->rest( 'POST', $this->route( $yuki ), array(), 0 )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', $this->route( $yuki ), array(), $this->people['otto'] )->get_status(), 'not her mentor: not her checklist' );
		$this->assertSame( 404, $this->rest( 'POST', $this->route( $this->people['sam'] ), array( 'note' => 'x' ), $this->people['chidi'] )->get_status() );
		$this->assertSame( array(), $this->graduated );
	}

	public function test_graduation_waits_for_the_cohort_to_run(): void {
		$yuki = $this->people['yuki'];
		$this->meet( $yuki );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::OPEN );
		$refused = $this->rest( 'POST', $this->route( $yuki ), array(), $this->people['anna'] );
		$this->assertSame( 409, $refused->get_status() );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::FINISHED );
		$this->assertSame( 200, $this->rest( 'POST', $this->route( $yuki ), array(), $this->people['anna'] )->get_status(), 'after the end too' );
	}

	public function test_a_refused_hand_off_undoes_the_graduation(): void {
		global $wpdb;
		$yuki = $this->people['yuki'];
		$this->meet( $yuki );
		$this->sent_mail = array(); // Meeting the rule sent the mentor a contribution to verify; only what follows counts.
		$break           = static fn ( string $sql ): string => str_starts_with( $sql, 'UPDATE ' . \Wayfinder\Platform\Schema::handoffs_table() ) ? 'UPDATE wayfinder_no_such_table SET x = 1' : $sql;
		add_filter( 'query', $break );
		$quiet           = $wpdb->suppress_errors( true );
		$refused         = $this->rest( 'POST', $this->route( $yuki ), array(), $this->people['anna'] );
		$wpdb->suppress_errors( $quiet );
		remove_filter( 'query', $break );
		$this->assertSame( 500, $refused->get_status() );
		$this->assertNull( ( new CohortMemberRepository() )->find( $this->cohort, $yuki )->graduated_at, 'rolled back with the hand-off' );
		$this->assertSame( Handoff::CHOSEN, ( new HandoffRepository() )->find_for( $yuki, $this->cohort )->status );
		$this->assertSame( array(), $this->graduated );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_the_coordinators_list_and_counts(): void {
		$this->meet( $this->people['yuki'] );
		$list = $this->rest( 'GET', $this->route(), array(), $this->people['chidi'] );
		$this->assertSame( 200, $list->get_status() );
		$this->assertSame( '2', $list->get_headers()['X-WP-Total'] );
		$this->assertSame(
			array(
				'ana'  => 'working',
				'yuki' => 'ready',
			),
			array_column( $list->get_data(), 'state', 'name' )
		);
		$only = $this->rest( 'GET', $this->route(), array( 'include' => array( $this->people['ana'] ) ), $this->people['chidi'] )->get_data();
		$this->assertSame( array( 'ana' ), array_column( $only, 'name' ) );
		$listed = $this->rest( 'GET', $this->route(), array( 'include' => $this->people['ana'] . ',' . $this->people['yuki'] ), $this->people['chidi'] )->get_data();
		$this->assertEqualsCanonicalizing( array( 'ana', 'yuki' ), array_column( $listed, 'name' ), 'as the admin app sends it: comma-separated' );

		$this->rest( 'POST', $this->route( $this->people['yuki'] ), array(), $this->people['anna'] );
		$summary = $this->rest( 'GET', $this->route() . '/summary', array(), $this->people['chidi'] )->get_data();
		$this->assertSame(
			array(
				'graduated' => 1,
				'ready'     => 0,
				'working'   => 1,
				'total'     => 2,
			),
			$summary['counts']
		);
		$this->assertSame( GraduationRule::DEFAULTS, $summary['rule'] );
		$this->assertSame( 403, $this->rest( 'GET', $this->route(), array(), $this->people['anna'] )->get_status() );
	}

	public function test_the_rule_is_in_the_cohorts_rest_meta_and_checked_against_its_schema(): void {
		$read = $this->rest( 'GET', '/wayfinder/v1/cohorts/' . $this->cohort, array( 'context' => 'edit' ), $this->people['chidi'] );
		$this->assertSame( GraduationRule::DEFAULTS, $read->get_data()['meta'][ GraduationRule::META ] );
		$saved = $this->rest(
			'POST',
			'/wayfinder/v1/cohorts/' . $this->cohort,
			array( 'meta' => array( GraduationRule::META => array( 'contributions' => 3 ) + GraduationRule::DEFAULTS ) ),
			$this->people['chidi']
		);
		$this->assertSame( 200, $saved->get_status(), (string) wp_json_encode( $saved->get_data() ) );
		$this->assertSame( 3, GraduationRule::of( $this->cohort )->contributions );
		$refused = $this->rest(
			'POST',
			'/wayfinder/v1/cohorts/' . $this->cohort,
			array( 'meta' => array( GraduationRule::META => array( 'contributions' => 21 ) + GraduationRule::DEFAULTS ) ),
			$this->people['chidi']
		);
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 3, GraduationRule::of( $this->cohort )->contributions );
	}

	public function test_my_mentorship_shows_the_mentee_her_checklist_and_the_mentor_the_form_once_met(): void {
		$yuki   = $this->people['yuki'];
		$form   = static function ( string $action, int $id, array $args ): void {
			echo PageForms::form( $action, $id, 'test', $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
		};
		$render = function ( int $user, string $as ) use ( $form ): string {
			wp_set_current_user( $user );
			ob_start();
			( new GraduationSection() )->render( $this->cohort, $user, $as, $form, 'r' );
			return (string) ob_get_clean();
		};
		$mentee = $render( $yuki, 'mentee' );
		$this->assertStringContainsString( '<h3 id="r-graduation">Graduation</h3>', $mentee );
		$this->assertStringContainsString( 'To do: <a href="#r-training">0 of 2 training items done</a>', $mentee );
		$this->assertStringContainsString( 'To do: <a href="#r-handoff">Choose the team you want to join</a>', $mentee, 'to the team choice of the same cohort' );
		$this->assertStringContainsString( 'To do: <a href="#contributions">0 of 1 verified contribution</a>', $mentee, 'to Your contributions' );

		$mentor = $render( $this->people['anna'], 'mentor' );
		$this->assertStringContainsString( 'yuki', $mentor );
		$this->assertStringContainsString( 'disabled', $mentor );
		$this->assertStringNotContainsString( 'name="do" value="confirm_graduation"', $mentor, 'no form before the rule is met' );
		$this->assertStringNotContainsString( '>ana<', $mentor, 'only her own mentees' );

		$this->meet( $yuki );
		$mentor = $render( $this->people['anna'], 'mentor' );
		$this->assertStringContainsString( 'name="do" value="confirm_graduation"', $mentor );
		$this->assertStringContainsString( 'name="note"', $mentor );

		wp_set_current_user( $this->people['anna'] );
		$back = PageForms::perform(
			array(
				'do'          => GraduationSection::ACTION,
				'id'          => (string) $this->cohort,
				'place'       => 'test',
				'redirect_to' => home_url( '/my-mentorship/' ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( GraduationSection::ACTION, $this->cohort ) ),
				'user'        => (string) $yuki,
				'note'        => 'Well done.',
			)
		);
		$this->assertIsString( $back );
		$this->assertTrue( ( new CohortMemberRepository() )->find( $this->cohort, $yuki )->has_graduated(), 'the plain form confirmed it' );
		$this->assertStringContainsString( 'Graduated on', $render( $this->people['anna'], 'mentor' ) );
		$mentee = $render( $yuki, 'mentee' );
		$this->assertStringContainsString( 'Graduated on', $mentee );
		$this->assertStringContainsString( 'Your introduction went to the Polyglots team', $mentee );
	}

	public function test_after_the_cohort_finished_my_mentorship_still_shows_graduation_for_a_while(): void {
		$yuki = $this->people['yuki'];
		$this->meet( $yuki );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::FINISHED );
		$shown  = function ( int $user, string $when ): string {
			wp_set_current_user( $user );
			ob_start();
			( new GraduationSection() )->finished( $user, 'r', (int) strtotime( $when . ' UTC' ) );
			return (string) ob_get_clean();
		};
		$mentor = $shown( $this->people['anna'], '2027-04-20 10:00' );
		$this->assertStringContainsString( 'Your cohort has ended: Spring cohort', $mentor );
		$this->assertStringContainsString( 'name="do" value="confirm_graduation"', $mentor );
		$this->assertStringContainsString( 'To do:', $shown( $this->people['ana'], '2027-04-20 10:00' ) );
		$this->assertSame( '', $shown( $this->people['anna'], '2027-07-01 10:00' ), 'not for ever' );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::RUNNING );
		$this->assertSame( '', $shown( $this->people['anna'], '2027-04-20 10:00' ), 'a running cohort has its own section' );
	}
}
