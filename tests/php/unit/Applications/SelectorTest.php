<?php
/**
 * The selection's rules: reserved seats for sponsored contributors kept before their day and given
 * to others after it, the places per way of taking part and per team, ties broken transparently and
 * reproducibly, the waitlist's length, and a decision for everyone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Applications;

use PHPUnit\Framework\TestCase;
use Wayfinder\Applications\Selection\Candidate;
use Wayfinder\Applications\Selection\Outcome;
use Wayfinder\Applications\Selection\Rules;
use Wayfinder\Applications\Selection\Selector;

final class SelectorTest extends TestCase {

	/** @param list<string> $teams */
	private static function candidate( string $key, float $score, bool $sponsored = false, string $mode = 'one_to_one', array $teams = array(), float $spread = 0.5, int $reviews = 2 ): Candidate {
		return new Candidate( $key, $score, $spread, $reviews, $sponsored, $mode, $teams );
	}

	/**
	 * @param list<Outcome> $outcomes
	 * @return array<string, Outcome>
	 */
	private static function by_key( array $outcomes ): array {
		$keyed = array();
		foreach ( $outcomes as $outcome ) {
			$keyed[ $outcome->key ] = $outcome;
		}
		return $keyed;
	}

	/**
	 * @param list<Outcome> $outcomes
	 * @return list<string>
	 */
	private static function with( array $outcomes, string $decision ): array {
		return array_values( array_map( static fn ( Outcome $o ): string => $o->key, array_filter( $outcomes, static fn ( Outcome $o ): bool => $decision === $o->decision ) ) );
	}

	/** @return list<Candidate> Six candidates, A best; E and F sponsored and ranked last. */
	private static function field(): array {
		return array(
			self::candidate( 'AAAA', 9.0 ),
			self::candidate( 'BBBB', 8.0 ),
			self::candidate( 'CCCC', 7.0 ),
			self::candidate( 'DDDD', 6.0 ),
			self::candidate( 'EEEE', 5.0, true ),
			self::candidate( 'FFFF', 4.0, true ),
		);
	}

	public function test_reserved_seats_go_to_sponsored_candidates_first_in_rank_order(): void {
		$outcomes = Selector::select( self::field(), new Rules( 3, 1 ) );
		$keyed    = self::by_key( $outcomes );
		$this->assertSame( array( 'AAAA', 'BBBB', 'EEEE' ), self::with( $outcomes, Selector::ACCEPTED ) );
		$this->assertSame( Selector::RESERVED_SEAT, $keyed['EEEE']->reason );
		$this->assertSame( Selector::BY_SCORE, $keyed['AAAA']->reason );
		$this->assertSame( Selector::BELOW_LINE, $keyed['CCCC']->reason );
		$this->assertSame( 1, $keyed['CCCC']->position, 'the best not taken heads the waitlist' );
		$this->assertSame( Selector::WAITLISTED, $keyed['FFFF']->decision, 'F is on the waitlist of three' );
	}

	public function test_unused_reserved_seats_stay_empty_before_their_day_and_go_to_the_next_after_it(): void {
		$none_sponsored = array_slice( self::field(), 0, 4 );
		$kept           = Selector::select( $none_sponsored, new Rules( 3, 2, false ) );
		$this->assertSame( array( 'AAAA' ), self::with( $kept, Selector::ACCEPTED ), 'two seats kept empty' );
		$released = Selector::select( $none_sponsored, new Rules( 3, 2, true ) );
		$this->assertSame( array( 'AAAA', 'BBBB', 'CCCC' ), self::with( $released, Selector::ACCEPTED ) );
		$this->assertSame( Selector::BY_SCORE, self::by_key( $released )['CCCC']->reason );
	}

	public function test_not_enough_sponsored_candidates_fill_what_they_can_and_release_gives_the_rest(): void {
		$field = array_slice( self::field(), 0, 5 ); // One sponsored: E.
		$kept  = Selector::select( $field, new Rules( 4, 3, false ) );
		$this->assertSame( array( 'AAAA', 'EEEE' ), self::with( $kept, Selector::ACCEPTED ), 'one reserved seat used, two kept empty, one open seat' );
		$released = Selector::select( $field, new Rules( 4, 3, true ) );
		$this->assertSame( array( 'AAAA', 'BBBB', 'CCCC', 'EEEE' ), self::with( $released, Selector::ACCEPTED ) );
	}

	public function test_a_reserved_count_above_the_seats_never_fills_more_than_the_seats(): void {
		$outcomes = Selector::select( self::field(), new Rules( 1, 5 ) );
		$this->assertSame( array( 'EEEE' ), self::with( $outcomes, Selector::ACCEPTED ) );
	}

	public function test_places_per_mode_are_kept_and_the_next_who_fits_is_taken(): void {
		$field    = array(
			self::candidate( 'AAAA', 9.0, false, 'one_to_one' ),
			self::candidate( 'BBBB', 8.0, false, 'one_to_one' ),
			self::candidate( 'CCCC', 7.0, false, 'group_only' ),
			self::candidate( 'DDDD', 6.0, false, 'project_group' ),
		);
		$outcomes = Selector::select(
			$field,
			new Rules(
				3,
				0,
				false,
				array(
					'one_to_one'    => 1,
					'project_group' => 6,
				)
			)
		);
		$keyed    = self::by_key( $outcomes );
		$this->assertSame( array( 'AAAA', 'CCCC', 'DDDD' ), self::with( $outcomes, Selector::ACCEPTED ) );
		$this->assertSame( Selector::MODE_FULL, $keyed['BBBB']->reason );
		$this->assertSame( Selector::WAITLISTED, $keyed['BBBB']->decision );
	}

	public function test_team_places_count_only_modes_with_a_mentor_and_a_candidate_fits_with_any_named_team_or_none(): void {
		$field    = array(
			self::candidate( 'AAAA', 9.0, false, 'one_to_one', array( 'core' ) ),
			self::candidate( 'BBBB', 8.0, false, 'one_to_one', array( 'core' ) ),
			self::candidate( 'CCCC', 7.0, false, 'one_to_one', array( 'core', 'polyglots' ) ),
			self::candidate( 'DDDD', 6.0, false, 'group_only', array( 'core' ) ),
			self::candidate( 'EEEE', 5.0, false, 'one_to_one', array() ),
			self::candidate( 'FFFF', 4.0, false, 'one_to_one', array( 'design' ) ),
		);
		$rules    = new Rules(
			6,
			0,
			false,
			array(),
			array(
				'core'      => 1,
				'polyglots' => 1,
			),
			array( 'one_to_one', 'project_group' )
		);
		$outcomes = Selector::select( $field, $rules );
		$keyed    = self::by_key( $outcomes );
		$this->assertSame( array( 'AAAA', 'CCCC', 'DDDD', 'EEEE' ), self::with( $outcomes, Selector::ACCEPTED ) );
		$this->assertSame( 'core', $keyed['AAAA']->team );
		$this->assertSame( 'polyglots', $keyed['CCCC']->team, 'core was full, polyglots had room' );
		$this->assertSame( Selector::TEAM_FULL, $keyed['BBBB']->reason );
		$this->assertSame( Selector::TEAM_FULL, $keyed['FFFF']->reason, 'no mentor of the cohort lists design' );
		$this->assertSame( '', $keyed['DDDD']->team, 'the group sessions need no mentor' );
	}

	public function test_without_team_limits_teams_do_not_matter(): void {
		$field    = array( self::candidate( 'AAAA', 9.0, false, 'one_to_one', array( 'design' ) ) );
		$outcomes = Selector::select( $field, new Rules( 1, 0, false, array(), null, array( 'one_to_one' ) ) );
		$this->assertSame( Selector::ACCEPTED, $outcomes[0]->decision );
	}

	public function test_ties_are_broken_by_lower_spread_then_more_reviews_then_the_draw_and_say_how(): void {
		$field  = array(
			self::candidate( 'WIDE', 7.0, false, 'one_to_one', array(), 2.0, 3 ),
			self::candidate( 'NARR', 7.0, false, 'one_to_one', array(), 0.5, 2 ),
			self::candidate( 'MORE', 7.0, false, 'one_to_one', array(), 2.0, 4 ),
			self::candidate( 'TOPS', 8.0, false, 'one_to_one', array(), 3.0, 1 ),
		);
		$ranked = Selector::rank( $field, '42' );
		$this->assertSame( array( 'TOPS', 'NARR', 'MORE', 'WIDE' ), array_map( static fn ( array $e ): string => $e['candidate']->key, $ranked ) );
		$this->assertSame( array( '', '', Selector::TIE_SPREAD, Selector::TIE_REVIEWS ), array_column( $ranked, 'tie' ) );
	}

	public function test_the_draw_is_reproducible_from_the_salt_and_differs_between_cohorts(): void {
		$keys  = array( 'K1AA', 'K2BB', 'K3CC', 'K4DD', 'K5EE', 'K6FF', 'K7GG', 'K8HH' );
		$field = array_map( static fn ( string $key ): Candidate => self::candidate( $key, 5.0 ), $keys );
		$order = static fn ( string $salt, array $candidates ): array => array_map( static fn ( array $e ): string => $e['candidate']->key, Selector::rank( $candidates, $salt ) );
		$first = $order( '101', $field );
		$this->assertSame( $first, $order( '101', array_reverse( $field ) ), 'the same whatever order they came in' );
		$this->assertSame( $first, $order( '101', $field ), 'the same every time' );
		$expected = $keys;
		usort( $expected, static fn ( string $a, string $b ): int => hash( 'sha256', '101:' . $a ) <=> hash( 'sha256', '101:' . $b ) );
		$this->assertSame( $expected, $first, 'sha256 of the cohort and the pseudonym' );
		$this->assertNotSame( $first, $order( '102', $field ), 'another cohort draws differently' );
		$ties = array_column( Selector::rank( $field, '101' ), 'tie' );
		$this->assertSame( array_merge( array( '' ), array_fill( 0, 7, Selector::TIE_DRAW ) ), $ties );
	}

	public function test_the_waitlist_has_the_length_asked_and_the_rest_are_declined(): void {
		$outcomes = Selector::select( self::field(), new Rules( 2, 0, false, array(), null, array(), 2 ) );
		$keyed    = self::by_key( $outcomes );
		$this->assertSame( array( 'CCCC', 'DDDD' ), self::with( $outcomes, Selector::WAITLISTED ) );
		$this->assertSame( array( 1, 2 ), array( $keyed['CCCC']->position, $keyed['DDDD']->position ) );
		$this->assertSame( array( 'EEEE', 'FFFF' ), self::with( $outcomes, Selector::DECLINED ) );
		$this->assertNull( $keyed['EEEE']->position );
		$this->assertSame( Selector::BELOW_LINE, $keyed['EEEE']->reason );
		$default = Selector::select( self::field(), new Rules( 1 ) );
		$this->assertCount( 1, self::with( $default, Selector::WAITLISTED ), 'by default as long as the seats' );
		$none = Selector::select( self::field(), new Rules( 2, 0, false, array(), null, array(), 0 ) );
		$this->assertCount( 4, self::with( $none, Selector::DECLINED ) );
	}

	public function test_everyone_gets_exactly_one_decision_and_a_reason(): void {
		$field = array();
		for ( $i = 0; $i < 40; $i++ ) {
			$field[] = self::candidate( sprintf( 'C%03d', $i ), (float) ( $i % 7 ), 0 === $i % 5, array( 'one_to_one', 'project_group', 'group_only' )[ $i % 3 ], 0 === $i % 2 ? array( 'core' ) : array() );
		}
		$outcomes = Selector::select( $field, new Rules( 12, 3, true, array( 'one_to_one' => 4 ), array( 'core' => 3 ), array( 'one_to_one', 'project_group' ), 10 ) );
		$this->assertCount( 40, $outcomes );
		$this->assertCount( 40, array_unique( array_map( static fn ( Outcome $o ): string => $o->key, $outcomes ) ) );
		$this->assertCount( 12, self::with( $outcomes, Selector::ACCEPTED ) );
		$this->assertCount( 10, self::with( $outcomes, Selector::WAITLISTED ) );
		$this->assertCount( 18, self::with( $outcomes, Selector::DECLINED ) );
		foreach ( $outcomes as $index => $outcome ) {
			$this->assertSame( $index + 1, $outcome->rank );
			$this->assertContains( $outcome->reason, array( Selector::RESERVED_SEAT, Selector::BY_SCORE, Selector::MODE_FULL, Selector::TEAM_FULL, Selector::BELOW_LINE ) );
		}
	}

	public function test_nobody_is_accepted_without_seats_and_no_candidates_give_no_outcomes(): void {
		$this->assertSame( array(), Selector::select( array(), new Rules( 5 ) ) );
		$this->assertSame( array(), self::with( Selector::select( self::field(), new Rules( 0 ) ), Selector::ACCEPTED ) );
	}
}
