<?php
/**
 * When a mentor retires, their mentees are not left alone: in the background (WP-Cron), in bounded
 * batches, each match ends ("mentor quit") and the mentee gets the best available mentor at once, or
 * a place in the queue — and an email that says which. Safe to run twice: only active matches move.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

final class Reassigner {

	public const HOOK   = 'wayfinder_reassign_mentees';
	private const BATCH = 25;

	/** Queues the work for a mentor who just retired. */
	public static function schedule( int $mentor_id ): void {
		if ( ! wp_next_scheduled( self::HOOK, array( $mentor_id ) ) ) {
			wp_schedule_single_event( time(), self::HOOK, array( $mentor_id ) );
		}
	}

	/** @return int How many mentees moved in this batch. */
	public function reassign_from( int $mentor_id ): int {
		global $wpdb;
		$table   = Schema::matches_table();
		$matches = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id FROM {$table} WHERE mentor_id = %d AND status = 'active' ORDER BY id LIMIT %d", $mentor_id, self::BATCH + 1 ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		$moved   = 0;
		$service = new MatchService();
		$auto    = new AutoAssigner();
		foreach ( array_slice( (array) $matches, 0, self::BATCH ) as $match ) {
			if ( is_wp_error( $service->end( (int) $match['id'], 'mentor_quit', 0 ) ) ) {
				continue; // Ended meanwhile by someone else.
			}
			$result = $auto->assign( (int) $match['mentee_id'] );
			$this->tell( (int) $match['mentee_id'], $result );
			++$moved;
		}
		if ( count( (array) $matches ) > self::BATCH ) {
			wp_schedule_single_event( time() + 60, self::HOOK, array( $mentor_id ) );
		}
		return $moved;
	}

	/** @param array<string, mixed> $result What AutoAssigner decided. */
	private function tell( int $mentee_id, array $result ): void {
		$mentee = get_userdata( $mentee_id );
		if ( ! $mentee ) {
			return;
		}
		if ( 'matched' === $result['status'] ) {
			$mentor = get_userdata( (int) $result['mentor'] );
			/* translators: %s: the new mentor's name. */
			$body = sprintf( __( 'Your mentor has stepped down from mentoring. Your new mentor is %s.', 'wayfinder' ), $mentor ? $mentor->display_name : '' );
		} else {
			/* translators: 1: why no mentor is available, 2: place in the queue. */
			$body = sprintf( __( 'Your mentor has stepped down from mentoring. %1$s You are number %2$d in the queue for a new mentor.', 'wayfinder' ), (string) $result['reason'], (int) $result['position'] );
		}
		wp_mail( $mentee->user_email, __( 'About your mentor', 'wayfinder' ), $body . "\n\n" . home_url( '/' ) );
	}
}
