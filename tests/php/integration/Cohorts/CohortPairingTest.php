<?php
/**
 * Pairing inside a cohort: the board pairs the cohort's 1:1 mentees who have no mentor yet with the
 * cohort's own mentors (every criterion and reason of an ordinary run), and saves each pair active at
 * once as a match tied to the cohort; project groups take one mentor of the cohort and at most six of
 * its project-group mentees, held by a counter in the database; the progress list shows each mentee
 * with their mentor, sorted on the server.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cohorts;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairing;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class CohortPairingTest extends TestCase {

	private int $coordinator;

	private int $cohort;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->cohort      = $this->post_cohort(
			$this->coordinator,
			array(
				CohortPostType::START_DATE    => '2027-03-01',
				CohortPostType::END_DATE      => '2027-03-28',
				CohortPostType::STAGE         => Cohort::RUNNING,
				CohortPostType::SEATS         => 20,
				CohortPostType::MENTOR_PLACES => 5,
				CohortPostType::MODES         => Cohort::MODES,
			),
			'Spring cohort'
		);
	}

	/** @param list<string> $languages */
	private function person( string $role, string $login, array $languages, int $capacity = 2 ): int {
		$user = $this->make_user( 'mentor' === $role ? 'wayfinder_mentor' : 'subscriber', $login );
		( new ProfileRepository() )->save( new Profile( $user, 'Europe/Berlin', $languages, array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', $capacity ) );
		return $user;
	}

	private function enrol( int $user, string $role, string $mode = Cohort::ONE_TO_ONE ): void {
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $user, $role, $mode, $this->coordinator ) );
	}

	public function test_the_board_pairs_the_cohorts_one_to_one_mentees_with_its_own_mentors_and_saves_them_to_the_cohort(): void {
		$mia      = $this->person( 'mentor', 'mia', array( 'en' ) );
		$noor     = $this->person( 'mentor', 'noor', array( 'en', 'pt' ) );
		$outsider = $this->person( 'mentor', 'outsider', array( 'en', 'ta' ), 5 );
		$ana      = $this->person( 'mentee', 'ana', array( 'en' ) );
		$bia      = $this->person( 'mentee', 'bia', array( 'pt' ) );
		$tamil    = $this->person( 'mentee', 'tamil', array( 'ta' ) );
		$grouped  = $this->person( 'mentee', 'grouped', array( 'en' ) );
		$this->person( 'mentee', 'not-enrolled', array( 'en' ) );
		foreach ( array( $mia, $noor ) as $mentor ) {
			$this->enrol( $mentor, CohortMember::MENTOR );
		}
		foreach ( array( $ana, $bia, $tamil ) as $mentee ) {
			$this->enrol( $mentee, CohortMember::MENTEE );
		}
		$this->enrol( $grouped, CohortMember::MENTEE, Cohort::PROJECT_GROUP );

		$run = $this->rest( 'POST', '/wayfinder/v1/board/run', array( 'cohort' => $this->cohort ), $this->coordinator );

		$this->assertSame( 200, $run->get_status(), wp_json_encode( $run->get_data() ) );
		$pairs = array_column( $run->get_data()['pairs'], 'mentor', 'mentee' );
		$this->assertEqualsCanonicalizing( array( $ana, $bia ), array_keys( $pairs ) );
		$this->assertSame( $noor, $pairs[ $bia ], 'only Noor speaks Portuguese' );
		$this->assertSame( $mia, $pairs[ $ana ] );
		$this->assertSame( 'No mentor speaks Tamil.', array_column( $run->get_data()['unmatched'], 'reason', 'mentee' )[ $tamil ], 'the outsider speaks Tamil but is not in the cohort' );
		$this->assertEqualsCanonicalizing( array( $mia, $noor ), array_column( $run->get_data()['mentors'], 'id' ) );
		$this->assertNotContains( $outsider, array_column( $run->get_data()['mentors'], 'id' ) );
		$this->assertNotEmpty( $run->get_data()['pairs'][0]['reasons'] );

		$saved = $this->rest(
			'POST',
			'/wayfinder/v1/board/commit',
			array(
				'cohort' => $this->cohort,
				'pairs'  => array(
					array(
						'mentee' => $ana,
						'mentor' => $mia,
					),
					array(
						'mentee' => $bia,
						'mentor' => $noor,
					),
					array(
						'mentee' => $grouped,
						'mentor' => $mia,
					),
					array(
						'mentee' => $tamil,
						'mentor' => $outsider,
					),
				),
			),
			$this->coordinator
		)->get_data();

		$this->assertSame( 'cohort', $saved['mode'] );
		$this->assertSame( array( $ana, $bia ), array_column( $saved['saved'], 'mentee' ) );
		$failed = array_column( $saved['failed'], 'message', 'mentee' );
		$this->assertSame( 'This mentee does not take part 1:1 in Spring cohort, so they get no mentor of their own. Enrol them 1:1 first.', $failed[ $grouped ] );
		$this->assertSame( 'This person is not a mentor in Spring cohort. Enrol them as a mentor first.', $failed[ $tamil ] );
		$match = ( new MatchRepository() )->open_for_mentee( $ana );
		$this->assertNotNull( $match );
		$this->assertSame( array( 'cohort', 'active', $this->cohort, $mia ), array( $match->source, $match->status, $match->cohort_id, $match->mentor_id ) );
		$this->assertSame( $mia, ( new CohortPairs() )->mentor_of( $this->cohort, $ana ) );
		$this->assertSame( array( $ana ), ( new CohortPairs() )->mentees_of( $this->cohort, $mia ) );

		$again = $this->rest( 'POST', '/wayfinder/v1/board/run', array( 'cohort' => $this->cohort ), $this->coordinator )->get_data();
		$this->assertSame( array(), $again['pairs'], 'paired mentees are not on the board again' );
		$this->assertSame( array( $tamil ), array_column( $again['unmatched'], 'mentee' ) );
	}

	public function test_the_board_refuses_a_cohort_that_is_not_there_and_people_who_are_not_coordinators(): void {
		$this->assertSame( 404, $this->rest( 'POST', '/wayfinder/v1/board/run', array( 'cohort' => 999999 ), $this->coordinator )->get_status() );
		$gone = $this->rest(
			'POST',
			'/wayfinder/v1/board/commit',
			array(
				'cohort' => 999999,
				'pairs'  => array(
					array(
						'mentee' => 1,
						'mentor' => 2,
					),
				),
			),
			$this->coordinator
		);
		$this->assertSame( 404, $gone->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/wayfinder/v1/board/run', array( 'cohort' => $this->cohort ), $this->make_user( 'wayfinder_mentor' ) )->get_status() );
	}

	public function test_a_project_group_takes_one_mentor_and_at_most_six_mentees_and_frees_a_place_on_a_move_or_withdrawal(): void {
		$mia  = $this->person( 'mentor', 'mia', array( 'en' ) );
		$noor = $this->person( 'mentor', 'noor', array( 'en' ) );
		$this->enrol( $mia, CohortMember::MENTOR );
		$this->enrol( $noor, CohortMember::MENTOR );
		$group = array();
		for ( $n = 1; $n <= CohortPairing::GROUP_SIZE + 1; $n++ ) {
			$group[] = $this->person( 'mentee', "group-{$n}", array( 'en' ) );
			$this->enrol( end( $group ), CohortMember::MENTEE, Cohort::PROJECT_GROUP );
		}
		$solo = $this->person( 'mentee', 'solo', array( 'en' ) );
		$this->enrol( $solo, CohortMember::MENTEE );
		$put = fn ( int $mentee, int $leader, ?int $as = null ): \WP_REST_Response => $this->rest( 'PUT', "/wayfinder/v1/cohorts/{$this->cohort}/members/{$mentee}", array( 'leader' => $leader ), $as ?? $this->coordinator );

		foreach ( array_slice( $group, 0, CohortPairing::GROUP_SIZE ) as $mentee ) {
			$placed = $put( $mentee, $mia );
			$this->assertSame( 200, $placed->get_status(), wp_json_encode( $placed->get_data() ) );
			$this->assertSame( $mia, $placed->get_data()['leader'] );
		}
		$full = $put( $group[ CohortPairing::GROUP_SIZE ], $mia );
		$this->assertSame( 409, $full->get_status() );
		$this->assertSame( 'The project group of mia is full: a group takes 6 mentees. Choose another mentor\'s group.', $full->get_data()['message'] );
		$this->assertSame( 0, ( new CohortMemberRepository() )->find( $this->cohort, $group[ CohortPairing::GROUP_SIZE ] )->leader_id, 'nothing changed' );

		$this->assertSame( 200, $put( $group[0], $noor )->get_status(), 'a move to another group' );
		$this->assertSame( 200, $put( $group[ CohortPairing::GROUP_SIZE ], $mia )->get_status(), 'the move freed a place in Mia\'s group' );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->withdraw( $this->cohort, $group[1], $this->coordinator ) );
		$this->assertSame( 200, $put( $group[0], $mia )->get_status(), 'a withdrawal freed a place too' );
		$this->assertSame( $mia, ( new CohortPairs() )->mentor_of( $this->cohort, $group[0] ) );
		$this->assertCount( CohortPairing::GROUP_SIZE, ( new CohortMemberRepository() )->group_of( $this->cohort, $mia ) );

		$this->assertSame( 400, $put( $solo, $mia )->get_status(), 'a 1:1 mentee joins no group' );
		$this->assertSame( 400, $put( $group[2], $group[3] )->get_status(), 'a mentee leads no group' );
		$this->assertSame( 403, $put( $group[2], $noor, $mia )->get_status(), 'only coordinators' );
		$this->assertSame( 200, $put( $group[2], 0 )->get_status(), 'out of any group' );
		$this->assertSame( 0, ( new CohortPairs() )->mentor_of( $this->cohort, $group[2] ) );
	}

	public function test_the_progress_list_shows_each_mentee_with_their_mentor_and_figures_sorted_on_the_server(): void {
		$mia     = $this->person( 'mentor', 'mia', array( 'en' ) );
		$ana     = $this->person( 'mentee', 'ana', array( 'en' ) );
		$bo      = $this->person( 'mentee', 'bo', array( 'en' ) );
		$cy      = $this->person( 'mentee', 'cy', array( 'en' ) );
		$members = new CohortMemberRepository();
		$this->enrol( $mia, CohortMember::MENTOR );
		$this->enrol( $ana, CohortMember::MENTEE );
		$this->enrol( $bo, CohortMember::MENTEE, Cohort::PROJECT_GROUP );
		$this->enrol( $cy, CohortMember::MENTEE, Cohort::GROUP_ONLY );
		$this->assertInstanceOf( CohortMember::class, ( new CohortPairing() )->group( $this->cohort, $bo, $mia ) );
		$this->rest(
			'POST',
			'/wayfinder/v1/board/commit',
			array(
				'cohort' => $this->cohort,
				'pairs'  => array(
					array(
						'mentee' => $ana,
						'mentor' => $mia,
					),
				),
			),
			$this->coordinator
		);
		$this->assertTrue( $members->set_progress( $this->cohort, $bo, 'one_to_ones_done', 2 ) );
		$this->assertTrue( $members->set_progress( $this->cohort, $ana, 'training_done', 3 ) );
		$this->assertTrue( $members->touch( $this->cohort, $cy, strtotime( '2027-03-10 12:00:00 UTC' ) ) );
		$this->assertTrue( $members->touch( $this->cohort, $cy, strtotime( '2027-03-09 12:00:00 UTC' ) ), 'an older activity keeps the later one' );

		$queries  = $this->queries_of(
			fn () => $this->rest(
				'GET',
				"/wayfinder/v1/cohorts/{$this->cohort}/progress",
				array(
					'orderby' => 'training',
					'order'   => 'desc',
				),
				$this->coordinator
			)
		);
		$response = $this->rest(
			'GET',
			"/wayfinder/v1/cohorts/{$this->cohort}/progress",
			array(
				'orderby' => 'training',
				'order'   => 'desc',
			),
			$this->coordinator
		);

		$this->assertSame( 200, $response->get_status() );
		$rows = $response->get_data();
		$this->assertSame( array( $ana, $bo, $cy ), array_column( $rows, 'user' ), 'most training first, then by name' );
		$this->assertSame( array( $mia, $mia, 0 ), array_column( $rows, 'mentor' ), '1:1 mentor, group leader, none' );
		$this->assertSame( 'mia', $rows[0]['mentor_name'] );
		$this->assertSame(
			array(
				'done'     => 0,
				'required' => 2,
			),
			$rows[0]['one_to_ones']
		);
		$this->assertSame(
			array(
				'done'     => 2,
				'required' => 0,
			),
			$rows[1]['one_to_ones'],
			'a group mentee is asked for no 1:1s'
		);
		$this->assertSame( '2027-03-10T12:00:00+00:00', $rows[2]['last_activity'] );
		$this->assertSame( '3', $response->get_headers()['X-WP-Total'] );
		$by_mentor = array_column( $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/progress", array( 'orderby' => 'mentor' ), $this->coordinator )->get_data(), 'user' );
		$this->assertSame( $cy, end( $by_mentor ), 'nobody\'s mentee last' );
		$this->assertSame( 403, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/progress", array(), $mia )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/progress", array( 'orderby' => 'password' ), $this->coordinator )->get_status() );

		for ( $n = 1; $n <= 5; $n++ ) {
			$this->enrol( $this->person( 'mentee', "more-{$n}", array( 'en' ) ), CohortMember::MENTEE, Cohort::GROUP_ONLY );
		}
		$this->assertSame(
			$queries,
			$this->queries_of(
				fn () => $this->rest(
					'GET',
					"/wayfinder/v1/cohorts/{$this->cohort}/progress",
					array(
						'orderby' => 'training',
						'order'   => 'desc',
					),
					$this->coordinator
				)
			),
			'as many queries for eight mentees as for three: one for the page'
		);
	}

	private function queries_of( callable $work ): int {
		global $wpdb;
		wp_cache_flush();
		$before = $wpdb->num_queries;
		$work();
		return $wpdb->num_queries - $before;
	}

	public function test_a_mentor_who_leaves_the_cohort_takes_nobodys_work_with_them(): void {
		$mia   = $this->person( 'mentor', 'mia', array( 'en' ) );
		$noor  = $this->person( 'mentor', 'noor', array( 'en' ) );
		$ana   = $this->person( 'mentee', 'ana', array( 'en' ) );
		$bo    = $this->person( 'mentee', 'bo', array( 'en' ) );
		$pairs = new CohortPairs();
		$this->enrol( $mia, CohortMember::MENTOR );
		$this->enrol( $noor, CohortMember::MENTOR );
		$this->enrol( $ana, CohortMember::MENTEE );
		$this->enrol( $bo, CohortMember::MENTEE, Cohort::PROJECT_GROUP );
		$this->assertInstanceOf( CohortMember::class, ( new CohortPairing() )->group( $this->cohort, $bo, $mia ) );
		$this->assertIsInt( ( new \Wayfinder\Mentorship\MatchService() )->start( $ana, $mia, 'cohort', $this->coordinator, 'active', $this->cohort ) );
		$this->assertSame( array( $ana, $bo ), $pairs->mentees_of( $this->cohort, $mia ) );

		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->withdraw( $this->cohort, $mia, $this->coordinator ) );

		$this->assertSame( 0, $pairs->mentor_of( $this->cohort, $ana ), 'her 1:1 pair ended' );
		$this->assertSame( 0, $pairs->mentor_of( $this->cohort, $bo ), 'his group is disbanded' );
		$this->assertSame( array(), $pairs->mentees_of( $this->cohort, $mia ) );
		$ended = ( new MatchRepository() )->list( array( 'mentee' => $ana ), 1, 1 )[0][0];
		$this->assertSame( array( 'ended', 'mentor_quit' ), array( $ended->status, $ended->end_reason ) );
		$this->assertSame( array( $ana ), ( new CohortMemberRepository() )->unpaired_mentees( $this->cohort ), 'she waits to be paired again' );
		$this->assertInstanceOf( CohortMember::class, ( new CohortPairing() )->group( $this->cohort, $bo, $noor ), 'he joins another group' );
	}
}
