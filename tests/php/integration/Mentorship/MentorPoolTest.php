<?php
/**
 * The mentor pool narrowed in SQL gives the engine's answer over every listed mentor — the same
 * choice, score and reason when nobody fits — and the paths that use it read the same number of
 * queries however many mentors or waiting mentees there are.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\Criteria;
use Wayfinder\Matching\InstantMatcher;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Scorer;
use Wayfinder\Matching\Unmatched;
use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Mentorship\MentorPool;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Mentorship\WaitingMentees;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MentorPoolTest extends TestCase {

	private const ZONES     = array( 'UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Australia/Adelaide', 'Asia/Kathmandu' );
	private const LANGUAGES = array( 'en', 'de', 'es', 'pt-BR', 'fr' );
	private const TEAMS     = array( 'core', 'docs', 'polyglots', 'support' );

	/** @return list<array{0:int,1:string,2:string}> */
	private static function windows(): array {
		$windows = array();
		for ( $n = mt_rand( 0, 2 ); $n > 0; $n-- ) {
			$from      = mt_rand( 0, 21 );
			$windows[] = array( mt_rand( 1, 7 ), sprintf( '%02d:00', $from ), sprintf( '%02d:00', $from + mt_rand( 1, 2 ) ) );
		}
		return $windows;
	}

	/**
	 * @param list<string> $from
	 * @return list<string>
	 */
	private static function some( array $from, int $min, int $max ): array {
		$picked = array();
		for ( $n = mt_rand( $min, $max ); $n > 0; $n-- ) {
			$picked[] = $from[ mt_rand( 0, count( $from ) - 1 ) ];
		}
		return array_values( array_unique( $picked ) );
	}

	/** A listed mentor with these settings; their stored count set directly. */
	private function mentor( string $zone, array $languages, array $teams, int $capacity, int $load, string $weight = 'normal', string $status = 'available', ?string $away_until = null ): int {
		$id = $this->make_user( 'wayfinder_mentor' );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $id, $zone, $languages, $teams, array(), self::windows(), '', $capacity, $weight, $status, $away_until ) ) );
		if ( $load > 0 ) {
			( new ProfileRepository() )->recount( $id, $load );
		}
		return $id;
	}

	private function mentee( array $languages, array $teams, string $preferred_team = '', string $preferred_language = '' ): int {
		$id                          = $this->make_user( 'subscriber' );
		$profile                     = new Profile( $id, self::ZONES[ array_rand( self::ZONES ) ], $languages, $teams, array(), self::windows() );
		$profile->preferred_team     = $preferred_team;
		$profile->preferred_language = $preferred_language;
		$profile->seeking            = true;
		$this->assertTrue( ( new ProfileRepository() )->save( $profile ) );
		return $id;
	}

	/** A match that ended so that the mentee is never matched with that mentor again. */
	private function not_again( int $mentee, int $mentor ): void {
		global $wpdb;
		$now = gmdate( 'Y-m-d H:i:s' );
		$this->assertSame(
			1,
			$wpdb->insert(
				Schema::matches_table(),
				array(
					'mentee_id'  => $mentee,
					'mentor_id'  => $mentor,
					'source'     => 'auto',
					'status'     => 'ended',
					'end_reason' => 'mentor_declined',
					'created_at' => $now,
					'updated_at' => $now,
				)
			)
		); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}

	/** @return array<int, mixed> What the engine answered, comparable. */
	private static function outcome( ScoredPair|Unmatched $best ): array {
		return $best instanceof ScoredPair
			? array( 'pair', $best->mentor->id, $best->score )
			: array( 'unmatched', $best->code, $best->params );
	}

	/**
	 * @param list<Mentor> $mentors
	 * @return list<Mentor>
	 */
	private static function in_team( array $mentors, string $team ): array {
		return '' === $team ? $mentors : array_values( array_filter( $mentors, static fn ( Mentor $m ): bool => in_array( $team, $m->teams, true ) ) );
	}

	/** @return list<int> The mentees. */
	private function random_program(): array {
		$today = gmdate( 'Y-m-d' );
		$dates = array( null, gmdate( 'Y-m-d', strtotime( '-1 day' ) ), $today, gmdate( 'Y-m-d', strtotime( '+1 day' ) ), gmdate( 'Y-m-d', strtotime( '+9 days' ) ) );
		for ( $i = 0; $i < 160; $i++ ) {
			$status = array( 'available', 'available', 'available', 'away', 'retired' )[ mt_rand( 0, 4 ) ];
			$this->mentor(
				self::ZONES[ array_rand( self::ZONES ) ],
				self::some( self::LANGUAGES, 0, 2 ),
				self::some( self::TEAMS, 0, 2 ),
				mt_rand( 0, 3 ),
				mt_rand( 0, 3 ),
				Mentor::WEIGHTS[ mt_rand( 0, 3 ) ],
				$status,
				'away' === $status ? $dates[ array_rand( $dates ) ] : null
			);
		}
		// Teams where everyone is stopped by one filter, and one with nobody: each reason comes up.
		$this->mentor( 'UTC', array( 'en' ), array( 'hosting' ), 2, 0, 'normal', 'away' );
		$this->mentor( 'UTC', array( 'en' ), array( 'training' ), 2, 0, 'normal', 'retired' );
		$this->mentor( 'UTC', array( 'en' ), array( 'meta' ), 2, 2 );
		$this->mentor( 'UTC', array( 'en' ), array( 'mobile' ), 2, 0, 'none' );
		$declined = $this->mentor( 'UTC', array( 'en' ), array( 'themes' ), 2, 0 );
		// People who hold a profile but not the mentor role are never in the pool.
		for ( $i = 0; $i < 10; $i++ ) {
			$id = $this->make_user( 'subscriber' );
			( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ), array( 'core' ), array(), self::windows(), '', 3 ) );
		}
		$mentees = array();
		for ( $i = 0; $i < 60; $i++ ) {
			$team      = 0 === mt_rand( 0, 2 ) ? self::TEAMS[ array_rand( self::TEAMS ) ] : '';
			$language  = mt_rand( 0, 4 ) > 0 ? '' : self::LANGUAGES[ array_rand( self::LANGUAGES ) ];
			$mentees[] = $this->mentee( self::some( self::LANGUAGES, 0, 2 ), self::some( self::TEAMS, 0, 2 ), $team, $language );
		}
		foreach ( array( 'hosting', 'training', 'meta', 'mobile', 'test', 'themes' ) as $team ) {
			$mentees[] = $this->mentee( array( 'en' ), array(), $team );
		}
		$this->not_again( $mentees[ count( $mentees ) - 1 ], $declined );
		$mentees[] = $this->mentee( array( 'ta' ), array(), '' );
		$this->not_again( $mentees[0], (int) ( new ProfileRepository() )->listed_mentors()[0]->user_id );
		return $mentees;
	}

	public function test_the_narrowed_pool_gives_the_engine_the_same_answer_as_every_listed_mentor(): void {
		mt_srand( 20260301 );
		$mentees  = $this->random_program();
		$pool     = new MentorPool();
		$people   = new EnginePeople();
		$profiles = ( new ProfileRepository() )->find_many( $mentees );
		$engine   = $people->mentees( $profiles );
		$all      = $people->all_mentors();
		$seen     = array();
		$settings = array(
			new Criteria(),
			new Criteria( languages_required: false ),
			new Criteria( fairness: 3.0 ),
			new Criteria( top_k: 3, fairness: 8.0 ),
			new Criteria(
				array(
					Criteria::LANGUAGES => 10.0,
					Criteria::TIME      => 0.0,
					Criteria::TEAMS     => 40.0,
					Criteria::LOAD      => 50.0,
				),
				true,
				2.0,
				10.0,
				5
			),
		);
		// The first settings once more over four weeks across the spring clock changes in the US and Europe.
		$starts     = array_fill( 0, count( $settings ), time() );
		$settings[] = $settings[0];
		$starts[]   = (int) strtotime( '2027-03-10T00:00:00Z' );
		foreach ( $settings as $n => $criteria ) {
			$scorer = new Scorer( $criteria, new AvailabilityCalendar( $starts[ $n ] ) );
			foreach ( $engine as $id => $mentee ) {
				$team   = $profiles[ $id ]->preferred_team;
				$full   = ( new InstantMatcher( new CandidateGenerator( $scorer, self::in_team( $all, $team ) ) ) )->best( $mentee );
				$chosen = null;
				$reads  = self::pool_reads(
					static function () use ( &$chosen, $pool, $mentee, $scorer, $team ) {
						$chosen = $pool->best( $mentee, $scorer, $team );
					}
				);
				$this->assertSame( self::outcome( $full ), self::outcome( $chosen ), "criteria {$n}, mentee {$id}" );
				// "Why am I waiting" asks only whether anyone fits: the engine has a choice exactly then.
				$this->assertSame( $full instanceof ScoredPair, $pool->any_fits( $mentee, $scorer, $team ), "whether anyone fits, criteria {$n}, mentee {$id}" );
				$seen[ 'reads:' . implode( ',', array_map( 'intval', $reads ) ) ]                            = true;
				$seen[ self::outcome( $full )[0] . ':' . ( $full instanceof Unmatched ? $full->code : '' ) ] = true;
				// The board: the top candidates over every team's mentors, or the reason for none.
				$everyone = new CandidateGenerator( $scorer, $all );
				$top      = static fn ( array $pairs ): array => array_map( static fn ( ScoredPair $p ): array => array( $p->mentor->id, $p->score ), $pairs );
				$expected = $everyone->top( $mentee );
				foreach ( array( 1, 3, $criteria->top_k ) as $count ) {
					$found = array();
					$reads = self::pool_reads(
						static function () use ( &$found, $pool, $mentee, $scorer, $count ) {
							$found = $pool->top( $mentee, $scorer, $count );
						}
					);
					$this->assertSame( $top( array_slice( $expected, 0, $count ) ), $top( $found ), "board, {$count} of criteria {$n}, mentee {$id}" );
					$seen[ 'top reads:' . implode( ',', array_map( 'intval', $reads ) ) ] = true;
				}
				if ( array() === $expected ) {
					$this->assertSame( self::outcome( $everyone->why_unmatched( $mentee ) ), self::outcome( $pool->why_unmatched( $mentee, $scorer, '' ) ), "board reason, criteria {$n}, mentee {$id}" );
				}
			}
		}
		// Every answer the engine gives came up, so each was compared; and every way of reading the pool:
		// decided among the mentee's teams alone, after reading everyone too, and by everyone at once.
		foreach ( array( 'pair:', 'reads:1', 'reads:1,0', 'reads:0', 'top reads:1', 'top reads:1,0', 'top reads:0', 'unmatched:no_mentors', 'unmatched:no_language', 'unmatched:all_away', 'unmatched:all_full', 'unmatched:manual_only', 'unmatched:excluded' ) as $kind ) {
			$this->assertArrayHasKey( $kind, $seen, $kind );
		}
	}

	/** A listed mentor in Berlin who speaks English, meets on Mondays at these hours, with this many of 3 places taken. */
	private function mentor_at( array $teams, string $from, string $to, int $load ): int {
		$id = $this->make_user( 'wayfinder_mentor' );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $id, 'Europe/Berlin', array( 'en' ), $teams, array(), array( array( 1, $from, $to ) ), '', 3 ) ) );
		if ( $load > 0 ) {
			( new ProfileRepository() )->recount( $id, $load );
		}
		return $id;
	}

	/**
	 * The pool's queries while $read runs, and whether each was narrowed to the mentee's teams.
	 *
	 * @return list<bool>
	 */
	private static function pool_reads( callable $read ): array {
		$reads = array();
		$watch = static function ( string $sql ) use ( &$reads ): string {
			if ( str_contains( $sql, 'p.mentor_listed = 1 AND ( p.mentor_status' ) ) {
				$reads[] = str_contains( $sql, "f.kind = 'team'" );
			}
			return $sql;
		};
		add_filter( 'query', $watch );
		$read();
		remove_filter( 'query', $watch );
		return $reads;
	}

	public function test_the_choice_is_made_among_mentors_who_share_a_team_when_nobody_else_could_win_it(): void {
		$scorer = new Scorer( new Criteria(), new AvailabilityCalendar( time() ) );
		$mentee = ( new EnginePeople() )->mentee( ( new ProfileRepository() )->find( $this->mentee_at( array( 'core' ) ) ) );
		// Shares the team and two hours a week: 100 points. Anyone outside the team is worth at most 75.
		$teammate = $this->mentor_at( array( 'core' ), '18:00', '20:00', 0 );
		$outsider = $this->mentor_at( array( 'docs' ), '18:00', '20:00', 0 );
		$best     = null;
		$this->assertSame(
			array( true ),
			self::pool_reads(
				static function () use ( &$best, $mentee, $scorer ) {
					$best = ( new MentorPool() )->best( $mentee, $scorer, '' );
				}
			),
			'only the team was read'
		);
		$this->assertInstanceOf( ScoredPair::class, $best );
		$this->assertSame( (string) $teammate, $best->mentor->id );
		$this->assertSame( 100.0, $best->score );
		// The teammate fills up but for one place and meets at another hour: 25 + 25 + 5 = 55 points,
		// less than the outsider's 75, so everyone is read and the outsider is chosen, as over everyone.
		( new ProfileRepository() )->recount( $teammate, 2 );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $teammate, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 3, '06:00', '07:00' ) ), '', 3 ) ) );
		$this->assertSame(
			array( true, false ),
			self::pool_reads(
				static function () use ( &$best, $mentee, $scorer ) {
					$best = ( new MentorPool() )->best( $mentee, $scorer, '' );
				}
			),
			'the team, then everyone'
		);
		$this->assertSame( (string) $outsider, $best->mentor->id );
		$full = ( new InstantMatcher( new CandidateGenerator( $scorer, ( new EnginePeople() )->all_mentors() ) ) )->best( $mentee );
		$this->assertSame( self::outcome( $full ), self::outcome( $best ) );
		// A mentee without teams gives every mentor full marks for teams: everyone is read at once.
		$loner = ( new EnginePeople() )->mentee( ( new ProfileRepository() )->find( $this->mentee_at( array() ) ) );
		$this->assertSame( array( false ), self::pool_reads( static fn () => ( new MentorPool() )->best( $loner, $scorer, '' ) ) );
	}

	/** A mentee in Berlin who speaks English and meets on Mondays 18:00–20:00. */
	private function mentee_at( array $teams ): int {
		$id               = $this->make_user( 'subscriber' );
		$profile          = new Profile( $id, 'Europe/Berlin', array( 'en' ), $teams, array(), array( array( 1, '18:00', '20:00' ) ) );
		$profile->seeking = true;
		$this->assertTrue( ( new ProfileRepository() )->save( $profile ) );
		return $id;
	}

	/** Queries $read makes on a cold cache, past what every request reads first ($warm runs before: a warm-up read). */
	private function queries( callable $read, ?callable $warm = null ): int {
		global $wpdb;
		( $warm ?? $read )();
		wp_cache_flush();
		( new ProfileRepository() )->find_many( array( PHP_INT_MAX ) );
		DisplayName::many( array( PHP_INT_MAX ) );
		Settings::criteria();
		$before = $wpdb->num_queries;
		$read();
		return $wpdb->num_queries - $before;
	}

	/**
	 * Mentors who all meet on Mondays 18:00–20:00 in Berlin (as mentee_at()): how many are read must not
	 * depend on whether random hours happen to meet.
	 *
	 * @return list<int>
	 */
	private function mentors( int $count, array $teams, int $load = 0 ): array {
		$ids = array();
		for ( $i = 0; $i < $count; $i++ ) {
			$ids[] = $this->mentor_at( $teams, '18:00', '20:00', $load );
		}
		return $ids;
	}

	public function test_opting_in_and_the_reason_for_waiting_read_as_much_with_100_mentors_as_with_10(): void {
		$counts = array();
		foreach ( array( 10, 90 ) as $more ) {
			$this->mentors( $more, array( 'core' ) );
			$this->mentors( $more, array( 'meta' ), 3 );
			$matched         = $this->mentee_at( array( 'core' ) );
			$waiting         = $this->mentee( array( 'en' ), array(), 'meta' );
			$warm_a          = $this->mentee_at( array( 'core' ) );
			$warm_b          = $this->mentee( array( 'en' ), array(), 'meta' );
			$counts[ $more ] = array(
				'assign'      => $this->queries( static fn () => ( new AutoAssigner() )->assign( $matched ), static fn () => ( new AutoAssigner() )->assign( $warm_a ) ),
				'queued'      => $this->queries( static fn () => ( new AutoAssigner() )->assign( $waiting ), static fn () => ( new AutoAssigner() )->assign( $warm_b ) ),
				'why_waiting' => $this->queries( static fn () => ( new AutoAssigner() )->why_waiting( $waiting ) ),
			);
			$this->assertSame( 'matched', ( new AutoAssigner() )->assign( $matched )['status'] );
			$this->assertSame( 'No mentor who speaks English has room.', ( new AutoAssigner() )->why_waiting( $waiting ) );
		}
		$this->assertSame( $counts[10], $counts[90], 'the same with 20 and 200 mentors' );
	}

	public function test_board_suggestions_read_as_much_with_100_mentors_as_with_10(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$counts      = array();
		foreach ( array( 10, 90 ) as $more ) {
			$this->mentors( $more, array( 'core' ) );
			$mentee          = $this->mentee( array( 'en' ), array( 'core' ) );
			$counts[ $more ] = $this->queries(
				function () use ( $mentee, $coordinator ) {
					$response = $this->rest( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => $mentee ), $coordinator );
					$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
					$this->assertCount( 3, $response->get_data()['suggestions'] );
				}
			);
		}
		$this->assertSame( $counts[10], $counts[90], 'the same with 10 and 100 mentors' );
	}

	public function test_a_page_of_waiting_mentees_reads_as_much_with_100_waiting_as_with_10(): void {
		update_option( Settings::AUTO_ASSIGN, 'off' );
		$mentor  = $this->mentors( 1, array( 'core' ) )[0];
		$counts  = array();
		$waiting = array();
		foreach ( array( 10, 90 ) as $more ) {
			for ( $i = 0; $i < $more; $i++ ) {
				$id = $this->mentee( array( 'en' ), array( 'core' ), 0 === $i % 3 ? 'core' : '' );
				$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $id ) );
				$waiting[] = $id;
			}
			// Some the mentor cannot take: another team, no shared language, passed on.
			$elsewhere = $this->mentee( array( 'en' ), array(), 'docs' );
			$tamil     = $this->mentee( array( 'ta' ), array() );
			$passed    = $this->mentee( array( 'en' ), array() );
			foreach ( array( $elsewhere, $tamil, $passed ) as $id ) {
				( new RequestService() )->create( array( 'type' => 'mentee_request' ), $id );
			}
			$this->assertTrue( ( new WaitingMentees() )->pass( $mentor, $passed ) );
			$found           = null;
			$rest            = null;
			$counts[ $more ] = array(
				'page' => $this->queries(
					static function () use ( $mentor, &$found ) {
						$found = ( new WaitingMentees() )->for_mentor( $mentor, 2, 5 );
					}
				),
				'rest' => $this->queries(
					function () use ( $mentor, &$rest ) {
						$rest = $this->rest(
							'GET',
							'/wayfinder/v1/mentees/waiting',
							array(
								'per_page' => 5,
								'page'     => 2,
							),
							$mentor
						);
					}
				),
			);
			$this->assertIsArray( $found );
			$this->assertSame( count( $waiting ), $found['total'], 'only those the mentor could take are counted' );
			$this->assertSame( array_slice( $waiting, 5, 5 ), array_column( $found['rows'], 'mentee' ), 'longest waiting first' );
			$this->assertSame( (string) count( $waiting ), $rest->get_headers()['X-WP-Total'] );
			$this->assertSame( array_slice( $waiting, 5, 5 ), array_column( $rest->get_data(), 'mentee' ) );
			$this->assertFalse( ( new WaitingMentees() )->shows( $mentor, $elsewhere ) );
			$this->assertFalse( ( new WaitingMentees() )->shows( $mentor, $tamil ) );
			$this->assertFalse( ( new WaitingMentees() )->shows( $mentor, $passed ) );
			$this->assertTrue( ( new WaitingMentees() )->shows( $mentor, $waiting[0] ) );
		}
		$this->assertSame( $counts[10], $counts[90], 'the same with 10 and 100 waiting' );
	}
}
