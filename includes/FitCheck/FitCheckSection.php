<?php
/**
 * The week-one fit check in My mentorship (on the `wayfinder_my_cohort` hook): once asked, the person
 * answers "is this pairing working?" with a note only the coordinators read — a page form that works
 * without JavaScript (the `answer_fit_check` PageAction), shown again to change the answer.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck;

use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\DisplayName;

final class FitCheckSection {

	/** The page action that answers. */
	public const ACTION = 'answer_fit_check';

	/**
	 * Prints the fit check for one of the person's cohorts, when they were asked one.
	 *
	 * @param int           $cohort_id The cohort.
	 * @param int           $user_id   The person looking.
	 * @param string        $as        'mentee' or 'mentor'.
	 * @param callable|null $form      My mentorship's form printer: ( action, object ID, args ).
	 * @param string        $region    A prefix for element IDs unique on the page.
	 */
	public static function render( int $cohort_id, int $user_id, string $as, $form = null, string $region = 'wayfinder' ): void {
		unset( $as );
		$check = ( new FitCheckRepository() )->current_of( $cohort_id, $user_id );
		$match = null === $check ? null : ( new MatchRepository() )->find( $check->match_id );
		if ( null === $check || null === $match || ! is_callable( $form ) ) {
			return;
		}
		$other = DisplayName::of( FitCheck::MENTEE === $check->side ? $match->mentor_id : $match->mentee_id );
		$id    = $region . '-fit-check';
		echo '<div class="wayfinder-fit-check">';
		echo '<h3 id="' . esc_attr( $id ) . '">' . esc_html__( 'Is this pairing working?', 'wayfinder' ) . '</h3>';
		echo '<p>' . esc_html(
			FitCheck::MENTEE === $check->side
				/* translators: %s: the mentor's name. */
				? sprintf( __( 'You have been working with %s for a week. Tell us honestly how it is going: if it is not working, a coordinator can find you another mentor, and nobody is to blame.', 'wayfinder' ), $other )
				/* translators: %s: the mentee's name. */
				: sprintf( __( 'You have been mentoring %s for a week. Tell us honestly how it is going: if it is not working, a coordinator can find them another mentor, and nobody is to blame.', 'wayfinder' ), $other )
		) . '</p>';
		if ( $check->is_answered() ) {
			echo '<p class="wayfinder-meta">' . esc_html(
				$check->working
					? __( 'You said it is working. You can change your answer below.', 'wayfinder' )
					: __( 'You said it is not working; a coordinator will look at it. You can change your answer below.', 'wayfinder' )
			) . '</p>';
		}
		$form(
			self::ACTION,
			$check->id,
			array(
				'label'  => $check->is_answered() ? __( 'Change my answer', 'wayfinder' ) : __( 'Send my answer', 'wayfinder' ),
				'inner'  => self::fields( $check, $id ),
				'anchor' => $id,
			)
		);
		echo '</div>';
	}

	/** The answer's fields, escaped. */
	private static function fields( FitCheck $check, string $id ): string {
		$choices = array(
			'1' => __( 'Yes, it is working', 'wayfinder' ),
			'0' => __( 'No, it is not working', 'wayfinder' ),
		);
		$html    = '<fieldset class="wayfinder-fit-check__answer" aria-describedby="' . esc_attr( $id ) . '"><legend>' . esc_html__( 'Your answer', 'wayfinder' ) . '</legend>';
		foreach ( $choices as $value => $label ) {
			$checked = null !== $check->working && ( '1' === (string) $value ) === $check->working;
			$html   .= '<label><input type="radio" name="working" value="' . esc_attr( (string) $value ) . '" required' . ( $checked ? ' checked' : '' ) . '> ' . esc_html( $label ) . '</label> ';
		}
		$html .= '</fieldset>';
		$html .= '<p><label for="' . esc_attr( $id . '-note' ) . '">' . esc_html__( 'Anything you would like the coordinators to know (optional; only they read it)', 'wayfinder' ) . '</label><br>';
		$html .= '<textarea id="' . esc_attr( $id . '-note' ) . '" name="note" rows="3" maxlength="' . esc_attr( (string) FitCheck::NOTE_LENGTH ) . '">' . esc_textarea( $check->note ) . '</textarea></p>';
		return $html;
	}
}
