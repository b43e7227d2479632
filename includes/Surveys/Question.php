<?php
/**
 * One question of a survey: a stable key (the same key in several waves and versions is the same
 * question, so answers compare), its type, its words, whether it must be answered, and for choice
 * questions the options.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class Question {

	/** Five-point agreement: 1 strongly disagree … 5 strongly agree. */
	public const AGREE = 'agree';
	/** "How likely are you to recommend …": 0 … 10 (Net Promoter Score). */
	public const NPS      = 'nps';
	public const SINGLE   = 'single';
	public const MULTIPLE = 'multiple';
	public const SHORT    = 'short_text';
	public const LONG     = 'long_text';
	public const TYPES    = array( self::AGREE, self::NPS, self::SINGLE, self::MULTIPLE, self::SHORT, self::LONG );

	/** Widths: a key, the question's words, one option, a short and a long answer (characters). */
	public const KEY_LENGTH    = 40;
	public const TEXT_LENGTH   = 300;
	public const CHOICE_LENGTH = 100;
	public const SHORT_LENGTH  = 200;
	public const LONG_LENGTH   = 5000;
	public const MAX_CHOICES   = 20;

	/**
	 * @param list<string> $choices The options of a single or multiple choice question (empty otherwise).
	 */
	public function __construct(
		public readonly string $key,
		public readonly string $type,
		public readonly string $text,
		public readonly bool $required,
		public readonly array $choices = array(),
	) {
	}

	/** @return array<string, string> Each type with its name for people. */
	public static function type_labels(): array {
		return array(
			self::AGREE    => __( 'Agreement (strongly disagree to strongly agree)', 'wayfinder' ),
			self::NPS      => __( 'Would recommend (0 to 10)', 'wayfinder' ),
			self::SINGLE   => __( 'One choice', 'wayfinder' ),
			self::MULTIPLE => __( 'Several choices', 'wayfinder' ),
			self::SHORT    => __( 'Short text', 'wayfinder' ),
			self::LONG     => __( 'Long text', 'wayfinder' ),
		);
	}

	/** @return array<int, string> The five points of the agreement scale, in words. */
	public static function agree_labels(): array {
		return array(
			1 => __( 'Strongly disagree', 'wayfinder' ),
			2 => __( 'Disagree', 'wayfinder' ),
			3 => __( 'Neither agree nor disagree', 'wayfinder' ),
			4 => __( 'Agree', 'wayfinder' ),
			5 => __( 'Strongly agree', 'wayfinder' ),
		);
	}

	/** @return array{0: int, 1: int}|null The lowest and highest number of a numeric question. */
	public function scale(): ?array {
		return match ( $this->type ) {
			self::AGREE => array( 1, 5 ),
			self::NPS => array( 0, 10 ),
			default => null,
		};
	}

	public function is_text(): bool {
		return self::SHORT === $this->type || self::LONG === $this->type;
	}

	public function is_choice(): bool {
		return self::SINGLE === $this->type || self::MULTIPLE === $this->type;
	}

	/** @return array{key: string, type: string, text: string, required: bool, choices: list<string>} */
	public function to_array(): array {
		return array(
			'key'      => $this->key,
			'type'     => $this->type,
			'text'     => $this->text,
			'required' => $this->required,
			'choices'  => $this->choices,
		);
	}

	/** @param array<string, mixed> $item A question as kept (already checked by Questions::parse). */
	public static function from_array( array $item ): self {
		return new self(
			(string) ( $item['key'] ?? '' ),
			(string) ( $item['type'] ?? self::SHORT ),
			(string) ( $item['text'] ?? '' ),
			! empty( $item['required'] ),
			array_values( array_map( 'strval', is_array( $item['choices'] ?? null ) ? $item['choices'] : array() ) )
		);
	}
}
