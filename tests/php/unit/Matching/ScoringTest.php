<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use PHPUnit\Framework\TestCase;
use Wayfinder\Bench\InstanceGenerator;
use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\Criteria;
use Wayfinder\Matching\InstantMatcher;
use Wayfinder\Matching\Mentee;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\Messages;
use Wayfinder\Matching\Scorer;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Unmatched;

require_once dirname( __DIR__, 4 ) . '/bin/lib/InstanceGenerator.php';

final class ScoringTest extends TestCase {

	private const NOW = '2026-06-01T00:00:00Z';

	private static function scorer( ?Criteria $criteria = null, string $now = self::NOW ): Scorer {
		return new Scorer( $criteria ?? new Criteria(), new AvailabilityCalendar( (int) strtotime( $now ) ) );
	}

	/** @param array<string, mixed> $data */
	private static function mentor( string $id, array $data = array() ): Mentor {
		return Mentor::from_array(
			$data + array(
				'id'           => $id,
				'timezone'     => 'Europe/Berlin',
				'languages'    => array( 'en' ),
				'teams'        => array( 'core' ),
				'capacity'     => 3,
				'availability' => array( array( 2, '18:00', '20:00' ) ),
			),
			(int) strtotime( self::NOW )
		);
	}

	/** @param array<string, mixed> $data */
	private static function mentee( string $id, array $data = array() ): Mentee {
		return Mentee::from_array(
			$data + array(
				'id'           => $id,
				'timezone'     => 'Europe/Berlin',
				'languages'    => array( 'en' ),
				'teams'        => array( 'core' ),
				'availability' => array( array( 2, '18:00', '20:00' ) ),
			)
		);
	}

	public function test_a_perfect_pair_scores_100_with_a_reason_for_every_criterion(): void {
		$pair    = self::scorer()->score( self::mentee( 'e' ), self::mentor( 'm' ) );
		$reasons = $pair->reasons( new Criteria(), new Messages() );

		$this->assertSame( 100.0, $pair->score );
		$this->assertSame( array( 'languages', 'meeting_time', 'teams', 'load' ), array_keys( $reasons ) );
		$this->assertSame( 'Both speak en.', $reasons['languages'] );
		$this->assertSame( '2 hours a week when both are available, over the coming four weeks.', $reasons['meeting_time'] );
		$this->assertSame( 'Shared teams: core.', $reasons['teams'] );
		$this->assertSame( 'Has room for 3 more (0 of 3 taken; takes a normal share of new mentees).', $reasons['load'] );
	}

	public function test_each_criterion_moves_the_score_by_its_weight(): void {
		$scorer = self::scorer();
		$base   = self::mentee( 'e' );
		// No shared time: loses the 35 points of meeting time.
		$this->assertSame( 65.0, $scorer->score( $base, self::mentor( 'm', array( 'availability' => array( array( 5, '08:00', '09:00' ) ) ) ) )->score );
		// Half the mentee's teams: loses half of 25.
		$this->assertSame( 87.5, $scorer->score( self::mentee( 'e', array( 'teams' => array( 'core', 'docs' ) ) ), self::mentor( 'm' ) )->score );
		// A third of the room left at normal weight: loses two thirds of 15.
		$this->assertSame( 90.0, $scorer->score( $base, self::mentor( 'm', array( 'load' => 2 ) ) )->score );
		// A low-weight mentor with all room: half of 15.
		$this->assertSame( 92.5, $scorer->score( $base, self::mentor( 'm', array( 'weight' => 'low' ) ) )->score );
		// One hour a week of the two-hour target: half of 35.
		$this->assertSame( 82.5, $scorer->score( $base, self::mentor( 'm', array( 'availability' => array( array( 2, '19:00', '21:00' ) ) ) ) )->score );
	}

	public function test_the_preferred_mentor_gets_the_bonus_and_says_so(): void {
		$pair = self::scorer()->score( self::mentee( 'e', array( 'preferred_mentor' => 'm' ) ), self::mentor( 'm' ) );
		$this->assertSame( 110.0, $pair->score );
		$this->assertSame( 'The mentee asked for this mentor.', $pair->reasons( new Criteria(), new Messages() )['preference'] );
	}

	public function test_a_switched_off_criterion_neither_scores_nor_explains(): void {
		$criteria = Criteria::from_array( array( 'disabled' => array( 'teams' ) ) );
		$pair     = self::scorer( $criteria )->score( self::mentee( 'e', array( 'teams' => array( 'docs' ) ) ), self::mentor( 'm' ) );
		$this->assertSame( 100.0, $pair->score );
		$this->assertArrayNotHasKey( 'teams', $pair->reasons( $criteria, new Messages() ) );
	}

