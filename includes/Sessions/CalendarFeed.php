<?php
/**
 * Each person's calendar feed: a secret address that calendar apps subscribe to, listing the sessions
 * they are invited to in every cohort they take part in (the cohort's, their 1:1s, their project group's) (cancelled ones marked so, to leave the calendar), with no
 * one's address in it. The address is the person's ID and a random key kept in their user meta; making
 * a new one revokes the old one at once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\RestNamespace;

final class CalendarFeed {

	/** User meta: the person's current key. */
	public const KEY = 'wayfinder_calendar_key';

	public function __construct(
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly SessionService $sessions = new SessionService(),
		private readonly Invitations $invitations = new Invitations(),
	) {
	}

	/** The person's feed address, made on first use. */
	public function url( int $user_id ): string {
		$key = (string) get_user_meta( $user_id, self::KEY, true );
		if ( '' === $key ) {
			$key = $this->reset( $user_id );
		}
		return rest_url( RestNamespace::V1 . '/calendar/' . $user_id . '-' . $key );
	}

	/** A new key: the old address stops working. Returns the new key. */
	public function reset( int $user_id ): string {
		$key = strtolower( wp_generate_password( 32, false ) );
		update_user_meta( $user_id, self::KEY, $key );
		return $key;
	}

	/** The person a feed address names, when its key is their current one; else null. */
	public function owner( string $token ): ?int {
		if ( 1 !== preg_match( '/^(\d+)-([a-z0-9]{32})$/', $token, $parts ) ) {
			return null;
		}
		$user_id = (int) $parts[1];
		$key     = (string) get_user_meta( $user_id, self::KEY, true );
		return '' !== $key && hash_equals( $key, $parts[2] ) ? $user_id : null;
	}

	/** The feed: every session of the person's cohorts they are invited to (SessionService::invited's rule), no method (to subscribe to), no addresses. */
	public function ics( int $user_id, ?int $now = null ): string {
		$events = array();
		foreach ( $this->members->of_person( $user_id ) as $place ) {
			$cohort = CohortPostType::find( $place->cohort_id );
			if ( null === $cohort ) {
				continue;
			}
			foreach ( $this->sessions->visible_to( $cohort->id, $user_id ) as $session ) {
				$events[] = $this->invitations->event( $session, $cohort, array() );
			}
		}
		return ICalendar::calendar( '', $events, $now ?? time(), __( 'Your cohort sessions', 'wayfinder' ) );
	}
}
