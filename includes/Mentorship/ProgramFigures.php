<?php
/**
 * The figures on the coordinator's overview: who waits and for how long, open requests, running
 * matches by how they started, and how loaded the mentors are. Each is one indexed query.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;

final class ProgramFigures {

	/** @return array<string, mixed> */
	public function all(): array {
		return array(
			'waiting'       => $this->waiting(),
			'open_requests' => $this->count( Schema::requests_table(), "status = 'open'" ),
			'matches'       => $this->matches_by_source(),
			'proposed'      => $this->count( Schema::matches_table(), "status = 'proposed'" ),
			'mentors'       => $this->mentor_load(),
		);
	}

	/** @return array{count: int, longest: array{mentee: int, name: string, since: string, request: int}|null} */
	private function waiting(): array {
		global $wpdb;
		$table  = Schema::requests_table();
		$open   = "type = 'mentee_request' AND mentor_id IS NULL AND status = 'open'";
		$oldest = $wpdb->get_row( "SELECT id, mentee_id, created_at FROM {$table} WHERE {$open} ORDER BY id LIMIT 1", ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; no input.
		return array(
			'count'   => $this->count( $table, $open ),
			'longest' => is_array( $oldest ) ? array(
				'mentee'  => (int) $oldest['mentee_id'],
				'name'    => DisplayName::of( (int) $oldest['mentee_id'] ),
				'since'   => mysql_to_rfc3339( (string) $oldest['created_at'] ),
				'request' => (int) $oldest['id'],
			) : null,
		);
	}

	/** @return array<string, int> Source => active matches. */
	private function matches_by_source(): array {
		global $wpdb;
		$table  = Schema::matches_table();
		$counts = array_fill_keys( MatchService::SOURCES, 0 );
		foreach ( (array) $wpdb->get_results( "SELECT source, COUNT(*) AS n FROM {$table} WHERE status = 'active' GROUP BY source", ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB -- our table; no input.
			$counts[ (string) $row['source'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/** @return array{total: int, away: int, free: int, some: int, full: int, mentees: int, places: int} */
	private function mentor_load(): array {
		global $wpdb;
		$ids     = Capabilities::mentor_ids(); // Who is a mentor: the one rule.
		$figures = array(
			'total'   => count( $ids ),
			'away'    => 0,
			'free'    => 0,
			'some'    => 0,
			'full'    => 0,
			'mentees' => 0,
			'places'  => 0,
		);
		if ( array() === $ids ) {
			return $figures;
		}
		$table = Schema::profiles_table();
		$list  = implode( ',', $ids ); // Integers from intval(): safe in the query.
		$rows  = $wpdb->get_results( "SELECT mentor_status, away_until, timezone, mentor_capacity, active_mentees FROM {$table} WHERE user_id IN ({$list})", ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; integer IDs.
		$seen  = 0;
		foreach ( (array) $rows as $row ) {
			++$seen;
			$load                = (int) $row['active_mentees'];
			$capacity            = (int) $row['mentor_capacity'];
			$figures['mentees'] += $load;
			$figures['places']  += $capacity;
			// Away or stopped by the one availability rule (an absence whose last day is over counts as back).
			if ( ! \Wayfinder\Matching\Absence::takes_mentees( (string) $row['mentor_status'], null === $row['away_until'] ? null : (string) $row['away_until'], (string) $row['timezone'], time() ) ) {
				++$figures['away'];
			} elseif ( $load >= $capacity ) {
				++$figures['full'];
			} elseif ( $load > 0 ) {
				++$figures['some'];
			} else {
				++$figures['free'];
			}
		}
		// Mentors who never saved a profile have the default room and nobody yet.
		$figures['free']   += $figures['total'] - $seen;
		$figures['places'] += Settings::default_capacity() * ( $figures['total'] - $seen );
		return $figures;
	}

	private function count( string $table, string $where ): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" ); // phpcs:ignore WordPress.DB -- our table; fixed conditions.
	}
}
