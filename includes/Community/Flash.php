<?php
/**
 * The notice a plain form (no JavaScript) leaves for the page it returns to: what happened, or why
 * nothing did. Kept per user for a few minutes in a transient (the database or the object cache, so
 * any web server can show it) and shown once, by the block the form belongs to.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Community;

final class Flash {

	private const KEY      = 'wayfinder_flash_';
	private const LIFETIME = 300; // Five minutes.

	/**
	 * @param string               $form   Which form it is about (see Actions).
	 * @param 'success'|'error'    $type
	 * @param list<string>         $errors Details, e.g. each field that was refused.
	 * @param array<string, mixed> $values What the person sent, to fill the form in again.
	 */
	public static function put( int $user_id, string $block, string $form, string $type, string $message, array $errors = array(), array $values = array() ): void {
		set_transient(
			self::KEY . $user_id,
			array(
				'block'   => $block,
				'form'    => $form,
				'type'    => $type,
				'message' => $message,
				'errors'  => $errors,
				'values'  => $values,
			),
			self::LIFETIME
		);
	}

	/**
	 * The notice waiting for this block, removed as it is taken; null when there is none. The editor's
	 * preview never takes it.
	 *
	 * @return array{block: string, form: string, type: string, message: string, errors: list<string>, values: array<string, mixed>}|null
	 */
	public static function take( int $user_id, string $block ): ?array {
		if ( 0 === $user_id || wp_is_serving_rest_request() ) {
			return null;
		}
		$flash = get_transient( self::KEY . $user_id );
		if ( ! is_array( $flash ) || ( $flash['block'] ?? '' ) !== $block ) {
			return null;
		}
		delete_transient( self::KEY . $user_id );
		return array(
			'block'   => $block,
			'form'    => (string) ( $flash['form'] ?? '' ),
			'type'    => 'error' === $flash['type'] ? 'error' : 'success',
			'message' => (string) $flash['message'],
			'errors'  => array_values( array_map( 'strval', (array) $flash['errors'] ) ),
			'values'  => (array) $flash['values'],
		);
	}
}
