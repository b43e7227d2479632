<?php
/**
 * What a person sees of the cohorts they take part in (My mentorship's "Your cohort"): each cohort
 * that is open or running with its dates and week, how they take part, and the sessions still to
 * come that they are invited to (never another pair's 1:1), in their own time zone, each with its calendar invitation to download (a link that works
 * without JavaScript: the REST route with the person's nonce). Plain, unescaped values; the block
 * escapes them as it prints.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\RestNamespace;

final class CohortSchedule {

	public function __construct(
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly SessionService $sessions = new SessionService(),
	) {
	}

	/**
	 * @param string $timezone The person's time zone (their profile's).
	 * @return list<array{id: int, as: string, name: string, url: string, dates: string, week: string, role: string, zone: string, sessions: list<array{title: string, when: string, iso: string, minutes: int, location: string, link: bool, invitation: string}>}>
	 */
	public function of( int $user_id, string $timezone, ?int $now = null ): array {
		$now   = $now ?? time();
		$zone  = self::zone( $timezone );
		$modes = Cohort::mode_labels();
		$shown = array();
		foreach ( $this->members->of_person( $user_id ) as $place ) {
			$cohort = CohortPostType::find( $place->cohort_id );
			if ( null === $cohort || ! in_array( $cohort->stage, array( Cohort::OPEN, Cohort::RUNNING ), true ) ) {
				continue;
			}
			$today   = wp_date( 'Y-m-d', $now, $zone );
			$week    = $cohort->week_on( (string) $today );
			$shown[] = array(
				'id'       => $cohort->id,
				'as'       => $place->role,
				'name'     => $cohort->name,
				'url'      => (string) get_permalink( $cohort->id ),
				/* translators: 1: first day, 2: last day. */
				'dates'    => sprintf( __( '%1$s to %2$s', 'wayfinder' ), self::day( $cohort->start_date ), self::day( $cohort->end_date ) ),
				'week'     => $week > 0
					/* translators: 1: the week the cohort is in, 2: how many weeks it has. */
					? sprintf( __( 'Week %1$d of %2$d', 'wayfinder' ), $week, $cohort->weeks() )
					: ( $today < $cohort->start_date ? __( 'Starts soon', 'wayfinder' ) : __( 'Ended', 'wayfinder' ) ),
				'role'     => CohortMember::MENTOR === $place->role ? __( 'You take part as a mentor.', 'wayfinder' ) : sprintf(
					/* translators: %s: how they take part, e.g. "Paired with a mentor (1:1)". */
					__( 'You take part as a mentee: %s.', 'wayfinder' ),
					$modes[ $place->mode ] ?? $place->mode
				),
				/* translators: %s: a time zone, e.g. "Asia / Tokyo". */
				'zone'     => sprintf( __( 'Times are in your time zone, %s (from your profile).', 'wayfinder' ), str_replace( array( '_', '/' ), array( ' ', ' / ' ), $zone->getName() ) ),
				'sessions' => $this->upcoming( $cohort, $user_id, $now, $zone ),
			);
		}
		return $shown;
	}

	/** @return list<array{title: string, when: string, iso: string, minutes: int, location: string, link: bool, invitation: string}> */
	private function upcoming( Cohort $cohort, int $user_id, int $now, \DateTimeZone $zone ): array {
		$upcoming = array();
		$nonce    = wp_create_nonce( 'wp_rest' );
		// The sessions they are invited to: the cohort's, their own 1:1s and their project group's.
		foreach ( $this->sessions->visible_to( $cohort->id, $user_id ) as $session ) {
			if ( Session::SCHEDULED !== $session->status || $session->starts + $session->minutes * 60 < $now ) {
				continue;
			}
			$upcoming[] = array(
				'title'      => $session->title,
				'when'       => (string) wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $session->starts, $zone ),
				'iso'        => gmdate( 'c', $session->starts ),
				'minutes'    => $session->minutes,
				'location'   => $session->location,
				'link'       => 1 === preg_match( '#^https?://\S+$#', $session->location ),
				'invitation' => add_query_arg( '_wpnonce', $nonce, rest_url( RestNamespace::V1 . '/sessions/' . $session->id . '/invitation' ) ),
			);
		}
		return $upcoming;
	}

	private static function day( string $date ): string {
		return (string) date_i18n( (string) get_option( 'date_format' ), (int) strtotime( $date . ' 12:00:00' ) );
	}

	private static function zone( string $name ): \DateTimeZone {
		try {
			return new \DateTimeZone( '' !== $name ? $name : 'UTC' );
		} catch ( \Exception $e ) {
			return new \DateTimeZone( 'UTC' );
		}
	}
}
