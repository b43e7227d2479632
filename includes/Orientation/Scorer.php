<?php
/**
 * Ranks teams for a set of answers. Pure PHP, no WordPress.
 *
 * A team's score is the sum of the points the chosen answers give it (points can be negative). Only
 * teams that take newcomers are ranked (the caller passes them). The order is: higher score first; on
 * equal scores, the team with the larger single contribution from one answer; then the one more
 * answers pointed to; then the team slug in alphabetical order — so the same answers always give the
 * same ranking.
 *
 * The result is the top team plus up to four more teams with a positive score. When no team has a
 * positive score, the quiz's fallback team (if it takes newcomers) is the top team, marked as a
 * fallback; without one, the first team in the order above stands in.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Scorer {

	public const LIMIT = 5;

	/** @var list<string> */
	private array $teams;

	/** @var list<list<array<int, int>>> Per question, per answer: team index => points (candidate teams only). */
	private array $points = array();

	/**
	 * @param list<string> $teams The slugs of the teams that take newcomers (others are never ranked).
	 */
	public function __construct( private readonly Quiz $quiz, array $teams ) {
		$teams = array_values( array_unique( array_map( 'strval', $teams ) ) );
		sort( $teams, SORT_STRING );
		$this->teams = $teams;
		$index       = array_flip( $teams );
		foreach ( $quiz->questions as $question ) {
			$answers = array();
			foreach ( $question->answers as $answer ) {
				$row = array();
				foreach ( $answer->weights as $slug => $points ) {
					if ( isset( $index[ (string) $slug ] ) ) {
						$row[ $index[ (string) $slug ] ] = $points;
					}
				}
				$answers[] = $row;
			}
			$this->points[] = $answers;
		}
	}

	/** @return list<string> The ranked teams, in slug order. */
	public function teams(): array {
		return $this->teams;
	}

	public function quiz(): Quiz {
		return $this->quiz;
	}

	/**
	 * Every ranked team's score and tie-break keys.
	 *
	 * @return array<string, array{score: int, strongest: int, breadth: int}>
	 */
	public function totals( Selection $selection ): array {
		$count     = count( $this->teams );
		$score     = array_fill( 0, $count, 0 );
		$strongest = array_fill( 0, $count, 0 );
		$breadth   = array_fill( 0, $count, 0 );
		foreach ( $selection->pairs() as list( $question, $answer ) ) {
			foreach ( $this->points[ $question ][ $answer ] ?? array() as $team => $points ) {
				$score[ $team ] += $points;
				if ( $points > 0 ) {
					$strongest[ $team ] = max( $strongest[ $team ], $points );
					++$breadth[ $team ];
				}
			}
		}
		$totals = array();
		foreach ( $this->teams as $i => $slug ) {
			$totals[ $slug ] = array(
				'score'     => $score[ $i ],
				'strongest' => $strongest[ $i ],
				'breadth'   => $breadth[ $i ],
			);
		}
		return $totals;
	}

	/**
	 * Every ranked team, best first, by score and the tie-breaks.
	 *
	 * @param array<string, array{score: int, strongest: int, breadth: int}>|null $totals From totals(), if already computed.
	 * @return list<string>
	 */
	public function order( Selection $selection, ?array $totals = null ): array {
		$totals = $totals ?? $this->totals( $selection );
		$order  = $this->teams;
		usort(
			$order,
			static fn ( string $a, string $b ): int => array( $totals[ $b ]['score'], $totals[ $b ]['strongest'], $totals[ $b ]['breadth'], $a )
				<=> array( $totals[ $a ]['score'], $totals[ $a ]['strongest'], $totals[ $a ]['breadth'], $b )
		);
		return $order;
	}

	/** The team that comes out on top, or null when the quiz ranks no team at all. */
	public function top( Selection $selection ): ?string {
		$totals = $this->totals( $selection );
		$order  = $this->order( $selection, $totals );
		if ( array() === $order ) {
			return null;
		}
		return $this->top_of( $order, $totals );
	}

	/** @return list<Recommendation> The top team and up to four more with a positive score. */
	public function rank( Selection $selection, int $limit = self::LIMIT ): array {
		$totals = $this->totals( $selection );
		$order  = $this->order( $selection, $totals );
		if ( array() === $order || $limit < 1 ) {
			return array();
		}
		$top      = $this->top_of( $order, $totals );
		$fallback = $totals[ $top ]['score'] <= 0;
		$ranked   = array( new Recommendation( $top, 1, $totals[ $top ]['score'], $fallback ? array() : $this->reasons( $selection, $top ), $fallback ) );
		foreach ( $order as $slug ) {
			if ( count( $ranked ) >= $limit ) {
				break;
			}
			if ( $slug !== $top && $totals[ $slug ]['score'] > 0 ) {
				$ranked[] = new Recommendation( $slug, count( $ranked ) + 1, $totals[ $slug ]['score'], $this->reasons( $selection, $slug ) );
			}
		}
		return $ranked;
	}

	/**
	 * @param list<string>                                                  $order
	 * @param array<string, array{score: int, strongest: int, breadth: int}> $totals
	 */
	private function top_of( array $order, array $totals ): string {
		$first = $order[0];
		if ( $totals[ $first ]['score'] > 0 ) {
			return $first;
		}
		$fallback = $this->quiz->fallback;
		return isset( $totals[ $fallback ] ) ? $fallback : $first;
	}

	/** @return list<array{question: int, answer: int, points: int}> */
	private function reasons( Selection $selection, string $team ): array {
		$reasons = array();
		foreach ( $selection->pairs() as list( $question, $answer ) ) {
			$points = $this->quiz->questions[ $question ]->answers[ $answer ]->weight( $team );
			if ( $points > 0 ) {
				$reasons[] = array(
					'question' => $question,
					'answer'   => $answer,
					'points'   => $points,
				);
			}
		}
		// Most points first; the sort is stable, so equal points keep the quiz's order.
		usort( $reasons, static fn ( array $a, array $b ): int => $b['points'] <=> $a['points'] );
		return $reasons;
	}
}
