<?php
/**
 * One quiz question: single choice (exactly one answer) or multiple choice (any number, none included).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Question {

	/**
	 * @param list<Answer> $answers
	 */
	public function __construct(
		public readonly string $text,
		public readonly bool $multiple,
		public readonly array $answers,
		public readonly int $step,
	) {
	}
}
