<?php
/**
 * The `wayfinder/survey` block: the survey named in the address (SurveyPage::INVITATION and KEY — the
 * personal link, which works signed out), or for a signed-in person without one, their surveys
 * waiting for an answer as links. The form works without JavaScript: a plain post through
 * Platform\PageForms (the `answer_survey` action, open to visitors holding the key) to the same REST
 * route, coming back here with the person's answers kept, an error summary linking to each question
 * and each question's problem next to it. One column, a fieldset and legend per question, the points
 * of a scale as large radio targets that wrap on a phone. Answered, closed or unknown links say so in
 * a sentence. Every value is escaped here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;

final class SurveyBlock {

	/** The page action that answers. */
	public const ACTION = 'answer_survey';

	/** The page action (on plugins_loaded). */
	public static function register_action(): void {
		PageForms::add(
			new PageAction(
				self::ACTION,
				'POST',
				'survey-invitations/%d/answers',
				read: static fn ( array $fields ): array => self::body( $fields ),
				guests: true,
			)
		);
	}

	/**
	 * The REST body from the plain form's fields: answers[key] (one value) or answers[key][] (several), and the key.
	 *
	 * @param array<string, mixed> $fields
	 * @return array<string, mixed>
	 */
	public static function body( array $fields ): array {
		$answers = array();
		foreach ( is_array( $fields['answers'] ?? null ) ? $fields['answers'] : array() as $question => $value ) {
			if ( is_array( $value ) ) {
				$answers[ (string) $question ] = array_values( array_map( 'strval', array_filter( $value, 'is_scalar' ) ) );
			} elseif ( is_scalar( $value ) ) {
				$answers[ (string) $question ] = (string) $value;
			}
		}
		return array(
			'answers' => (object) $answers,
			'key'     => is_string( $fields['key'] ?? null ) ? $fields['key'] : '',
		);
	}

	/** Where the block's notices show. */
	public static function place( int $invitation_id ): string {
		return 'survey-' . $invitation_id;
	}

	/** The block's element ID, where a plain form comes back to. */
	public static function anchor( int $invitation_id ): string {
		return 'wayfinder-survey-' . $invitation_id;
	}

	/**
	 * The invitation and key the address names (0 and '' when none).
	 *
	 * @return array{0: int, 1: string}
	 */
	public static function from_address(): array {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- the key is the proof; nothing changes on a read.
		$id  = isset( $_GET[ SurveyPage::INVITATION ] ) && is_scalar( $_GET[ SurveyPage::INVITATION ] ) ? absint( $_GET[ SurveyPage::INVITATION ] ) : 0;
		$key = isset( $_GET[ SurveyPage::KEY ] ) && is_string( $_GET[ SurveyPage::KEY ] ) ? sanitize_key( wp_unslash( $_GET[ SurveyPage::KEY ] ) ) : '';
		// phpcs:enable
		return array( $id, $key );
	}

	/** Whether the address names an invitation (My mentorship shows the survey then). */
	public static function addressed(): bool {
		return self::from_address()[0] > 0;
	}

	/**
	 * The block's HTML for the person looking (signed out: with the key of the address).
	 *
	 * @param int $level The heading level of the title (2 to 4).
	 */
	public static function render( int $user_id, int $now, int $level = 2 ): string {
		$level            = max( 2, min( 4, $level ) );
		list( $id, $key ) = self::from_address();
		$answering        = new Answering();
		if ( $id <= 0 ) {
			return self::waiting( $answering, $user_id, $now, $level );
		}
		$invitation = $answering->reachable( $id, $user_id, $key );
		$form       = null === $invitation ? null : $answering->form( $invitation, $now );
		if ( null === $invitation || ! is_array( $form ) ) {
			$html = '<section class="wayfinder-survey"><h' . $level . '>' . esc_html__( 'Survey', 'wayfinder' ) . '</h' . $level . '><p>' . esc_html( Answering::not_found()->get_error_message() ) . '</p>';
			if ( 0 === $user_id ) {
				$html .= '<p><a class="wp-element-button" href="' . esc_url( wp_login_url( PageForms::current_url() ) ) . '">' . esc_html__( 'Log in', 'wayfinder' ) . '</a></p>';
			}
			return $html . '</section>';
		}
		$anchor  = self::anchor( $invitation->id );
		$heading = $anchor . '-title';
		$flash   = Flash::take( $user_id, self::place( $invitation->id ) );
		$html    = '<section class="wayfinder-survey" id="' . esc_attr( $anchor ) . '" aria-labelledby="' . esc_attr( $heading ) . '">';
		$html   .= '<h' . $level . ' id="' . esc_attr( $heading ) . '">' . esc_html( (string) $form['survey']['title'] ) . '</h' . $level . '>';
		$html   .= '<p class="wayfinder-meta">' . esc_html( (string) $form['wave']['label'] ) . '</p>';
		if ( Answering::OPEN !== $form['state'] ) {
			// Answered (the thank-you, also right after a plain post) or closed: a sentence.
			$class = Answering::ANSWERED === $form['state'] ? 'wayfinder-notice wayfinder-survey__thanks' : 'wayfinder-notice';
			return $html . '<p class="' . esc_attr( $class ) . '" role="status" tabindex="-1">' . esc_html( (string) $form['message'] ) . '</p></section>';
		}
		$version  = ( new SurveyVersions() )->current( (int) $form['survey']['id'] );
		$refused  = null !== $flash && 'error' === $flash['type'];
		$values   = $refused ? (array) ( (array) ( $flash['values']['answers'] ?? array() ) ) : array();
		$problems = $refused && null !== $version ? Answering::problems( $version, $values ) : array();
		if ( $refused && array() === $problems ) {
			$html .= '<div class="wayfinder-notice is-error" role="alert" tabindex="-1"><p>' . esc_html( (string) $flash['message'] ) . '</p></div>';
		}
		$html .= '<p>' . esc_html( (string) $form['privacy'] ) . '</p>';
		$html .= '<p class="wayfinder-survey__due">' . esc_html( (string) $form['due_text'] ) . '</p>';
		$html .= self::form( $invitation, $key, $form, $values, $problems );
		return $html . '</section>';
	}

	/**
	 * For a signed-in person without a survey in the address: their surveys waiting, as links.
	 */
	private static function waiting( Answering $answering, int $user_id, int $now, int $level ): string {
		$html = '<section class="wayfinder-survey"><h' . $level . '>' . esc_html__( 'Surveys', 'wayfinder' ) . '</h' . $level . '>';
		if ( 0 === $user_id ) {
			return $html . '<p>' . esc_html__( 'Use the personal link in your invitation e-mail to answer a survey, or log in to see the surveys waiting for you.', 'wayfinder' ) . '</p>'
				. '<p><a class="wp-element-button" href="' . esc_url( wp_login_url( PageForms::current_url() ) ) . '">' . esc_html__( 'Log in', 'wayfinder' ) . '</a></p></section>';
		}
		$open = $answering->open_for( $user_id, $now );
		if ( array() === $open ) {
			return $html . '<p>' . esc_html__( 'No survey is waiting for you. Thank you for the answers you gave!', 'wayfinder' ) . '</p></section>';
		}
		return $html . self::list( $open ) . '</section>';
	}

	/**
	 * The surveys waiting, as a list of links with when they are asked and when they are due.
	 *
	 * @param list<array<string, mixed>> $open Answering::open_for().
	 */
	public static function list( array $open ): string {
		$html = '<ul class="wayfinder-survey__waiting">';
		foreach ( $open as $survey ) {
			$html .= '<li><a href="' . esc_url( (string) $survey['link'] ) . '">' . esc_html( (string) $survey['title'] ) . '</a>'
				. ' <span class="wayfinder-meta">' . esc_html( (string) $survey['wave'] ) . '</span>'
				. ' <span class="wayfinder-help">' . esc_html( (string) $survey['due_text'] ) . '</span></li>';
		}
		return $html . '</ul>';
	}

	/**
	 * The form: the error summary, one fieldset per question, the button.
	 *
	 * @param array<string, mixed>  $form     Answering::form().
	 * @param array<string, mixed>  $values   The answers to fill in (a refused plain post's).
	 * @param array<string, string> $problems Question key => sentence.
	 */
	private static function form( Invitation $invitation, string $key, array $form, array $values, array $problems ): string {
		$base  = self::anchor( $invitation->id );
		$field = static fn ( string $question ): string => $base . '-' . $question;
		$html  = '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="wayfinder-form wayfinder-survey__form" novalidate>';
		$html .= PageForms::hidden_fields( self::ACTION, $invitation->id, self::place( $invitation->id ), '', $base );
		if ( '' !== $key ) {
			$html .= '<input type="hidden" name="key" value="' . esc_attr( $key ) . '">';
		}
		if ( array() !== $problems ) {
			$html .= '<div class="wayfinder-error-summary" role="alert" tabindex="-1" aria-labelledby="' . esc_attr( $base . '-problems' ) . '"><p id="' . esc_attr( $base . '-problems' ) . '"><strong>'
				/* translators: %d: how many answers to correct. */
				. esc_html( __( 'Nothing was saved.', 'wayfinder' ) . ' ' . sprintf( _n( 'There is %d answer to correct:', 'There are %d answers to correct:', count( $problems ), 'wayfinder' ), count( $problems ) ) ) . '</strong></p><ul>';
			foreach ( $problems as $question => $sentence ) {
				$html .= '<li><a href="#' . esc_attr( $field( $question ) ) . '">' . esc_html( $sentence ) . '</a></li>';
			}
			$html .= '</ul></div>';
		}
		foreach ( $form['questions'] as $question ) {
			$html .= self::question( $question, $field( (string) $question['key'] ), $values[ $question['key'] ] ?? null, $problems[ $question['key'] ] ?? '' );
		}
		$html .= '<p class="wayfinder-actions"><button type="submit" class="wp-element-button">' . esc_html__( 'Send my answers', 'wayfinder' ) . '</button></p>';
		return $html . '</form>';
	}

	/**
	 * One question: a fieldset with a legend for a scale or choices, a label for a text.
	 *
	 * @param array<string, mixed> $question Answering::question_for_form().
	 * @param mixed                $value    What to fill in.
	 */
	private static function question( array $question, string $id, $value, string $problem ): string {
		$key      = (string) $question['key'];
		$name     = 'answers[' . $key . ']';
		$words    = esc_html( (string) $question['text'] ) . ' <span class="wayfinder-survey__required">' . esc_html( $question['required'] ? __( '(required)', 'wayfinder' ) : __( '(optional)', 'wayfinder' ) ) . '</span>';
		$invalid  = '' !== $problem ? ' aria-invalid="true"' : '';
		$error_id = $id . '-error';
		$error    = '' !== $problem ? '<span class="wayfinder-field-error" id="' . esc_attr( $error_id ) . '">' . esc_html( $problem ) . '</span>' : '';
		$describe = '' !== $problem ? ' aria-describedby="' . esc_attr( $error_id ) . '"' : '';
		$type     = (string) $question['type'];
		if ( Question::SHORT === $type || Question::LONG === $type ) {
			$text  = is_scalar( $value ) ? (string) $value : '';
			$input = Question::LONG === $type
				? '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="5" maxlength="' . esc_attr( (string) $question['max_length'] ) . '"' . $describe . $invalid . '>' . esc_textarea( $text ) . '</textarea>'
				: '<input type="text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" maxlength="' . esc_attr( (string) $question['max_length'] ) . '" value="' . esc_attr( $text ) . '"' . $describe . $invalid . '>';
			return '<p class="wayfinder-field wayfinder-survey__question"><label for="' . esc_attr( $id ) . '">' . $words . '</label>' . $error . $input . '</p>';
		}
		$options = array();
		if ( array() !== $question['points'] ) {
			foreach ( $question['points'] as $point ) {
				$options[ (string) $point['value'] ] = (string) $point['label'];
			}
			if ( Question::NPS === $type ) {
				$options['0']  = __( '0 (not at all likely)', 'wayfinder' );
				$options['10'] = __( '10 (extremely likely)', 'wayfinder' );
			}
		} else {
			foreach ( $question['choices'] as $choice ) {
				$options[ (string) $choice ] = (string) $choice;
			}
		}
		$several = Question::MULTIPLE === $type;
		$chosen  = array_map( 'strval', is_array( $value ) ? $value : ( is_scalar( $value ) ? array( (string) $value ) : array() ) );
		$html    = '<fieldset class="wayfinder-survey__question wayfinder-survey__question--' . esc_attr( str_replace( '_', '-', $type ) ) . '"' . $describe . '><legend>' . $words . '</legend>' . $error;
		if ( $several ) {
			$html .= '<p class="wayfinder-help">' . esc_html__( 'Choose all that apply.', 'wayfinder' ) . '</p>';
		}
		$html .= '<div class="wayfinder-survey__choices">';
		$n     = 0;
		foreach ( $options as $option => $label ) {
			$html .= '<label class="wayfinder-survey__choice"><input type="' . ( $several ? 'checkbox' : 'radio' ) . '" name="' . esc_attr( $name . ( $several ? '[]' : '' ) ) . '" value="' . esc_attr( (string) $option ) . '"'
				. ( 0 === $n ? ' id="' . esc_attr( $id ) . '"' : '' ) . ( in_array( (string) $option, $chosen, true ) ? ' checked' : '' ) . $invalid . '> <span>' . esc_html( $label ) . '</span></label>';
			++$n;
		}
		return $html . '</div></fieldset>';
	}
}
