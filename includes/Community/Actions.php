<?php
/**
 * What people do from the blocks — ask for a mentor, offer to mentor, answer a request or a
 * proposal, end a mentorship, save their profile — as forms that work in two ways. With JavaScript,
 * the block's view script sends the form's REST call itself with the person's REST nonce. Without,
 * the form posts to admin-post.php, where perform() checks the form's own nonce and makes the same
 * REST call inside WordPress (so the REST API's permissions and rules decide in both cases), then
 * goes back to the page with a notice (Flash).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Community;

use Wayfinder\Profiles\ProfileForm;
use WP_Error;
use WP_REST_Request;

final class Actions {

	/** The admin-post.php action every form posts to. */
	public const ADMIN_POST = 'wayfinder_mentorship';

	/** The blocks a notice can be meant for. */
	public const BLOCKS = array( 'mentoring-button', 'my-mentorship' );

	/**
	 * Each form's REST call under wayfinder/v1 (%d: the object's ID) and which name in the REST answer
	 * the notice mentions ('other': the other side of the match).
	 */
	private const CALLS = array(
		'find_mentor'     => array( 'POST', 'mentoring-state/me/find-mentor', '' ),
		'offer'           => array( 'POST', 'requests', 'mentee_name' ),
		'accept_offer'    => array( 'POST', 'requests/%d/accept', 'mentor_name' ),
		'decline_offer'   => array( 'POST', 'requests/%d/decline', 'mentor_name' ),
		'accept_request'  => array( 'POST', 'requests/%d/accept', 'mentee_name' ),
		'decline_request' => array( 'POST', 'requests/%d/decline', 'mentee_name' ),
		'cancel_request'  => array( 'POST', 'requests/%d/cancel', 'mentor_name' ),
		'withdraw_offer'  => array( 'POST', 'requests/%d/cancel', 'mentee_name' ),
		'confirm_match'   => array( 'POST', 'matches/%d/confirm', 'mentee_name' ),
		'decline_match'   => array( 'POST', 'matches/%d/decline', 'mentee_name' ),
		'end_match'       => array( 'POST', 'matches/%d/end', 'other' ),
		'save_profile'    => array( 'PATCH', 'profiles/me', '' ),
	);

	public static function register(): void {
		add_action( 'admin_post_' . self::ADMIN_POST, array( self::class, 'handle' ) );
		add_action( 'admin_post_nopriv_' . self::ADMIN_POST, array( self::class, 'handle' ) );
	}

	/** Does what a plain form asks (admin-post.php), then goes back to the page, or to the login screen. */
	public static function handle(): void {
		// The nonce is checked in perform(), per form and object.
		$outcome = self::perform( wp_unslash( $_POST ) ); // phpcs:ignore WordPress.Security.NonceVerification.Missing
		if ( is_wp_error( $outcome ) ) {
			$data = $outcome->get_error_data();
			wp_die(
				esc_html( $outcome->get_error_message() ),
				esc_html__( 'Mentorship', 'wayfinder' ),
				array(
					'response'  => is_array( $data ) ? (int) ( $data['status'] ?? 400 ) : 400,
					'back_link' => true,
				)
			);
		}
		wp_safe_redirect( $outcome );
		exit;
	}

	/**
	 * Does what a plain form asks, as the current user, and leaves a notice for the page.
	 *
	 * @param array<string, mixed> $post The form's fields, unslashed.
	 * @return string|WP_Error Where to go next; an error when the form itself is not acceptable (unknown, expired).
	 */
	public static function perform( array $post ) {
		$do    = sanitize_key( (string) ( $post['do'] ?? '' ) );
		$id    = absint( $post['id'] ?? 0 );
		$block = in_array( $post['block'] ?? '', self::BLOCKS, true ) ? (string) $post['block'] : 'my-mentorship';
		$back  = wp_validate_redirect( esc_url_raw( (string) ( $post['redirect_to'] ?? '' ) ), home_url( '/' ) );
		$user  = get_current_user_id();
		if ( 0 === $user ) {
			// Sign in first, then come back to the page.
			return wp_login_url( $back );
		}
		if ( ! isset( self::CALLS[ $do ] ) ) {
			return new WP_Error( 'wayfinder_unknown_action', __( 'This form is out of date. Go back, reload the page and try again.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( ! wp_verify_nonce( (string) ( $post['_wpnonce'] ?? '' ), self::nonce_action( $do, $id ) ) ) {
			return new WP_Error( 'wayfinder_expired_form', __( 'This form has expired. Go back, reload the page and try again.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$values = 'save_profile' === $do ? ProfileForm::from_post( $post ) : array();
		if ( 'end_match' === $do && empty( $post['confirm'] ) ) {
			Flash::put( $user, $block, $do, 'error', __( 'Nothing has changed: tick the box to confirm that you want to end this mentorship.', 'wayfinder' ) );
			return $back;
		}
		$result = self::dispatch( $do, $id, 'save_profile' === $do ? $values : $post );
		if ( is_wp_error( $result ) ) {
			list( $message, $details ) = self::describe( $result );
			Flash::put( $user, $block, $do, 'error', $message, $details, $values );
			return $back;
		}
		$done = self::done( $do, self::name_in( $do, $result, $user ) );
		Flash::put( $user, $block, $do, 'success', is_array( $done ) ? (string) ( $done[ (string) ( $result['status'] ?? '' ) ] ?? '' ) : $done );
		return $back;
	}

	/**
	 * A form for one action on one object, for the page being shown: hidden fields for the plain post,
	 * the REST call for the view script (in the form's Interactivity context), the submit button and
	 * the place where an error shows next to it.
	 *
	 * @param array{label: string, name?: string, inner?: string, fields?: list<string>, class?: string, button_class?: string, describedby?: string, context?: array<string, mixed>} $args
	 *        name: the other person, for the notice; inner: more fields (HTML, escaped by the caller);
	 *        fields: the names of those fields the REST call takes; context: more for the view script, or
	 *        an error to show from the start (a refused plain post), shown above the fields.
	 */
	public static function form( string $do, int $id, string $block, array $args ): string {
		list( $method, $route ) = self::route( $do, $id );
		$context                = ( $args['context'] ?? array() ) + array(
			'url'     => rest_url( 'wayfinder/v1/' . $route ),
			'method'  => $method,
			'body'    => (object) self::body( $do, $id, array() ),
			'fields'  => $args['fields'] ?? array(),
			'profile' => 'save_profile' === $do,
			'done'    => self::done( $do, $args['name'] ?? '' ),
			'error'   => '',
			'errors'  => array(),
			'busy'    => false,
		);
		$classes                = trim( 'wayfinder-form wayfinder-form--' . str_replace( '_', '-', $do ) . ' ' . ( $args['class'] ?? '' ) );
		$html                   = '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="' . esc_attr( $classes ) . '" data-wp-on--submit="actions.submit" ' . wp_interactivity_data_wp_context( $context ) . '>';
		$html                  .= '<input type="hidden" name="action" value="' . esc_attr( self::ADMIN_POST ) . '">';
		$html                  .= '<input type="hidden" name="do" value="' . esc_attr( $do ) . '">';
		$html                  .= '<input type="hidden" name="id" value="' . esc_attr( (string) $id ) . '">';
		$html                  .= '<input type="hidden" name="block" value="' . esc_attr( $block ) . '">';
		$html                  .= '<input type="hidden" name="redirect_to" value="' . esc_attr( MentorshipPage::current_url() ) . '">';
		$html                  .= '<input type="hidden" name="_wpnonce" value="' . esc_attr( wp_create_nonce( self::nonce_action( $do, $id ) ) ) . '">';
		$errors                 = '<div class="wayfinder-form-error" role="alert" tabindex="-1">'
			. '<p data-wp-text="context.error"' . ( '' === $context['error'] ? ' hidden' : '' ) . ' data-wp-bind--hidden="!context.error">' . esc_html( (string) $context['error'] ) . '</p>'
			. '<ul' . ( array() === $context['errors'] ? ' hidden' : '' ) . ' data-wp-bind--hidden="!context.errors.length"><template data-wp-each="context.errors"><li data-wp-text="context.item"></li></template></ul>';
		$described              = isset( $args['describedby'] ) ? ' aria-describedby="' . esc_attr( $args['describedby'] ) . '"' : '';
		$button                 = '<button type="submit" class="' . esc_attr( $args['button_class'] ?? 'wp-element-button' ) . '"' . $described . ' data-wp-bind--aria-disabled="context.busy">' . esc_html( $args['label'] ) . '</button>';
		if ( isset( $args['inner'] ) && isset( $args['context'] ) ) {
			// A long form: what went wrong shows above its fields.
			$html .= $errors . '</div>' . $args['inner'] . $button;
		} else {
			$html .= ( $args['inner'] ?? '' ) . $button . $errors . '</div>';
		}
		$html .= '</form>';
		return $html;
	}

	/**
	 * The notice after an action went through, naming the other person where there is one. Asking for a
	 * mentor has two outcomes, keyed by the answer's status.
	 *
	 * @return string|array<string, string>
	 */
	public static function done( string $do, string $name ) {
		switch ( $do ) {
			case 'find_mentor':
				return array(
					'matched' => __( 'You have a mentor now.', 'wayfinder' ),
					'waiting' => __( 'No mentor is free for you right now, so you are in the queue. You will get an email when someone takes you on.', 'wayfinder' ),
				);
			case 'offer':
				/* translators: %s: the mentee's name. */
				return sprintf( __( 'You offered to mentor %s. They get an email and can accept or decline.', 'wayfinder' ), $name );
			case 'accept_offer':
				/* translators: %s: the mentor's name. */
				return sprintf( __( '%s is your mentor now. You both get an email to introduce you.', 'wayfinder' ), $name );
			case 'accept_request':
			case 'confirm_match':
				/* translators: %s: the mentee's name. */
				return sprintf( __( 'You are now the mentor of %s. You both get an email to introduce you.', 'wayfinder' ), $name );
			case 'decline_offer':
			case 'decline_request':
				/* translators: %s: a person's name. */
				return sprintf( __( 'You said no to %s. They get an email.', 'wayfinder' ), $name );
			case 'decline_match':
				/* translators: %s: the mentee's name. */
				return sprintf( __( 'You declined to mentor %s. They get another mentor or a place in the queue.', 'wayfinder' ), $name );
			case 'cancel_request':
				return __( 'Your request is withdrawn.', 'wayfinder' );
			case 'withdraw_offer':
				/* translators: %s: the mentee's name. */
				return sprintf( __( 'Your offer to %s is withdrawn.', 'wayfinder' ), $name );
			case 'end_match':
				/* translators: %s: the other person's name. */
				return sprintf( __( 'Your mentorship with %s has ended.', 'wayfinder' ), $name );
			default:
				return __( 'Your profile is saved.', 'wayfinder' );
		}
	}

	/**
	 * What an error says to a person: its message, or — when WordPress's schema checks refused some
	 * fields — a heading and each field's problem.
	 *
	 * @return array{0: string, 1: list<string>}
	 */
	public static function describe( WP_Error $error ): array {
		$data   = $error->get_error_data();
		$params = is_array( $data ) && isset( $data['params'] ) && is_array( $data['params'] ) ? array_values( array_map( 'strval', $data['params'] ) ) : array();
		if ( array() !== $params ) {
			return array( self::invalid_heading(), $params );
		}
		return array( $error->get_error_message(), array() );
	}

	public static function invalid_heading(): string {
		return __( 'Nothing was saved. Please correct this:', 'wayfinder' );
	}

	private static function nonce_action( string $do, int $id ): string {
		return 'wayfinder_' . $do . '_' . $id;
	}

	/** @return array{0: string, 1: string} The method and the route under wayfinder/v1. */
	private static function route( string $do, int $id ): array {
		return array( self::CALLS[ $do ][0], sprintf( self::CALLS[ $do ][1], $id ) );
	}

	/**
	 * @param array<string, mixed> $fields The form's fields.
	 * @return array<string, mixed> The REST call's body.
	 */
	private static function body( string $do, int $id, array $fields ): array {
		switch ( $do ) {
			case 'offer':
				return array(
					'type'   => 'mentor_offer',
					'mentee' => $id,
				);
			case 'end_match':
				return array( 'reason' => sanitize_key( (string) ( $fields['reason'] ?? '' ) ) );
			case 'save_profile':
				return $fields;
			default:
				return array();
		}
	}

	/**
	 * Makes the REST call inside WordPress, as the current user.
	 *
	 * @param array<string, mixed> $fields
	 * @return array<string, mixed>|WP_Error The answer's data.
	 */
	private static function dispatch( string $do, int $id, array $fields ) {
		list( $method, $route ) = self::route( $do, $id );
		$request                = new WP_REST_Request( $method, '/wayfinder/v1/' . $route );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( (object) self::body( $do, $id, $fields ) ) );
		$response = rest_do_request( $request );
		$error    = $response->as_error();
		return $error instanceof WP_Error ? $error : (array) $response->get_data();
	}

	/** @param array<string, mixed> $result The REST answer. */
	private static function name_in( string $do, array $result, int $user ): string {
		$key = self::CALLS[ $do ][2];
		if ( 'other' === $key ) {
			$key = (int) ( $result['mentee'] ?? 0 ) === $user ? 'mentor_name' : 'mentee_name';
		}
		return '' === $key ? '' : (string) ( $result[ $key ] ?? '' );
	}
}
