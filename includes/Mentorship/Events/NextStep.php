<?php
/**
 * What happened for a mentee after their match ended: a new mentor, a proposal or a request to one,
 * a place in the queue, or nothing (they did not want another mentor).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

final class NextStep {

	/** @param 'matched'|'proposed'|'requested'|'waiting'|'none' $kind */
	public function __construct(
		public readonly string $kind,
		public readonly ?int $mentor_id = null,
		public readonly ?int $match_id = null,
		public readonly ?int $request_id = null,
		public readonly string $reason = '',
		public readonly ?int $position = null,
	) {
	}

	/**
	 * What AutoAssigner::assign() answered.
	 *
	 * @param array<string, mixed> $assigned
	 */
	public static function from_assignment( array $assigned ): self {
		return 'matched' === ( $assigned['status'] ?? '' )
			? new self( 'matched', (int) $assigned['mentor'], isset( $assigned['match'] ) ? (int) $assigned['match'] : null )
			: new self( 'waiting', null, null, null, (string) ( $assigned['reason'] ?? '' ), isset( $assigned['position'] ) ? (int) $assigned['position'] : null );
	}
}
