<?php
/**
 * This week's step of the playbook in My mentorship (on the `wayfinder_my_cohort` hook): for a
 * mentor, the step with what to do, and the questions and drop-off advice folded in a <details>;
 * for a mentee, the one line of what the program expects of them this week. Plain HTML, escaped.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Playbook;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;

final class PlaybookSection {

	/**
	 * Prints the part for one of the person's cohorts.
	 *
	 * @param int    $cohort_id The cohort.
	 * @param int    $user_id   The person looking (unused: the step is the cohort's).
	 * @param string $as        'mentee' or 'mentor'.
	 * @param mixed  $form      My mentorship's form printer (unused: nothing to do here).
	 * @param string $region    A prefix for element IDs unique on the page.
	 */
	public static function render( int $cohort_id, int $user_id, string $as, $form = null, string $region = 'wayfinder' ): void {
		unset( $user_id, $form );
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return;
		}
		$step = Playbook::step_for( $cohort, current_time( 'Y-m-d' ) );
		$id   = $region . '-playbook';
		if ( CohortMember::MENTOR !== $as ) {
			if ( '' === $step['mentee'] ) {
				return;
			}
			echo '<div class="wayfinder-playbook wayfinder-playbook--mentee">';
			echo '<h3 id="' . esc_attr( $id ) . '">' . esc_html__( 'What the program expects of you this week', 'wayfinder' ) . '</h3>';
			echo '<p>' . esc_html( $step['mentee'] ) . '</p>';
			echo '</div>';
			return;
		}
		echo '<div class="wayfinder-playbook wayfinder-playbook--mentor">';
		/* translators: %s: the playbook step's title. */
		echo '<h3 id="' . esc_attr( $id ) . '">' . esc_html( sprintf( __( 'This week: %s', 'wayfinder' ), $step['title'] ) ) . '</h3>';
		/* translators: 1: the step's number, 2: how many steps. */
		echo '<p class="wayfinder-meta">' . esc_html( sprintf( __( 'Step %1$d of %2$d of the mentor playbook', 'wayfinder' ), $step['number'], $step['count'] ) ) . '</p>';
		if ( '' !== $step['what_to_do'] ) {
			echo '<div class="wayfinder-playbook__do">' . wp_kses_post( wpautop( $step['what_to_do'] ) ) . '</div>';
		}
		if ( array() !== $step['questions'] || '' !== $step['drop_offs'] ) {
			echo '<details class="wayfinder-playbook__more"><summary>' . esc_html__( 'Questions to ask, and if someone goes quiet', 'wayfinder' ) . '</summary>';
			if ( array() !== $step['questions'] ) {
				echo '<h4>' . esc_html__( 'Questions to ask', 'wayfinder' ) . '</h4><ul>';
				foreach ( $step['questions'] as $question ) {
					echo '<li>' . esc_html( $question ) . '</li>';
				}
				echo '</ul>';
			}
			if ( '' !== $step['drop_offs'] ) {
				echo '<h4>' . esc_html__( 'If someone goes quiet', 'wayfinder' ) . '</h4>';
				echo wp_kses_post( wpautop( $step['drop_offs'] ) );
			}
			echo '</details>';
		}
		echo '</div>';
	}

	/**
	 * The lines a mentor's session reminder gains: this week's step and what to do, as plain text.
	 *
	 * @return list<string>
	 */
	public static function reminder_lines( int $cohort_id, int $user_id ): array {
		$cohort = CohortPostType::find( $cohort_id );
		$place  = null === $cohort ? null : ( new CohortMemberRepository() )->find( $cohort_id, $user_id );
		if ( null === $cohort || null === $place || CohortMember::MENTOR !== $place->role || CohortMember::ENROLLED !== $place->status ) {
			return array();
		}
		$step = Playbook::step_for( $cohort, current_time( 'Y-m-d' ) );
		return array_values(
			array_filter(
				array(
					/* translators: %s: the playbook step's title. */
					sprintf( __( 'This week in the mentor playbook: %s', 'wayfinder' ), $step['title'] ),
					trim( html_entity_decode( wp_strip_all_tags( $step['what_to_do'] ), ENT_QUOTES, 'UTF-8' ) ),
				),
				static fn ( string $line ): bool => '' !== $line
			)
		);
	}
}
