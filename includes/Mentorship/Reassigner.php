<?php
/**
 * When a mentor retires or quits, their mentees are not left alone: in the background (WP-Cron), in
 * bounded batches, each match ends ("mentor quit") and the mentee moves to the match's backup mentor
 * if there is one who can take them, else gets the best available mentor at once, or a place in the
 * queue — and an email that says which. Safe to run twice: only running matches move.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;

final class Reassigner {

	public const HOOK   = 'wayfinder_reassign_mentees';
	private const BATCH = 25;

	/** Queues the work for a mentor who just retired or quit. */
	public static function schedule( int $mentor_id ): void {
		if ( ! wp_next_scheduled( self::HOOK, array( $mentor_id ) ) ) {
			wp_schedule_single_event( time(), self::HOOK, array( $mentor_id ) );
		}
	}

	/** @return int How many mentees moved in this batch. */
	public function reassign_from( int $mentor_id ): int {
		global $wpdb;
		// Scheduled a moment ago, but the mentor is back (a role restored on the same screen, say): stay.
		if ( get_userdata( $mentor_id ) && Capabilities::can_mentor( $mentor_id ) && 'retired' !== ( new ProfileRepository() )->find( $mentor_id )->mentor_status ) {
			return 0;
		}
		$table   = Schema::matches_table();
		$open    = MatchService::OPEN_STATUSES;
		$matches = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id, backup_mentor_id FROM {$table} WHERE mentor_id = %d AND status IN {$open} ORDER BY id LIMIT %d", $mentor_id, self::BATCH + 1 ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		$moved   = 0;
		$service = new MatchService();
		$auto    = new AutoAssigner();
		foreach ( array_slice( (array) $matches, 0, self::BATCH ) as $match ) {
			if ( is_wp_error( $service->end( (int) $match['id'], 'mentor_quit', 0 ) ) ) {
				continue; // Ended meanwhile by someone else.
			}
			$result = $this->to_backup( $service, $match ) ?? $auto->assign( (int) $match['mentee_id'] );
			$this->tell( (int) $match['mentee_id'], $result );
			++$moved;
		}
		if ( count( (array) $matches ) > self::BATCH ) {
			wp_schedule_single_event( time() + 60, self::HOOK, array( $mentor_id ) );
		}
		return $moved;
	}

	/**
	 * The backup mentor already knows the mentee: they become the primary mentor if they have room.
	 *
	 * @param array<string, mixed> $match
	 * @return array{status: string, mentor: int}|null
	 */
	private function to_backup( MatchService $service, array $match ): ?array {
		$backup = (int) $match['backup_mentor_id'];
		if ( 0 === $backup || is_wp_error( $service->start( (int) $match['mentee_id'], $backup, 'auto', 0 ) ) ) {
			return null;
		}
		return array(
			'status' => 'matched',
			'mentor' => $backup,
		);
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
