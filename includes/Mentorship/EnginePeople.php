<?php
/**
 * Profiles as the matching engine sees them. A newcomer's profile without languages counts as
 * speaking the site's language (a mentor's does not: mentors say what they speak, and administrators,
 * who hold every capability, are not matched until they fill in a profile); malformed stored
 * availability counts as none rather than breaking a match.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\Absence;
use Wayfinder\Matching\InvalidInput;
use Wayfinder\Matching\Mentee;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\Person;
use Wayfinder\Profiles\Availability;
use Wayfinder\Profiles\MentorRow;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class EnginePeople {

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
	) {
	}

	/**
	 * A mentee who prefers a team or a language is matched on that one: it is what they asked for.
	 *
	 * @param list<int>|null $not_again Their mentors not to match again, when already read (mentees()).
	 */
	public function mentee( Profile $profile, ?array $not_again = null ): Mentee {
		return new Mentee(
			(string) $profile->user_id,
			$profile->timezone,
			'' !== $profile->preferred_language ? array( $profile->preferred_language ) : self::languages( $profile ),
			'' !== $profile->preferred_team ? array( $profile->preferred_team ) : $profile->teams,
			self::windows( $profile ),
			null === $profile->preferred_mentor ? null : (string) $profile->preferred_mentor,
			array_map( 'strval', $not_again ?? $this->matches->mentors_not_again( $profile->user_id ) )
		);
	}

	/**
	 * Many mentees (as mentee()), with one query for everyone’s past mentors.
	 *
	 * @param array<int, Profile> $profiles User ID => profile.
	 * @return array<int, Mentee> User ID => mentee, in the same order.
	 */
	public function mentees( array $profiles ): array {
		$not_again = $this->matches->mentors_not_again_many( array_keys( $profiles ) );
		$mentees   = array();
		foreach ( $profiles as $id => $profile ) {
			$mentees[ $id ] = $this->mentee( $profile, $not_again[ $id ] ?? array() );
		}
		return $mentees;
	}

	public function mentor( Profile $profile ): Mentor {
		return new Mentor(
			(string) $profile->user_id,
			$profile->timezone,
			$profile->languages,
			$profile->teams,
			self::windows( $profile ),
			$profile->mentor_capacity,
			$profile->active_mentees,
			$profile->mentor_weight,
			$profile->mentor_status,
			Availability::is_away( $profile ) // The one rule, precomputed: the engine has none of its own.
		);
	}

	/** A listed mentor from the pool's row, as mentor() from their profile. */
	public function mentor_of_row( MentorRow $row ): Mentor {
		try {
			$windows = Person::read_windows_json( $row->availability, 'availability' );
		} catch ( InvalidInput $e ) {
			$windows = array();
		}
		return new Mentor(
			(string) $row->user_id,
			$row->timezone,
			$row->languages,
			$row->teams,
			$windows,
			$row->mentor_capacity,
			$row->active_mentees,
			$row->mentor_weight,
			$row->mentor_status,
			Absence::is_away( $row->mentor_status, $row->away_until, $row->timezone, time() ) // Availability::is_away's rule.
		);
	}

	/** @return list<Mentor> Every listed mentor on the site, with their profile, count and settings: one query. */
	public function all_mentors(): array {
		return array_map( fn ( MentorRow $row ): Mentor => $this->mentor_of_row( $row ), $this->profiles->listed_mentors() );
	}

	/** @return list<string> */
	private static function languages( Profile $profile ): array {
		return array() !== $profile->languages ? $profile->languages : array( self::site_language() );
	}

	/** What a newcomer without languages speaks: the site's language. */
	public static function site_language(): string {
		return strtolower( substr( get_locale(), 0, 2 ) );
	}

	/** @return list<array{0:int,1:int,2:int}> */
	private static function windows( Profile $profile ): array {
		try {
			return Person::read_windows( $profile->availability, 'availability' );
		} catch ( InvalidInput $e ) {
			return array();
		}
	}
}
