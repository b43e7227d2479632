<?php
/**
 * One contribution a person made to the project: what kind, to which team, where it is (a link), on
 * which day, where Wayfinder learned of it (added by hand, this site's activity, GitHub) and whether a
 * mentor or a team representative verified it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

final class Contribution {

	public const CODE          = 'code';
	public const DOCUMENTATION = 'documentation';
	public const TRANSLATION   = 'translation';
	public const SUPPORT       = 'support';
	public const DESIGN        = 'design';
	public const TESTING       = 'testing';
	public const TRAINING      = 'training';
	public const PHOTO         = 'photo';
	public const EVENT         = 'event';
	public const OTHER         = 'other';
	public const KINDS         = array( self::CODE, self::DOCUMENTATION, self::TRANSLATION, self::SUPPORT, self::DESIGN, self::TESTING, self::TRAINING, self::PHOTO, self::EVENT, self::OTHER );

	/** Added by the person (or their mentor) with a link. */
	public const MANUAL = 'manual';
	/** Activity on this site or network: a published post, an approved comment, a handbook edit. */
	public const SITE = 'site';
	/** A merged pull request, a closed issue, a submitted review or a props credit, from a webhook. */
	public const GITHUB  = 'github';
	public const SOURCES = array( self::MANUAL, self::SITE, self::GITHUB );

	public const UNVERIFIED = 'unverified';
	public const VERIFIED   = 'verified';
	public const REJECTED   = 'rejected';
	public const STATUSES   = array( self::UNVERIFIED, self::VERIFIED, self::REJECTED );

	/** The columns' widths: longer values are refused before they reach the database. */
	public const URL_LENGTH     = 500;
	public const SUMMARY_LENGTH = 300;
	public const NOTE_LENGTH    = 500;
	public const KEY_LENGTH     = 190;

	public function __construct(
		public readonly int $id,
		public readonly int $user_id,
		public readonly string $kind,
		public readonly string $team,
		public readonly string $url,
		public readonly string $summary,
		public readonly string $contributed_on,
		public readonly string $source,
		public readonly string $source_key,
		public readonly string $status,
		public readonly int $reviewed_by,
		public readonly ?string $reviewed_at,
		public readonly string $review_note,
		public readonly int $created_by,
		public readonly string $created_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the contributions table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['user_id'],
			(string) $row['kind'],
			(string) $row['team'],
			(string) $row['url'],
			(string) $row['summary'],
			(string) $row['contributed_on'],
			(string) $row['source'],
			(string) $row['source_key'],
			(string) $row['status'],
			(int) ( $row['reviewed_by'] ?? 0 ),
			isset( $row['reviewed_at'] ) ? (string) $row['reviewed_at'] : null,
			(string) $row['review_note'],
			(int) ( $row['created_by'] ?? 0 ),
			(string) $row['created_at'],
		);
	}

	public function is_verified(): bool {
		return self::VERIFIED === $this->status;
	}

	/** @return array<string, string> Each kind in words. */
	public static function kind_labels(): array {
		return array(
			self::CODE          => __( 'Code', 'wayfinder' ),
			self::DOCUMENTATION => __( 'Documentation', 'wayfinder' ),
			self::TRANSLATION   => __( 'Translation', 'wayfinder' ),
			self::SUPPORT       => __( 'Support answer', 'wayfinder' ),
			self::DESIGN        => __( 'Design', 'wayfinder' ),
			self::TESTING       => __( 'Testing', 'wayfinder' ),
			self::TRAINING      => __( 'Training material', 'wayfinder' ),
			self::PHOTO         => __( 'Photo', 'wayfinder' ),
			self::EVENT         => __( 'Event', 'wayfinder' ),
			self::OTHER         => __( 'Other', 'wayfinder' ),
		);
	}

	/** @return array<string, string> Each source in words. */
	public static function source_labels(): array {
		return array(
			self::MANUAL => __( 'Added by hand', 'wayfinder' ),
			self::SITE   => __( 'Activity on this site', 'wayfinder' ),
			self::GITHUB => __( 'GitHub', 'wayfinder' ),
		);
	}

	/** @return array<string, string> Each status in words. */
	public static function status_labels(): array {
		return array(
			self::UNVERIFIED => __( 'Waiting to be verified', 'wayfinder' ),
			self::VERIFIED   => __( 'Verified', 'wayfinder' ),
			self::REJECTED   => __( 'Not accepted', 'wayfinder' ),
		);
	}
}
