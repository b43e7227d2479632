<?php
/**
 * "Surveys waiting for you" in My mentorship (on the `wayfinder_my_sections` hook): each survey the
 * person was asked and has not answered yet, with when it is asked (the point of the program and the
 * cohort), the day it is due in their own time zone, and the link to answer. Nothing when none waits.
 * When the address names an invitation — the personal link falls back to the My mentorship page when
 * no page has the Survey block — the block shows that survey instead (see SurveysModule).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\MyMentorship\MentorshipPage;

final class SurveysSection {

	/**
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public static function render( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		$open = ( new Answering() )->open_for( $user_id, time() );
		if ( array() === $open ) {
			return;
		}
		$id = $region . '-surveys';
		echo '<section class="wayfinder-section wayfinder-section--surveys" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Surveys waiting for you', 'wayfinder' ) . '</h2>';
		echo '<p>' . esc_html__( 'A few minutes of your answers tell the program what works and what to change.', 'wayfinder' ) . '</p>';
		echo SurveyBlock::list( $open ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside.
		echo '</section>';
	}

	/**
	 * The My mentorship block shows the survey its address names (the personal link's fallback page),
	 * for the person signed in or anyone with the key, in place of the rest of the page.
	 *
	 * @param string|null          $pre   What an earlier filter already rendered (null: nothing).
	 * @param array<string, mixed> $block The parsed block.
	 */
	public static function in_my_mentorship( $pre, array $block ): ?string {
		// A page that has the Survey block itself shows the survey there, once.
		if ( null !== $pre || MentorshipPage::BLOCK !== ( $block['blockName'] ?? '' ) || ! SurveyBlock::addressed() || has_block( SurveyPage::BLOCK ) ) {
			return $pre;
		}
		wp_enqueue_style( generate_block_asset_handle( SurveyPage::BLOCK, 'style' ) );
		return '<div class="wp-block-wayfinder-survey wayfinder-survey-block">' . SurveyBlock::render( get_current_user_id(), time() ) . '</div>';
	}
}
