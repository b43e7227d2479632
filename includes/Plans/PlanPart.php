<?php
/**
 * The plan part of a person's cohort in My mentorship (the `wayfinder_my_cohort` hook): the mentee's
 * goals with their progress, who changed each last, and forms to mark progress, change, remove (after
 * ticking a confirmation) and add a goal — for the mentee, and for their mentor under each of their
 * cohort mentees. Plain forms (Platform\PageForms), so everything works without JavaScript.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Plans;

use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Teams\TeamList;

final class PlanPart {

	public function __construct(
		private readonly PlanService $service = new PlanService(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/**
	 * Prints the part (escaped).
	 *
	 * @param callable $form Prints a page form: ( string $action, int $id, array $args ).
	 */
	public function render( int $cohort_id, int $user_id, string $as, callable $form, string $region ): void {
		$heading = $region . '-plan';
		echo '<section class="wayfinder-cohort-part wayfinder-plan" aria-labelledby="' . esc_attr( $heading ) . '">';
		echo '<h3 id="' . esc_attr( $heading ) . '">' . esc_html__( 'Three-month plan', 'wayfinder' ) . '</h3>';
		if ( CohortAccess::MENTEE === $as ) {
			echo '<p>' . esc_html__( 'What you want to contribute and learn in the three months after the cohort, written with your mentor. Either of you can change it at any time.', 'wayfinder' ) . '</p>';
			$this->plan( $cohort_id, $user_id, $user_id, $form, $region, $heading, 4 );
		} else {
			$mentees = $this->pairs->mentees_of( $cohort_id, $user_id );
			if ( array() === $mentees ) {
				echo '<p>' . esc_html__( 'You have no mentees in this cohort yet. You write each mentee\'s plan with them here once you are paired.', 'wayfinder' ) . '</p>';
			}
			foreach ( $mentees as $mentee ) {
				echo '<h4>' . esc_html( (string) ( get_userdata( $mentee )->display_name ?? '' ) ) . '</h4>';
				$this->plan( $cohort_id, $mentee, $user_id, $form, $region . '-' . $mentee, $heading, 5 );
			}
		}
		echo '</section>';
	}

	/**
	 * @param callable $form  Prints a page form.
	 * @param int      $level The heading level inside the part.
	 */
	private function plan( int $cohort_id, int $mentee, int $viewer, callable $form, string $prefix, string $anchor, int $level ): void {
		$goals  = $this->service->goals_of( $cohort_id, $mentee, $viewer );
		$cohort = CohortPostType::find( $cohort_id );
		if ( is_wp_error( $goals ) || null === $cohort ) {
			echo '<p>' . esc_html( is_wp_error( $goals ) ? $goals->get_error_message() : CohortPostType::not_found()->get_error_message() ) . '</p>';
			return;
		}
		$range  = PlanService::due_range( $cohort );
		$labels = PlanGoal::progress_labels();
		$teams  = TeamList::all();
		if ( array() === $goals ) {
			$empty = $viewer === $mentee ? __( 'Your plan has no goals yet. Add the first one below.', 'wayfinder' ) : __( 'This plan has no goals yet. Add the first one below, together.', 'wayfinder' );
			echo '<p>' . esc_html( $empty ) . '</p>';
		} else {
			echo '<ol class="wayfinder-plan-goals">';
			foreach ( $goals as $goal ) {
				$id = $prefix . '-goal-' . $goal->id;
				echo '<li class="wayfinder-plan-goal"><p id="' . esc_attr( $id ) . '"><strong>' . esc_html( $goal->what ) . '</strong></p><p>';
				$due = wp_date( (string) get_option( 'date_format' ), (int) strtotime( $goal->due_on . ' 00:00:00 UTC' ), new \DateTimeZone( 'UTC' ) );
				if ( '' !== $goal->team ) {
					/* translators: 1: a team's name, 2: a date, 3: how far it has come. */
					echo esc_html( sprintf( __( 'For the %1$s team, by %2$s. Progress: %3$s.', 'wayfinder' ), $teams[ $goal->team ]['name'] ?? $goal->team, $due, $labels[ $goal->progress ] ?? $goal->progress ) );
				} else {
					/* translators: 1: a date, 2: how far it has come. */
					echo esc_html( sprintf( __( 'By %1$s. Progress: %2$s.', 'wayfinder' ), $due, $labels[ $goal->progress ] ?? $goal->progress ) );
				}
				$by = 0 === $goal->updated_by ? '' : (string) ( get_userdata( $goal->updated_by )->display_name ?? '' );
				if ( '' !== $by ) {
					/* translators: %s: a person's name. */
					echo ' ' . esc_html( sprintf( __( 'Last changed by %s.', 'wayfinder' ), $by ) );
				}
				echo '</p>';
				$form(
					'plan_progress',
					$goal->id,
					array(
						'label'       => __( 'Save progress', 'wayfinder' ),
						'inner'       => self::progress_select( $id . '-progress', $goal->progress, $labels ),
						'describedby' => $id,
						'anchor'      => $anchor,
					)
				);
				echo '<details><summary>' . esc_html__( 'Change this goal', 'wayfinder' ) . '</summary>';
				$form(
					'plan_edit',
					$goal->id,
					array(
						'label'  => __( 'Save the goal', 'wayfinder' ),
						'inner'  => self::fields( $id . '-edit', $goal->what, $goal->team, $goal->due_on, $range, $teams ),
						'anchor' => $anchor,
					)
				);
				echo '</details><details><summary>' . esc_html__( 'Remove this goal', 'wayfinder' ) . '</summary>';
				$form(
					'plan_remove',
					$goal->id,
					array(
						'label'        => __( 'Remove the goal', 'wayfinder' ),
						'inner'        => '<p><label><input type="checkbox" name="confirm" value="1" required> ' . esc_html__( 'Yes, remove this goal from the plan. This cannot be undone.', 'wayfinder' ) . '</label></p>',
						'describedby'  => $id,
						'anchor'       => $anchor,
						'button_class' => 'wp-element-button is-style-outline',
					)
				);
				echo '</details></li>';
			}
			echo '</ol>';
		}
		if ( count( $goals ) < PlanService::MAX_GOALS ) {
			echo '<h' . (int) $level . '>' . esc_html__( 'Add a goal', 'wayfinder' ) . '</h' . (int) $level . '>';
			$form(
				'plan_add',
				$cohort_id,
				array(
					'label'  => __( 'Add the goal', 'wayfinder' ),
					'inner'  => '<input type="hidden" name="mentee" value="' . esc_attr( (string) $mentee ) . '">' . self::fields( $prefix . '-new-goal', '', '', '', $range, $teams ),
					'anchor' => $anchor,
				)
			);
		}
	}

	/** @param array<string, string> $labels */
	private static function progress_select( string $id, string $current, array $labels ): string {
		$html = '<p><label for="' . esc_attr( $id ) . '">' . esc_html__( 'Progress', 'wayfinder' ) . '</label> <select id="' . esc_attr( $id ) . '" name="progress">';
		foreach ( $labels as $value => $label ) {
			$html .= '<option value="' . esc_attr( $value ) . '"' . selected( $value, $current, false ) . '>' . esc_html( $label ) . '</option>';
		}
		return $html . '</select></p>';
	}

	/**
	 * The fields of a goal (escaped).
	 *
	 * @param array{0: string, 1: string}                        $range The first and last possible due date.
	 * @param array<string, array{name: string, url: string}> $teams
	 */
	private static function fields( string $id, string $what, string $team, string $due, array $range, array $teams ): string {
		$html  = '<p><label for="' . esc_attr( $id . '-what' ) . '">' . esc_html__( 'What (up to 500 characters)', 'wayfinder' ) . '</label><br><textarea id="' . esc_attr( $id . '-what' ) . '" name="what" rows="2" maxlength="' . esc_attr( (string) PlanService::MAX_WHAT ) . '" required>' . esc_textarea( $what ) . '</textarea></p>';
		$html .= '<p><label for="' . esc_attr( $id . '-team' ) . '">' . esc_html__( 'Which team', 'wayfinder' ) . '</label> <select id="' . esc_attr( $id . '-team' ) . '" name="team"><option value="">' . esc_html__( 'No team in particular', 'wayfinder' ) . '</option>';
		foreach ( $teams as $slug => $each ) {
			$html .= '<option value="' . esc_attr( $slug ) . '"' . selected( $slug, $team, false ) . '>' . esc_html( $each['name'] ) . '</option>';
		}
		$html .= '</select></p>';
		$limit = '' === $range[0] ? '' : ' min="' . esc_attr( $range[0] ) . '" max="' . esc_attr( $range[1] ) . '"';
		$hint  = '' === $range[0] ? '' : '<span id="' . esc_attr( $id . '-due-hint' ) . '"> ' . esc_html( sprintf( /* translators: 1: first day, 2: last day. */ __( '(between %1$s and %2$s)', 'wayfinder' ), $range[0], $range[1] ) ) . '</span>';
		$html .= '<p><label for="' . esc_attr( $id . '-due' ) . '">' . esc_html__( 'By when', 'wayfinder' ) . '</label>' . $hint . ' <input type="date" id="' . esc_attr( $id . '-due' ) . '" name="due" value="' . esc_attr( $due ) . '"' . $limit . ( '' === $hint ? '' : ' aria-describedby="' . esc_attr( $id . '-due-hint' ) . '"' ) . ' required></p>';
		return $html;
	}
}
