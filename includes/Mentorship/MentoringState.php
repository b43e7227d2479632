<?php
/**
 * Where a person stands: whether they can mentor and which button to show ("Start mentoring" for a
 * mentor who never had a mentee, "Find more mentees" after) or why none, and whether they have a
 * mentor, who, since when and by which path. Everyone can always see why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;

final class MentoringState {

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	/** @return array<string, mixed> */
	public function of( int $user_id ): array {
		return array(
			'mentor' => $this->as_mentor( $user_id ),
			'mentee' => $this->as_mentee( $user_id ),
		);
	}

	/** @return array<string, mixed> */
	private function as_mentor( int $user_id ): array {
		$profile = $this->profiles->find( $user_id );
		$state   = array(
			'can_mentor'     => false,
			'button'         => null,
			'reason'         => null,
			'status'         => $profile->mentor_status,
			'away_until'     => $profile->away_until,
			'capacity'       => $profile->mentor_capacity,
			'active_mentees' => $profile->active_mentees,
		);
		if ( ! Capabilities::can_mentor( $user_id ) ) {
			$state['reason'] = __( 'You are not a mentor yet. Ask a mentoring coordinator to make you one.', 'wayfinder' );
			return $state;
		}
		$state['can_mentor'] = true;
		if ( 'retired' === $profile->mentor_status ) {
			$state['reason'] = __( 'You have stopped mentoring. Set your status back to available in your profile to mentor again.', 'wayfinder' );
		} elseif ( ! $profile->available_now() ) {
			$state['reason'] = null === $profile->away_until
				? __( 'You are away. Change this in your profile when you are back.', 'wayfinder' )
				/* translators: %s: a date. */
				: sprintf( __( 'You are away until %s. Change this in your profile.', 'wayfinder' ), date_i18n( get_option( 'date_format' ), (int) strtotime( $profile->away_until ) ) );
		} elseif ( $profile->active_mentees >= $profile->mentor_capacity ) {
			$state['reason'] = sprintf(
				/* translators: 1: current mentees, 2: capacity. */
				__( 'You have %1$d of %2$d mentees, so no room for more. Raise your capacity in your profile to take more.', 'wayfinder' ),
				$profile->active_mentees,
				$profile->mentor_capacity
			);
		} else {
			$state['button'] = array(
				'label' => $this->ever_mentored( $user_id ) ? __( 'Find more mentees', 'wayfinder' ) : __( 'Start mentoring', 'wayfinder' ),
			);
		}
		return $state;
	}

	/** @return array<string, mixed> */
	private function as_mentee( int $user_id ): array {
		global $wpdb;
		$matches = Schema::matches_table();
		$open    = MatchService::OPEN_STATUSES;
		$match   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$matches} WHERE mentee_id = %d AND status IN {$open} AND active_primary = 1", $user_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		$mentor  = is_array( $match ) ? get_userdata( (int) $match['mentor_id'] ) : false;
		$backup  = is_array( $match ) && null !== $match['backup_mentor_id'] ? get_userdata( (int) $match['backup_mentor_id'] ) : false;
		return array(
			'has_mentor' => (bool) $mentor,
			'mentor'     => $mentor ? array(
				'id'   => $mentor->ID,
				'name' => $mentor->display_name,
			) : null,
			'match'      => is_array( $match ) ? (int) $match['id'] : null,
			// Proposed: a coordinator chose the mentor, who has not confirmed yet.
			'status'     => is_array( $match ) ? (string) $match['status'] : null,
			'since'      => is_array( $match ) ? mysql_to_rfc3339( (string) $match['created_at'] ) : null,
			'source'     => is_array( $match ) ? (string) $match['source'] : null,
			'backup'     => $backup ? array(
				'id'       => $backup->ID,
				'name'     => $backup->display_name,
				// The backup covers while the primary mentor is away.
				'covering' => $mentor && $this->is_away( $mentor->ID ),
			) : null,
			'seeking'    => $this->profiles->find( $user_id )->seeking,
			'queue'      => is_array( $match ) ? null : $this->queue_position( $user_id ),
		);
	}

	/** The person's place among everyone waiting for any mentor, from 1; null when they are not waiting. */
	public function queue_position( int $user_id ): ?int {
		global $wpdb;
		$table = Schema::requests_table();
		$open  = "type = 'mentee_request' AND mentor_id IS NULL AND status = 'open'";
		$id    = $wpdb->get_var( $wpdb->prepare( "SELECT MIN(id) FROM {$table} WHERE {$open} AND mentee_id = %d", $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
		return null === $id ? null : (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$open} AND id <= %d", $id ) ); // phpcs:ignore WordPress.DB -- our table.
	}

	private function is_away( int $user_id ): bool {
		$profile = $this->profiles->find( $user_id );
		return 'retired' === $profile->mentor_status || \Wayfinder\Profiles\Availability::is_away( $profile );
	}

	private function ever_mentored( int $user_id ): bool {
		global $wpdb;
		$matches = Schema::matches_table();
		// A proposal not yet confirmed, or declined, is not mentoring yet.
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$matches} WHERE mentor_id = %d AND status <> 'proposed' AND end_reason <> 'mentor_declined' LIMIT 1", $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
	}
}
