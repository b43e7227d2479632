<?php
/**
 * A session as calendar text. Each person's email carries their own invitation — METHOD:REQUEST, or
 * CANCEL once cancelled — naming them alone as the attendee, so nobody receives the others'
 * addresses; the organiser is the coordinator who planned it, by name, at the site's own sending
 * address (wp_mail's default), not theirs. A download (METHOD:PUBLISH) names no attendee at all.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\Cohort;

final class Invitations {

	/** @param array{name: string, email: string} $attendee The one person it is for. */
	public function for_person( Session $session, Cohort $cohort, array $attendee, ?int $now = null ): string {
		$method = Session::CANCELLED === $session->status ? ICalendar::CANCEL : ICalendar::REQUEST;
		return ICalendar::calendar( $method, array( $this->event( $session, $cohort, array( $attendee ) ) ), $now ?? time() );
	}

	/** A copy to import into a calendar: no attendees, no addresses. */
	public function download( Session $session, Cohort $cohort, ?int $now = null ): string {
		return ICalendar::calendar( ICalendar::PUBLISH, array( $this->event( $session, $cohort, array() ) ), $now ?? time() );
	}

	/** @param list<array{name: string, email: string}> $attendees */
	public function event( Session $session, Cohort $cohort, array $attendees ): CalendarEvent {
		$host    = strtolower( (string) wp_parse_url( home_url(), PHP_URL_HOST ) );
		$planner = get_userdata( $session->created_by );
		return new CalendarEvent(
			$session->uid( $host ),
			$session->sequence,
			$session->starts,
			$session->minutes,
			/* translators: 1: the session's title, 2: the cohort's name. */
			sprintf( __( '%1$s — %2$s', 'wayfinder' ), $session->title, $cohort->name ),
			$session->agenda,
			$session->location,
			array(
				'name'  => $planner ? $planner->display_name : get_bloginfo( 'name' ),
				'email' => 'wordpress@' . (string) preg_replace( '/^www\./', '', $host ),
			),
			$attendees,
			Session::CANCELLED === $session->status,
			(string) get_permalink( $cohort->id )
		);
	}
}
