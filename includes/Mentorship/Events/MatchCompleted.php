<?php
/**
 * A mentorship ran its course (ended with the reason "completed"). Fired instead of MatchEnded.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

final class MatchCompleted extends MatchEnded {

	public const HOOK = 'wayfinder_match_completed';

	public function hook(): string {
		return self::HOOK;
	}
}
