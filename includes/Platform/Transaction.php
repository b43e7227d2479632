<?php
/**
 * Runs several statements as one: all of them or none. Nested calls become savepoints, so a service
 * that runs inside another's transaction (or inside a test's) neither commits early nor loses its
 * own rollback. Works on InnoDB and on the SQLite driver of WordPress Playground.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Transaction {

	private static int $depth = 0;

	/** @var int How many run() calls are open: the outermost one is the unit of work after_commit() waits for. */
	private static int $runs = 0;

	/** @var list<callable(): void> */
	private static array $after = array();

	/** @var array<string, callable(): mixed> Kept copies to drop again when the outermost run() ends, by name. */
	private static array $stale = array();

	/**
	 * Runs the work in a transaction; commits what it did, or rolls it back and rethrows.
	 * A `WP_Error` returned by the work also rolls back (and is returned), so a refusal halfway
	 * leaves nothing behind.
	 *
	 * @template T
	 * @param callable(): T $work
	 * @return T
	 */
	public static function run( callable $work ) {
		self::begin();
		++self::$runs;
		$mark = count( self::$after );
		try {
			$result = $work();
		} catch ( \Throwable $error ) {
			--self::$runs;
			self::rollback();
			self::settle( false, $mark );
			throw $error;
		}
		--self::$runs;
		if ( $result instanceof \WP_Error ) {
			self::rollback();
			self::settle( false, $mark );
			return $result;
		}
		self::commit();
		self::settle( true, $mark );
		return $result;
	}

	/**
	 * Runs steps that each say whether the database took them, as one: true when every one did; at the
	 * first refused, nothing of them stays.
	 *
	 * @param callable(): bool ...$steps
	 */
	public static function all( callable ...$steps ): bool {
		return true === self::run(
			static function () use ( $steps ) {
				foreach ( $steps as $step ) {
					if ( ! $step() ) {
						return new \WP_Error( 'wayfinder_refused', 'The database refused a statement.' );
					}
				}
				return true;
			}
		);
	}

	/**
	 * Runs something that must not happen for work that is later undone (an email, a follow-up job):
	 * at once outside run(), else once the outermost run() has finished its work without error.
	 * Rolled-back work drops what it asked for.
	 *
	 * @param callable(): void $then
	 */
	public static function after_commit( callable $then ): void {
		if ( 0 === self::$runs ) {
			$then();
			return;
		}
		self::$after[] = $then;
	}

	/**
	 * Drops a kept copy of what the work changes (a cached row, a kept count or figure): at once, so
	 * this request reads nothing from before, and again once the outermost run() has ended, committed
	 * or rolled back. In between, another web server (or another worker) sharing the object cache may
	 * have read the rows as they were before the commit and kept that copy; and this request may have
	 * kept a copy of work that was then undone. Dropped again, the next reader reads what was committed.
	 *
	 * @param string           $name What is kept (one drop per name and transaction, however often it changed).
	 * @param callable(): mixed $drop Deletes it (what it returns is not used).
	 */
	public static function forget( string $name, callable $drop ): void {
		$drop();
		if ( 0 !== self::$runs ) {
			self::$stale[ $name ] = $drop;
		}
	}

	/**
	 * A run() ended: undone work drops what it asked for (from its mark on); when the outermost one
	 * finished, kept copies it changed are dropped again, then what waited for it happens now.
	 */
	private static function settle( bool $done, int $mark ): void {
		if ( ! $done ) {
			self::$after = array_slice( self::$after, 0, $mark );
		}
		if ( 0 !== self::$runs ) {
			return;
		}
		$stale       = self::$stale;
		self::$stale = array();
		foreach ( $stale as $drop ) {
			$drop();
		}
		$waiting     = self::$after;
		self::$after = array();
		foreach ( $waiting as $then ) {
			$then();
		}
	}

	public static function begin(): void {
		global $wpdb;
		self::read_from_primary( $wpdb );
		$ok = 0 === self::$depth
			? $wpdb->query( 'START TRANSACTION' ) // phpcs:ignore WordPress.DB -- never cached.
			: $wpdb->query( 'SAVEPOINT wayfinder_' . self::$depth ); // phpcs:ignore WordPress.DB -- a counter, no input; never cached.
		if ( false === $ok ) {
			throw new \RuntimeException( 'The database could not start a transaction: ' . $wpdb->last_error );
		}
		++self::$depth;
	}

	public static function commit(): void {
		global $wpdb;
		--self::$depth;
		$ok = 0 === self::$depth
			? $wpdb->query( 'COMMIT' ) // phpcs:ignore WordPress.DB -- never cached.
			: $wpdb->query( 'RELEASE SAVEPOINT wayfinder_' . self::$depth ); // phpcs:ignore WordPress.DB -- a counter, no input; never cached.
		if ( false === $ok ) {
			throw new \RuntimeException( 'The database could not commit: ' . $wpdb->last_error );
		}
	}

	public static function rollback(): void {
		global $wpdb;
		--self::$depth;
		if ( 0 === self::$depth ) {
			$wpdb->query( 'ROLLBACK' ); // phpcs:ignore WordPress.DB -- never cached.
		} else {
			$wpdb->query( 'ROLLBACK TO SAVEPOINT wayfinder_' . self::$depth ); // phpcs:ignore WordPress.DB -- a counter, no input; never cached.
		}
	}

	/**
	 * With a database drop-in that sends reads to replicas (LudicrousDB, HyperDB), the rest of the
	 * request reads from the primary: a transaction's statements must all run on the connection that
	 * began it, and what it wrote (a place taken, a row claimed) is read back from where it was written,
	 * never from a replica that lags. Without such a drop-in there is one connection and nothing to do.
	 */
	private static function read_from_primary( object $wpdb ): void {
		if ( method_exists( $wpdb, 'send_reads_to_primaries' ) ) {
			$wpdb->send_reads_to_primaries();
		} elseif ( method_exists( $wpdb, 'send_reads_to_masters' ) ) {
			$wpdb->send_reads_to_masters(); // HyperDB and LudicrousDB before 5.2.
		}
	}

	/** Whether a transaction is open (tests open one around each test). */
	public static function depth(): int {
		return self::$depth;
	}
}
