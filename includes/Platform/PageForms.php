<?php
/**
 * The one way to act from a page, with or without JavaScript. A feature names each action once (a
 * PageAction: the REST call it makes); PageForms renders it as a <form> and handles its plain post.
 *
 * - Without JavaScript the form posts to admin-post.php (action `wayfinder_form`) with `do` (the
 *   action), `id` (the object), `place` (where on the page the notice belongs), `redirect_to` and a
 *   nonce for that action and object (`wayfinder_form_<do>_<id>`, the person's own). perform() checks
 *   the nonce, makes the same REST call inside WordPress with rest_do_request() as the person — so the
 *   REST API's permission callbacks and rules decide, exactly as for the browser — leaves a notice
 *   (Flash: the action's sentence, or the REST API's own error message) and goes back to the page
 *   (wp_validate_redirect: this site only). Someone whose session ended is sent to log in and back —
 *   unless the action lets visitors who are not logged in send it (PageAction::$guests, e.g. a survey
 *   answered through its personal link): then the REST route decides, and the notice waits under a
 *   one-time token in the address (Flash::GUEST).
 * - With JavaScript a view script reads the form's Interactivity context (the REST URL, method and
 *   body) and sends the call itself through the one TypeScript client (src/api/client.ts).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use WP_Error;
use WP_REST_Request;

final class PageForms {

	/** The admin-post.php action every plain form posts to. */
	public const ADMIN_POST = 'wayfinder_form';

	/** @var array<string, PageAction> */
	private static array $actions = array();

	/** Makes an action available to forms (a feature module does this once, on plugins_loaded). */
	public static function add( PageAction $action ): void {
		self::$actions[ $action->name ] = $action;
	}

	public static function action( string $name ): ?PageAction {
		return self::$actions[ $name ] ?? null;
	}

	/** The hooks of admin-post.php: for members, and for someone whose session ended (sent to log in). */
	public static function register(): void {
		add_action( 'admin_post_' . self::ADMIN_POST, array( self::class, 'handle' ) );
		add_action( 'admin_post_nopriv_' . self::ADMIN_POST, array( self::class, 'handle' ) );
	}

	/** Does what a plain form asks (admin-post.php), then goes back to the page, or to the login screen. */
	public static function handle(): void {
		// The nonce is checked in perform(), per action and object.
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
		wp_safe_redirect( $outcome, 303 );
		exit;
	}

	/**
	 * Does what a plain form asks, as the current user, and leaves a notice for the page.
	 *
	 * @param array<string, mixed> $post The form's fields, unslashed.
	 * @return string|WP_Error Where to go next; an error when the form itself is not acceptable (unknown, expired).
	 */
	public static function perform( array $post ) {
		$do     = sanitize_key( is_string( $post['do'] ?? null ) ? $post['do'] : '' );
		$id     = absint( $post['id'] ?? 0 );
		$place  = sanitize_key( is_string( $post['place'] ?? null ) ? $post['place'] : '' );
		$anchor = sanitize_html_class( is_string( $post['anchor'] ?? null ) ? $post['anchor'] : '' );
		$back   = self::back( is_string( $post['redirect_to'] ?? null ) ? $post['redirect_to'] : '', $anchor );
		$user   = get_current_user_id();
		$action = self::action( $do );
		if ( 0 === $user && ( null === $action || ! $action->guests ) ) {
			// Sign in first, then come back to the page.
			return wp_login_url( $back );
		}
		if ( null === $action ) {
			return new WP_Error( 'wayfinder_unknown_action', __( 'This form is out of date. Go back, reload the page and try again.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( ! wp_verify_nonce( is_string( $post['_wpnonce'] ?? null ) ? $post['_wpnonce'] : '', self::nonce_action( $do, $id ) ) ) {
			return new WP_Error( 'wayfinder_expired_form', __( 'This form has expired. Go back, reload the page and try again.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$body    = $action->body_for( $id, $post );
		$values  = null !== $action->read ? $body : array_intersect_key( $post, array_flip( $action->fields ) );
		$missing = null === $action->check ? '' : ( $action->check )( $post );
		if ( '' !== $missing ) {
			Flash::put( $user, $place, $do, 'error', $missing, array(), $values );
			return self::back_with_notice( $back, $user );
		}
		$result = self::dispatch( $action, $id, $body );
		if ( is_wp_error( $result ) ) {
			list( $message, $details ) = self::describe( $result );
			Flash::put( $user, $place, $do, 'error', $message, $details, $values );
			return self::back_with_notice( $back, $user );
		}
		Flash::put( $user, $place, $do, 'success', self::done( $action, $result, $user ), array(), $values );
		return self::back_with_notice( $back, $user );
	}

	/** Where to go back to; for a visitor not logged in, with the token their notice waits under. */
	private static function back_with_notice( string $back, int $user ): string {
		return 0 === $user ? add_query_arg( Flash::GUEST, Flash::guest_token(), $back ) : $back;
	}

	/**
	 * The hidden fields that make a plain post of this action on this object, coming back to $back.
	 *
	 * @param string                $back   Where to come back to ('' for the page being shown).
	 * @param string                $anchor The part of the page to come back to ('' for none).
	 * @param array<string, string> $bind   Fields whose value the Interactivity context gives (name => path),
	 *                                      e.g. inside a list the server renders with data-wp-each.
	 */
	public static function hidden_fields( string $do, int $id, string $place, string $back = '', string $anchor = '', array $bind = array() ): string {
		$fields = array(
			'action'      => self::ADMIN_POST,
			'do'          => $do,
			'id'          => (string) $id,
			'place'       => $place,
			'redirect_to' => '' !== $back ? $back : self::current_url(),
			'_wpnonce'    => wp_create_nonce( self::nonce_action( $do, $id ) ),
		);
		if ( '' !== $anchor || isset( $bind['anchor'] ) ) {
			$fields['anchor'] = $anchor;
		}
		$html = '';
		foreach ( $fields as $name => $value ) {
			$bound = isset( $bind[ $name ] ) ? ' data-wp-bind--value="' . esc_attr( $bind[ $name ] ) . '"' : '';
			$html .= '<input type="hidden" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '"' . $bound . '>';
		}
		return $html;
	}

	/**
	 * What a view script needs to send the action itself: the REST URL, method and starting body.
	 *
	 * @return array{url: string, method: string, body: object, fields: list<string>, reader: string}
	 */
	public static function call( string $do, int $id ): array {
		$action = self::action( $do );
		if ( null === $action ) {
			return array(
				'url'    => '',
				'method' => 'POST',
				'body'   => (object) array(),
				'fields' => array(),
				'reader' => '',
			);
		}
		return array(
			'url'    => rest_url( 'wayfinder/v1/' . $action->route_for( $id ) ),
			'method' => $action->method,
			'body'   => (object) $action->body_for( $id, array() ),
			'fields' => $action->fields,
			'reader' => $action->reader,
		);
	}

	/**
	 * A form for one action on one object: the hidden fields for the plain post, the REST call for the
	 * view script (in the form's Interactivity context), the submit button and the place where an error
	 * shows next to it.
	 *
	 * @param array{label: string, name?: string, inner?: string, class?: string, button_class?: string, describedby?: string, context?: array<string, mixed>, back?: string, anchor?: string} $args
	 *        name: the other person, for the notice; inner: more fields (HTML, escaped by the caller);
	 *        context: more for the view script, or an error to show from the start (a refused plain
	 *        post), shown above the fields; back, anchor: where the plain post comes back to.
	 */
	public static function form( string $do, int $id, string $place, array $args ): string {
		$action    = self::action( $do );
		$context   = ( $args['context'] ?? array() ) + self::call( $do, $id ) + array(
			'done'   => null === $action ? '' : $action->done_text( $args['name'] ?? '' ),
			'error'  => '',
			'errors' => array(),
			'busy'   => false,
		);
		$classes   = trim( 'wayfinder-form wayfinder-form--' . str_replace( '_', '-', $do ) . ' ' . ( $args['class'] ?? '' ) );
		$html      = '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="' . esc_attr( $classes ) . '" data-wp-on--submit="actions.submit" ' . wp_interactivity_data_wp_context( $context ) . '>';
		$html     .= self::hidden_fields( $do, $id, $place, $args['back'] ?? '', $args['anchor'] ?? '' );
		$errors    = '<div class="wayfinder-form-error" role="alert" tabindex="-1">'
			. '<p data-wp-text="context.error"' . ( '' === $context['error'] ? ' hidden' : '' ) . ' data-wp-bind--hidden="!context.error">' . esc_html( (string) $context['error'] ) . '</p>'
			. '<ul' . ( array() === $context['errors'] ? ' hidden' : '' ) . ' data-wp-bind--hidden="!context.errors.length"><template data-wp-each="context.errors"><li data-wp-text="context.item"></li></template></ul>';
		$described = isset( $args['describedby'] ) ? ' aria-describedby="' . esc_attr( $args['describedby'] ) . '"' : '';
		$button    = '<button type="submit" class="' . esc_attr( $args['button_class'] ?? 'wp-element-button' ) . '"' . $described . ' data-wp-bind--aria-disabled="context.busy">' . esc_html( $args['label'] ) . '</button>';
		if ( isset( $args['inner'] ) && isset( $args['context'] ) ) {
			// A long form: what went wrong shows above its fields.
			$html .= $errors . '</div>' . $args['inner'] . $button;
		} else {
			$html .= ( $args['inner'] ?? '' ) . $button . $errors . '</div>';
		}
		return $html . '</form>';
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

	/** The nonce action of one form: the person's own, for one action on one object. */
	public static function nonce_action( string $do, int $id ): string {
		return 'wayfinder_form_' . $do . '_' . $id;
	}

	/** The address being shown now, for a form to come back to. */
	public static function current_url(): string {
		static $known = array();
		$host         = isset( $_SERVER['HTTP_HOST'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_HOST'] ) ) : '';
		if ( '' === $host || wp_is_serving_rest_request() ) {
			return home_url( '/' );
		}
		// Every form on a page asks (a mentor's page has dozens): worked out once per address. The raw
		// address is only a key here, never output.
		$raw = ( is_ssl() ? 's' : '' ) . $host . ( $_SERVER['REQUEST_URI'] ?? '' ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- a cache key only.
		if ( ! isset( $known[ $raw ] ) ) {
			$uri           = isset( $_SERVER['REQUEST_URI'] ) ? esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '/';
			$known[ $raw ] = wp_validate_redirect( ( is_ssl() ? 'https://' : 'http://' ) . $host . $uri, home_url( '/' ) );
		}
		return $known[ $raw ];
	}

	/** A page of this site to go back to (the home page otherwise), at the given part of it. */
	private static function back( string $url, string $anchor ): string {
		$url = wp_validate_redirect( esc_url_raw( $url ), home_url( '/' ) );
		if ( '' === $url ) {
			$url = home_url( '/' );
		}
		return '' === $anchor ? $url : (string) preg_replace( '/#.*$/', '', $url ) . '#' . $anchor;
	}

	/**
	 * Makes the REST call inside WordPress, as the current user.
	 *
	 * @param array<string, mixed> $body
	 * @return array<string, mixed>|WP_Error The answer's data.
	 */
	private static function dispatch( PageAction $action, int $id, array $body ) {
		$request = new WP_REST_Request( $action->method, '/wayfinder/v1/' . $action->route_for( $id ) );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( (object) $body ) );
		$response = rest_do_request( $request );
		$error    = $response->as_error();
		return $error instanceof WP_Error ? $error : (array) $response->get_data();
	}

	/**
	 * The notice after the action went through.
	 *
	 * @param array<string, mixed> $result The REST answer.
	 */
	private static function done( PageAction $action, array $result, int $user ): string {
		$key = $action->name_in;
		if ( 'other' === $key ) {
			$key = (int) ( $result['mentee'] ?? 0 ) === $user ? 'mentor_name' : 'mentee_name';
		}
		$done = $action->done_text( '' === $key ? '' : (string) ( $result[ $key ] ?? '' ) );
		if ( is_array( $done ) ) {
			$done = (string) ( $done[ (string) ( $result['status'] ?? '' ) ] ?? '' );
		}
		return '' !== $done ? $done : (string) ( $result['message'] ?? '' );
	}
}
