<?php
/**
 * A wave: one survey asked at one point of a program — a cohort's pre (at enrolment), post (at its
 * end) or follow-up (three months after the end), or, for 1:1 mentorships outside cohorts (cohort 0),
 * at each mentorship's start or completion. The same questions asked in two waves compare.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class Wave {

	public const PRE        = 'pre';
	public const POST       = 'post';
	public const FOLLOW_UP  = 'follow_up';
	public const START      = 'start';
	public const COMPLETION = 'completion';
	public const KINDS      = array( self::PRE, self::POST, self::FOLLOW_UP, self::START, self::COMPLETION );
	/** The kinds of a cohort; START and COMPLETION are the 1:1 mentorships' (cohort 0). */
	public const COHORT_KINDS = array( self::PRE, self::POST, self::FOLLOW_UP );

	/** Months from a cohort's end to its follow-up. */
	public const FOLLOW_UP_MONTHS = 3;

	/**
	 * @param int         $cohort_id The cohort (0: the 1:1 mentorships outside cohorts).
	 * @param string|null $closes_at The last moment to answer (UTC), when the wave has one; each invitation has its own due date.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $survey_id,
		public readonly int $cohort_id,
		public readonly string $kind,
		public readonly string $opens_at,
		public readonly ?string $closes_at,
		public readonly string $created_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the survey_waves table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['survey_id'],
			(int) $row['cohort_id'],
			(string) $row['kind'],
			(string) $row['opens_at'],
			isset( $row['closes_at'] ) ? (string) $row['closes_at'] : null,
			(string) $row['created_at'],
		);
	}

	/** @return array<string, string> Each kind with its name for people. */
	public static function kind_labels(): array {
		return array(
			self::PRE        => __( 'Before the cohort', 'wayfinder' ),
			self::POST       => __( 'At the end of the cohort', 'wayfinder' ),
			self::FOLLOW_UP  => __( 'Three months after the cohort', 'wayfinder' ),
			self::START      => __( 'At the start of a mentorship', 'wayfinder' ),
			self::COMPLETION => __( 'At the end of a mentorship', 'wayfinder' ),
		);
	}
}
