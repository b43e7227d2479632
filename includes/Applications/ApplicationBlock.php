<?php
/**
 * The `wayfinder/application` block: a person applies to a cohort on the page, without JavaScript.
 * Plain forms post through Platform\PageForms (the `save_application` action: PUT the application,
 * submitting it when "Submit" was pressed; `withdraw_application`); a refusal comes back with the
 * person's words kept (what they sent), an error summary at the top linking to each field, and each
 * field's problem next to it. Visitors who are not logged in get a sentence and a way to log in that
 * comes back here; a cohort that is not open, closed or decided says so. Every value is escaped here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;

final class ApplicationBlock {

	public const BLOCK    = 'wayfinder/application';
	public const SAVE     = 'save_application';
	public const WITHDRAW = 'withdraw_application';
	/** In the address: a mentor applies to mentor the cohort. */
	public const AS_MENTOR = 'wayfinder_apply_as';

	/** The page actions of the block's forms (on plugins_loaded). */
	public static function register_actions(): void {
		PageForms::add(
			new PageAction(
				self::SAVE,
				'PUT',
				'cohorts/%d/application',
				read: static fn ( array $fields ): array => self::body( $fields ),
			)
		);
		PageForms::add(
			new PageAction(
				self::WITHDRAW,
				'POST',
				'cohorts/%d/application/withdraw',
				check: static fn ( array $post ): string => ! empty( $post['confirm'] ) ? '' : __( 'Tick the box to confirm that you want to withdraw your application.', 'wayfinder' ),
			)
		);
	}

	/** Where the block's notices show. */
	public static function place( int $cohort_id ): string {
		return 'application-' . $cohort_id;
	}

	/** The block's element ID, where a plain form comes back to. */
	public static function anchor( int $cohort_id ): string {
		return 'wayfinder-apply-' . $cohort_id;
	}

	/**
	 * The REST body from the plain form's fields.
	 *
	 * @param array<string, mixed> $fields
	 * @return array<string, mixed>
	 */
	public static function body( array $fields ): array {
		$answers = array();
		foreach ( is_array( $fields['answers'] ?? null ) ? $fields['answers'] : array() as $key => $text ) {
			if ( is_string( $key ) && is_scalar( $text ) ) {
				$answers[ $key ] = (string) $text;
			}
		}
		$teams = array_values( array_filter( array_map( static fn ( $team ): string => is_scalar( $team ) ? (string) $team : '', is_array( $fields['teams'] ?? null ) ? $fields['teams'] : array() ) ) );
		$body  = array(
			'role'      => Application::MENTOR === ( $fields['role'] ?? '' ) ? Application::MENTOR : Application::MENTEE,
			'answers'   => (object) $answers,
			'teams'     => $teams,
			'languages' => array_values( array_filter( (array) preg_split( '/[\s,]+/', is_string( $fields['languages'] ?? null ) ? $fields['languages'] : '' ) ) ),
			'sponsored' => ! empty( $fields['sponsored'] ),
			'sponsor'   => is_string( $fields['sponsor'] ?? null ) ? $fields['sponsor'] : '',
			'consent'   => ! empty( $fields['consent'] ),
			'submit'    => 'submit' === ( $fields['intent'] ?? '' ),
		);
		if ( Application::MENTOR === $body['role'] ) {
			$body['capacity'] = max( 1, min( 10, (int) ( is_scalar( $fields['capacity'] ?? null ) ? $fields['capacity'] : 1 ) ) );
		} else {
			$body['mode'] = is_string( $fields['mode'] ?? null ) && in_array( $fields['mode'], Cohort::MODES, true ) ? $fields['mode'] : '';
		}
		return $body;
	}

	/**
	 * The block's HTML for this cohort and the person looking ('' when there is nothing to show a visitor).
	 *
	 * @param int $level The heading level of the block's title (2 to 4).
	 */
	public static function render( int $cohort_id, int $user_id, int $now, int $level = 2 ): string {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort || 'publish' !== get_post_status( $cohort_id ) || Cohort::DRAFT === $cohort->stage ) {
			return current_user_can( 'edit_posts' ) ? '<p class="wayfinder-help">' . esc_html__( 'Choose a published cohort for this block, or place it on a cohort’s own page.', 'wayfinder' ) . '</p>' : '';
		}
		$level   = max( 2, min( 4, $level ) );
		$heading = 'wayfinder-apply-' . $cohort->id . '-title';
		$html    = '<section class="wayfinder-application" id="' . esc_attr( self::anchor( $cohort->id ) ) . '" aria-labelledby="' . esc_attr( $heading ) . '">';
		$html   .= '<h' . $level . ' id="' . esc_attr( $heading ) . '">' . esc_html(
			/* translators: %s: the cohort's name. */
			sprintf( __( 'Apply to %s', 'wayfinder' ), $cohort->name )
		) . '</h' . $level . '>';
		$settings = ApplicationSettings::of( $cohort->id );
		if ( 0 === $user_id ) {
			$closed = Applying::closed_text( $cohort, $settings, $now );
			$html  .= '<p>' . esc_html( '' !== $closed ? $closed : __( 'Log in to apply to this cohort: you can save a draft and come back to it until applications close.', 'wayfinder' ) ) . '</p>';
			if ( '' === $closed ) {
				$html .= '<p><a class="wp-element-button" href="' . esc_url( wp_login_url( PageForms::current_url() . '#' . self::anchor( $cohort->id ) ) ) . '">' . esc_html__( 'Log in to apply', 'wayfinder' ) . '</a></p>';
			}
			return $html . '</section>';
		}
		$view = ApplicantView::build( $cohort->id, $user_id, $now );
		if ( $view instanceof \WP_Error ) {
			return '';
		}
		$flash = Flash::take( $user_id, self::place( $cohort->id ) );
		/** @var array<string, mixed>|null $mine */
		$mine = $view['application'];
		// The notice of a plain form goes right under the title (put in once the form knows whether it lists the problems itself).
		$notice_at = strlen( $html );
		if ( null !== $mine ) {
			$html .= '<div class="wayfinder-application__status"><p><strong>' . esc_html__( 'Your application:', 'wayfinder' ) . '</strong> ' . esc_html( (string) $mine['status_text'] ) . '</p>';
			$html .= '<p>' . esc_html( (string) $mine['next'] ) . '</p></div>';
		}
		$editable = null === $mine ? $view['cohort']['open'] : (bool) $mine['editable'];
		if ( ! $editable ) {
			if ( '' !== $view['cohort']['closed'] && ( null === $mine || Application::DRAFT === $mine['status'] || Application::WITHDRAWN === $mine['status'] ) ) {
				$html .= '<p>' . esc_html( (string) $view['cohort']['closed'] ) . '</p>';
			}
			return substr_replace( $html, self::notice( $flash ), $notice_at, 0 ) . self::withdraw_form( $cohort->id, $mine ) . '</section>';
		}
		$role = null !== $mine ? (string) $mine['role'] : ( $view['can_mentor'] && self::asks_to_mentor() ? Application::MENTOR : Application::MENTEE );
		if ( null === $mine && $view['can_mentor'] ) {
			$html .= Application::MENTOR === $role
				? '<p>' . esc_html__( 'You are applying to mentor this cohort.', 'wayfinder' ) . ' <a href="' . esc_url( remove_query_arg( self::AS_MENTOR ) . '#' . self::anchor( $cohort->id ) ) . '">' . esc_html__( 'Apply as a mentee instead', 'wayfinder' ) . '</a></p>'
				: '<p>' . esc_html__( 'You are a mentor: you can apply to mentor this cohort instead.', 'wayfinder' ) . ' <a href="' . esc_url( add_query_arg( self::AS_MENTOR, 'mentor' ) . '#' . self::anchor( $cohort->id ) ) . '">' . esc_html__( 'Apply to mentor this cohort', 'wayfinder' ) . '</a></p>';
		}
		if ( '' !== $view['cohort']['deadline'] ) {
			$html .= '<p class="wayfinder-application__deadline">' . esc_html( (string) $view['cohort']['deadline'] ) . '</p>';
		}
		$refused  = null !== $flash && 'error' === $flash['type'] && self::SAVE === $flash['form'] && array() !== $flash['values'];
		$values   = $refused ? self::values_from_body( $flash['values'] ) : ( null !== $mine ? self::values_from_body( $mine ) : Applying::defaults( $user_id, $role ) );
		$problems = array();
		$lead     = __( 'Nothing was saved.', 'wayfinder' );
		if ( $refused ) {
			$problems = Applying::draft_problems( $values, $cohort, $settings, $role );
			if ( array() === $problems && ( ! empty( $flash['values']['submit'] ) || ( null !== $mine && Application::SUBMITTED === $mine['status'] ) ) ) {
				$problems = ( new Applying() )->problems( $values, $cohort, $settings, $role, $user_id );
				$lead     = null !== $mine && Application::SUBMITTED === $mine['status'] ? __( 'Your application is submitted; this change was not saved.', 'wayfinder' ) : __( 'Your draft is saved, but it cannot be submitted yet.', 'wayfinder' );
			}
		}
		if ( array() === $problems ) {
			$html = substr_replace( $html, self::notice( $flash ), $notice_at, 0 );
		}
		$html .= self::form( $cohort, $view, $role, $values, $problems, $lead, $mine );
		return $html . self::withdraw_form( $cohort->id, $mine ) . '</section>';
	}

	/**
	 * The application form: fields, the error summary at the top, and the buttons.
	 *
	 * @param array<string, mixed>      $view     ApplicantView::build().
	 * @param array<string, mixed>      $values   What to fill in.
	 * @param array<string, string>     $problems Field => sentence.
	 * @param string                    $lead     What happened, before the problems.
	 * @param array<string, mixed>|null $mine     The person's application.
	 */
	private static function form( Cohort $cohort, array $view, string $role, array $values, array $problems, string $lead, ?array $mine ): string {
		$id     = 'wayfinder-apply-' . $cohort->id;
		$field  = static fn ( string $name ): string => $id . '-' . str_replace( '_', '-', $name );
		$html   = '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="wayfinder-form wayfinder-application__form" novalidate>';
		$html  .= PageForms::hidden_fields( self::SAVE, $cohort->id, self::place( $cohort->id ), '', self::anchor( $cohort->id ) );
		$html  .= '<input type="hidden" name="role" value="' . esc_attr( $role ) . '">';
		$html  .= self::summary( $id, $problems, $lead, $field );
		$error  = static function ( string $name ) use ( $problems, $field ): array {
			if ( ! isset( $problems[ $name ] ) ) {
				return array( '', '', '' );
			}
			return array(
				' aria-invalid="true"',
				' ' . $field( $name ) . '-error',
				'<span class="wayfinder-field-error" id="' . esc_attr( $field( $name ) . '-error' ) . '">' . esc_html( $problems[ $name ] ) . '</span>',
			);
		};
		$mentee = Application::MENTEE === $role;
		if ( $mentee ) {
			$html .= '<fieldset class="wayfinder-application__questions"><legend>' . esc_html__( 'In your own words', 'wayfinder' ) . '</legend>';
			foreach ( $view['cohort']['questions'] as $question ) {
				$name                                = 'answer_' . $question['key'];
				list( $invalid, $described, $shown ) = $error( $name );
				$help                                = '' !== $question['help'] ? '<span class="wayfinder-help" id="' . esc_attr( $field( $name ) . '-help' ) . '">' . esc_html( $question['help'] ) . '</span>' : '';
				$limit                               = $question['min'] > 0
					/* translators: 1: fewest characters, 2: most characters. */
					? sprintf( __( 'Between %1$d and %2$d characters.', 'wayfinder' ), $question['min'], $question['max'] )
					/* translators: %d: most characters. */
					: sprintf( __( 'At most %d characters.', 'wayfinder' ), $question['max'] );
				$html .= '<p class="wayfinder-field"><label for="' . esc_attr( $field( $name ) ) . '">' . esc_html( $question['label'] ) . '</label>' . $help
					. '<span class="wayfinder-help" id="' . esc_attr( $field( $name ) . '-limit' ) . '">' . esc_html( $limit ) . '</span>' . $shown
					. '<textarea id="' . esc_attr( $field( $name ) ) . '" name="answers[' . esc_attr( $question['key'] ) . ']" rows="6" maxlength="' . esc_attr( (string) $question['max'] ) . '" aria-describedby="' . esc_attr( trim( ( '' !== $help ? $field( $name ) . '-help ' : '' ) . $field( $name ) . '-limit' . $described ) ) . '"' . $invalid . '>'
					. esc_textarea( (string) ( $values['answers'][ $question['key'] ] ?? '' ) ) . '</textarea></p>';
			}
			$html .= '</fieldset>';

			list( $invalid, $described, $shown ) = $error( 'mode' );
			$html                               .= '<fieldset class="wayfinder-application__mode" id="' . esc_attr( $field( 'mode' ) ) . '"' . ( '' !== $described ? ' aria-describedby="' . esc_attr( trim( $described ) ) . '"' : '' ) . '><legend>' . esc_html__( 'How would you like to take part?', 'wayfinder' ) . '</legend>' . $shown;
			foreach ( $view['cohort']['modes'] as $n => $mode ) {
				$html .= '<p class="wayfinder-choice"><label><input type="radio" name="mode" value="' . esc_attr( $mode['value'] ) . '"' . ( 0 === $n ? ' id="' . esc_attr( $field( 'mode' ) . '-first' ) . '"' : '' ) . checked( $values['mode'], $mode['value'], false ) . $invalid . '> ' . esc_html( $mode['label'] ) . '</label></p>';
			}
			$html .= '</fieldset>';
		} else {
			list( $invalid, $described, $shown ) = $error( 'capacity' );
			$html                               .= '<p class="wayfinder-field"><label for="' . esc_attr( $field( 'capacity' ) ) . '">' . esc_html__( 'How many mentees could you mentor in this cohort?', 'wayfinder' ) . '</label>'
				. '<span class="wayfinder-help" id="' . esc_attr( $field( 'capacity' ) . '-help' ) . '">' . esc_html__( 'From 1 to 10. A project group is four to six mentees.', 'wayfinder' ) . '</span>' . $shown
				. '<input type="number" id="' . esc_attr( $field( 'capacity' ) ) . '" name="capacity" min="1" max="10" value="' . esc_attr( (string) max( 1, (int) $values['capacity'] ) ) . '" aria-describedby="' . esc_attr( $field( 'capacity' ) . '-help' . $described ) . '"' . $invalid . '></p>';
		}

		if ( array() !== $view['cohort']['teams'] ) {
			list( $invalid, $described, $shown ) = $error( 'teams' );
			$html                               .= '<fieldset class="wayfinder-application__teams" id="' . esc_attr( $field( 'teams' ) ) . '"' . ( '' !== $described ? ' aria-describedby="' . esc_attr( trim( $described ) ) . '"' : '' ) . '><legend>' . esc_html( $mentee ? __( 'Teams you are interested in', 'wayfinder' ) : __( 'Teams you could mentor in', 'wayfinder' ) ) . '</legend>' . $shown;
			foreach ( $view['cohort']['teams'] as $team ) {
				$html .= '<p class="wayfinder-choice"><label><input type="checkbox" name="teams[]" value="' . esc_attr( $team['slug'] ) . '"' . ( in_array( $team['slug'], (array) $values['teams'], true ) ? ' checked' : '' ) . $invalid . '> ' . esc_html( $team['name'] ) . '</label></p>';
			}
			$html .= '</fieldset>';
		}

		list( $invalid, $described, $shown ) = $error( 'languages' );
		$html                               .= '<p class="wayfinder-field"><label for="' . esc_attr( $field( 'languages' ) ) . '">' . esc_html__( 'Languages you speak', 'wayfinder' ) . '</label>'
			. '<span class="wayfinder-help" id="' . esc_attr( $field( 'languages' ) . '-help' ) . '">' . esc_html__( 'Language codes separated by commas, e.g. en, es, pt-BR. Filled in from your profile.', 'wayfinder' ) . '</span>' . $shown
			. '<input type="text" id="' . esc_attr( $field( 'languages' ) ) . '" name="languages" value="' . esc_attr( implode( ', ', (array) $values['languages'] ) ) . '" autocomplete="off" spellcheck="false" aria-describedby="' . esc_attr( $field( 'languages' ) . '-help' . $described ) . '"' . $invalid . '></p>';

		$html .= '<div class="wayfinder-application__availability"><p><strong>' . esc_html__( 'When you are available', 'wayfinder' ) . '</strong> ';
		$html .= array() === $view['profile']['availability']
			? esc_html__( 'Your profile says nothing yet about when you are available.', 'wayfinder' )
			/* translators: 1: weekly times, 2: a time zone. */
			: esc_html( sprintf( __( '%1$s (your time zone, %2$s), from your profile.', 'wayfinder' ), implode( '; ', $view['profile']['availability'] ), str_replace( '_', ' ', (string) $view['profile']['timezone'] ) ) );
		$html .= ' <a href="' . esc_url( (string) $view['profile']['edit_url'] ) . '">' . esc_html__( 'Edit your availability in your profile', 'wayfinder' ) . '</a></p></div>';

		list( $invalid, $described, $shown ) = $error( 'sponsor' );
		$html                               .= '<fieldset class="wayfinder-application__sponsor"><legend>' . esc_html__( 'Sponsorship', 'wayfinder' ) . '</legend>'
			. '<p class="wayfinder-choice"><label><input type="checkbox" name="sponsored" value="1" id="' . esc_attr( $field( 'sponsored' ) ) . '"' . ( $values['sponsored'] ? ' checked' : '' ) . '> ' . esc_html__( 'A company or organisation sponsors my contributions', 'wayfinder' ) . '</label></p>'
			. '<p class="wayfinder-field"><label for="' . esc_attr( $field( 'sponsor' ) ) . '">' . esc_html__( 'Who sponsors you', 'wayfinder' ) . '</label>'
			. '<span class="wayfinder-help" id="' . esc_attr( $field( 'sponsor' ) . '-help' ) . '">' . esc_html__( 'Needed only when you are sponsored. Some seats are kept for sponsored contributors.', 'wayfinder' ) . '</span>' . $shown
			. '<input type="text" id="' . esc_attr( $field( 'sponsor' ) ) . '" name="sponsor" maxlength="' . esc_attr( (string) Applying::SPONSOR_LENGTH ) . '" value="' . esc_attr( (string) $values['sponsor'] ) . '" aria-describedby="' . esc_attr( $field( 'sponsor' ) . '-help' . $described ) . '"' . $invalid . '></p></fieldset>';

		if ( $mentee && array() !== $view['cohort']['prerequisites'] ) {
			$html .= '<div class="wayfinder-application__prerequisites"><p><strong>' . esc_html__( 'Before you submit', 'wayfinder' ) . '</strong></p><ul>';
			foreach ( $view['cohort']['prerequisites'] as $prerequisite ) {
				$name  = 'prerequisite_' . $prerequisite['key'];
				$text  = $prerequisite['met'] ? __( 'Done:', 'wayfinder' ) : __( 'Still to do:', 'wayfinder' );
				$html .= '<li id="' . esc_attr( $field( $name ) ) . '" tabindex="-1"><strong>' . esc_html( $text ) . '</strong> ' . esc_html( $prerequisite['label'] ) . '</li>';
			}
			$html .= '</ul></div>';
		}

		list( $invalid, $described, $shown ) = $error( 'consent' );
		$html                               .= '<fieldset class="wayfinder-application__terms"><legend>' . esc_html__( 'The program’s terms', 'wayfinder' ) . '</legend>'
			. '<p id="' . esc_attr( $field( 'terms' ) ) . '">' . nl2br( esc_html( (string) $view['cohort']['terms'] ) ) . '</p>' . $shown
			. '<p class="wayfinder-choice"><label><input type="checkbox" name="consent" value="1" id="' . esc_attr( $field( 'consent' ) ) . '"' . ( $values['consent'] ? ' checked' : '' ) . ' aria-describedby="' . esc_attr( $field( 'terms' ) . $described ) . '"' . $invalid . '> ' . esc_html__( 'I agree to the program’s terms', 'wayfinder' ) . '</label></p></fieldset>';

		$submitted = null !== $mine && Application::SUBMITTED === $mine['status'];
		$html     .= '<p class="wayfinder-actions">';
		if ( $submitted ) {
			$html .= '<button type="submit" name="intent" value="save" class="wp-element-button">' . esc_html__( 'Save changes', 'wayfinder' ) . '</button>';
		} else {
			$html .= '<button type="submit" name="intent" value="save" class="wp-element-button is-style-outline">' . esc_html__( 'Save draft', 'wayfinder' ) . '</button> ';
			$html .= '<button type="submit" name="intent" value="submit" class="wp-element-button">' . esc_html( Application::MENTOR === $role ? __( 'Submit my application to mentor', 'wayfinder' ) : __( 'Submit my application', 'wayfinder' ) ) . '</button>';
		}
		return $html . '</p></form>';
	}

	/**
	 * The error summary at the top of the form: each problem, linked to its field.
	 *
	 * @param array<string, string>   $problems
	 * @param string                  $lead     What happened (saved or not).
	 * @param callable(string):string $field
	 */
	private static function summary( string $id, array $problems, string $lead, callable $field ): string {
		if ( array() === $problems ) {
			return '';
		}
		$html = '<div class="wayfinder-error-summary" role="alert" tabindex="-1" aria-labelledby="' . esc_attr( $id . '-problems' ) . '"><p id="' . esc_attr( $id . '-problems' ) . '"><strong>' . esc_html( $lead ) . ' '
			/* translators: %d: how many problems. */
			. esc_html( sprintf( _n( 'There is %d thing to correct:', 'There are %d things to correct:', count( $problems ), 'wayfinder' ), count( $problems ) ) ) . '</strong></p><ul>';
		foreach ( $problems as $name => $sentence ) {
			$target = in_array( $name, array( 'mode' ), true ) ? $field( 'mode' ) . '-first' : $field( $name );
			$html  .= '<li><a href="#' . esc_attr( $target ) . '">' . esc_html( $sentence ) . '</a></li>';
		}
		return $html . '</ul></div>';
	}

	/**
	 * What a plain form left: a success notice, or a refusal's sentence (the summary lists the fields).
	 *
	 * @param array<string, mixed>|null $flash
	 */
	private static function notice( ?array $flash ): string {
		if ( null === $flash ) {
			return '';
		}
		$error   = 'error' === $flash['type'];
		$details = '';
		foreach ( (array) $flash['errors'] as $detail ) {
			$details .= '<li>' . esc_html( (string) $detail ) . '</li>';
		}
		return '<div class="wayfinder-notice' . ( $error ? ' is-error' : '' ) . '" role="' . ( $error ? 'alert' : 'status' ) . '" tabindex="-1"><p>' . esc_html( (string) $flash['message'] ) . '</p>'
			. ( '' !== $details ? '<ul>' . $details . '</ul>' : '' ) . '</div>';
	}

	/** @param array<string, mixed>|null $mine */
	private static function withdraw_form( int $cohort_id, ?array $mine ): string {
		if ( null === $mine || empty( $mine['withdrawable'] ) ) {
			return '';
		}
		$id    = 'wayfinder-apply-' . $cohort_id . '-withdraw';
		$html  = '<details class="wayfinder-application__withdraw"><summary>' . esc_html__( 'Withdraw my application', 'wayfinder' ) . '</summary>';
		$html .= '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="wayfinder-form">';
		$html .= PageForms::hidden_fields( self::WITHDRAW, $cohort_id, self::place( $cohort_id ), '', self::anchor( $cohort_id ) );
		$html .= '<p><label><input type="checkbox" name="confirm" value="1" id="' . esc_attr( $id ) . '"> ' . esc_html__( 'Yes, withdraw my application. Nobody will review it.', 'wayfinder' ) . '</label></p>';
		$html .= '<p><button type="submit" class="wp-element-button is-destructive">' . esc_html__( 'Withdraw', 'wayfinder' ) . '</button></p></form></details>';
		return $html;
	}

	/**
	 * The values to fill the form with from the body a refused plain post sent.
	 *
	 * @param array<string, mixed> $body
	 * @return array<string, mixed>
	 */
	private static function values_from_body( array $body ): array {
		$answers = array();
		foreach ( (array) ( $body['answers'] ?? array() ) as $key => $text ) {
			$answers[ (string) $key ] = is_scalar( $text ) ? sanitize_textarea_field( (string) $text ) : ''; // As Applying keeps them.
		}
		return array(
			'answers'   => $answers,
			'mode'      => (string) ( $body['mode'] ?? '' ),
			'teams'     => array_values( array_map( 'strval', (array) ( $body['teams'] ?? array() ) ) ),
			'languages' => array_values( array_map( 'strval', (array) ( $body['languages'] ?? array() ) ) ),
			'sponsored' => ! empty( $body['sponsored'] ),
			'sponsor'   => sanitize_text_field( (string) ( $body['sponsor'] ?? '' ) ),
			'consent'   => ! empty( $body['consent'] ),
			'capacity'  => (int) ( $body['capacity'] ?? 0 ),
		);
	}

	private static function asks_to_mentor(): bool {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses which form to show.
		return isset( $_GET[ self::AS_MENTOR ] ) && 'mentor' === sanitize_key( wp_unslash( $_GET[ self::AS_MENTOR ] ) );
	}
}
