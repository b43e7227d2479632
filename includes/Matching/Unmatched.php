<?php
/**
 * A mentee the engine could not match, and why (a message code with its parameters).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Unmatched {

	/** @param list<string> $params */
	public function __construct(
		public readonly string $mentee_id,
		public readonly string $code,
		public readonly array $params = array(),
	) {
	}

	public function reason( Messages $messages ): string {
		return $messages->format( 'unmatched.' . $this->code, $this->params );
	}
}
