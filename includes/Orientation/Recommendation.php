<?php
/**
 * One recommended team: its place, its points and the chosen answers that gave them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Recommendation {

	/**
	 * @param list<array{question: int, answer: int, points: int}> $reasons The chosen answers that gave
	 *        this team points, most points first (then in quiz order).
	 * @param bool $fallback True when no answer gave any team points and this team stands in.
	 */
	public function __construct(
		public readonly string $team,
		public readonly int $rank,
		public readonly int $score,
		public readonly array $reasons,
		public readonly bool $fallback = false,
	) {
	}
}
