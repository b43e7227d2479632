<?php
/**
 * How many mentors a filter matches — a narrowed directory, a filtered People list of mentors — kept
 * between requests (Platform\KeptCounts): counting reads every mentor the filter could match.
 *
 * Dropped whenever a mentor changes: a saved profile, a count or status changed elsewhere, a change
 * of who mentors (MentorDirectory::forget and forget_listing), the default capacity.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\KeptCounts;
use Wayfinder\Platform\KeptValues;

final class MentorCounts {

	public const OPTION = KeptValues::MENTOR_COUNTS;

	/**
	 * The kept count for this filter at $now, else $count()'s, kept.
	 *
	 * @param string          $filter What is counted, the same string for the same filter.
	 * @param callable(): int $count  Counts in the database.
	 */
	public static function get( string $filter, int $now, callable $count ): int {
		return KeptCounts::get( self::OPTION, $filter, $now, $count );
	}

	public static function forget(): void {
		KeptValues::forget( self::OPTION );
	}
}
