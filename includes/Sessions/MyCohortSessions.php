<?php
/**
 * The 1:1 part of a person's cohort in My mentorship (printed on the `wayfinder_my_cohort` hook),
 * every action a page form that works without JavaScript. A mentor sees each mentee they mentor in
 * the cohort with their 1:1s (in the mentor's own time zone, with the join link and the invitation),
 * a form to propose the next one at a suggested time or one of their own, and after each of their
 * sessions a form to record who attended. A mentee with a mentor sees their 1:1s in their own time
 * zone and confirms the sessions they were at; a mentee without one (group sessions only, or not
 * paired yet) sees nothing of 1:1s. Returns escaped HTML.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\ProfileRepository;

final class MyCohortSessions {

	/** How long after a session a mentee is asked whether they were there. */
	private const CONFIRM_WITHIN = 14 * DAY_IN_SECONDS;

	public function __construct(
		private readonly SessionService $service = new SessionService(),
		private readonly AttendanceRepository $attendance = new AttendanceRepository(),
		private readonly Attendance $rules = new Attendance(),
		private readonly CohortPairs $pairs = new CohortPairs(),
		private readonly SuggestedTimes $suggestions = new SuggestedTimes(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
	}

	/**
	 * Prints the part (the hook's listener).
	 *
	 * @param callable $form Prints a page form: ( string $action, int $id, array $args ).
	 */
	public function render( int $cohort_id, int $user_id, string $as, callable $form, string $region, ?int $now = null ): void {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort || $user_id <= 0 ) {
			return;
		}
		$now  = $now ?? time();
		$zone = SuggestedTimes::zone( $this->profiles->find( $user_id )->timezone );
		$mine = $this->service->visible_to( $cohort->id, $user_id );
		if ( CohortMember::MENTOR === $as ) {
			$this->mentor_part( $cohort->id, $cohort->one_to_one_sessions, $user_id, $mine, $zone, $form, $region, $now );
		} else {
			$this->mentee_part( $cohort->id, $user_id, $mine, $zone, $form, $region, $now );
		}
	}

	/**
	 * @param list<Session> $mine The sessions the mentor is invited to.
	 */
	private function mentor_part( int $cohort_id, int $required, int $mentor_id, array $mine, \DateTimeZone $zone, callable $form, string $region, int $now ): void {
		$mentees = $this->pairs->mentees_of( $cohort_id, $mentor_id );
		if ( array() === $mentees ) {
			return;
		}
		echo '<h3 id="' . esc_attr( $region . '-one-to-ones' ) . '">' . esc_html__( 'Your 1:1 sessions', 'wayfinder' ) . '</h3>';
		foreach ( $mentees as $mentee_id ) {
			$name     = self::name( $mentee_id );
			$sessions = array_values( array_filter( $mine, static fn ( Session $s ): bool => Session::ONE_TO_ONE === $s->kind && $mentee_id === $s->mentee_id && Session::SCHEDULED === $s->status ) );
			$attended = $this->attendance->attended_by_kind( $cohort_id, $mentee_id )[ Session::ONE_TO_ONE ] ?? 0;
			$id       = $region . '-mentee-' . $mentee_id;
			echo '<section class="wayfinder-one-to-ones" aria-labelledby="' . esc_attr( $id ) . '">';
			echo '<h4 id="' . esc_attr( $id ) . '">' . esc_html( $name ) . '</h4>';
			/* translators: 1: 1:1 sessions attended, 2: how many the cohort asks for. */
			echo '<p>' . esc_html( sprintf( __( '1:1 sessions attended: %1$d of %2$d.', 'wayfinder' ), $attended, $required ) ) . '</p>';
			$this->session_list( $sessions, $zone, $now, $mentor_id, $form, true );
			$this->proposal_form( $cohort_id, $mentee_id, $name, $zone, $form, $id, $now );
			echo '</section>';
		}
		// A project group's sessions that have started: who attended.
		$group = array_values( array_filter( $mine, static fn ( Session $s ): bool => Session::PROJECT_GROUP === $s->kind && $mentor_id === $s->mentor_id && Session::SCHEDULED === $s->status && $s->starts <= $now ) );
		if ( array() !== $group ) {
			echo '<h3>' . esc_html__( 'Your project group\'s sessions', 'wayfinder' ) . '</h3>';
			$this->session_list( $group, $zone, $now, $mentor_id, $form, true );
		}
	}

	/**
	 * @param list<Session> $mine The sessions the mentee is invited to.
	 */
	private function mentee_part( int $cohort_id, int $mentee_id, array $mine, \DateTimeZone $zone, callable $form, string $region, int $now ): void {
		$mentor_id = $this->pairs->mentor_of( $cohort_id, $mentee_id );
		if ( 0 !== $mentor_id ) {
			$this->one_to_ones( $mentor_id, $mentee_id, $mine, $zone, $form, $region, $now );
		}
		// Recent group sessions they may confirm, whether or not they have a mentor.
		$others = array_values( array_filter( $mine, static fn ( Session $s ): bool => Session::ONE_TO_ONE !== $s->kind && Session::SCHEDULED === $s->status && $s->starts <= $now && $s->starts > $now - self::CONFIRM_WITHIN ) );
		if ( array() !== $others ) {
			echo '<h3>' . esc_html__( 'Recent sessions: were you there?', 'wayfinder' ) . '</h3>';
			$this->session_list( $others, $zone, $now, $mentee_id, $form, false );
		}
	}

	/**
	 * A paired mentee's 1:1s, or a sentence that their mentor proposes the first.
	 *
	 * @param list<Session> $mine The sessions the mentee is invited to.
	 */
	private function one_to_ones( int $mentor_id, int $mentee_id, array $mine, \DateTimeZone $zone, callable $form, string $region, int $now ): void {
		$ones = array_values( array_filter( $mine, static fn ( Session $s ): bool => Session::ONE_TO_ONE === $s->kind && Session::SCHEDULED === $s->status ) );
		echo '<h3 id="' . esc_attr( $region . '-one-to-ones' ) . '">' . esc_html__( 'Your 1:1 sessions', 'wayfinder' ) . '</h3>';
		if ( array() === $ones ) {
			/* translators: %s: the mentor's name. */
			echo '<p>' . esc_html( sprintf( __( 'No 1:1 is planned yet. %s proposes one; you get an email with a calendar invitation.', 'wayfinder' ), self::name( $mentor_id ) ) ) . '</p>';
		} else {
			$this->session_list( $ones, $zone, $now, $mentee_id, $form, false );
		}
	}

	/**
	 * The sessions, each in the viewer's zone with its link and invitation; once started, the mentor's
	 * attendance form (per mentee) or the mentee's confirmation.
	 *
	 * @param list<Session> $sessions
	 */
	private function session_list( array $sessions, \DateTimeZone $zone, int $now, int $viewer, callable $form, bool $as_mentor ): void {
		$nonce = wp_create_nonce( 'wp_rest' );
		echo '<ul class="wayfinder-sessions">';
		foreach ( $sessions as $session ) {
			echo '<li><strong>' . esc_html( $session->title ) . '</strong> — <time datetime="' . esc_attr( gmdate( 'c', $session->starts ) ) . '">' . esc_html( SuggestedTimes::label( $session->starts, $zone ) ) . '</time> ';
			/* translators: %d: minutes. */
			echo esc_html( sprintf( _n( '(%d minute)', '(%d minutes)', $session->minutes, 'wayfinder' ), $session->minutes ) );
			if ( $session->ends() >= $now && '' !== $session->location ) {
				echo '<br>' . ( 1 === preg_match( '#^https?://\S+$#', $session->location )
					? '<a href="' . esc_url( $session->location ) . '">' . esc_html__( 'Join the session', 'wayfinder' ) . '</a>'
					/* translators: %s: a place. */
					: esc_html( sprintf( __( 'Where: %s', 'wayfinder' ), $session->location ) ) );
			}
			if ( $session->ends() >= $now ) {
				echo ' · <a href="' . esc_url( add_query_arg( '_wpnonce', $nonce, rest_url( RestNamespace::V1 . '/sessions/' . $session->id . '/invitation' ) ) ) . '" download>' . esc_html__( 'Download the invitation', 'wayfinder' ) . '</a>';
			}
			if ( $session->starts <= $now ) {
				$recorded = $this->attendance->of_session( $session->id );
				if ( $as_mentor ) {
					foreach ( $this->rules->mentees( $session ) as $mentee_id ) {
						$this->attendance_form( $session, $mentee_id, $recorded[ $mentee_id ] ?? null, $form );
					}
				} else {
					$this->confirmation( $session, $recorded[ $viewer ] ?? null, $form );
				}
			}
			echo '</li>';
		}
		echo '</ul>';
	}

	/** @param array{status: string, confirmed_at: string|null}|null $row */
	private function attendance_form( Session $session, int $mentee_id, ?array $row, callable $form ): void {
		$name   = self::name( $mentee_id );
		$status = $row['status'] ?? '';
		$inner  = '<input type="hidden" name="mentee" value="' . esc_attr( (string) $mentee_id ) . '">'
			/* translators: %s: the mentee's name. */
			. '<fieldset><legend>' . esc_html( sprintf( __( 'Did %s attend?', 'wayfinder' ), $name ) ) . '</legend>';
		foreach ( array(
			AttendanceRepository::ATTENDED => __( 'Attended', 'wayfinder' ),
			AttendanceRepository::MISSED   => __( 'Missed it', 'wayfinder' ),
		) as $value => $label ) {
			$inner .= '<label><input type="radio" name="status" value="' . esc_attr( $value ) . '"' . checked( $status, $value, false ) . ' required> ' . esc_html( $label ) . '</label> ';
		}
		$inner .= '</fieldset>';
		if ( null !== $row && null !== $row['confirmed_at'] ) {
			/* translators: %s: the mentee's name. */
			$inner .= '<p>' . esc_html( sprintf( __( '%s confirmed they were there.', 'wayfinder' ), $name ) ) . '</p>';
		}
		$form(
			'record_attendance',
			$session->id,
			array(
				'label'        => '' === $status ? __( 'Save attendance', 'wayfinder' ) : __( 'Change attendance', 'wayfinder' ),
				'inner'        => $inner,
				'name'         => $name,
				'button_class' => 'wp-element-button is-style-outline',
			)
		);
	}

	/** @param array{status: string, confirmed_at: string|null}|null $row */
	private function confirmation( Session $session, ?array $row, callable $form ): void {
		if ( null !== $row && AttendanceRepository::MISSED === $row['status'] ) {
			echo '<p>' . esc_html__( 'Recorded as missed. If that is wrong, tell your mentor.', 'wayfinder' ) . '</p>';
			return;
		}
		if ( null !== $row && null !== $row['confirmed_at'] ) {
			echo '<p>' . esc_html__( 'You were there: thank you for confirming.', 'wayfinder' ) . '</p>';
			return;
		}
		$form(
			'confirm_attendance',
			$session->id,
			array(
				'label'        => __( 'I was there', 'wayfinder' ),
				'button_class' => 'wp-element-button is-style-outline',
			)
		);
	}

	private function proposal_form( int $cohort_id, int $mentee_id, string $name, \DateTimeZone $zone, callable $form, string $id, int $now ): void {
		$cohort    = CohortPostType::find( $cohort_id );
		$suggested = null === $cohort ? array(
			'times'  => array(),
			'reason' => '',
		) : $this->suggestions->for_pair( $cohort, $this->pairs->mentor_of( $cohort_id, $mentee_id ), $mentee_id, 60, $zone->getName(), 5, $now );
		$zone_name = str_replace( '_', ' ', $zone->getName() );
		$inner     = '<input type="hidden" name="mentee" value="' . esc_attr( (string) $mentee_id ) . '">'
			. '<fieldset><legend>' . esc_html__( 'When', 'wayfinder' ) . '</legend>';
		if ( array() === $suggested['times'] ) {
			$inner .= '<p>' . esc_html( $suggested['reason'] ) . '</p>';
		} else {
			/* translators: %s: a time zone. */
			$inner .= '<p>' . esc_html( sprintf( __( 'Times when you are both free for an hour, in your time zone (%s):', 'wayfinder' ), $zone_name ) ) . '</p>';
			foreach ( $suggested['times'] as $n => $time ) {
				$inner .= '<label><input type="radio" name="starts" value="' . esc_attr( $time['starts'] ) . '"' . ( 0 === $n ? ' checked' : '' ) . '> ' . esc_html( $time['label'] ) . '</label><br>';
			}
		}
		$inner .= '<label><input type="radio" name="starts" value=""' . ( array() === $suggested['times'] ? ' checked' : '' ) . '> ' . esc_html__( 'Another time:', 'wayfinder' ) . '</label> '
			/* translators: %s: a time zone. */
			. '<label for="' . esc_attr( $id . '-local' ) . '">' . esc_html( sprintf( __( 'date and time in your time zone (%s)', 'wayfinder' ), $zone_name ) ) . '</label> '
			. '<input type="datetime-local" id="' . esc_attr( $id . '-local' ) . '" name="local_starts" step="900">'
			. '</fieldset>'
			. '<p><label for="' . esc_attr( $id . '-minutes' ) . '">' . esc_html__( 'Length', 'wayfinder' ) . '</label> <select id="' . esc_attr( $id . '-minutes' ) . '" name="minutes">';
		foreach ( array( 30, 45, 60, 90, 120 ) as $minutes ) {
			/* translators: %d: minutes. */
			$inner .= '<option value="' . esc_attr( (string) $minutes ) . '"' . selected( 60, $minutes, false ) . '>' . esc_html( sprintf( _n( '%d minute', '%d minutes', $minutes, 'wayfinder' ), $minutes ) ) . '</option>';
		}
		$inner .= '</select></p>'
			. '<p><label for="' . esc_attr( $id . '-where' ) . '">' . esc_html__( 'Where (a link to the call, or a place)', 'wayfinder' ) . '</label><br><input type="text" id="' . esc_attr( $id . '-where' ) . '" name="location" maxlength="500"></p>'
			. '<p><label for="' . esc_attr( $id . '-agenda' ) . '">' . esc_html__( 'Agenda', 'wayfinder' ) . '</label><br><textarea id="' . esc_attr( $id . '-agenda' ) . '" name="agenda" rows="3" maxlength="5000"></textarea></p>';
		/* translators: %s: the mentee's name. */
		echo '<details><summary>' . esc_html( sprintf( __( 'Propose a 1:1 with %s', 'wayfinder' ), $name ) ) . '</summary>';
		$form(
			'propose_one_to_one',
			$cohort_id,
			array(
				'label' => __( 'Propose this 1:1', 'wayfinder' ),
				'inner' => $inner,
				'name'  => $name,
			)
		);
		echo '</details>';
	}

	private static function name( int $user_id ): string {
		$user = get_userdata( $user_id );
		return $user ? $user->display_name : __( 'Someone', 'wayfinder' );
	}
}
