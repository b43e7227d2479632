<?php
/**
 * One answer as kept: a number (agreement 1–5, would recommend 0–10), one chosen option (a multiple
 * choice answer is one Answer per option) or a text.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class Answer {

	public function __construct(
		public readonly string $question,
		public readonly string $choice = '',
		public readonly ?int $number = null,
		public readonly ?string $text = null,
	) {
	}
}
