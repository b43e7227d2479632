<?php
/**
 * A set of answers that does not fit the quiz, with a code and the details a message needs
 * (see Messages for the sentences).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class InvalidSelection extends \InvalidArgumentException {

	/**
	 * @param string                 $reason  One of the codes in Messages::templates() under "answers.".
	 * @param list<string|int>       $params  The values the message names (question numbers are 1-based).
	 * @param int                    $question The question (0-based) it is about, or -1.
	 */
	public function __construct(
		public readonly string $reason,
		public readonly array $params = array(),
		public readonly int $question = -1,
	) {
		parent::__construct( ( new Messages() )->format( 'answers.' . $reason, $params ) );
	}
}
