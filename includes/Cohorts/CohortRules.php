<?php
/**
 * What makes a cohort's fields hold together, checked before a save: it lasts two to six weeks,
 * has its dates once it leaves the draft, keeps no more seats for sponsored contributors than it
 * has, offers at least one way to take part, names teams that exist, and never has fewer places
 * than people already enrolled. Each refusal says what to change.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Teams\TeamList;
use WP_Error;

final class CohortRules {

	public const SHORTEST_DAYS = 14;
	public const LONGEST_DAYS  = 42;

	public function __construct( private readonly CohortMemberRepository $members = new CohortMemberRepository() ) {
	}

	/**
	 * @param array<string, mixed> $values Every field (CohortPostType's meta keys), as it would be saved.
	 * @param int                  $id     The cohort's ID, or 0 for a new one.
	 * @return WP_Error|null Null when the cohort may be saved.
	 */
	public function check( array $values, int $id ): ?WP_Error {
		$start = (string) $values[ CohortPostType::START_DATE ];
		$end   = (string) $values[ CohortPostType::END_DATE ];
		$dates = $this->dates( $start, $end, (string) $values[ CohortPostType::STAGE ] );
		if ( null !== $dates ) {
			return $dates;
		}
		$seats    = (int) $values[ CohortPostType::SEATS ];
		$reserved = (int) $values[ CohortPostType::RESERVED_SEATS ];
		if ( $reserved > $seats ) {
			return self::refuse(
				'wayfinder_cohort_reserved_seats',
				/* translators: 1: reserved seats, 2: all seats. */
				sprintf( __( 'The cohort keeps %1$d seats for sponsored contributors but has only %2$d seats. Keep at most as many as it has.', 'wayfinder' ), $reserved, $seats )
			);
		}
		if ( array() === (array) $values[ CohortPostType::MODES ] ) {
			return self::refuse( 'wayfinder_cohort_modes', __( 'Choose at least one way for mentees to take part: paired with a mentor, in a project group, or in the group sessions only.', 'wayfinder' ) );
		}
		$known = TeamList::all();
		foreach ( (array) $values[ CohortPostType::TEAMS ] as $slug ) {
			if ( ! isset( $known[ (string) $slug ] ) ) {
				return self::refuse(
					'wayfinder_cohort_unknown_team',
					/* translators: %s: a team's slug. */
					sprintf( __( 'There is no published team "%s". Choose teams from the Teams list.', 'wayfinder' ), (string) $slug )
				);
			}
		}
		if ( $id > 0 ) {
			$enrolled = $this->members->enrolled( $id );
			foreach ( array(
				CohortMember::MENTEE => array( $seats, __( 'seats', 'wayfinder' ) ),
				CohortMember::MENTOR => array( (int) $values[ CohortPostType::MENTOR_PLACES ], __( 'mentor places', 'wayfinder' ) ),
			) as $role => list( $places, $what ) ) {
				if ( $places < $enrolled[ $role ] ) {
					return self::refuse(
						'wayfinder_cohort_places_taken',
						/* translators: 1: people enrolled, 2: "seats" or "mentor places", 3: the number asked for. */
						sprintf( __( '%1$d people already hold the cohort\'s %2$s, more than the %3$d asked for. Withdraw someone first, or keep at least as many.', 'wayfinder' ), $enrolled[ $role ], $what, $places )
					);
				}
			}
		}
		return null;
	}

	private function dates( string $start, string $end, string $stage ): ?WP_Error {
		if ( '' === $start && '' === $end ) {
			return Cohort::DRAFT === $stage ? null : self::refuse( 'wayfinder_cohort_dates', __( 'A cohort needs its first and last day before it opens. Set both dates, or keep it a draft.', 'wayfinder' ) );
		}
		foreach ( array( $start, $end ) as $date ) {
			if ( ! self::is_date( $date ) ) {
				return self::refuse(
					'wayfinder_cohort_dates',
					'' === $date
						? __( 'Set both the first and the last day of the cohort.', 'wayfinder' )
						/* translators: %s: what was given as a date. */
						: sprintf( __( '"%s" is not a day of the calendar. Give dates as YYYY-MM-DD.', 'wayfinder' ), $date )
				);
			}
		}
		$days = Cohort::days( $start, $end );
		if ( $days < self::SHORTEST_DAYS || $days > self::LONGEST_DAYS ) {
			$earliest = gmdate( 'Y-m-d', (int) strtotime( $start . ' 00:00:00 UTC' ) + ( self::SHORTEST_DAYS - 1 ) * DAY_IN_SECONDS );
			$latest   = gmdate( 'Y-m-d', (int) strtotime( $start . ' 00:00:00 UTC' ) + ( self::LONGEST_DAYS - 1 ) * DAY_IN_SECONDS );
			return self::refuse(
				'wayfinder_cohort_length',
				$days < 1
					/* translators: 1: first day, 2: last day. */
					? sprintf( __( 'The cohort ends (%2$s) before it starts (%1$s). Swap the dates or correct one.', 'wayfinder' ), $start, $end )
					/* translators: 1: number of days, 2: first day, 3: earliest last day, 4: latest last day. */
					: sprintf( __( 'A cohort lasts two to six weeks, and this one lasts %1$d days. For a cohort starting on %2$s, choose a last day from %3$s to %4$s.', 'wayfinder' ), $days, $start, $earliest, $latest )
			);
		}
		return null;
	}

	private static function is_date( string $date ): bool {
		return 1 === preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $parts ) && checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] );
	}

	private static function refuse( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => 400 ) );
	}
}
