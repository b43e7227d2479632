<?php
/**
 * A mentee the engine could not match, and why (a message code with its parameters).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Unmatched {

	/** @param list<string> $params For the codes about languages: the mentee's language codes. */
	public function __construct(
		public readonly string $mentee_id,
		public readonly string $code,
		public readonly array $params = array(),
	) {
	}

	public function reason( Messages $messages ): string {
		if ( in_array( $this->code, array( 'no_language', 'all_away', 'all_full', 'manual_only' ), true ) ) {
			return $messages->format( 'unmatched.' . $this->code, array( $messages->languages( $this->params ) ) );
		}
		return $messages->format( 'unmatched.' . $this->code, $this->params );
	}
}
