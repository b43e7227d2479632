<?php
/**
 * One session as a calendar sees it: what ICalendar writes as a VEVENT. Plain values; times are
 * Unix timestamps (written in UTC).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

final class CalendarEvent {

	/**
	 * @param string                                   $uid       Stable across changes: a calendar updates the event it has.
	 * @param int                                      $sequence  Raised on every change the attendees should see.
	 * @param array{name: string, email: string}       $organizer Who proposed it.
	 * @param list<array{name: string, email: string}> $attendees Who is invited.
	 */
	public function __construct(
		public readonly string $uid,
		public readonly int $sequence,
		public readonly int $starts,
		public readonly int $minutes,
		public readonly string $summary,
		public readonly string $description,
		public readonly string $location,
		public readonly array $organizer,
		public readonly array $attendees,
		public readonly bool $cancelled = false,
		public readonly string $url = '',
	) {
	}
}
