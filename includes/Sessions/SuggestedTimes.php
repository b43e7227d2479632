<?php
/**
 * Suggested times for a session of two people: the next few starts, within the cohort's dates and
 * still to come, when both people's weekly availability windows overlap for the whole length. The
 * windows become UTC intervals over real dates through the matching engine's AvailabilityCalendar
 * (which knows each time zone's daylight-saving changes), so a window at 09:00 in New York is 14:00
 * or 13:00 UTC depending on the week. Each suggestion starts where a shared stretch starts (or at the
 * next quarter hour, for one under way), one per stretch; each is labelled in the viewer's time zone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\InvalidInput;
use Wayfinder\Matching\Person;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class SuggestedTimes {

	private const QUARTER = 900;

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
	}

	/**
	 * @param string $viewer_zone The time zone to label the times in (the viewer's profile's).
	 * @return array{times: list<array{starts: string, label: string}>, reason: string} Up to $count starts (UTC ISO 8601), or none and why.
	 */
	public function for_pair( Cohort $cohort, int $mentor_id, int $mentee_id, int $minutes, string $viewer_zone, int $count = 5, ?int $now = null ): array {
		$now    = $now ?? time();
		$mentor = $this->profiles->find( $mentor_id );
		$mentee = $this->profiles->find( $mentee_id );
		foreach ( array( $mentor, $mentee ) as $profile ) {
			if ( array() === self::windows( $profile ) ) {
				return self::none(
					/* translators: %s: a person's name. */
					sprintf( __( '%s has no weekly availability in their profile, so there are no shared hours to suggest. Choose a time yourself.', 'wayfinder' ), self::name( $profile->user_id ) )
				);
			}
		}
		// The cohort's days in UTC, from now on, in whole quarter hours.
		$first = max( (int) strtotime( $cohort->start_date . ' 00:00:00 UTC' ), (int) ( ceil( $now / self::QUARTER ) * self::QUARTER ) );
		$last  = (int) strtotime( $cohort->end_date . ' 00:00:00 UTC' ) + DAY_IN_SECONDS;
		if ( $first >= $last ) {
			return self::none( __( 'The cohort has no days left to suggest a time in.', 'wayfinder' ) );
		}
		$calendar = new AvailabilityCalendar( $first, (int) ceil( ( $last - $first ) / DAY_IN_SECONDS ) );
		$shared   = AvailabilityCalendar::shared( $calendar->intervals( self::person( $mentor ) ), $calendar->intervals( self::person( $mentee ) ) );
		$zone     = self::zone( $viewer_zone );
		$times    = array();
		foreach ( $shared as list( $from, $to ) ) {
			$start = (int) ( ceil( $from / self::QUARTER ) * self::QUARTER );
			if ( $start + $minutes * 60 > min( $to, $last ) ) {
				continue;
			}
			$times[] = array(
				'starts' => gmdate( 'Y-m-d\TH:i:s\Z', $start ),
				'label'  => self::label( $start, $zone ),
			);
			if ( count( $times ) >= $count ) {
				break;
			}
		}
		if ( array() === $times ) {
			return self::none(
				array() === $shared
					? __( 'The mentor\'s and the mentee\'s weekly availability do not overlap during the rest of the cohort. Choose a time yourself, or agree on other hours.', 'wayfinder' )
					/* translators: %d: minutes. */
					: sprintf( _n( 'Their shared hours during the rest of the cohort are all shorter than %d minute. Choose a shorter session or a time yourself.', 'Their shared hours during the rest of the cohort are all shorter than %d minutes. Choose a shorter session or a time yourself.', $minutes, 'wayfinder' ), $minutes )
			);
		}
		return array(
			'times'  => $times,
			'reason' => '',
		);
	}

	/** A time as a person reads it in their own zone, e.g. "Monday, March 29, 2027 11:00 am (America/New York)". */
	public static function label( int $time, \DateTimeZone $zone ): string {
		/* translators: 1: a weekday, date and time, 2: a time zone. */
		return sprintf( __( '%1$s (%2$s)', 'wayfinder' ), (string) wp_date( 'l, ' . get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $time, $zone ), str_replace( '_', ' ', $zone->getName() ) );
	}

	public static function zone( string $name ): \DateTimeZone {
		try {
			return new \DateTimeZone( '' !== $name ? $name : 'UTC' );
		} catch ( \Exception $e ) {
			return new \DateTimeZone( 'UTC' );
		}
	}

	/** The person as the engine reads availability: their time zone and weekly windows. */
	private static function person( Profile $profile ): Person {
		return new Person( (string) $profile->user_id, self::zone( $profile->timezone )->getName(), array(), array(), self::windows( $profile ) );
	}

	/** @return list<array{0:int,1:int,2:int}> */
	private static function windows( Profile $profile ): array {
		try {
			return Person::read_windows( $profile->availability, 'availability' );
		} catch ( InvalidInput $e ) {
			return array(); // Malformed stored availability counts as none, as for matching.
		}
	}

	/** @return array{times: list<array{starts: string, label: string}>, reason: string} */
	private static function none( string $reason ): array {
		return array(
			'times'  => array(),
			'reason' => $reason,
		);
	}

	private static function name( int $user_id ): string {
		$user = get_userdata( $user_id );
		return $user ? $user->display_name : __( 'Someone', 'wayfinder' );
	}
}
