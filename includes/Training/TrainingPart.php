<?php
/**
 * The training part of a person's cohort in My mentorship (the `wayfinder_my_cohort` hook): a mentee
 * sees the items with their marks and a button to mark each done or take the mark back; a mentor
 * sees each of their cohort mentees' marks with a button to confirm each item done. Plain forms
 * (Platform\PageForms), so everything works without JavaScript.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortPairs;

final class TrainingPart {

	public function __construct(
		private readonly TrainingService $service = new TrainingService(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/**
	 * Prints the part (escaped).
	 *
	 * @param callable $form Prints a page form: ( string $action, int $id, array $args ).
	 */
	public function render( int $cohort_id, int $user_id, string $as, callable $form, string $region ): void {
		$heading = $region . '-training';
		echo '<section class="wayfinder-cohort-part wayfinder-training" aria-labelledby="' . esc_attr( $heading ) . '">';
		echo '<h3 id="' . esc_attr( $heading ) . '">' . esc_html__( 'Training', 'wayfinder' ) . '</h3>';
		if ( CohortAccess::MENTEE === $as ) {
			$this->items( $cohort_id, $user_id, $user_id, true, $form, $region, $heading );
		} else {
			$mentees = $this->pairs->mentees_of( $cohort_id, $user_id );
			if ( array() === $mentees ) {
				echo '<p>' . esc_html__( 'You have no mentees in this cohort yet. Their training shows here once you are paired.', 'wayfinder' ) . '</p>';
			}
			foreach ( $mentees as $mentee ) {
				echo '<h4>' . esc_html( (string) ( get_userdata( $mentee )->display_name ?? '' ) ) . '</h4>';
				$this->items( $cohort_id, $mentee, $user_id, false, $form, $region . '-' . $mentee, $heading );
			}
		}
		echo '</section>';
	}

	/** @param callable $form Prints a page form. */
	private function items( int $cohort_id, int $mentee, int $viewer, bool $own, callable $form, string $prefix, string $anchor ): void {
		$listed = $this->service->progress_of( $cohort_id, $mentee, $viewer );
		if ( is_wp_error( $listed ) ) {
			echo '<p>' . esc_html( $listed->get_error_message() ) . '</p>';
			return;
		}
		if ( array() === $listed ) {
			echo '<p>' . esc_html__( 'This cohort has no training material listed yet.', 'wayfinder' ) . '</p>';
			return;
		}
		$done = count( array_filter( $listed, static fn ( array $each ): bool => null !== $each['record'] ) );
		/* translators: 1: items done, 2: all items. */
		echo '<p>' . esc_html( sprintf( __( '%1$d of %2$d done.', 'wayfinder' ), $done, count( $listed ) ) ) . '</p>';
		echo '<ul class="wayfinder-training-items">';
		foreach ( $listed as $each ) {
			$item   = $each['item'];
			$record = $each['record'];
			$title  = $prefix . '-training-' . $item->key;
			echo '<li><a id="' . esc_attr( $title ) . '" href="' . esc_url( $item->url ) . '">' . esc_html( $item->title ) . '</a> — ';
			echo esc_html( self::status( $record, $own ) );
			$hidden = '<input type="hidden" name="item" value="' . esc_attr( $item->key ) . '">';
			if ( $own ) {
				$form(
					null === $record ? 'training_done' : 'training_undo',
					$cohort_id,
					array(
						'label'        => null === $record ? __( 'Mark done', 'wayfinder' ) : __( 'Not done after all', 'wayfinder' ),
						'inner'        => $hidden,
						'describedby'  => $title,
						'anchor'       => $anchor,
						'button_class' => null === $record ? 'wp-element-button' : 'wp-element-button is-style-outline',
					)
				);
			} elseif ( null !== $record && '' === $record->confirmed_at ) {
				$form(
					'training_confirm',
					$cohort_id,
					array(
						'label'       => __( 'Confirm', 'wayfinder' ),
						'inner'       => $hidden . '<input type="hidden" name="mentee" value="' . esc_attr( (string) $mentee ) . '">',
						'describedby' => $title,
						'anchor'      => $anchor,
					)
				);
			}
			echo '</li>';
		}
		echo '</ul>';
	}

	private static function status( ?TrainingRecord $record, bool $own ): string {
		if ( null === $record ) {
			return __( 'not done yet.', 'wayfinder' );
		}
		$done = wp_date( (string) get_option( 'date_format' ), (int) strtotime( $record->done_at . ' UTC' ) );
		if ( '' === $record->confirmed_at ) {
			return $own
				/* translators: %s: a date. */
				? sprintf( __( 'done on %s; your mentor has not confirmed it yet.', 'wayfinder' ), $done )
				/* translators: %s: a date. */
				: sprintf( __( 'done on %s, waiting for your confirmation.', 'wayfinder' ), $done );
		}
		$by = (string) ( get_userdata( $record->confirmed_by )->display_name ?? '' );
		/* translators: 1: a date, 2: who confirmed it. */
		return '' !== $by ? sprintf( __( 'done on %1$s, confirmed by %2$s.', 'wayfinder' ), $done, $by ) : sprintf( /* translators: %s: a date. */ __( 'done on %s, confirmed.', 'wayfinder' ), $done );
	}
}
