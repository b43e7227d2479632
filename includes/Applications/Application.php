<?php
/**
 * One application to a cohort, as a mentee or a mentor: a row of the applications table.
 *
 * Its life: a draft (the applicant's, editable until the cohort's deadline) → submitted → for a
 * mentee, stage 1 (screening: the answers made PII-less beside the originals) → stage 2 (review:
 * released to blind reviewers) → decided (accepted, waitlisted or declined; locked, then revealed,
 * then the applicant is told). A mentor's application is decided by coordinators, not blind.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

final class Application {

	public const MENTEE = 'mentee';
	public const MENTOR = 'mentor';

	public const DRAFT     = 'draft';
	public const SUBMITTED = 'submitted';
	public const WITHDRAWN = 'withdrawn';

	/** Stages of a submitted application ('' before it is submitted). */
	public const SCREENING = 'screening';
	public const REVIEW    = 'review';
	public const DECIDED   = 'decided';

	public const ACCEPTED   = 'accepted';
	public const WAITLISTED = 'waitlisted';
	public const DECLINED   = 'declined';
	public const DECISIONS  = array( self::ACCEPTED, self::WAITLISTED, self::DECLINED );

	/**
	 * @param array<string, string> $answers  Question key => the applicant's words.
	 * @param array<string, string> $redacted Question key => the words without personal data (stage 1).
	 * @param list<string>          $teams    Team slugs of interest.
	 * @param list<string>          $languages Language codes.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $cohort_id,
		public readonly int $user_id,
		public readonly string $role,
		public readonly string $status,
		public readonly string $stage,
		public readonly string $pseudonym,
		public readonly array $answers,
		public readonly array $redacted,
		public readonly string $mode,
		public readonly array $teams,
		public readonly array $languages,
		public readonly bool $sponsored,
		public readonly string $sponsor,
		public readonly int $capacity,
		public readonly ?string $consented_at,
		public readonly ?string $submitted_at,
		public readonly ?string $released_at,
		public readonly int $reviews_wanted,
		public readonly int $reviews_done,
		public readonly ?float $score,
		public readonly ?float $spread,
		public readonly bool $flagged,
		public readonly string $decision,
		public readonly string $decision_reason,
		public readonly ?int $position,
		public readonly ?string $decided_at,
		public readonly ?string $told_at,
		public readonly string $created_at,
		public readonly string $updated_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the applications table. */
	public static function from_row( array $row ): self {
		$list     = static fn ( $value ): array => array_values( array_filter( explode( ',', (string) $value ), static fn ( string $item ): bool => '' !== $item ) );
		$nullable = static fn ( $value ): ?string => null === $value ? null : (string) $value;
		return new self(
			(int) $row['id'],
			(int) $row['cohort_id'],
			(int) $row['user_id'],
			(string) $row['role'],
			(string) $row['status'],
			(string) $row['stage'],
			(string) $row['pseudonym'],
			self::texts( $row['answers'] ?? '' ),
			self::texts( $row['redacted'] ?? '' ),
			(string) $row['mode'],
			$list( $row['teams'] ),
			$list( $row['languages'] ),
			(bool) (int) $row['sponsored'],
			(string) $row['sponsor'],
			(int) $row['capacity'],
			$nullable( $row['consented_at'] ),
			$nullable( $row['submitted_at'] ),
			$nullable( $row['released_at'] ),
			(int) $row['reviews_wanted'],
			(int) $row['reviews_done'],
			null === $row['score'] ? null : (float) $row['score'],
			null === $row['spread'] ? null : (float) $row['spread'],
			(bool) (int) $row['flagged'],
			(string) $row['decision'],
			(string) $row['decision_reason'],
			null === $row['position'] ? null : (int) $row['position'],
			$nullable( $row['decided_at'] ),
			$nullable( $row['told_at'] ),
			(string) $row['created_at'],
			(string) $row['updated_at'],
		);
	}

	/** What reviewers call the applicant: "Applicant 7F3K" — random letters, nothing of the person. */
	public function pseudonym_label(): string {
		/* translators: %s: four random letters and digits, e.g. 7F3K. */
		return sprintf( __( 'Applicant %s', 'wayfinder' ), $this->pseudonym );
	}

	public function is_submitted(): bool {
		return self::SUBMITTED === $this->status;
	}

	/**
	 * A JSON object of question key => text, as stored.
	 *
	 * @return array<string, string>
	 */
	public static function texts( mixed $json ): array {
		$decoded = json_decode( (string) $json, true );
		$texts   = array();
		foreach ( is_array( $decoded ) ? $decoded : array() as $key => $text ) {
			if ( is_string( $key ) && is_scalar( $text ) ) {
				$texts[ $key ] = (string) $text;
			}
		}
		return $texts;
	}
}
