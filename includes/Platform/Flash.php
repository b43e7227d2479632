<?php
/**
 * The notice a plain form (no JavaScript) leaves for the page it returns to: what happened, or why
 * nothing did. Kept per user for a few minutes in their user meta (the database or the object cache,
 * so any web server can show it; and read with the rest of the signed-in person's meta, so a page
 * with a form asks the database nothing more) and shown once, by the part of the page the form
 * belongs to (its "place": a block, or one card or one quiz on the page).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Flash {

	public const META      = 'wayfinder_flash';
	private const LIFETIME = 300; // Five minutes.

	/** In the address: the one-time token a notice for a visitor who is not logged in waits under. */
	public const GUEST = 'wayfinder_notice';

	/** @var string The token of the last notice put for a visitor not logged in, in this request. */
	private static string $guest_token = '';

	/** @var array<int, array<string, mixed>|null> What was read for each user in this request (a page may ask for many places). */
	private static array $read = array();

	/**
	 * @param string               $place  Where the notice shows (see PageForms::form()).
	 * @param string               $form   Which action it is about (see PageForms).
	 * @param 'success'|'error'    $type
	 * @param list<string>         $errors Details, e.g. each field that was refused.
	 * @param array<string, mixed> $values What the person sent, to fill the form in again.
	 */
	public static function put( int $user_id, string $place, string $form, string $type, string $message, array $errors = array(), array $values = array() ): void {
		$flash = array(
			'expires' => time() + self::LIFETIME,
			'place'   => $place,
			'form'    => $form,
			'type'    => $type,
			'message' => $message,
			'errors'  => $errors,
			'values'  => $values,
		);
		if ( 0 === $user_id ) {
			// Nobody's meta to keep it in: a transient under a random token the address carries back.
			self::$guest_token = bin2hex( random_bytes( 16 ) );
			set_transient( self::META . '_' . self::$guest_token, $flash, self::LIFETIME );
			return;
		}
		update_user_meta( $user_id, self::META, $flash );
		self::$read[ $user_id ] = $flash;
	}

	/** The token of the notice just put for a visitor who is not logged in ('' when none). */
	public static function guest_token(): string {
		return self::$guest_token;
	}

	/**
	 * The notice waiting for this place, removed as it is taken; null when there is none. The editor's
	 * preview never takes it.
	 *
	 * @return array{place: string, form: string, type: string, message: string, errors: list<string>, values: array<string, mixed>}|null
	 */
	public static function take( int $user_id, string $place ): ?array {
		if ( wp_is_serving_rest_request() ) {
			return null;
		}
		if ( 0 === $user_id ) {
			return self::take_guest( $place );
		}
		if ( ! array_key_exists( $user_id, self::$read ) ) {
			$stored = get_user_meta( $user_id, self::META, true );
			if ( is_array( $stored ) && (int) ( $stored['expires'] ?? 0 ) < time() ) {
				delete_user_meta( $user_id, self::META ); // Left too long ago to mean anything now.
				$stored = null;
			}
			self::$read[ $user_id ] = is_array( $stored ) ? $stored : null;
		}
		$flash = self::$read[ $user_id ];
		if ( null === $flash || ( $flash['place'] ?? '' ) !== $place ) {
			return null;
		}
		delete_user_meta( $user_id, self::META );
		self::$read[ $user_id ] = null;
		return array(
			'place'   => $place,
			'form'    => (string) ( $flash['form'] ?? '' ),
			'type'    => 'error' === ( $flash['type'] ?? '' ) ? 'error' : 'success',
			'message' => (string) ( $flash['message'] ?? '' ),
			'errors'  => array_values( array_map( 'strval', (array) ( $flash['errors'] ?? array() ) ) ),
			'values'  => (array) ( $flash['values'] ?? array() ),
		);
	}

	/**
	 * A visitor's notice: the one under the token in the address, for this place, taken once.
	 *
	 * @return array{place: string, form: string, type: string, message: string, errors: list<string>, values: array<string, mixed>}|null
	 */
	private static function take_guest( string $place ): ?array {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a random token that only finds a notice.
		$token = isset( $_GET[ self::GUEST ] ) && is_string( $_GET[ self::GUEST ] ) ? sanitize_key( wp_unslash( $_GET[ self::GUEST ] ) ) : '';
		if ( 1 !== preg_match( '/^[0-9a-f]{32}$/', $token ) ) {
			return null;
		}
		$flash = get_transient( self::META . '_' . $token );
		if ( ! is_array( $flash ) || ( $flash['place'] ?? '' ) !== $place ) {
			return null;
		}
		delete_transient( self::META . '_' . $token );
		return array(
			'place'   => $place,
			'form'    => (string) ( $flash['form'] ?? '' ),
			'type'    => 'error' === ( $flash['type'] ?? '' ) ? 'error' : 'success',
			'message' => (string) ( $flash['message'] ?? '' ),
			'errors'  => array_values( array_map( 'strval', (array) ( $flash['errors'] ?? array() ) ) ),
			'values'  => (array) ( $flash['values'] ?? array() ),
		);
	}

	/** Uninstall: every notice still waiting goes. */
	public static function delete_all(): void {
		delete_metadata( 'user', 0, self::META, '', true );
	}

	/** Forgets what was read in this request (tests, and a long-running process between people). */
	public static function forget(): void {
		self::$read = array();
	}
}
