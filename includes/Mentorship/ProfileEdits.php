<?php
/**
 * What mentoring does when a profile is edited through its route: a mentor who went away, came back
 * or retired (Departures), and a person who started looking for a mentor — opting in, so a mentor at
 * once or a place in the queue (AutoAssigner). Also answers the profiles' question whether two
 * people share a running match (so each sees the other's private profile fields).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileEdited;

final class ProfileEdits {

	public function __construct(
		private readonly Departures $departures = new Departures(),
		private readonly AutoAssigner $assigner = new AutoAssigner(),
	) {
	}

	public function edited( ProfileEdited $event ): void {
		$this->departures->status_changed( $event->after, $event->before->mentor_status );
		if ( $event->after->seeking && ! $event->before->seeking ) {
			$this->assigner->assign( $event->after->user_id );
		}
	}

	/**
	 * Whether $viewer and $person are in a running match together (mentor, mentee or backup).
	 *
	 * @param bool $partners What another listener answered.
	 */
	public static function partners( $partners, int $viewer, int $person ): bool {
		if ( $partners ) {
			return true;
		}
		global $wpdb;
		$table = Schema::matches_table();
		$open  = MatchService::OPEN_STATUSES;
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE status IN {$open} AND ( ( mentee_id = %d AND ( mentor_id = %d OR backup_mentor_id = %d ) ) OR ( mentee_id = %d AND ( mentor_id = %d OR backup_mentor_id = %d ) ) ) LIMIT 1", $person, $viewer, $viewer, $viewer, $person, $person ) ); // phpcs:ignore WordPress.DB -- our table; moves to the matches' repository with it.
	}
}
