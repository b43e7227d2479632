<?php
/**
 * The quiz's anonymous counts (`{prefix}wayfinder_quiz_counts`): one row per quiz, ISO week, team and
 * kind. A count is bumped with INSERT IGNORE (rows at 0) then UPDATE … total = total + 1 — two
 * statements for any number of counts — so simultaneous visitors on many web servers never lose one;
 * both run on MySQL, MariaDB and Playground's SQLite driver.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Schema;

final class QuizCountRepository {

	/**
	 * Adds one to each of several counts of a quiz in one week.
	 *
	 * @param list<array{0: string, 1: string}> $counts [team, kind] pairs, already checked.
	 */
	public function bump( int $quiz_id, string $week, array $counts ): void {
		global $wpdb;
		if ( array() === $counts ) {
			return;
		}
		$table  = Schema::quiz_counts_table();
		$rows   = array();
		$which  = array();
		$values = array();
		$pairs  = array();
		foreach ( $counts as list( $team, $kind ) ) {
			$rows[]   = '(%d, %s, %s, %s, 0)';
			$values[] = $quiz_id;
			$values[] = $week;
			$values[] = $team;
			$values[] = $kind;
			$which[]  = '(team = %s AND kind = %s)';
			$pairs[]  = $team;
			$pairs[]  = $kind;
		}
		$rows  = implode( ', ', $rows );
		$which = implode( ' OR ', $which );
		// phpcs:disable WordPress.DB -- our table; every value through prepare(); counts change on every result, so nothing to cache.
		$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (quiz_id, week, team, kind, total) VALUES {$rows}", $values ) );
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET total = total + 1 WHERE quiz_id = %d AND week = %s AND ( {$which} )", array_merge( array( $quiz_id, $week ), $pairs ) ) );
		// phpcs:enable
	}

	/**
	 * The totals between two ISO weeks (inclusive) per team, week and kind.
	 *
	 * @param int $quiz_id 0 for every quiz.
	 * @return list<array{team: string, week: string, kind: string, total: int}>
	 */
	public function totals( string $first_week, string $last_week, int $quiz_id = 0 ): array {
		global $wpdb;
		$table = Schema::quiz_counts_table();
		$where = 'week >= %s AND week <= %s';
		$args  = array( $first_week, $last_week );
		if ( $quiz_id > 0 ) {
			$where .= ' AND quiz_id = %d';
			$args[] = $quiz_id;
		}
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT team, week, kind, SUM(total) AS total FROM {$table} WHERE {$where} GROUP BY team, week, kind", $args ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; every value through prepare().
		$totals = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$totals[] = array(
				'team'  => (string) $row['team'],
				'week'  => (string) $row['week'],
				'kind'  => (string) $row['kind'],
				'total' => (int) $row['total'],
			);
		}
		return $totals;
	}
}
