<?php
/**
 * Can every team that takes newcomers come out on top of this quiz for some set of answers? Pure PHP.
 *
 * A team counts as reachable only with evidence: an explicit set of answers for which the real Scorer
 * ranks it first with a positive score (or as the quiz's fallback team). The check never trusts an
 * estimate; it proposes candidate answer sets and lets the Scorer decide.
 *
 * 1. Small quizzes (at most EXHAUSTIVE_LIMIT valid answer sets): every answer set is scored. The
 *    answer is exact: each team is proven with the first set that puts it first, or impossible.
 * 2. Otherwise, per team T:
 *    a. Exact bounds rule teams out. The points T can gain over one rival R are separable by question:
 *       the best of (points to T − points to R) over a single-choice question's answers, the sum of the
 *       positive differences over a multiple-choice question's. If that best margin is below zero for
 *       some R, no answer set lets T reach R's score: impossible. If no answer gives T points, T never
 *       scores above zero: impossible (unless it is the fallback team).
 *    b. Otherwise candidates are built (T alone; T against the strongest other team per answer; T
 *       against each rival; and a multiplicative-weights search that shifts weight towards the rivals
 *       that keep beating T), each improved by hill climbing (change one answer at a time while the
 *       smallest lead over any rival grows), and each checked with the Scorer. Beating every rival
 *       separately with different answers proves nothing, which is why only a single set the Scorer
 *       ranks first counts.
 *    c. A team with no such set is reported unproven, with the closest set found, the rival still
 *       ahead and by how much, and the answer where more points would help most.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Reachability {

	public const EXHAUSTIVE_LIMIT = 4096;
	private const ROUNDS          = 40;
	private const CLIMB_STEPS     = 100;

	/** @var list<string> */
	private array $teams;

	/** @var list<list<array<int, int>>> */
	private array $points;

	/** @var list<Question> */
	private array $questions;

	public function __construct( private readonly Scorer $scorer ) {
		$this->teams     = $scorer->teams();
		$this->questions = $scorer->quiz()->questions;
		$index           = array_flip( $this->teams );
		$this->points    = array();
		foreach ( $this->questions as $question ) {
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

	/** @return array<string, TeamReach> Team slug => the verdict, for every team that takes newcomers. */
	public function check(): array {
		if ( $this->space() <= self::EXHAUSTIVE_LIMIT ) {
			return $this->exhaustive();
		}
		$report = array();
		foreach ( array_keys( $this->teams ) as $team ) {
			$report[ $this->teams[ $team ] ] = $this->search( $team );
		}
		return $report;
	}

	/** How many valid answer sets the quiz has, counted up to just past the exhaustive limit. */
	public function space(): int {
		$size = 1;
		foreach ( $this->questions as $question ) {
			$count = count( $question->answers );
			$size *= $question->multiple ? 2 ** min( $count, 13 ) : $count;
			if ( $size > self::EXHAUSTIVE_LIMIT ) {
				return self::EXHAUSTIVE_LIMIT + 1;
			}
		}
		return $size;
	}

	/** The team the Scorer puts first for these answers, if that counts as a recommendation. */
	public function winner( Selection $selection ): ?string {
		$top = $this->scorer->rank( $selection, 1 )[0] ?? null;
		if ( null === $top ) {
			return null;
		}
		return $top->score > 0 || $top->team === $this->scorer->quiz()->fallback ? $top->team : null;
	}

	/** @return array<string, TeamReach> */
	private function exhaustive(): array {
		$options = array();
		foreach ( $this->questions as $question ) {
			$count = count( $question->answers );
			$sets  = array();
			if ( $question->multiple ) {
				for ( $mask = 0; $mask < 2 ** $count; $mask++ ) {
					$sets[] = array_values( array_filter( range( 0, $count - 1 ), static fn ( int $answer ): bool => (bool) ( $mask & ( 1 << $answer ) ) ) );
				}
			} else {
				foreach ( range( 0, $count - 1 ) as $answer ) {
					$sets[] = array( $answer );
				}
			}
			$options[] = $sets;
		}
		$witness = array();
		$closest = array();
		$digits  = array_fill( 0, count( $options ), 0 );
		do {
			$chosen = array();
			foreach ( $digits as $question => $digit ) {
				$chosen[] = $options[ $question ][ $digit ];
			}
			$selection = Selection::of( $this->scorer->quiz(), $chosen );
			$winner    = $this->winner( $selection );
			if ( null !== $winner && ! isset( $witness[ $winner ] ) ) {
				$witness[ $winner ] = $selection;
			}
			$this->remember_closest( $closest, $this->vector( $chosen ), $selection, $winner );
		} while ( $this->next( $digits, $options ) );

		$report = array();
		foreach ( $this->teams as $index => $slug ) {
			if ( isset( $witness[ $slug ] ) ) {
				$report[ $slug ] = new TeamReach( $slug, TeamReach::PROVEN, 'reach.proven', 'exhaustive', $witness[ $slug ] );
				continue;
			}
			$bound = $this->bound( $index );
			if ( null !== $bound ) {
				$report[ $slug ] = $bound;
				continue;
			}
			list( , $selection, $rival ) = $closest[ $index ] ?? array( 0, null, -1 );
			$report[ $slug ]             = $this->not_found( $index, TeamReach::IMPOSSIBLE, 'exhaustive', $selection, $rival );
		}
		return $report;
	}

	/**
	 * @param array<int, array{0: int, 1: Selection, 2: int}> $closest Team index => [lead, selection, rival].
	 * @param array<int, int>                                  $scores
	 */
	private function remember_closest( array &$closest, array $scores, Selection $selection, ?string $winner ): void {
		foreach ( array_keys( $this->teams ) as $team ) {
			if ( $this->teams[ $team ] === $winner ) {
				continue;
			}
			list( $lead, $rival ) = $this->lead( $scores, $team );
			if ( ! isset( $closest[ $team ] ) || $lead > $closest[ $team ][0] ) {
				$closest[ $team ] = array( $lead, $selection, $rival );
			}
		}
	}

	/**
	 * @param list<int>             $digits
	 * @param list<list<list<int>>> $options
	 */
	private function next( array &$digits, array $options ): bool {
		foreach ( array_keys( $digits ) as $question ) {
			++$digits[ $question ];
			if ( $digits[ $question ] < count( $options[ $question ] ) ) {
				return true;
			}
			$digits[ $question ] = 0;
		}
		return false;
	}

	private function search( int $team ): TeamReach {
		$bound = $this->bound( $team );
		if ( null !== $bound ) {
			return $bound;
		}
		$slug  = $this->teams[ $team ];
		$best  = null;
		$tried = array();
		foreach ( $this->candidates( $team ) as $chosen ) {
			$key = implode( ';', array_map( static fn ( array $answers ): string => implode( ',', $answers ), $chosen ) );
			if ( isset( $tried[ $key ] ) ) {
				continue;
			}
			$tried[ $key ] = true;
			$selection     = $this->selection( $chosen );
			if ( $this->winner( $selection ) !== $slug ) {
				$chosen    = $this->climb( $team, $chosen );
				$selection = $this->selection( $chosen );
			}
			if ( $this->winner( $selection ) === $slug ) {
				return new TeamReach( $slug, TeamReach::PROVEN, 'reach.proven', 'search', $this->simplify( $slug, $chosen ) );
			}
			$lead = $this->lead( $this->vector( $chosen ), $team );
			if ( null === $best || $lead[0] > $best[0] ) {
				$best = array( $lead[0], $selection, $lead[1] );
			}
		}
		return $this->not_found( $team, TeamReach::UNPROVEN, 'search', $best[1] ?? null, $best[2] ?? -1 );
	}

	/**
	 * Rules a team out exactly, or returns null when it might win.
	 */
	private function bound( int $team ): ?TeamReach {
		$slug     = $this->teams[ $team ];
		$fallback = $this->scorer->quiz()->fallback === $slug;
		$gains    = false;
		foreach ( $this->points as $answers ) {
			foreach ( $answers as $row ) {
				$gains = $gains || ( $row[ $team ] ?? 0 ) > 0;
			}
		}
		if ( ! $gains && ! $fallback ) {
			return new TeamReach( $slug, TeamReach::IMPOSSIBLE, 'reach.no_points', 'bound' );
		}
		if ( $fallback ) {
			// It also wins when nobody scores; that is for the search to find.
			return null;
		}
		$worst = null;
		foreach ( array_keys( $this->teams ) as $rival ) {
			if ( $rival === $team ) {
				continue;
			}
			$margin = $this->best_margin( $team, $rival );
			if ( $margin < 0 && ( null === $worst || $margin < $worst[0] ) ) {
				$worst = array( $margin, $rival );
			}
		}
		if ( null === $worst ) {
			return null;
		}
		return new TeamReach( $slug, TeamReach::IMPOSSIBLE, 'reach.dominated', 'bound', null, $this->teams[ $worst[1] ], -$worst[0], $this->hint( $team, $worst[1] ) );
	}

	/** The most points a team can get over a rival with any valid answers: exact, question by question. */
	private function best_margin( int $team, int $rival ): int {
		$total = 0;
		foreach ( $this->points as $question => $answers ) {
			$diffs  = array_map( static fn ( array $row ): int => ( $row[ $team ] ?? 0 ) - ( $row[ $rival ] ?? 0 ), $answers );
			$total += $this->questions[ $question ]->multiple ? array_sum( array_map( static fn ( int $diff ): int => max( 0, $diff ), $diffs ) ) : ( array() === $diffs ? 0 : max( $diffs ) );
		}
		return $total;
	}

	/** @return \Generator<list<list<int>>> Starting points for the search. */
	private function candidates( int $team ): \Generator {
		$count = count( $this->teams );
		// The team alone, then against the strongest other team on each answer.
		yield $this->choose( array( $team => 1.0 ) );
		yield $this->choose_against_strongest( $team );
		if ( $this->scorer->quiz()->fallback === $this->teams[ $team ] ) {
			// The fallback also wins when no team scores: points to nobody.
			$nobody = array_fill( 0, $count, -1.0 );
			yield $this->choose( $nobody );
		}
		// Multiplicative weights over the rivals: the ones still ahead get more say each round.
		$rivals = array();
		foreach ( range( 0, $count - 1 ) as $rival ) {
			if ( $rival !== $team ) {
				$rivals[ $rival ] = 1.0 / max( 1, $count - 1 );
			}
		}
		$scale = max( 1, $this->largest_weight() * max( 1, count( $this->questions ) ) );
		for ( $round = 0; $round < self::ROUNDS && array() !== $rivals; $round++ ) {
			$coefficients          = array_map( static fn ( float $weight ): float => -$weight, $rivals );
			$coefficients[ $team ] = 1.0;
			$chosen                = $this->choose( $coefficients );
			yield $chosen;
			$scores = $this->vector( $chosen );
			$sum    = 0.0;
			foreach ( $rivals as $rival => $weight ) {
				$margin           = $scores[ $team ] - $scores[ $rival ];
				$rivals[ $rival ] = $weight * exp( -2.0 * $margin / $scale );
				$sum             += $rivals[ $rival ];
			}
			foreach ( $rivals as $rival => $weight ) {
				$rivals[ $rival ] = $weight / $sum;
			}
		}
		// Head to head against each rival, strongest first.
		arsort( $rivals );
		foreach ( array_keys( $rivals ) as $rival ) {
			yield $this->choose(
				array(
					$team  => 1.0,
					$rival => -1.0,
				)
			);
		}
	}

	/**
	 * Per question, the answers worth most under these coefficients: the best one for single choice,
	 * every one worth more than nothing for multiple choice.
	 *
	 * @param array<int, float> $coefficients Team index => how much its points count.
	 * @return list<list<int>>
	 */
	private function choose( array $coefficients ): array {
		$chosen = array();
		foreach ( $this->points as $question => $answers ) {
			$values = array();
			foreach ( $answers as $answer => $row ) {
				$value = 0.0;
				foreach ( $row as $team => $points ) {
					$value += ( $coefficients[ $team ] ?? 0.0 ) * $points;
				}
				$values[ $answer ] = $value;
			}
			$chosen[] = $this->pick( $question, $values );
		}
		return $chosen;
	}

	/** @return list<list<int>> Per answer: its points to the team minus the most any other team gets. */
	private function choose_against_strongest( int $team ): array {
		$chosen = array();
		foreach ( $this->points as $question => $answers ) {
			$values = array();
			foreach ( $answers as $answer => $row ) {
				$others = $row;
				unset( $others[ $team ] );
				$values[ $answer ] = (float) ( ( $row[ $team ] ?? 0 ) - ( array() === $others ? 0 : max( $others ) ) );
			}
			$chosen[] = $this->pick( $question, $values );
		}
		return $chosen;
	}

	/**
	 * @param array<int, float> $values Answer => value.
	 * @return list<int>
	 */
	private function pick( int $question, array $values ): array {
		if ( $this->questions[ $question ]->multiple ) {
			return array_keys( array_filter( $values, static fn ( float $value ): bool => $value > 0 ) );
		}
		$best = 0;
		foreach ( $values as $answer => $value ) {
			$best = $value > $values[ $best ] ? $answer : $best;
		}
		return array( $best );
	}

	/**
	 * Hill climbing: change one answer (or tick or untick one) at a time while the team's smallest lead
	 * over any rival grows, or stays and fewer rivals share it.
	 *
	 * @param list<list<int>> $chosen
	 * @return list<list<int>>
	 */
	private function climb( int $team, array $chosen ): array {
		$current = $this->objective( $team, $chosen );
		for ( $step = 0; $step < self::CLIMB_STEPS; $step++ ) {
			$best      = null;
			$best_move = null;
			foreach ( $this->moves( $chosen ) as $move ) {
				$value = $this->objective( $team, $move );
				if ( $value > $current && ( null === $best || $value > $best ) ) {
					$best      = $value;
					$best_move = $move;
				}
			}
			if ( null === $best_move ) {
				break;
			}
			$chosen  = $best_move;
			$current = $best;
		}
		return $chosen;
	}

	/**
	 * @param list<list<int>> $chosen
	 * @return \Generator<list<list<int>>>
	 */
	private function moves( array $chosen ): \Generator {
		foreach ( $this->questions as $question => $details ) {
			foreach ( array_keys( $details->answers ) as $answer ) {
				$move = $chosen;
				if ( $details->multiple ) {
					$move[ $question ] = in_array( $answer, $chosen[ $question ], true )
						? array_values( array_diff( $chosen[ $question ], array( $answer ) ) )
						: array_merge( $chosen[ $question ], array( $answer ) );
					sort( $move[ $question ] );
				} elseif ( array( $answer ) !== $chosen[ $question ] ) {
					$move[ $question ] = array( $answer );
				} else {
					continue;
				}
				yield $move;
			}
		}
	}

	/**
	 * [smallest lead over any rival, − how many rivals are that close, own score]: larger is better.
	 *
	 * @param list<list<int>> $chosen
	 * @return array{0: int, 1: int, 2: int}
	 */
	private function objective( int $team, array $chosen ): array {
		$scores = $this->vector( $chosen );
		$lead   = PHP_INT_MAX;
		$close  = 0;
		foreach ( $scores as $rival => $score ) {
			if ( $rival === $team ) {
				continue;
			}
			$margin = $scores[ $team ] - $score;
			if ( $margin < $lead ) {
				$lead  = $margin;
				$close = 1;
			} elseif ( $margin === $lead ) {
				++$close;
			}
		}
		return array( $lead, -$close, $scores[ $team ] );
	}

	/**
	 * @param array<int, int> $scores
	 * @return array{0: int, 1: int} [the team's lead over the best other team, that team's index (-1 if none)].
	 */
	private function lead( array $scores, int $team ): array {
		$rival = -1;
		foreach ( $scores as $other => $score ) {
			if ( $other !== $team && ( -1 === $rival || $score > $scores[ $rival ] ) ) {
				$rival = $other;
			}
		}
		return array( -1 === $rival ? $scores[ $team ] : $scores[ $team ] - $scores[ $rival ], $rival );
	}

	/**
	 * @param list<list<int>> $chosen
	 * @return array<int, int> Team index => score.
	 */
	private function vector( array $chosen ): array {
		$scores = array_fill( 0, count( $this->teams ), 0 );
		foreach ( $chosen as $question => $answers ) {
			foreach ( $answers as $answer ) {
				foreach ( $this->points[ $question ][ $answer ] as $team => $points ) {
					$scores[ $team ] += $points;
				}
			}
		}
		return $scores;
	}

	/**
	 * A shorter example for the editor: unticks multiple-choice answers one by one as long as the team
	 * still comes out on top.
	 *
	 * @param list<list<int>> $chosen Answers that put the team first.
	 */
	private function simplify( string $team, array $chosen ): Selection {
		$index = (int) array_search( $team, $this->teams, true );
		// An example that wins on points stays one: no shortening into a win by tie-break.
		$strict = $this->lead( $this->vector( $chosen ), $index )[0] > 0;
		foreach ( $chosen as $question => $answers ) {
			if ( ! $this->questions[ $question ]->multiple ) {
				continue;
			}
			foreach ( $answers as $answer ) {
				$fewer              = $chosen;
				$fewer[ $question ] = array_values( array_diff( $chosen[ $question ], array( $answer ) ) );
				if ( $this->winner( $this->selection( $fewer ) ) === $team && ( ! $strict || $this->lead( $this->vector( $fewer ), $index )[0] > 0 ) ) {
					$chosen = $fewer;
				}
			}
		}
		return $this->selection( $chosen );
	}

	/** @param list<list<int>> $chosen */
	private function selection( array $chosen ): Selection {
		return Selection::of( $this->scorer->quiz(), $chosen );
	}

	private function largest_weight(): int {
		$largest = 0;
		foreach ( $this->points as $answers ) {
			foreach ( $answers as $row ) {
				foreach ( $row as $points ) {
					$largest = max( $largest, abs( $points ) );
				}
			}
		}
		return $largest;
	}

	private function not_found( int $team, string $status, string $method, ?Selection $closest, int $rival ): TeamReach {
		$slug = $this->teams[ $team ];
		if ( $rival < 0 || null === $closest ) {
			return new TeamReach( $slug, $status, 'reach.no_points', $method, $closest );
		}
		$scores = $this->scorer->totals( $closest );
		$gap    = $scores[ $this->teams[ $rival ] ]['score'] - $scores[ $slug ]['score'];
		if ( $gap < 0 ) {
			// Ahead of everyone but without a positive score: it needs points of its own.
			return new TeamReach( $slug, $status, 'reach.no_points', $method, $closest );
		}
		return new TeamReach( $slug, $status, 0 === $gap ? 'reach.unproven_tie' : 'reach.unproven', $method, $closest, $this->teams[ $rival ], $gap, $this->hint( $team, $rival ) );
	}

	/**
	 * The answer where the team does best against the rival, among those that give the team points
	 * (any answer when none does).
	 *
	 * @return array{0: int, 1: int}|null [question, answer].
	 */
	private function hint( int $team, int $rival ): ?array {
		$best = null;
		foreach ( $this->points as $question => $answers ) {
			foreach ( $answers as $answer => $row ) {
				$key = array( ( $row[ $team ] ?? 0 ) > 0 ? 1 : 0, ( $row[ $team ] ?? 0 ) - ( $row[ $rival ] ?? 0 ) );
				if ( null === $best || $key > $best[0] ) {
					$best = array( $key, $question, $answer );
				}
			}
		}
		return null === $best ? null : array( $best[1], $best[2] );
	}
}
