<?php
/**
 * What retention did, for the coordinators: the last run (also when nothing was due) and the last
 * runs that removed something or failed, kept in one option that is not autoloaded. Written when a
 * run is told (RetentionApplied); said in sentences when read, in the reader's language.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Retention\Events\RetentionApplied;

final class RetentionLog {

	public const OPTION = 'wayfinder_retention_log';

	/** Runs that removed something (or failed) kept in the log. */
	public const KEPT = 20;

	/** On RetentionApplied. */
	public function applied( RetentionApplied $run ): void {
		$entry = array(
			'at'      => $run->at,
			'removed' => $run->removed,
			'months'  => $run->months,
			'failed'  => $run->failed,
			'more'    => $run->more,
		);
		$log   = self::read();
		$runs  = $log['runs'];
		if ( $run->total() > 0 || array() !== $run->failed ) {
			array_unshift( $runs, $entry );
		}
		update_option(
			self::OPTION,
			array(
				'last' => $entry,
				'runs' => array_slice( $runs, 0, self::KEPT ),
			),
			false
		);
	}

	/**
	 * The log as the Settings screen shows it.
	 *
	 * @return array{last_run: string|null, summary: string, removed: list<string>, recent: list<array{at: string, when: string, removed: list<string>}>}
	 */
	public function describe(): array {
		$log  = self::read();
		$last = $log['last'];
		if ( null === $last ) {
			return array(
				'last_run' => null,
				'summary'  => __( 'Retention has not run yet. It runs once a day.', 'wayfinder' ),
				'removed'  => array(),
				'recent'   => array(),
			);
		}
		$recent = array();
		foreach ( $log['runs'] as $run ) {
			$recent[] = array(
				'at'      => gmdate( 'c', $run['at'] ),
				'when'    => self::when( $run['at'] ),
				'removed' => self::sentences( $run ),
			);
		}
		return array(
			'last_run' => gmdate( 'c', $last['at'] ),
			/* translators: %s: a date and time. */
			'summary'  => sprintf( __( 'Retention last ran on %s.', 'wayfinder' ), self::when( $last['at'] ) ),
			'removed'  => self::sentences( $last ),
			'recent'   => $recent,
		);
	}

	/**
	 * What one run did, sentence by sentence.
	 *
	 * @param array{at: int, removed: array<string, int>, months: array<string, int>, failed: list<string>, more: bool} $run
	 * @return list<string>
	 */
	public static function sentences( array $run ): array {
		$said = array();
		foreach ( Kind::cases() as $kind ) {
			$count = (int) ( $run['removed'][ $kind->value ] ?? 0 );
			if ( $count > 0 ) {
				$said[] = $kind->removed( $count, (int) ( $run['months'][ $kind->value ] ?? 0 ) );
			}
			if ( in_array( $kind->value, $run['failed'], true ) ) {
				$said[] = $kind->failed();
			}
		}
		if ( array() === $said ) {
			$said[] = __( 'Nothing was due.', 'wayfinder' );
		}
		if ( $run['more'] ) {
			$said[] = __( 'More is due than one run removes: the job continues in a few minutes.', 'wayfinder' );
		}
		return $said;
	}

	/** Forgets the log (uninstall). */
	public static function delete(): void {
		delete_option( self::OPTION );
	}

	/**
	 * The stored log, with anything malformed left out.
	 *
	 * @return array{last: array{at: int, removed: array<string, int>, months: array<string, int>, failed: list<string>, more: bool}|null, runs: list<array{at: int, removed: array<string, int>, months: array<string, int>, failed: list<string>, more: bool}>}
	 */
	private static function read(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$runs   = array();
		foreach ( is_array( $stored['runs'] ?? null ) ? $stored['runs'] : array() as $run ) {
			$entry = self::entry( $run );
			if ( null !== $entry ) {
				$runs[] = $entry;
			}
		}
		return array(
			'last' => self::entry( $stored['last'] ?? null ),
			'runs' => $runs,
		);
	}

	/** @return array{at: int, removed: array<string, int>, months: array<string, int>, failed: list<string>, more: bool}|null */
	private static function entry( mixed $run ): ?array {
		if ( ! is_array( $run ) || ! isset( $run['at'] ) ) {
			return null;
		}
		return array(
			'at'      => (int) $run['at'],
			'removed' => array_map( 'intval', is_array( $run['removed'] ?? null ) ? $run['removed'] : array() ),
			'months'  => array_map( 'intval', is_array( $run['months'] ?? null ) ? $run['months'] : array() ),
			'failed'  => array_values( array_map( 'strval', is_array( $run['failed'] ?? null ) ? $run['failed'] : array() ) ),
			'more'    => ! empty( $run['more'] ),
		);
	}

	/** A time as the site writes dates and times. */
	private static function when( int $time ): string {
		/* translators: 1: a date, 2: a time. */
		return sprintf( __( '%1$s at %2$s', 'wayfinder' ), (string) wp_date( (string) get_option( 'date_format' ), $time ), (string) wp_date( (string) get_option( 'time_format' ), $time ) );
	}
}
