<?php
/**
 * What the redactor made of one text: the text with neutral markers, and how many of each kind of
 * personal data it replaced (never the originals, so reviewers may be told the counts).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Redaction;

final class Redaction {

	/**
	 * @param string             $text   The redacted text.
	 * @param array<string, int> $counts Kind (Redactor::KINDS) => how many were replaced; only kinds found.
	 */
	public function __construct(
		public readonly string $text,
		public readonly array $counts,
	) {
	}

	public function total(): int {
		return array_sum( $this->counts );
	}
}
