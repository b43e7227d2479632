<?php
/**
 * The rules of editing a mentoring profile: each field checked against what the site knows (time
 * zones, teams, real dates, who is a mentor), nothing saved when any field is refused, a save the
 * database refused reported as an error, and ProfileEdited fired once it is stored.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Matching\Absence;
use Wayfinder\Matching\InvalidInput;
use Wayfinder\Matching\Person;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Teams\TeamPostType;
use WP_Error;

final class ProfileService {

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	/**
	 * Applies the changes (the route's fields that were sent, already checked against the schema) and
	 * saves them.
	 *
	 * @param array<string, mixed> $changes
	 * @return Profile|WP_Error The saved profile, or why nothing was saved.
	 */
	public function update( int $user_id, array $changes, int $actor_id ) {
		if ( ! get_userdata( $user_id ) ) {
			return new WP_Error( 'wayfinder_profile_not_found', __( 'There is no such user.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$before  = $this->profiles->find( $user_id );
		$profile = clone $before;
		$applied = $this->apply( $profile, $changes );
		if ( is_wp_error( $applied ) ) {
			return $applied;
		}
		$saved = $this->profiles->save( $profile );
		if ( is_wp_error( $saved ) ) {
			return $saved;
		}
		$after = $this->profiles->find( $user_id );
		Events::dispatch( new ProfileEdited( $before, $after, $actor_id ) );
		return $this->profiles->find( $user_id );
	}

	/**
	 * Copies the changes onto the profile after checking each.
	 *
	 * @param array<string, mixed> $changes
	 * @return true|WP_Error
	 */
	private function apply( Profile $profile, array $changes ) {
		$bad = static fn ( string $message ): WP_Error => new WP_Error( 'wayfinder_invalid_profile', $message, array( 'status' => 400 ) );
		if ( isset( $changes['timezone'] ) ) {
			if ( ! in_array( $changes['timezone'], Person::known_timezones(), true ) ) {
				/* translators: %s: what was sent. */
				return $bad( sprintf( __( '“%s” is not a timezone. Use a name like Europe/Berlin or America/Sao_Paulo.', 'wayfinder' ), $changes['timezone'] ) );
			}
			$profile->timezone = $changes['timezone'];
		}
		foreach ( array( 'languages', 'skills' ) as $field ) {
			if ( isset( $changes[ $field ] ) ) {
				$items           = array_filter( array_map( 'sanitize_text_field', (array) $changes[ $field ] ), static fn ( string $item ): bool => '' !== $item );
				$profile->$field = array_values( array_unique( $items ) );
			}
		}
		if ( isset( $changes['teams'] ) ) {
			$teams = array_values( array_unique( (array) $changes['teams'] ) );
			foreach ( $teams as $slug ) {
				if ( ! TeamPostType::exists( $slug ) ) {
					/* translators: %s: a team slug. */
					return $bad( sprintf( __( 'There is no team “%s”. Pick teams from Mentorship → Teams.', 'wayfinder' ), $slug ) );
				}
			}
			$profile->teams = $teams;
		}
		if ( isset( $changes['availability'] ) ) {
			try {
				Person::read_windows( $changes['availability'], __( 'Availability', 'wayfinder' ) );
			} catch ( InvalidInput $e ) {
				return $bad( $e->getMessage() );
			}
			$profile->availability = $changes['availability'];
		}
		if ( isset( $changes['intro'] ) ) {
			$profile->intro = sanitize_textarea_field( $changes['intro'] );
		}
		if ( isset( $changes['mentor'] ) ) {
			$mentor = $this->apply_mentor( $profile, (array) $changes['mentor'] );
			if ( is_wp_error( $mentor ) ) {
				return $mentor;
			}
		}
		if ( isset( $changes['mentee'] ) ) {
			$mentee = (array) $changes['mentee'];
			if ( isset( $mentee['seeking'] ) ) {
				$profile->seeking = (bool) $mentee['seeking'];
			}
			if ( array_key_exists( 'preferred_mentor', $mentee ) ) {
				$preferred = $mentee['preferred_mentor'];
				if ( null !== $preferred && ! self::another_mentor( (int) $preferred, $profile->user_id ) ) {
					return $bad( __( 'The preferred mentor must be someone else who is a mentor here.', 'wayfinder' ) );
				}
				$profile->preferred_mentor = null === $preferred ? null : (int) $preferred;
			}
			if ( isset( $mentee['preferred_team'] ) ) {
				if ( '' !== $mentee['preferred_team'] && ! TeamPostType::exists( $mentee['preferred_team'] ) ) {
					/* translators: %s: a team slug. */
					return $bad( sprintf( __( 'There is no team “%s”. Pick teams from Mentorship → Teams.', 'wayfinder' ), $mentee['preferred_team'] ) );
				}
				$profile->preferred_team = $mentee['preferred_team'];
			}
			if ( isset( $mentee['preferred_language'] ) ) {
				$profile->preferred_language = $mentee['preferred_language'];
			}
		}
		if ( isset( $changes['sponsored'] ) ) {
			$profile->sponsored = (bool) $changes['sponsored'];
		}
		return true;
	}

	/**
	 * The mentor settings: capacity, weight, status, the absence's last day and the backup mentor.
	 *
	 * @param array<string, mixed> $mentor
	 * @return true|WP_Error
	 */
	private function apply_mentor( Profile $profile, array $mentor ) {
		$bad = static fn ( string $message ): WP_Error => new WP_Error( 'wayfinder_invalid_profile', $message, array( 'status' => 400 ) );
		if ( ! Capabilities::can_mentor( $profile->user_id ) ) {
			return new WP_Error( 'wayfinder_not_a_mentor', __( 'Mentor settings are for mentors. Ask a mentoring coordinator to make you one.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$profile->mentor_capacity = $mentor['capacity'] ?? $profile->mentor_capacity;
		$profile->mentor_weight   = $mentor['weight'] ?? $profile->mentor_weight;
		$profile->mentor_status   = $mentor['status'] ?? $profile->mentor_status;
		if ( array_key_exists( 'away_until', $mentor ) ) {
			if ( null !== $mentor['away_until'] && null === Absence::date( (string) $mentor['away_until'] ) ) {
				/* translators: %s: what was sent. */
				return $bad( sprintf( __( '“%s” is not a date in the calendar. Give the last day of your absence as YYYY-MM-DD, for example 2027-02-28.', 'wayfinder' ), (string) $mentor['away_until'] ) );
			}
			$profile->away_until = $mentor['away_until'];
		}
		if ( 'away' === $profile->mentor_status && null !== $profile->away_until && $profile->away_until < Absence::local_date( $profile->timezone, time() ) ) {
			return $bad( __( 'The end of an absence cannot be in the past. Leave it empty, or set your status back to available.', 'wayfinder' ) );
		}
		if ( array_key_exists( 'backup_mentor', $mentor ) ) {
			$backup = $mentor['backup_mentor'];
			if ( is_string( $backup ) ) {
				// Named by user name or email address (the form lists only a few mentors); nobody by that name is refused below.
				$backup = self::named_user( $backup );
			}
			if ( null !== $backup && ! self::another_mentor( (int) $backup, $profile->user_id ) ) {
				return $bad( __( 'The backup mentor must be someone else who is a mentor here.', 'wayfinder' ) );
			}
			$profile->backup_mentor = null === $backup ? null : (int) $backup;
		}
		return true;
	}

	/** The account with this user name or email address; 0 when there is none. */
	private static function named_user( string $name ): int {
		$name = trim( $name );
		$user = get_user_by( 'login', $name );
		if ( ! $user && is_email( $name ) ) {
			$user = get_user_by( 'email', $name );
		}
		return $user ? (int) $user->ID : 0;
	}

	private static function another_mentor( int $user_id, int $self ): bool {
		return $user_id !== $self && get_userdata( $user_id ) && Capabilities::can_mentor( $user_id );
	}
}
