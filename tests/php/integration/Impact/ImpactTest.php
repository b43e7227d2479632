<?php
/**
 * Impact outcomes and figures on a known data set: a cohort that ended on 31 January 2025 with six
 * mentees and two waitlisted applicants, contributions placed by hand around the 1/3/6/12-month
 * windows (each window is the month after add_months(end, N − 1) up to add_months(end, N), inclusive),
 * 1:1 mentorships that ended, and the route's permissions.
 *
 * Windows of an end on 2025-01-31: 1 month (01-31, 02-28]; 3 months (03-31, 04-30]; 6 months
 * (06-30, 07-31]; 12 months (2025-12-31, 2026-01-31].
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Impact;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Impact\ImpactFigures;
use Wayfinder\Impact\Outcomes;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Surveys\WaveTiming;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class ImpactTest extends TestCase {

	private int $coordinator;

	private int $cohort;

	/** @var array<string, int> */
	private array $people = array();

	private int $key = 0;

	protected function setUp(): void {
		parent::setUp();
		ImpactFigures::forget();
		delete_option( Outcomes::STATE );
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'coord' );
		$this->cohort      = $this->insert_cohort(
			array(
				CohortPostType::START_DATE => '2025-01-06',
				CohortPostType::END_DATE   => '2025-01-31',
			),
			'Winter cohort'
		);
		$members           = new CohortMemberRepository();
		foreach ( array( 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'gone' ) as $name ) {
			$this->people[ $name ] = $this->make_user( 'subscriber', $name );
			$this->assertNotNull( $members->add( $this->cohort, $this->people[ $name ], 'mentee', 'one_to_one', $this->coordinator ) );
		}
		$this->assertTrue( $members->withdraw( $this->cohort, $this->people['gone'] ) );
		$this->assertSame( 1, $members->graduate( $this->cohort, $this->people['m1'], $this->coordinator, '', time() ) );
		$this->assertSame( 1, $members->graduate( $this->cohort, $this->people['m2'], $this->coordinator, '', time() ) );
		$this->assertTrue( ( new HandoffRepository() )->choose( $this->people['m1'], $this->cohort, 'polyglots', time() ) );
		foreach ( array( 'w1', 'w2' ) as $name ) {
			$this->people[ $name ] = $this->make_user( 'subscriber', $name );
			$this->apply( $this->people[ $name ], 'waitlisted' );
		}
		$this->people['declined'] = $this->make_user( 'subscriber', 'declined' );
		$this->apply( $this->people['declined'], 'declined' );

		$this->made( 'm1', '2025-02-28' ); // 1 month, its last day.
		$this->made( 'm1', '2025-04-30' ); // 3 months, its last day.
		$this->made( 'm1', '2025-07-31' ); // 6 months.
		$this->made( 'm1', '2026-01-31' ); // 12 months.
		$this->made( 'm2', '2025-01-31' ); // The last day of the cohort: before the first month.
		$this->made( 'm2', '2025-04-01' ); // 3 months, its first day.
		$this->made( 'm3', '2025-03-31' ); // The second month: measured by none.
		$this->made( 'm4', '2025-02-15', Contribution::UNVERIFIED ); // Counts once verified.
		$this->made( 'm5', '2025-07-01' ); // 6 months; rejected later.
		$this->made( 'w1', '2025-02-10' ); // A waitlisted applicant, 1 month.
	}

	private function apply( int $user, string $decision ): void {
		global $wpdb;
		$table = Schema::applications_table();
		$this->assertSame(
			1,
			$wpdb->insert(
				$table,
				array(
					'cohort_id'  => $this->cohort,
					'user_id'    => $user,
					'role'       => 'mentee',
					'status'     => 'submitted',
					'stage'      => 'decided',
					'pseudonym'  => substr( md5( (string) $user ), 0, 4 ),
					'answers'    => '{}',
					'redacted'   => '{}',
					'decision'   => $decision,
					'created_at' => '2024-12-01 10:00:00',
					'updated_at' => '2024-12-01 10:00:00',
				)
			)
		); // phpcs:ignore WordPress.DB -- the test's own fixture.
	}

	private function made( string $who, string $day, string $status = Contribution::VERIFIED ): int {
		++$this->key;
		$made = ( new ContributionRepository() )->record(
			array(
				'user_id'        => $this->people[ $who ],
				'kind'           => 0 === $this->key % 2 ? 'code' : 'translation',
				'team'           => 'polyglots',
				'url'            => 'https://example.org/' . $this->key,
				'summary'        => 'A contribution',
				'contributed_on' => $day,
				'source'         => 'manual',
				'source_key'     => 'test-' . $this->key,
				'status'         => $status,
			),
			time()
		);
		$this->assertNotNull( $made );
		return $made->id;
	}

	private function finish( int $cohort ): void {
		update_post_meta( $cohort, CohortPostType::STAGE, Cohort::FINISHED );
	}

	/** @return array<string, array<string, mixed>> Login => outcome row. */
	private function outcomes(): array {
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		$rows  = $wpdb->get_results( "SELECT * FROM {$table}", ARRAY_A ); // phpcs:ignore WordPress.DB -- the test's own read.
		$out   = array();
		foreach ( (array) $rows as $row ) {
			$out[ (string) get_userdata( (int) $row['user_id'] )->user_login ] = $row;
		}
		return $out;
	}

	/** @return array{0: list<string|null>, 1: array<string, mixed>} */
	private function active( string $who ): array {
		$row = $this->outcomes()[ $who ];
		return array( array( $row['active_1'], $row['active_3'], $row['active_6'], $row['active_12'] ), $row );
	}

	/**
	 * @param array<string, mixed> $group A figures group.
	 * @return list<array{0: int, 1: int}> [due, active] per month (1, 3, 6, 12).
	 */
	private static function due_active( array $group ): array {
		return array_map( static fn ( array $m ): array => array( $m['due'], $m['active'] ), $group['retention'] );
	}

	public function test_a_finished_cohort_gives_each_mentee_and_waitlisted_applicant_an_outcome_measured_by_hand(): void {
		$this->finish( $this->cohort );
		$this->assertSame( '2025-01-31', CohortEnding::ended_on( $this->cohort ) );
		$rows = $this->outcomes();
		$this->assertEqualsCanonicalizing( array( 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'w1', 'w2' ), array_keys( $rows ), 'enrolled mentees and waitlisted applicants; not the withdrawn one, not the declined applicant' );
		$this->assertSame( array( 'polyglots', 'cohort', '1', '0' ), array( $rows['m1']['team'], $rows['m1']['origin'], $rows['m1']['graduated'], $rows['m1']['waitlisted'] ) );
		$this->assertSame( array( '', 'waitlist', '0', '1' ), array( $rows['w1']['team'], $rows['w1']['origin'], $rows['w1']['graduated'], $rows['w1']['waitlisted'] ) );
		$this->assertSame( '2025-01-31', $rows['m3']['ended_on'] );

		$this->assertSame( array( '1', '1', '1', '1' ), $this->active( 'm1' )[0], 'the last day of each window counts' );
		$this->assertSame( array( '0', '1', '0', '0' ), $this->active( 'm2' )[0], 'the end day itself is before the first month' );
		$this->assertSame( array( '0', '0', '0', '0' ), $this->active( 'm3' )[0], 'the second month is measured by none' );
		$this->assertSame( array( '0', '0', '0', '0' ), $this->active( 'm4' )[0], 'unverified does not count' );
		$this->assertSame( array( '0', '0', '1', '0' ), $this->active( 'm5' )[0] );
		$this->assertSame( array( '1', '0', '0', '0' ), $this->active( 'w1' )[0] );

		$figures = $this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator );
		$this->assertSame( 200, $figures->get_status() );
		$data = $figures->get_data();
		$this->assertFalse( $data['kept'] );
		// Six participants: 1 month m1 → 1/6; 3 months m1, m2 → 2/6; 6 months m1, m5 → 2/6; 12 months m1 → 1/6.
		$this->assertSame( 6, $data['totals']['people'] );
		$this->assertSame( 2, $data['totals']['graduated'] );
		$this->assertSame( array( array( 6, 1 ), array( 6, 2 ), array( 6, 2 ), array( 6, 1 ) ), self::due_active( $data['totals'] ) );
		$this->assertSame( 0.3333, $data['totals']['retention'][1]['share'] );
		$this->assertCount( 1, $data['by_cohort'] );
		$this->assertSame( 'Winter cohort', $data['by_cohort'][0]['name'] );
		// The comparison group: w1 at 1 month of 2.
		$this->assertSame( array( array( 2, 1 ), array( 2, 0 ), array( 2, 0 ), array( 2, 0 ) ), self::due_active( $data['by_cohort'][0]['waitlisted'] ) );
		$this->assertSame( array( 'cohort' ), array_column( $data['by_origin'], 'origin' ), 'the waitlisted are a comparison group, not an origin' );
		$this->assertSame( 'A cohort', $data['by_origin'][0]['name'] );
		$teams = array_column( $data['by_team'], null, 'team' );
		$this->assertSame( 1, $teams['polyglots']['people'] );
		$this->assertSame( 5, $teams['']['people'] );
		$this->assertSame( 'No team', $teams['']['name'] );
		$this->assertTrue( $this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator )->get_data()['kept'], 'kept the second time' );
		$this->assertSame( 1, $data['overview']['graduated'] > 1 ? 1 : 0 );
		$this->assertSame( array( 6, 2 ), array( $data['overview']['due_3'], $data['overview']['contributing_3'] ) );
	}

	public function test_contributions_by_month_count_participants_only_in_the_last_24_months(): void {
		$this->finish( $this->cohort );
		$now   = time();
		$today = WaveTiming::day_of( $now );
		$month = substr( $today, 0, 7 );
		$this->made( 'm3', $today );
		$this->made( 'm3', $today );
		$this->made( 'm6', $today );
		$this->made( 'w2', $today ); // Waitlisted: not a participant.
		$data = ( new ImpactFigures() )->compute( '', $now );
		$this->assertCount( 24, $data['contributions']['by_month'] );
		$last = $data['contributions']['by_month'][23];
		$this->assertSame( array( $month, 3, 2, 1.5 ), array( $last['month'], $last['contributions'], $last['people'], $last['per_person'] ) );
		$kinds = array_sum( array_column( array_filter( $data['contributions']['by_kind'], static fn ( array $r ): bool => $r['month'] === $month ), 'contributions' ) );
		$this->assertSame( 3, $kinds );
	}

	public function test_verifying_or_rejecting_later_changes_the_figure(): void {
		$this->finish( $this->cohort );
		$this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator ); // Kept now.
		$m4 = (int) $this->outcomes()['m4']['id'];
		global $wpdb;
		$table = Schema::contributions_table();
		$id    = (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE user_id = %d", $this->people['m4'] ) ); // phpcs:ignore WordPress.DB -- the test's own read.
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/contributions/{$id}/verify", array(), $this->coordinator )->get_status() );
		$this->assertSame( array( '1', '0', '0', '0' ), $this->active( 'm4' )[0] );
		$this->assertSame( $m4, (int) $this->active( 'm4' )[1]['id'] );
		$m5 = (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE user_id = %d", $this->people['m5'] ) ); // phpcs:ignore WordPress.DB -- the test's own read.
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/contributions/{$m5}/reject", array( 'note' => 'Not ours.' ), $this->coordinator )->get_status() );
		$this->assertSame( array( '0', '0', '0', '0' ), $this->active( 'm5' )[0] );
		$data = $this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator )->get_data();
		$this->assertFalse( $data['kept'], 'dropped when a contribution was reviewed' );
		// 1 month: m1, m4 → 2/6; 6 months: m1 → 1/6.
		$this->assertSame( array( array( 6, 2 ), array( 6, 2 ), array( 6, 1 ), array( 6, 1 ) ), self::due_active( $data['totals'] ) );
	}

	public function test_a_contribution_verified_outside_every_window_still_drops_the_kept_figures(): void {
		$this->finish( $this->cohort );
		$this->assertFalse( $this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator )->get_data()['kept'] );
		$today = WaveTiming::day_of( time() );
		$late  = $this->made( 'm6', $today, Contribution::UNVERIFIED );
		$this->assertTrue( $this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator )->get_data()['kept'] );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/contributions/{$late}/verify", array(), $this->coordinator )->get_status() );
		$this->assertSame( array( '0', '0', '0', '0' ), $this->active( 'm6' )[0], 'today is in none of m6\'s windows' );
		$data = $this->rest( 'GET', '/wayfinder/v1/impact', array(), $this->coordinator )->get_data();
		$this->assertFalse( $data['kept'] );
		$this->assertSame( 1, $data['contributions']['by_month'][23]['contributions'] );
	}

	public function test_a_cohort_finished_early_ends_today_and_nothing_is_known_before_its_months_pass(): void {
		$early = $this->insert_cohort( array(), 'Spring cohort' ); // Runs until 2027-04-11.
		$kofi  = $this->make_user( 'subscriber', 'kofi' );
		$this->assertNotNull( ( new CohortMemberRepository() )->add( $early, $kofi, 'mentee', 'one_to_one', $this->coordinator ) );
		$this->finish( $early );
		$today = WaveTiming::day_of( time() );
		$this->assertSame( $today, CohortEnding::ended_on( $early ) );
		list( $active, $row ) = $this->active( 'kofi' );
		$this->assertSame( $today, $row['ended_on'] );
		$this->assertSame( array( null, null, null, null ), $active, 'nothing is known before a month has passed' );

		$this->made_for( $kofi, WaveTiming::add_months( $today, 1 ) ); // The last day of the first month.
		$service = new Outcomes();
		$service->tick( WaveTiming::end_of_day( WaveTiming::add_months( $today, 1 ) ) );
		$this->assertSame( array( null, null, null, null ), $this->active( 'kofi' )[0], 'not on the last day of the month itself' );
		$service->tick( WaveTiming::start_of_day( WaveTiming::add_months( $today, 1 ) ) + DAY_IN_SECONDS + HOUR_IN_SECONDS );
		$this->assertSame( array( '1', null, null, null ), $this->active( 'kofi' )[0], 'the day after' );
		$service->tick( WaveTiming::start_of_day( WaveTiming::add_months( $today, 4 ) ) );
		$this->assertSame( array( '1', '0', null, null ), $this->active( 'kofi' )[0] );
	}

	private function made_for( int $user, string $day ): void {
		++$this->key;
		$this->assertNotNull(
			( new ContributionRepository() )->record(
				array(
					'user_id'        => $user,
					'kind'           => 'code',
					'team'           => 'core',
					'url'            => '',
					'summary'        => 'x',
					'contributed_on' => $day,
					'source'         => 'manual',
					'source_key'     => 'k' . $this->key,
					'status'         => Contribution::VERIFIED,
				),
				time()
			)
		);
	}

	public function test_twice_is_the_same_and_the_backfill_works_in_batches(): void {
		$this->finish( $this->cohort );
		// As if the cohort had finished before outcomes were kept.
		global $wpdb;
		$wpdb->query( 'DELETE FROM ' . Schema::impact_outcomes_table() ); // phpcs:ignore WordPress.DB -- the test's own fixture.
		delete_option( Outcomes::STATE );
		$service = new Outcomes();
		$service->start_backfill();
		$this->assertSame( 4, $service->add_pending( time(), 4 ) );
		$this->assertSame( 4, $service->add_pending( time(), 4 ) );
		$this->assertSame( 0, $service->add_pending( time(), 4 ) );
		$this->assertSame( array(), get_option( Outcomes::STATE )['cohorts'], 'the cohort left the queue' );
		$this->assertCount( 8, $this->outcomes() );
		$service->tick( time() );
		$service->tick( time() );
		$service->cohort_finished( $this->cohort, '2025-01-31', time() );
		$this->assertCount( 8, $this->outcomes(), 'nothing doubled' );
		$this->assertSame( array( '1', '1', '1', '1' ), $this->active( 'm1' )[0] );
	}

	public function test_ended_one_to_one_mentorships_by_how_they_started(): void {
		$mentor  = $this->person( 'wayfinder_mentor', 'lucia', array( 'polyglots' ) );
		$auto    = $this->person( 'subscriber', 'ana', array( 'core', 'docs' ) );
		$asked   = $this->person( 'subscriber', 'ben', array() );
		$refused = $this->person( 'subscriber', 'cai', array() );
		$matches = new MatchService();
		$first   = $matches->start( $auto, $mentor, 'auto', $this->coordinator );
		$second  = $matches->start( $asked, $mentor, 'mentee_request', $this->coordinator );
		$third   = $matches->start( $refused, $mentor, 'coordinator', $this->coordinator, 'proposed' );
		$this->assertIsInt( $first );
		$this->assertIsInt( $second );
		$this->assertIsInt( $third );
		$this->assertTrue( $matches->end( $first, 'completed', $this->coordinator ) );
		$this->assertTrue( $matches->end( $second, 'mentee_stopped', $asked ) );
		$this->assertTrue( $matches->end( $third, 'mentor_declined', $mentor ) );
		$rows = $this->outcomes();
		$this->assertEqualsCanonicalizing( array( 'ana', 'ben' ), array_keys( $rows ), 'a declined proposal never ran' );
		$this->assertSame( array( 'auto', 'core', '0', (string) $first ), array( $rows['ana']['origin'], $rows['ana']['team'], $rows['ana']['cohort_id'], $rows['ana']['match_id'] ) );
		$this->assertSame( array( 'mentee_request', '' ), array( $rows['ben']['origin'], $rows['ben']['team'] ) );
		$this->made_for( $auto, WaveTiming::add_months( WaveTiming::day_of( time() ), 1 ) );
		( new Outcomes() )->tick( time() + 40 * DAY_IN_SECONDS );
		$data   = ( new ImpactFigures() )->compute( '', time() + 40 * DAY_IN_SECONDS );
		$origin = array_column( $data['by_origin'], null, 'origin' );
		$this->assertSame( 'Matched automatically', $origin['auto']['name'] );
		$this->assertSame( array( 1, 1 ), array( $origin['auto']['retention'][0]['due'], $origin['auto']['retention'][0]['active'] ) );
		$this->assertSame( array( 1, 0 ), array( $origin['mentee_request']['retention'][0]['due'], $origin['mentee_request']['retention'][0]['active'] ) );
		$this->assertSame( array(), $data['by_cohort'] );
	}

	/** @param list<string> $teams */
	private function person( string $role, string $login, array $teams ): int {
		$user = $this->make_user( $role, $login );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $user, 'Europe/Berlin', array( 'en' ), $teams, array(), array( array( 2, '18:00', '20:00' ) ), 'Hello.', 'wayfinder_mentor' === $role ? 3 : 0 ) ) );
		if ( 'wayfinder_mentor' === $role ) {
			( new ProfileRepository() )->relist( $user );
		}
		return $user;
	}

	public function test_erasing_a_person_deletes_their_outcomes(): void {
		$this->finish( $this->cohort );
		$this->erase_personal_data( $this->people['m1'] );
		$this->assertArrayNotHasKey( 'm1', $this->outcomes() );
		$this->assertCount( 7, $this->outcomes() );
	}

	public function test_a_team_representative_sees_only_their_own_teams_figures(): void {
		$this->finish( $this->cohort );
		$rep  = $this->make_user( 'wayfinder_team_rep', 'rep' );
		$post = get_page_by_path( 'polyglots', OBJECT, TeamPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $post );
		update_post_meta( $post->ID, TeamPostType::REPRESENTATIVES, array( $rep ) );
		$own = $this->rest( 'GET', '/wayfinder/v1/impact', array( 'team' => 'polyglots' ), $rep );
		$this->assertSame( 200, $own->get_status() );
		$this->assertSame( 1, $own->get_data()['totals']['people'], 'm1 came to the team' );
		$this->assertSame( array( array( 1, 1 ), array( 1, 1 ), array( 1, 1 ), array( 1, 1 ) ), self::due_active( $own->get_data()['totals'] ) );
		$this->assertArrayNotHasKey( 'overview', $own->get_data() );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/impact', array( 'team' => 'core' ), $rep )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/impact', array(), $rep )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/wayfinder/v1/impact', array( 'team' => 'Not a slug!' ), $this->coordinator )->get_status() );

		// My mentorship: the representative's section.
		ob_start();
		do_action( 'wayfinder_my_sections', $rep, 'wayfinder' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'Your team’s newcomers: still contributing', $html );
		$this->assertStringContainsString( 'After 3 months: 1 of 1 still contributing', $html );
	}
}
