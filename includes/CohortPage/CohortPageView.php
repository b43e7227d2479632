<?php
/**
 * What the public cohort page (the `wayfinder/cohort` block) shows: the cohort's dates and weeks,
 * the teams taking part, how to take part, and the group sessions' schedule. Nothing about people:
 * no participant, no 1:1 session, no meeting link (participants get it by email).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CohortPage;

use Wayfinder\Applications\Selection\SelectionReport;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Sessions\SessionRepository;
use Wayfinder\Teams\TeamPostType;

final class CohortPageView {

	/**
	 * The page for the cohort, or why there is none: `hidden` (a draft, or no such cohort) with a
	 * sentence for the people who can edit it ('' for everyone else).
	 *
	 * @return array{hidden: true, notice: string}|array{hidden: false, name: string, dates: string, weeks: list<array{label: string, dates: string}>, teams: list<array{name: string, url: string}>, modes: list<string>, seats: string, stage: string, sessions: list<array{title: string, when: string, iso: string, minutes: int, where: string}>, report: array{summary: string, sponsored: string, modes: list<string>, teams: list<string>}|null, zone: string}
	 */
	public static function build( int $cohort_id ): array {
		$cohort = CohortPostType::find( $cohort_id );
		$post   = $cohort_id > 0 ? get_post( $cohort_id ) : null;
		if ( null === $cohort || ! $post instanceof \WP_Post ) {
			return array(
				'hidden' => true,
				'notice' => current_user_can( 'edit_posts' ) ? __( 'Choose a cohort for this block, or place it on a cohort’s own page.', 'wayfinder' ) : '',
			);
		}
		if ( 'publish' !== $post->post_status || Cohort::DRAFT === $cohort->stage ) {
			return array(
				'hidden' => true,
				'notice' => current_user_can( 'edit_post', $cohort_id ) ? __( 'This cohort is a draft: visitors will see its page once it is published and open for applications or running.', 'wayfinder' ) : '',
			);
		}
		return array(
			'hidden'   => false,
			'name'     => $cohort->name,
			'dates'    => self::range( $cohort->start_date, $cohort->end_date ),
			'weeks'    => self::weeks( $cohort ),
			'teams'    => self::teams( $cohort->teams ),
			'modes'    => self::modes( $cohort ),
			'seats'    => self::seats( $cohort ),
			'stage'    => self::stage( $cohort->stage ),
			'sessions' => self::sessions( $cohort->id ),
			'report'   => self::report( $cohort ),
			/* translators: %s: the site's time zone. */
			'zone'     => sprintf( __( 'Times are in the site’s time zone, %s.', 'wayfinder' ), str_replace( '_', ' ', wp_timezone_string() ) ),
		);
	}

	/**
	 * The selection's public report in sentences, once it is revealed (null before): counts only.
	 *
	 * @return array{summary: string, sponsored: string, modes: list<string>, teams: list<string>}|null
	 */
	private static function report( Cohort $cohort ): ?array {
		$report = ( new SelectionReport() )->build( $cohort );
		if ( null === $report ) {
			return null;
		}
		$counts  = $report['counts'];
		$summary = sprintf(
			/* translators: 1: how many applied, 2: how many submitted, 3: how many were reviewed. */
			_n( '%1$d person applied; %2$d submitted an application and %3$d were reviewed blind.', '%1$d people applied; %2$d submitted an application and %3$d were reviewed blind.', $counts['applied'], 'wayfinder' ),
			$counts['applied'],
			$counts['submitted'],
			$counts['reviewed']
		) . ' ' . sprintf(
			/* translators: 1: how many accepted, 2: how many on the waitlist, 3: how many declined. */
			__( 'Accepted: %1$d. On the waitlist: %2$d. Declined: %3$d.', 'wayfinder' ),
			$counts['accepted'],
			$counts['waitlisted'],
			$counts['declined']
		);
		$each = static fn ( string $name, int $submitted, int $accepted ): string => sprintf(
			/* translators: 1: a way of taking part or a team, 2: how many applied, 3: how many were accepted. */
			__( '%1$s: %2$d applied, %3$d accepted', 'wayfinder' ),
			$name,
			$submitted,
			$accepted
		);
		return array(
			'summary'   => $summary,
			'sponsored' => sprintf(
				/* translators: 1: the share of applicants, 2: the share of the accepted, both in percent. */
				__( 'Sponsored contributors were %1$d%% of the applicants and %2$d%% of the people accepted.', 'wayfinder' ),
				$report['sponsored']['submitted_share'],
				$report['sponsored']['accepted_share']
			),
			'modes'     => array_map( static fn ( array $mode ): string => $each( $mode['label'], $mode['submitted'], $mode['accepted'] ), $report['modes'] ),
			'teams'     => array_map( static fn ( array $team ): string => $each( $team['name'], $team['submitted'], $team['accepted'] ), $report['teams'] ),
		);
	}

	private static function date( string $day ): string {
		return (string) wp_date( (string) get_option( 'date_format' ), (int) strtotime( $day . ' 12:00:00 UTC' ), new \DateTimeZone( 'UTC' ) );
	}

	private static function range( string $start, string $end ): string {
		if ( '' === $start || '' === $end ) {
			return __( 'The dates are not set yet.', 'wayfinder' );
		}
		/* translators: 1: first day, 2: last day. */
		return sprintf( __( '%1$s to %2$s', 'wayfinder' ), self::date( $start ), self::date( $end ) );
	}

	/** @return list<array{label: string, dates: string}> */
	private static function weeks( Cohort $cohort ): array {
		$weeks = array();
		$count = $cohort->weeks();
		for ( $week = 1; $week <= $count; $week++ ) {
			$first   = gmdate( 'Y-m-d', (int) strtotime( $cohort->start_date . ' 00:00:00 UTC +' . ( ( $week - 1 ) * 7 ) . ' days' ) );
			$last    = gmdate( 'Y-m-d', (int) strtotime( $first . ' 00:00:00 UTC +6 days' ) );
			$weeks[] = array(
				/* translators: %d: the week's number. */
				'label' => sprintf( __( 'Week %d', 'wayfinder' ), $week ),
				'dates' => self::range( $first, min( $last, $cohort->end_date ) ),
			);
		}
		return $weeks;
	}

	/**
	 * The teams taking part, linked to their handbook (else to their page).
	 *
	 * @param list<string> $slugs
	 * @return list<array{name: string, url: string}>
	 */
	private static function teams( array $slugs ): array {
		$teams = array();
		foreach ( $slugs as $slug ) {
			$team = get_page_by_path( $slug, OBJECT, TeamPostType::POST_TYPE );
			if ( ! $team instanceof \WP_Post || 'publish' !== $team->post_status ) {
				continue;
			}
			$handbook = (string) get_post_meta( $team->ID, TeamPostType::HANDBOOK_URL, true );
			$teams[]  = array(
				'name' => get_the_title( $team ),
				'url'  => '' !== $handbook ? $handbook : (string) get_permalink( $team ),
			);
		}
		return $teams;
	}

	/** @return list<string> One sentence per way of taking part the cohort offers. */
	private static function modes( Cohort $cohort ): array {
		$sentences = array();
		if ( $cohort->offers( Cohort::ONE_TO_ONE ) ) {
			$sentences[] = sprintf(
				/* translators: %d: how many 1:1 sessions. */
				_n( 'Paired with a mentor: you meet them one to one at least %d time, and join the group sessions.', 'Paired with a mentor: you meet them one to one at least %d times, and join the group sessions.', $cohort->one_to_one_sessions, 'wayfinder' ),
				$cohort->one_to_one_sessions
			);
		}
		if ( $cohort->offers( Cohort::PROJECT_GROUP ) ) {
			$sentences[] = __( 'In a small project group: four to six mentees work on a project together, led by a mentor, and join the group sessions.', 'wayfinder' );
		}
		if ( $cohort->offers( Cohort::GROUP_ONLY ) ) {
			$sentences[] = __( 'In the group sessions only: you learn with the whole cohort, at your own pace, without a mentor of your own.', 'wayfinder' );
		}
		return $sentences;
	}

	private static function seats( Cohort $cohort ): string {
		if ( $cohort->seats <= 0 ) {
			return '';
		}
		/* translators: %d: seats for mentees. */
		$seats = sprintf( _n( 'There is %d seat for mentees.', 'There are %d seats for mentees.', $cohort->seats, 'wayfinder' ), $cohort->seats );
		if ( $cohort->reserved_seats > 0 ) {
			/* translators: %d: seats reserved. */
			$seats .= ' ' . sprintf( _n( '%d of them is reserved for a sponsored contributor.', '%d of them are reserved for sponsored contributors.', $cohort->reserved_seats, 'wayfinder' ), $cohort->reserved_seats );
		}
		return $seats;
	}

	private static function stage( string $stage ): string {
		return match ( $stage ) {
			Cohort::OPEN     => __( 'Applications are open.', 'wayfinder' ),
			Cohort::RUNNING  => __( 'This cohort is running; applications are closed.', 'wayfinder' ),
			Cohort::FINISHED => __( 'This cohort has finished.', 'wayfinder' ),
			default          => '',
		};
	}

	/**
	 * The group sessions that are on (not cancelled), in the site's time zone; never a 1:1, never a link or place.
	 *
	 * @return list<array{title: string, when: string, iso: string, minutes: int, where: string}>
	 */
	private static function sessions( int $cohort_id ): array {
		$sessions = array();
		$format   = get_option( 'date_format' ) . ' ' . get_option( 'time_format' );
		foreach ( ( new SessionRepository() )->group_schedule( $cohort_id ) as $session ) {
			$sessions[] = array(
				'title'   => $session->title,
				'when'    => (string) wp_date( $format, $session->starts ),
				'iso'     => gmdate( 'Y-m-d\TH:i:s\Z', $session->starts ),
				'minutes' => $session->minutes,
				'where'   => '' !== $session->location ? __( 'The link is sent to participants.', 'wayfinder' ) : '',
			);
		}
		return $sessions;
	}
}