	public function test_hard_filters_remove_away_retired_full_manual_excluded_and_self(): void {
		$scorer = self::scorer();
		$this->assertSame( 'away', $scorer->mentor_filter( self::mentor( 'a', array( 'status' => 'away' ) ) ) );
		$this->assertSame(
			'away',
			$scorer->mentor_filter(
				self::mentor(
					'a',
					array(
						'status'     => 'away',
						'away_until' => '2026-07-01',
					)
				)
			)
		);
		$this->assertNull(
			$scorer->mentor_filter(
				self::mentor(
					'a',
					array(
						'status'     => 'away',
						'away_until' => '2026-05-01',
					)
				)
			),
			'back from leave'
		);
		$this->assertSame( 'away', $scorer->mentor_filter( self::mentor( 'r', array( 'status' => 'retired' ) ) ) );
		$this->assertSame( 'full', $scorer->mentor_filter( self::mentor( 'f', array( 'load' => 3 ) ) ) );
		$this->assertSame( 'full', $scorer->mentor_filter( self::mentor( 'z', array( 'capacity' => 0 ) ) ) );
		$this->assertSame( 'manual_only', $scorer->mentor_filter( self::mentor( 'n', array( 'weight' => 'none' ) ) ) );
		$this->assertTrue( $scorer->pair_excluded( self::mentee( 'same' ), self::mentor( 'same' ) ) );
		$this->assertTrue( $scorer->pair_excluded( self::mentee( 'e', array( 'excluded_mentors' => array( 'm' ) ) ), self::mentor( 'm' ) ) );
		$this->assertTrue( $scorer->pair_excluded( self::mentee( 'e', array( 'languages' => array( 'ta' ) ) ), self::mentor( 'm' ) ) );
		$this->assertFalse( self::scorer( Criteria::from_array( array( 'languages_required' => false ) ) )->pair_excluded( self::mentee( 'e', array( 'languages' => array( 'ta' ) ) ), self::mentor( 'm' ) ) );
	}

	/** @return array<string, array{0: list<Mentor>, 1: string}> */
	public function unmatched_cases(): array {
		return array(
			'nobody speaks Tamil'         => array( array( self::mentor( 'm' ) ), 'No mentor speaks ta.' ),
			'the Tamil speaker is away'   => array(
				array(
					self::mentor(
						'm',
						array(
							'languages' => array( 'ta' ),
							'status'    => 'away',
						)
					),
				),
				'Every mentor who speaks ta is away or retired.',
			),
			'the Tamil speaker is full'   => array(
				array(
					self::mentor(
						'm',
						array(
							'languages' => array( 'ta' ),
							'load'      => 3,
						)
					),
				),
				'No mentor who speaks ta has room.',
			),
			'the Tamil speaker picks'     => array(
				array(
					self::mentor(
						'm',
						array(
							'languages' => array( 'ta' ),
							'weight'    => 'none',
						)
					),
				),
				'The mentors who speak ta with room only take mentees they pick themselves.',
			),
			'the Tamil speaker ended it'  => array( array( self::mentor( 'x', array( 'languages' => array( 'ta' ) ) ) ), 'The only mentors who fit are ones this mentee should not be matched with again.' ),
			'there are no mentors at all' => array( array(), 'No mentor is available for automatic matching right now.' ),
		);
	}

	/**
	 * @dataProvider unmatched_cases
	 * @param list<Mentor> $mentors
	 */
	public function test_a_mentee_nobody_fits_is_told_why( array $mentors, string $reason ): void {
		$mentee = self::mentee(
			'karthik',
			array(
				'languages'        => array( 'ta' ),
				'excluded_mentors' => array( 'x' ),
			)
		);
		$set    = ( new CandidateGenerator( self::scorer(), $mentors ) )->generate( array( $mentee ) );
		$this->assertSame( array(), $set->candidates );
		$this->assertSame( $reason, $set->unmatched['karthik']->reason( new Messages() ) );

		$instant = ( new InstantMatcher( new CandidateGenerator( self::scorer(), $mentors ) ) )->best( $mentee );
		$this->assertInstanceOf( Unmatched::class, $instant );
		$this->assertSame( $reason, $instant->reason( new Messages() ) );
	}

