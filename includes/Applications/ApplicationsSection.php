<?php
/**
 * "Your applications" in My mentorship (on the `wayfinder_my_sections` hook): each cohort the person
 * applied to, where the application stands in words, and a link to the cohort's page (where it is
 * edited while it can be). People who never applied get nothing, and the page asks nothing more
 * for them (a mark in their user meta, which is read with the rest of it).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\CohortPostType;

final class ApplicationsSection {

	/**
	 * @param int    $user_id The person looking.
	 * @param string $region  A prefix for element IDs unique on the page.
	 */
	public static function render( int $user_id, string $region = 'wayfinder' ): void {
		if ( $user_id <= 0 || '' === get_user_meta( $user_id, ApplicationsModule::APPLIED, true ) ) {
			return;
		}
		$rows = array();
		foreach ( ( new ApplicationRepository() )->of_user( $user_id ) as $application ) {
			$cohort = CohortPostType::find( $application->cohort_id );
			if ( null === $cohort || 'publish' !== get_post_status( $cohort->id ) ) {
				continue;
			}
			$status = ApplicantView::status( $application, $cohort );
			$rows[] = '<li><a href="' . esc_url( get_permalink( $cohort->id ) . '#' . ApplicationBlock::anchor( $cohort->id ) ) . '">' . esc_html( $cohort->name ) . '</a>'
				. ( Application::MENTOR === $application->role ? ' <span class="wayfinder-meta">' . esc_html__( '(to mentor)', 'wayfinder' ) . '</span>' : '' )
				. ': ' . esc_html( $status['text'] ) . ' <span class="wayfinder-help">' . esc_html( $status['next'] ) . '</span></li>';
		}
		if ( array() === $rows ) {
			return;
		}
		$id = $region . '-applications';
		echo '<section class="wayfinder-section wayfinder-section--applications" aria-labelledby="' . esc_attr( $id ) . '">';
		echo '<h2 id="' . esc_attr( $id ) . '">' . esc_html__( 'Your applications', 'wayfinder' ) . '</h2>';
		echo '<ul class="wayfinder-applications">' . implode( '', $rows ) . '</ul></section>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- each row escaped above.
	}
}
