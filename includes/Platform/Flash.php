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
		update_user_meta( $user_id, self::META, $flash );
		self::$read[ $user_id ] = $flash;
	}

	/**
	 * The notice waiting for this place, removed as it is taken; null when there is none. The editor's
	 * preview never takes it.
	 *
	 * @return array{place: string, form: string, type: string, message: string, errors: list<string>, values: array<string, mixed>}|null
	 */
	public static function take( int $user_id, string $place ): ?array {
		if ( 0 === $user_id || wp_is_serving_rest_request() ) {
			return null;
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

	/** Uninstall: every notice still waiting goes. */
	public static function delete_all(): void {
		delete_metadata( 'user', 0, self::META, '', true );
	}

	/** Forgets what was read in this request (tests, and a long-running process between people). */
	public static function forget(): void {
		self::$read = array();
	}
}
