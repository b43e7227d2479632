<?php
/**
 * The check-in part of a person's cohort in My mentorship (the `wayfinder_my_cohort` hook): a mentee
 * answers each open check-in in a plain form (and sees their earlier answers); a mentor reads each of
 * their cohort mentees' answers. The part's anchor (anchor()) is where the check-in email links to.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns;

use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortPairs;

final class CheckInPart {

	public function __construct(
		private readonly CheckInService $service = new CheckInService(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/** The id of the cohort's check-in part on the My mentorship page. */
	public static function anchor( int $cohort_id ): string {
		return 'wayfinder-checkin-' . $cohort_id;
	}

	/**
	 * Prints the part (escaped).
	 *
	 * @param callable $form Prints a page form: ( string $action, int $id, array $args ).
	 */
	public function render( int $cohort_id, int $user_id, string $as, callable $form, string $region ): void {
		$anchor  = self::anchor( $cohort_id );
		$heading = $region . '-checkins';
		echo '<section id="' . esc_attr( $anchor ) . '" class="wayfinder-cohort-part wayfinder-checkins" aria-labelledby="' . esc_attr( $heading ) . '">';
		echo '<h3 id="' . esc_attr( $heading ) . '">' . esc_html__( 'Weekly check-ins', 'wayfinder' ) . '</h3>';
		if ( CohortAccess::MENTEE === $as ) {
			$this->own( $cohort_id, $user_id, $form, $region, $anchor );
		} else {
			$mentees = $this->pairs->mentees_of( $cohort_id, $user_id );
			if ( array() === $mentees ) {
				echo '<p>' . esc_html__( 'You have no mentees in this cohort yet. Their weekly check-ins show here once you are paired.', 'wayfinder' ) . '</p>';
			}
			foreach ( $mentees as $mentee ) {
				echo '<h4>' . esc_html( (string) ( get_userdata( $mentee )->display_name ?? '' ) ) . '</h4>';
				$this->answers( $cohort_id, $mentee, $user_id );
			}
		}
		echo '</section>';
	}

	/** @param callable $form Prints a page form. */
	private function own( int $cohort_id, int $user_id, callable $form, string $region, string $anchor ): void {
		$checkins = $this->service->of_mentee( $cohort_id, $user_id, $user_id );
		if ( is_wp_error( $checkins ) ) {
			echo '<p>' . esc_html( $checkins->get_error_message() ) . '</p>';
			return;
		}
		if ( array() === $checkins ) {
			echo '<p>' . esc_html__( 'Each week of the cohort you will be asked two short questions: what you did, and what is blocking you. The first comes when the cohort starts; you will get an email.', 'wayfinder' ) . '</p>';
			return;
		}
		$now = time();
		foreach ( $checkins as $checkin ) {
			if ( ! $checkin->answerable( $now ) ) {
				continue;
			}
			$id = $region . '-checkin-' . $checkin->id;
			/* translators: %d: the cohort's week. */
			echo '<h4 id="' . esc_attr( $id ) . '">' . esc_html( sprintf( __( 'Week %d', 'wayfinder' ), $checkin->week ) ) . '</h4>';
			echo '<p>' . ( $checkin->answered() ? esc_html__( 'You answered this check-in. You can change your answers while it is open.', 'wayfinder' ) : esc_html__( 'Your mentor reads your answers.', 'wayfinder' ) ) . '</p>';
			$form(
				'checkin_answer',
				$checkin->id,
				array(
					'label'       => $checkin->answered() ? __( 'Save your answers', 'wayfinder' ) : __( 'Send your answers', 'wayfinder' ),
					'inner'       => self::field( $id . '-did', 'did', __( 'What did you do this week?', 'wayfinder' ), $checkin->did ) . self::field( $id . '-blocking', 'blocking', __( 'What is blocking you?', 'wayfinder' ), $checkin->blocking ),
					'describedby' => $id,
					'anchor'      => $anchor,
				)
			);
		}
		$closed = array_filter( $checkins, static fn ( CheckIn $checkin ): bool => ! $checkin->answerable( $now ) );
		if ( array() !== $closed ) {
			echo '<h4>' . esc_html__( 'Earlier weeks', 'wayfinder' ) . '</h4>';
			self::list( array_values( $closed ) );
		}
	}

	private function answers( int $cohort_id, int $mentee, int $viewer ): void {
		$checkins = $this->service->of_mentee( $cohort_id, $mentee, $viewer );
		if ( is_wp_error( $checkins ) ) {
			echo '<p>' . esc_html( $checkins->get_error_message() ) . '</p>';
			return;
		}
		if ( array() === $checkins ) {
			echo '<p>' . esc_html__( 'No check-in was asked yet. The first comes when the cohort starts.', 'wayfinder' ) . '</p>';
			return;
		}
		self::list( $checkins );
	}

	/** @param list<CheckIn> $checkins */
	private static function list( array $checkins ): void {
		echo '<dl class="wayfinder-checkin-answers">';
		foreach ( $checkins as $checkin ) {
			/* translators: %d: the cohort's week. */
			echo '<dt>' . esc_html( sprintf( __( 'Week %d', 'wayfinder' ), $checkin->week ) ) . '</dt>';
			if ( ! $checkin->answered() ) {
				echo '<dd>' . esc_html__( 'Not answered.', 'wayfinder' ) . '</dd>';
				continue;
			}
			if ( '' !== $checkin->did ) {
				/* translators: %s: the answer. */
				echo '<dd>' . esc_html( sprintf( __( 'Did: %s', 'wayfinder' ), $checkin->did ) ) . '</dd>';
			}
			if ( '' !== $checkin->blocking ) {
				/* translators: %s: the answer. */
				echo '<dd>' . esc_html( sprintf( __( 'Blocking: %s', 'wayfinder' ), $checkin->blocking ) ) . '</dd>';
			}
		}
		echo '</dl>';
	}

	private static function field( string $id, string $name, string $label, string $value ): string {
		return '<p><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label><br><textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="3" maxlength="' . esc_attr( (string) CheckInService::MAX_ANSWER ) . '">' . esc_textarea( $value ) . '</textarea></p>';
	}
}