	/**
	 * The candidate generator visits only some mentors and inlines the score; here it must agree
	 * with scoring every eligible mentor one by one.
	 *
	 * @return array<string, array{0: array<string, mixed>}>
	 */
	public function criteria_variants(): array {
		return array(
			'defaults'                 => array( array() ),
			'languages only score'     => array( array( 'languages_required' => false ) ),
			'time and teams dominate'  => array(
				array(
					'weights' => array(
						'languages'    => 0,
						'meeting_time' => 60,
						'teams'        => 40,
						'load'         => 0,
					),
				),
			),
			'small k'                  => array( array( 'top_k' => 3 ) ),
			// Europe and Australia change clocks inside these four weeks; the Americas and Asia do not.
			'across the March changes' => array( array(), '2026-03-16T00:00:00Z' ),
		);
	}

	/**
	 * @dataProvider criteria_variants
	 * @param array<string, mixed> $criteria_data
	 */
	public function test_top_candidates_equal_scoring_every_mentor_one_by_one( array $criteria_data, string $now = self::NOW ): void {
		$data = ( new InstanceGenerator( 7 ) )->instance( 120, 60 );
		self::assert_top_equals_scoring_everyone( Criteria::from_array( $criteria_data ), new AvailabilityCalendar( (int) strtotime( $now ) ), $data );
	}

	/**
	 * The generator's shortcuts — the index of long windows in pieces, the week patterns of people whose
	 * clocks change, sorting only the top buckets of many scores — against scoring everyone.
	 *
	 * @return array<string, array{0: int, 1: int, 2: int, 3: int}>
	 */
	public function shortcut_variants(): array {
		return array(
			// Mentees, mentors, top K, horizon days: many mentors share time with each mentee.
			'many mentors, few kept'      => array( 60, 300, 5, 28 ),
			'many mentors, default K'     => array( 60, 300, 20, 28 ),
			'a horizon of no whole weeks' => array( 80, 120, 10, 10 ),
			'long windows, two weeks'     => array( 80, 120, 10, 14 ),
		);
	}

	/** @dataProvider shortcut_variants */
	public function test_top_candidates_equal_scoring_everyone_on_larger_pools_and_long_windows( int $mentees, int $mentors, int $k, int $days ): void {
		$data = ( new InstanceGenerator( 23 ) )->instance( $mentees, $mentors );
		if ( 14 === $days ) {
			// Day-long and evening windows, longer than the index's pieces, for every third person.
			foreach ( array( 'mentors', 'mentees' ) as $side ) {
				foreach ( $data[ $side ] as $n => $person ) {
					if ( 0 === $n % 3 ) {
						$data[ $side ][ $n ]['availability'][] = array( 1 + $n % 7, '07:30', '21:00' );
						$data[ $side ][ $n ]['availability'][] = array( 1 + ( $n + 3 ) % 7, '16:00', '24:00' );
					}
				}
			}
		}
		self::assert_top_equals_scoring_everyone( new Criteria( top_k: $k ), new AvailabilityCalendar( (int) strtotime( '2026-03-23T00:00:00Z' ), $days ), $data );
	}

	/**
	 * Holds the generator's top K of every mentee to scoring every eligible mentor one by one.
	 *
	 * @param array{mentors: list<array<string, mixed>>, mentees: list<array<string, mixed>>} $data
	 */
	private static function assert_top_equals_scoring_everyone( Criteria $criteria, AvailabilityCalendar $calendar, array $data ): void {
		$scorer  = new Scorer( $criteria, $calendar );
		$mentors = array_map( array( Mentor::class, 'from_array' ), $data['mentors'] );
		$mentees = array_map( array( Mentee::class, 'from_array' ), $data['mentees'] );
		$set     = ( new CandidateGenerator( $scorer, $mentors ) )->generate( $mentees );

		foreach ( $mentees as $mentee ) {
			$expected = array();
			foreach ( $mentors as $order => $mentor ) {
				if ( null === $scorer->mentor_filter( $mentor ) && ! $scorer->pair_excluded( $mentee, $mentor ) ) {
					$pair       = $scorer->score( $mentee, $mentor );
					$expected[] = array( $pair->score, $order, $mentor->id, $pair->shared_seconds );
				}
			}
			usort( $expected, static fn ( array $a, array $b ): int => array( $b[0], $a[1] ) <=> array( $a[0], $b[1] ) );
			$expected = array_slice( $expected, 0, $criteria->top_k );
			$actual   = array_map( static fn ( ScoredPair $p ): array => array( $p->score, $p->mentor->id, $p->shared_seconds ), $set->candidates[ $mentee->id ] ?? array() );
			self::assertSame( array_map( static fn ( array $e ): array => array( $e[0], $e[2], $e[3] ), $expected ), $actual, $mentee->id );
		}
	}

