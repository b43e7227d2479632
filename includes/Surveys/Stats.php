<?php
/**
 * The survey figures as pure arithmetic (no WordPress): the mean, the share agreeing, the change of
 * matched pairs with its 95 % confidence interval (paired t), and the Net Promoter Score with its
 * margin of error. Every function takes plain numbers and returns null where the figure cannot be
 * worked out (no answers; a confidence interval needs two pairs).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class Stats {

	/** The agreement scale's points that count as agreeing: agree (4) and strongly agree (5). */
	public const AGREE_FROM = 4;

	/**
	 * Student's t at 0.975 (two-sided 95 %) by degrees of freedom; between listed rows the next
	 * smaller df is used (a slightly wider interval, never a narrower one), beyond 120 the normal 1.96.
	 */
	private const T_975 = array(
		1   => 12.706,
		2   => 4.303,
		3   => 3.182,
		4   => 2.776,
		5   => 2.571,
		6   => 2.447,
		7   => 2.365,
		8   => 2.306,
		9   => 2.262,
		10  => 2.228,
		11  => 2.201,
		12  => 2.179,
		13  => 2.160,
		14  => 2.145,
		15  => 2.131,
		16  => 2.120,
		17  => 2.110,
		18  => 2.101,
		19  => 2.093,
		20  => 2.086,
		21  => 2.080,
		22  => 2.074,
		23  => 2.069,
		24  => 2.064,
		25  => 2.060,
		26  => 2.056,
		27  => 2.052,
		28  => 2.048,
		29  => 2.045,
		30  => 2.042,
		40  => 2.021,
		60  => 2.000,
		120 => 1.980,
	);

	/** The normal distribution's 97.5th percentile (t with infinite degrees of freedom). */
	public const Z_975 = 1.96;

	/**
	 * The arithmetic mean; null for no values.
	 *
	 * @param list<int|float> $values
	 */
	public static function mean( array $values ): ?float {
		return array() === $values ? null : array_sum( $values ) / count( $values );
	}

	/**
	 * The share (0–1) of agreement answers that agree (4 or 5); null for no answers.
	 *
	 * @param list<int> $values Points 1–5.
	 */
	public static function share_agreeing( array $values ): ?float {
		if ( array() === $values ) {
			return null;
		}
		$agreeing = count( array_filter( $values, static fn ( $value ): bool => $value >= self::AGREE_FROM ) );
		return $agreeing / count( $values );
	}

	/**
	 * The sample standard deviation (n − 1); null for fewer than two values.
	 *
	 * @param list<int|float> $values
	 */
	public static function standard_deviation( array $values ): ?float {
		$n = count( $values );
		if ( $n < 2 ) {
			return null;
		}
		$mean    = array_sum( $values ) / $n;
		$squares = 0.0;
		foreach ( $values as $value ) {
			$squares += ( $value - $mean ) ** 2;
		}
		return sqrt( $squares / ( $n - 1 ) );
	}

	/** Student's t at 0.975 for $df degrees of freedom (see T_975); null below 1. */
	public static function t_975( int $df ): ?float {
		if ( $df < 1 ) {
			return null;
		}
		$found = self::Z_975;
		foreach ( self::T_975 as $row => $t ) {
			if ( $row > $df ) {
				break;
			}
			$found = $t;
		}
		return $df > 120 ? self::Z_975 : $found;
	}

	/**
	 * The change of matched pairs: the mean before and after, the mean difference (after − before)
	 * and its 95 % confidence interval d̄ ± t(0.975, n−1)·s_d/√n (null bounds for one pair). Null for
	 * no pairs.
	 *
	 * @param list<array{0: int|float, 1: int|float}> $pairs Each person's answer before, then after.
	 * @return array{n: int, before: float, after: float, change: float, low: ?float, high: ?float}|null
	 */
	public static function paired_change( array $pairs ): ?array {
		$n = count( $pairs );
		if ( 0 === $n ) {
			return null;
		}
		$before      = array_map( static fn ( array $pair ) => $pair[0], $pairs );
		$after       = array_map( static fn ( array $pair ) => $pair[1], $pairs );
		$differences = array_map( static fn ( array $pair ) => $pair[1] - $pair[0], $pairs );
		$change      = (float) self::mean( $differences );
		$spread      = self::standard_deviation( $differences );
		$t           = self::t_975( $n - 1 );
		$margin      = null === $spread || null === $t ? null : $t * $spread / sqrt( $n );
		return array(
			'n'      => $n,
			'before' => (float) self::mean( $before ),
			'after'  => (float) self::mean( $after ),
			'change' => $change,
			'low'    => null === $margin ? null : $change - $margin,
			'high'   => null === $margin ? null : $change + $margin,
		);
	}

	/**
	 * The Net Promoter Score: % promoters (9–10) − % detractors (0–6), from −100 to 100, with the
	 * number of answers and its margin of error at 95 % in points:
	 * 1.96·√((p₊ + p₋ − (p₊ − p₋)²)/n)·100. Null for no answers.
	 *
	 * @param list<int> $values Answers 0–10.
	 * @return array{n: int, promoters: float, passives: float, detractors: float, score: float, margin: float}|null
	 */
	public static function nps( array $values ): ?array {
		$n = count( $values );
		if ( 0 === $n ) {
			return null;
		}
		$promoters  = count( array_filter( $values, static fn ( $value ): bool => $value >= 9 ) ) / $n;
		$detractors = count( array_filter( $values, static fn ( $value ): bool => $value <= 6 ) ) / $n;
		$score      = $promoters - $detractors;
		$variance   = max( 0.0, $promoters + $detractors - $score ** 2 );
		return array(
			'n'          => $n,
			'promoters'  => $promoters * 100,
			'passives'   => ( 1 - $promoters - $detractors ) * 100,
			'detractors' => $detractors * 100,
			'score'      => $score * 100,
			'margin'     => self::Z_975 * sqrt( $variance / $n ) * 100,
		);
	}
}
