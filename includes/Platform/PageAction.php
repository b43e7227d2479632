<?php
/**
 * One thing a person can do from a page (see PageForms): the REST call it makes, how the call's body
 * comes from the form, and the notice once it went through. Errors need no table here: the REST
 * API's own messages (sentences, translated) are the notice.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use Closure;

final class PageAction {

	/**
	 * @param string                                       $name    The action's name in forms (`do`), e.g. find_mentor.
	 * @param string                                       $method  The REST method.
	 * @param string                                       $route   The route under wayfinder/v1; %d is the object's ID.
	 * @param array<string, mixed>                         $body    The body's fixed part; a value '%d' is the object's ID.
	 * @param list<string>                                 $fields  The form's fields the body takes as they are (strings).
	 * @param (Closure(array<string, mixed>, int): array<string, mixed>)|null $read The whole body from the form's fields and the
	 *        object's ID, for forms with more than a few fields (fields and body are then ignored for a plain post).
	 * @param (Closure(string): (string|array<string, string>))|null $done The notice once done, given the other person's name;
	 *        an array is keyed by the answer's `status`; '' (or no closure): the answer's own `message`.
	 * @param string                                       $name_in The answer's field that names the other person;
	 *        'other' for the other side of a match.
	 * @param (Closure(array<string, mixed>): string)|null $check What the form itself must hold before anything is sent
	 *        (a reason chosen, a box ticked): '' when it does, else the sentence that says what is missing.
	 * @param string                                       $reader  How the view script reads a long form ('' or 'profile').
	 * @param bool                                         $guests  Whether visitors who are not logged in may send it too (the
	 *        REST route decides, e.g. by a key the form carries); its notice then waits under a one-time token in the address.
	 */
	public function __construct(
		public readonly string $name,
		public readonly string $method,
		public readonly string $route,
		public readonly array $body = array(),
		public readonly array $fields = array(),
		public readonly ?Closure $read = null,
		public readonly ?Closure $done = null,
		public readonly string $name_in = '',
		public readonly ?Closure $check = null,
		public readonly string $reader = '',
		public readonly bool $guests = false,
	) {
	}

	/** The route for one object, under wayfinder/v1. */
	public function route_for( int $id ): string {
		return str_contains( $this->route, '%d' ) ? sprintf( $this->route, $id ) : $this->route;
	}

	/**
	 * The REST call's body from the form's fields (none: what the view script starts from).
	 *
	 * @param array<string, mixed> $fields
	 * @return array<string, mixed>
	 */
	public function body_for( int $id, array $fields ): array {
		if ( null !== $this->read && array() !== $fields ) {
			return ( $this->read )( $fields, $id );
		}
		$body = array();
		foreach ( $this->body as $key => $value ) {
			$body[ $key ] = '%d' === $value ? $id : $value;
		}
		foreach ( $this->fields as $field ) {
			if ( isset( $fields[ $field ] ) && is_scalar( $fields[ $field ] ) ) {
				$body[ $field ] = (string) $fields[ $field ];
			}
		}
		return $body;
	}

	/**
	 * The notice once done: a sentence, or sentences keyed by the answer's status; '' to use the answer's message.
	 *
	 * @return string|array<string, string>
	 */
	public function done_text( string $name ) {
		return null === $this->done ? '' : ( $this->done )( $name );
	}
}
