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

use Wayfinder\Profiles\ProfileEdited;

final class ProfileEdits {

	public function __construct(
		private readonly Departures $departures = new Departures(),
		private readonly AutoAssigner $assigner = new AutoAssigner(),
		private readonly MentoringState $state = new MentoringState(),
	) {
	}

	public function edited( ProfileEdited $event ): void {
		$this->departures->status_changed( $event->after, $event->before->mentor_status );
		if ( $event->after->seeking && ! $event->before->seeking ) {
			$this->assigner->assign( $event->after->user_id );
		}
		// More room (a raised capacity) goes to the longest-waiting mentees who fit, at once.
		if ( $event->after->mentor_capacity > $event->before->mentor_capacity ) {
			$this->assigner->fill_room( $event->after->user_id );
		}
	}

	/**
	 * Whether $viewer and $person are in a running match together (mentor, mentee or backup), from
	 * where each stands as a mentee (MentoringState reads the match).
	 *
	 * @param bool $partners What another listener answered.
	 */
	public function partners( $partners, int $viewer, int $person ): bool {
		if ( $partners ) {
			return true;
		}
		foreach ( array( array( $person, $viewer ), array( $viewer, $person ) ) as list( $mentee, $other ) ) {
			$state = $this->state->of( $mentee )['mentee'];
			if ( in_array( $other, array( $state['mentor']['id'] ?? null, $state['backup']['id'] ?? null ), true ) ) {
				return true;
			}
		}
		return false;
	}
}
