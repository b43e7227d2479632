<?php
/**
 * One version of a survey's questions. A survey edited after someone answered gets a new version;
 * each response keeps the version it answered.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class SurveyVersion {

	/**
	 * @param list<Question> $questions
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $survey_id,
		public readonly int $version,
		public readonly array $questions,
		public readonly string $created_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the survey_versions table. */
	public static function from_row( array $row ): self {
		$questions = json_decode( (string) $row['questions'], true );
		return new self(
			(int) $row['id'],
			(int) $row['survey_id'],
			(int) $row['version'],
			array_values( array_map( array( Question::class, 'from_array' ), array_filter( is_array( $questions ) ? $questions : array(), 'is_array' ) ) ),
			(string) $row['created_at'],
		);
	}

	public function question( string $key ): ?Question {
		foreach ( $this->questions as $question ) {
			if ( $question->key === $key ) {
				return $question;
			}
		}
		return null;
	}
}