	public function test_a_mentee_without_teams_still_gets_a_roomy_mentor_who_shares_no_time(): void {
		// Without teams every mentor earns the teams term, so room can outweigh a sliver of shared time.
		$scorer  = self::scorer( new Criteria( top_k: 2 ) );
		$sliver  = array( array( 2, '18:00', '18:10' ) );
		$mentors = array(
			self::mentor(
				'busy-1',
				array(
					'capacity'     => 10,
					'load'         => 9,
					'availability' => $sliver,
				)
			),
			self::mentor(
				'busy-2',
				array(
					'capacity'     => 10,
					'load'         => 9,
					'availability' => $sliver,
				)
			),
			self::mentor(
				'roomy',
				array(
					'capacity'     => 10,
					'availability' => array(),
				)
			),
		);
		$mentee  = self::mentee( 'newcomer', array( 'teams' => array() ) );
		$top     = ( new CandidateGenerator( $scorer, $mentors ) )->top( $mentee );
		$this->assertSame( 'roomy', $top[0]->mentor->id );
		$this->assertSame( $scorer->score( $mentee, $mentors[2] )->score, $top[0]->score );
		$this->assertGreaterThan( $scorer->score( $mentee, $mentors[0] )->score, $top[0]->score );
	}

	public function test_the_instant_path_picks_the_best_scoring_mentor_with_room(): void {
		$scorer  = self::scorer();
		$data    = ( new InstanceGenerator( 11 ) )->instance( 30, 80 );
		$mentors = array_map( array( Mentor::class, 'from_array' ), $data['mentors'] );
		$pool    = new CandidateGenerator( $scorer, $mentors );
		$set     = $pool->generate( array_map( array( Mentee::class, 'from_array' ), $data['mentees'] ) );
		foreach ( $data['mentees'] as $raw ) {
			$best = ( new InstantMatcher( $pool ) )->best( Mentee::from_array( $raw ) );
			if ( isset( $set->candidates[ $raw['id'] ] ) ) {
				$this->assertInstanceOf( ScoredPair::class, $best );
				$this->assertSame( $set->candidates[ $raw['id'] ][0]->mentor->id, $best->mentor->id, $raw['id'] );
			} else {
				$this->assertInstanceOf( Unmatched::class, $best );
			}
		}
	}

	public function test_with_fairness_the_instant_path_equals_weighing_every_mentor(): void {
		$scorer  = self::scorer(
			Criteria::from_array(
				array(
					'fairness' => 4,
					'top_k'    => 2,
				)
			)
		);
		$data    = ( new InstanceGenerator( 23 ) )->instance( 40, 60 );
		$mentors = array_map(
			static fn ( array $m ): Mentor => Mentor::from_array( $m + array( 'load' => min( $m['capacity'] - 1, $m['capacity'] % 4 ) ) ),
			$data['mentors']
		);
		$pool    = new CandidateGenerator( $scorer, $mentors );
		foreach ( $data['mentees'] as $raw ) {
			$mentee = Mentee::from_array( $raw );
			$best   = null;
			foreach ( $mentors as $mentor ) {
				if ( null !== $scorer->mentor_filter( $mentor ) || $scorer->pair_excluded( $mentee, $mentor ) ) {
					continue;
				}
				$pair  = $scorer->score( $mentee, $mentor );
				$value = array( $pair->score - 4 * $mentor->load, $pair->score );
				if ( null === $best || $value > $best[0] ) {
					$best = array( $value, $mentor->id );
				}
			}
			$got = ( new InstantMatcher( $pool ) )->best( $mentee );
			$this->assertSame( $best[1] ?? null, $got instanceof ScoredPair ? $got->mentor->id : null, $mentee->id );
		}
	}

	public function test_the_instant_path_weighs_load_when_fairness_is_on(): void {
		$mentee  = self::mentee( 'e' );
		$busy    = self::mentor(
			'busy',
			array(
				'capacity' => 10,
				'load'     => 4,
			)
		);
		$idle    = self::mentor(
			'idle',
			array(
				'capacity'     => 10,
				'load'         => 0,
				'availability' => array(
					array(
						2,
						'18:30',
						'20:00',
					),
				),
			)
		);
		$without = ( new InstantMatcher( new CandidateGenerator( self::scorer(), array( $busy, $idle ) ) ) )->best( $mentee );
		$with    = ( new InstantMatcher( new CandidateGenerator( self::scorer( Criteria::from_array( array( 'fairness' => 2 ) ) ), array( $busy, $idle ) ) ) )->best( $mentee );
		$this->assertSame( 'busy', $without->mentor->id );
		$this->assertSame( 'idle', $with->mentor->id );
	}
}
