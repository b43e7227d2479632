<?php
/**
 * The selection of a cohort's applicants, as pure rules (no WordPress): rank, fill the reserved
 * seats, fill the rest by score within the places per way of taking part and per team, put the next
 * ones on the waitlist and decline the others — every candidate gets a decision and a reason.
 *
 * Ranking: score, highest first; on the same score the lower spread (reviewers agreed more), then
 * more reviews, then a reproducible draw (sha256 of the salt and the key), each tie saying how it
 * was broken. Seats kept for sponsored contributors are filled first, from the sponsored
 * candidates in rank order; while they are not released, the unused ones stay empty; once
 * released, they go to the next candidates. A candidate fits when their way of taking part has a
 * place left and — if it needs a mentor and teams are limited — one of the teams they named has a
 * place left (the first in their order), or they named none.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

final class Selector {

	public const ACCEPTED   = 'accepted';
	public const WAITLISTED = 'waitlisted';
	public const DECLINED   = 'declined';

	public const RESERVED_SEAT = 'reserved_seat';
	public const BY_SCORE      = 'by_score';
	public const MODE_FULL     = 'mode_full';
	public const TEAM_FULL     = 'team_full';
	public const BELOW_LINE    = 'below_line';

	public const TIE_SPREAD  = 'spread';
	public const TIE_REVIEWS = 'reviews';
	public const TIE_DRAW    = 'draw';

	/**
	 * The candidates in rank order, each with how it was put after the one above when their scores are the same.
	 *
	 * @param list<Candidate> $candidates
	 * @return list<array{candidate: Candidate, tie: string}>
	 */
	public static function rank( array $candidates, string $salt ): array {
		$draw     = static fn ( Candidate $candidate ): string => hash( 'sha256', $salt . ':' . $candidate->key );
		usort(
			$candidates,
			static function ( Candidate $a, Candidate $b ) use ( $draw ): int {
				return array( -self::points( $a->score ), self::points( $a->spread ), -$a->reviews, $draw( $a ), $a->key )
					<=> array( -self::points( $b->score ), self::points( $b->spread ), -$b->reviews, $draw( $b ), $b->key );
			}
		);
		$ranked   = array();
		$previous = null;
		foreach ( $candidates as $candidate ) {
			$tie = '';
			if ( null !== $previous && self::points( $previous->score ) === self::points( $candidate->score ) ) {
				if ( self::points( $previous->spread ) !== self::points( $candidate->spread ) ) {
					$tie = self::TIE_SPREAD;
				} elseif ( $previous->reviews !== $candidate->reviews ) {
					$tie = self::TIE_REVIEWS;
				} else {
					$tie = self::TIE_DRAW;
				}
			}
			$ranked[] = array(
				'candidate' => $candidate,
				'tie'       => $tie,
			);
			$previous = $candidate;
		}
		return $ranked;
	}

	/**
	 * Every candidate's outcome, in rank order.
	 *
	 * @param list<Candidate> $candidates
	 * @return list<Outcome>
	 */
	public static function select( array $candidates, Rules $rules ): array {
		$ranked   = self::rank( $candidates, $rules->salt );
		$seats    = max( 0, $rules->seats );
		$reserved = min( max( 0, $rules->reserved ), $seats );
		/** @var array<string, int> $mode_used */
		$mode_used = array();
		/** @var array<string, int> $team_used */
		$team_used     = array();
		$accepted      = array();
		$reasons       = array();
		$teams_taken   = array();
		$reserved_used = 0;

		$fit  = static function ( Candidate $candidate ) use ( $rules, &$mode_used, &$team_used ): array {
			if ( isset( $rules->mode_places[ $candidate->mode ] ) && ( $mode_used[ $candidate->mode ] ?? 0 ) >= $rules->mode_places[ $candidate->mode ] ) {
				return array( false, self::MODE_FULL );
			}
			if ( null === $rules->team_places || array() === $candidate->teams || ! in_array( $candidate->mode, $rules->mentor_modes, true ) ) {
				return array( true, '' );
			}
			foreach ( $candidate->teams as $team ) {
				if ( ( $team_used[ $team ] ?? 0 ) < ( $rules->team_places[ $team ] ?? 0 ) ) {
					return array( true, $team );
				}
			}
			return array( false, self::TEAM_FULL );
		};
		$take = static function ( Candidate $candidate, string $team ) use ( &$mode_used, &$team_used ): void {
			$mode_used[ $candidate->mode ] = ( $mode_used[ $candidate->mode ] ?? 0 ) + 1;
			if ( '' !== $team ) {
				$team_used[ $team ] = ( $team_used[ $team ] ?? 0 ) + 1;
			}
		};

		// The reserved seats first, from the sponsored candidates in rank order.
		foreach ( $ranked as $entry ) {
			$candidate = $entry['candidate'];
			if ( $reserved_used >= $reserved ) {
				break;
			}
			if ( ! $candidate->sponsored ) {
				continue;
			}
			[ $fits, $team ] = $fit( $candidate );
			if ( $fits ) {
				$take( $candidate, $team );
				$accepted[ $candidate->key ]    = self::RESERVED_SEAT;
				$teams_taken[ $candidate->key ] = $team;
				++$reserved_used;
			}
		}

		// The other seats by score; unused reserved seats join them only once released.
		$open = $seats - $reserved + ( $rules->release_reserved ? $reserved - $reserved_used : 0 );
		foreach ( $ranked as $entry ) {
			$candidate = $entry['candidate'];
			if ( isset( $accepted[ $candidate->key ] ) ) {
				continue;
			}
			if ( $open <= 0 ) {
				$reasons[ $candidate->key ] = self::BELOW_LINE;
				continue;
			}
			[ $fits, $team ] = $fit( $candidate ); // When it does not fit, $team is the reason.
			if ( ! $fits ) {
				$reasons[ $candidate->key ] = $team;
				continue;
			}
			$take( $candidate, $team );
			$accepted[ $candidate->key ]    = self::BY_SCORE;
			$teams_taken[ $candidate->key ] = $team;
			--$open;
		}

		$outcomes = array();
		$waiting  = 0;
		foreach ( $ranked as $index => $entry ) {
			$key = $entry['candidate']->key;
			if ( isset( $accepted[ $key ] ) ) {
				$outcomes[] = new Outcome( $key, $index + 1, self::ACCEPTED, $accepted[ $key ], null, $entry['tie'], $teams_taken[ $key ] );
				continue;
			}
			$waitlisted = $waiting < $rules->waitlist_length();
			if ( $waitlisted ) {
				++$waiting;
			}
			$outcomes[] = new Outcome( $key, $index + 1, $waitlisted ? self::WAITLISTED : self::DECLINED, $reasons[ $key ] ?? self::BELOW_LINE, $waitlisted ? $waiting : null, $entry['tie'], '' );
		}
		return $outcomes;
	}

	/** A score or spread compared in thousandths, as the database keeps them. */
	private static function points( float $value ): int {
		return (int) round( $value * 1000 );
	}
}
