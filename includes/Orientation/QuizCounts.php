<?php
/**
 * Anonymous aggregate counts of the quiz, per quiz, team and ISO week: how often a team was shown
 * in a result (shown), shown first (top), and how often someone asked for a mentor in it from a
 * result (asked). Nothing else is kept: no answers, no account, no address, no time finer than the week.
 *
 * The rows and their SQL are QuizCountRepository's: two statements for all the teams of a result,
 * safe with simultaneous visitors on many web servers.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class QuizCounts {

	public const SHOWN = 'shown';
	public const TOP   = 'top';
	public const ASKED = 'asked';
	public const KINDS = array( self::SHOWN, self::TOP, self::ASKED );

	public function __construct(
		private readonly QuizCountRepository $rows = new QuizCountRepository(),
	) {}

	/** The ISO week of a time, e.g. 2026-W05. */
	public static function week( int $time ): string {
		return gmdate( 'o-\WW', $time );
	}

	/**
	 * The ISO weeks ending with this one, oldest first.
	 *
	 * @return list<string>
	 */
	public static function weeks( int $count, ?int $now = null ): array {
		$now   = $now ?? time();
		$weeks = array();
		for ( $i = $count - 1; $i >= 0; $i-- ) {
			$weeks[] = self::week( $now - $i * WEEK_IN_SECONDS );
		}
		return $weeks;
	}

	public function add( int $quiz_id, string $team, string $kind, ?int $time = null ): void {
		$this->add_many( $quiz_id, array( array( $team, $kind ) ), $time );
	}

	/**
	 * Adds one to several counts of a quiz in the same week: two statements whatever their number.
	 *
	 * @param list<array{0: string, 1: string}> $counts [team, kind] pairs.
	 */
	public function add_many( int $quiz_id, array $counts, ?int $time = null ): void {
		$counts = array_values(
			array_filter(
				$counts,
				static fn ( array $count ): bool => in_array( $count[1], self::KINDS, true ) && 1 === preg_match( Quiz::TEAM_SLUG, $count[0] )
			)
		);
		$this->rows->bump( $quiz_id, self::week( $time ?? time() ), $counts );
	}

	/**
	 * A result was shown: every team in it counts as shown, the first also as top.
	 *
	 * @param list<Recommendation> $ranked
	 */
	public function shown( int $quiz_id, array $ranked ): void {
		$counts = array();
		foreach ( $ranked as $recommendation ) {
			$counts[] = array( $recommendation->team, self::SHOWN );
			if ( 1 === $recommendation->rank ) {
				$counts[] = array( $recommendation->team, self::TOP );
			}
		}
		$this->add_many( $quiz_id, $counts );
	}

	/**
	 * The counts of the given weeks, per team and per week.
	 *
	 * @param list<string> $weeks   ISO weeks, oldest first.
	 * @param int          $quiz_id 0 for every quiz.
	 * @return array{teams: array<string, array{shown: int, top: int, asked: int}>, weeks: array<string, array{shown: int, top: int, asked: int}>}
	 */
	public function summary( array $weeks, int $quiz_id = 0 ): array {
		$zero   = array(
			self::SHOWN => 0,
			self::TOP   => 0,
			self::ASKED => 0,
		);
		$result = array(
			'teams' => array(),
			'weeks' => array_fill_keys( $weeks, $zero ),
		);
		if ( array() === $weeks ) {
			return $result;
		}
		$by_team = array();
		$by_week = array();
		foreach ( $this->rows->totals( $weeks[0], $weeks[ count( $weeks ) - 1 ], $quiz_id ) as $row ) {
			$kind = $row['kind'];
			$week = $row['week'];
			$team = $row['team'];
			if ( ! in_array( $kind, self::KINDS, true ) || ! isset( $result['weeks'][ $week ] ) ) {
				continue;
			}
			$by_team[ $team ][ $kind ] = ( $by_team[ $team ][ $kind ] ?? 0 ) + $row['total'];
			$by_week[ $week ][ $kind ] = ( $by_week[ $week ][ $kind ] ?? 0 ) + $row['total'];
		}
		$shape = static fn ( array $counts ): array => array(
			self::SHOWN => (int) ( $counts[ self::SHOWN ] ?? 0 ),
			self::TOP   => (int) ( $counts[ self::TOP ] ?? 0 ),
			self::ASKED => (int) ( $counts[ self::ASKED ] ?? 0 ),
		);
		foreach ( $by_team as $team => $counts ) {
			$result['teams'][ (string) $team ] = $shape( $counts );
		}
		foreach ( $by_week as $week => $counts ) {
			$result['weeks'][ (string) $week ] = $shape( $counts );
		}
		uasort( $result['teams'], static fn ( array $a, array $b ): int => array( $b['shown'], $b['asked'] ) <=> array( $a['shown'], $a['asked'] ) );
		return $result;
	}
}
