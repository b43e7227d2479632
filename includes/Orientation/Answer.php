<?php
/**
 * One answer of a quiz question: what the visitor reads, the short phrase their recommendation
 * quotes ("because you chose translating"), and the points it gives to teams.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Answer {

	/**
	 * @param array<string, int> $weights Team slug => points (negative points count against a team).
	 */
	public function __construct(
		public readonly string $label,
		public readonly string $reason,
		public readonly array $weights,
	) {
	}

	/** The phrase a recommendation quotes: the editor's short reason, else the label itself. */
	public function reason_phrase(): string {
		return '' !== $this->reason ? $this->reason : $this->label;
	}

	public function weight( string $team ): int {
		return $this->weights[ $team ] ?? 0;
	}
}
