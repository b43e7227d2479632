<?php
/**
 * What happens when someone steps away from mentoring, or comes back: a mentor who retires, loses the
 * mentor role or whose account is deleted has their mentees moved in the background (Reassigner); a
 * mentor who goes away hands their mentees to each match's backup mentor (the one the mentor named,
 * where a match has none yet) and MentorAway tells everyone; a mentor who is back fires MentorBack and
 * takes waiting mentees who fit; a mentee whose account is deleted frees their mentor's place at once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\MentorAway;
use Wayfinder\Mentorship\Events\MentorBack;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class Departures {

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
	) {
	}

	/** After a profile save: retiring moves the mentees; going away calls in the backups; coming back takes mentees. */
	public function status_changed( Profile $profile, string $was ): void {
		if ( $profile->mentor_status === $was ) {
			return;
		}
		$actor = get_current_user_id();
		if ( 'retired' === $profile->mentor_status ) {
			Reassigner::schedule( $profile->user_id );
		} elseif ( 'away' === $profile->mentor_status ) {
			Transaction::run(
				function () use ( $profile, $actor ): void {
					$this->name_backups( $profile->user_id );
					Events::dispatch( new MentorAway( $profile, $this->matches->open_of_mentor( $profile->user_id ), $actor ) );
				}
			);
		} elseif ( 'available' === $profile->mentor_status ) {
			Events::dispatch( new MentorBack( $profile, $this->matches->open_of_mentor( $profile->user_id ), $actor ) );
		}
	}

	/**
	 * The mentor named a backup in their profile: each open match without one gets them, when backups
	 * are on and that backup can take mentees now (the one availability rule).
	 */
	private function name_backups( int $mentor_id ): void {
		$named = Reassigner::named_backup( $this->profiles, $mentor_id );
		if ( null === $named || ! Settings::backup_mentors_enabled() || ! Capabilities::can_mentor( $named ) || ! $this->profiles->find( $named )->available_now() ) {
			return;
		}
		$service = new MatchService( $this->profiles, $this->matches );
		foreach ( $this->matches->open_of_mentor( $mentor_id ) as $match ) {
			if ( null === $match->backup_mentor_id && $named !== $match->mentee_id ) {
				$service->set_backup( $match->id, $named, 0 );
			}
		}
	}

	/** A mentor who is no longer one (role taken away) is a mentor who quit. */
	public function role_changed( int $user_id ): void {
		if ( ! Capabilities::can_mentor( $user_id ) && array() !== $this->matches->open_of_mentor( $user_id, 1 ) ) {
			Reassigner::schedule( $user_id );
		}
	}

	public function user_deleted( int $user_id ): void {
		if ( array() !== $this->matches->open_of_mentor( $user_id, 1 ) ) {
			Reassigner::schedule( $user_id );
		}
		$service = new MatchService( $this->profiles, $this->matches );
		foreach ( $this->matches->open_of_mentee( $user_id ) as $match ) {
			$service->end( $match->id, 'account_deleted', get_current_user_id() );
		}
	}
}
