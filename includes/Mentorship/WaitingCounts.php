<?php
/**
 * How many waiting mentees one mentor could take (the total of their list of waiting mentees), kept
 * between requests (Platform\KeptCounts): counting reads the whole queue for any mentor, while the
 * page itself reads a few rows.
 *
 * Dropped when the queue or what narrows it changes: a request opened, closed or moved to another
 * team (RequestRepository), a saved or changed profile, a pass, a match that ended (a mentee is not
 * shown again to a mentor they left), a deleted account or erased data. The key holds the mentor's
 * teams and languages, so a mentor's own change asks again on its own.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\KeptCounts;
use Wayfinder\Platform\KeptValues;
use Wayfinder\Platform\Transaction;

final class WaitingCounts {

	public const OPTION = KeptValues::WAITING_COUNTS;

	/**
	 * The kept total for this mentor's narrowing, else $count()'s, kept.
	 *
	 * @param callable(): int $count Counts in the database.
	 */
	public static function get( string $key, callable $count ): int {
		return KeptCounts::get( self::OPTION, $key, time(), $count );
	}

	/** Drops every kept total — once the change is committed, so nobody keeps a count from before it. */
	public static function forget(): void {
		Transaction::after_commit(
			static function (): void {
				delete_option( self::OPTION );
			}
		);
	}
}
