<?php
/**
 * Whether one team can come out on top of a quiz, and the evidence: a set of answers that puts it
 * first (proven), or the rival that always stays ahead and by how much (impossible, or unproven when
 * the search found no set but could not rule one out either), with the answer where a change would help.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class TeamReach {

	public const PROVEN     = 'proven';
	public const IMPOSSIBLE = 'impossible';
	public const UNPROVEN   = 'unproven';

	/**
	 * @param string                       $status  proven, impossible or unproven.
	 * @param string                       $code    The message code (see Messages: reach.*).
	 * @param string                       $method  How it was decided: exhaustive (every set of answers scored), bound (an exact upper bound), search.
	 * @param array{0: int, 1: int}|null   $hint    [question, answer]: where giving this team more points (or the rival fewer) helps most.
	 */
	public function __construct(
		public readonly string $team,
		public readonly string $status,
		public readonly string $code,
		public readonly string $method,
		public readonly ?Selection $witness = null,
		public readonly string $rival = '',
		public readonly int $gap = 0,
		public readonly ?array $hint = null,
	) {
	}

	public function proven(): bool {
		return self::PROVEN === $this->status;
	}
}
