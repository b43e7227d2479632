<?php
/**
 * A derived table made again a span of rows at a time, from a row ID on, with where it stands in one
 * autoloaded option: 'ready' once done, else the next ID to start from. A run cut short (a timeout, a
 * refused statement) is carried on by the next; a step is safe to run twice. Until it is ready, or
 * after its owner failed to keep a row, readers go to the record itself.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Backfill {

	/**
	 * @param string              $option The option that holds where it stands.
	 * @param \Closure(int): ?int $step   Makes the rows of a span from this ID on: the next ID to start from, 0 when none are left, null when the database refused.
	 * @param \Closure(): bool    $clear  Deletes every row (false when the database refused).
	 */
	public function __construct(
		private readonly string $option,
		private readonly \Closure $step,
		private readonly \Closure $clear,
	) {
	}

	public static function is_ready( string $option ): bool {
		return 'ready' === get_option( $option );
	}

	/**
	 * Every row again from the first, at once (bulk seeding, a repair, a new schema); resumed by the
	 * next run if cut short. Readers go to the record until it is done, so the old rows, strays
	 * included, can all go first.
	 *
	 * @return bool Whether every row was made (false: the database refused a step).
	 */
	public function rebuild(): bool {
		$this->stop();
		( $this->clear )();
		$this->resume( PHP_INT_MAX );
		return self::is_ready( $this->option );
	}

	/** A row could not be kept: readers go to the record until a run has made everything again. */
	public function stop(): void {
		update_option( $this->option, 0, true );
	}

	/** Carries on where it stands, at most $steps spans (the hourly tick's share). */
	public function resume( int $steps = 20 ): void {
		$state = get_option( $this->option );
		while ( 'ready' !== $state && $steps-- > 0 ) {
			$next = ( $this->step )( (int) $state );
			if ( null === $next ) {
				return; // The database refused a step: the next run tries it again.
			}
			$state = 0 === $next ? 'ready' : $next;
			update_option( $this->option, $state, true );
		}
	}
}
