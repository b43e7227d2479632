<?php
/**
 * What happens when someone steps away from mentoring: a mentor who retires, loses the mentor role
 * or whose account is deleted has their mentees moved in the background (Reassigner); a mentor who
 * goes away hands their mentees to each match's backup mentor, who is told; a mentee whose account is
 * deleted frees their mentor's place at once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;

final class Departures {

	public function register(): void {
		add_action( 'set_user_role', array( $this, 'role_changed' ) );
		add_action( 'remove_user_role', array( $this, 'role_changed' ) );
		add_action( 'delete_user', array( $this, 'user_deleted' ) );
	}

	/** After a profile save: retiring moves the mentees; going away calls in the backups. */
	public function status_changed( Profile $profile, string $was ): void {
		if ( $profile->mentor_status === $was ) {
			return;
		}
		if ( 'retired' === $profile->mentor_status ) {
			Reassigner::schedule( $profile->user_id );
		} elseif ( 'away' === $profile->mentor_status && Settings::backup_mentors_enabled() ) {
			foreach ( $this->open_matches( 'mentor_id', $profile->user_id, true ) as $match ) {
				MatchNotices::covering( $match, $profile->away_until );
			}
		}
	}

	/** A mentor who is no longer one (role taken away) is a mentor who quit. */
	public function role_changed( int $user_id ): void {
		if ( ! Capabilities::can_mentor( $user_id ) && array() !== $this->open_matches( 'mentor_id', $user_id, false ) ) {
			Reassigner::schedule( $user_id );
		}
	}

	public function user_deleted( int $user_id ): void {
		if ( array() !== $this->open_matches( 'mentor_id', $user_id, false ) ) {
			Reassigner::schedule( $user_id );
		}
		$matches = new MatchService();
		foreach ( $this->open_matches( 'mentee_id', $user_id, false ) as $match ) {
			$matches->end( (int) $match['id'], 'mentee_stopped', get_current_user_id() );
		}
	}

	/**
	 * @param 'mentor_id'|'mentee_id' $column
	 * @return list<array<string, mixed>>
	 */
	private function open_matches( string $column, int $user_id, bool $with_backup ): array {
		global $wpdb;
		$table = Schema::matches_table();
		$open  = MatchService::OPEN_STATUSES;
		$extra = $with_backup ? ' AND backup_mentor_id IS NOT NULL' : '';
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$column} = %d AND status IN {$open}{$extra} ORDER BY id", $user_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; the column is one of two names.
		return is_array( $rows ) ? array_values( $rows ) : array();
	}
}
