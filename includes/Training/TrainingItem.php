<?php
/**
 * One training item of a cohort, as a mentee sees it: from the cohort's own training list or a
 * taking-part team's handbook, named by a key that stays the same while its address does.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

final class TrainingItem {

	/**
	 * @param string $key  The first 12 hex digits of the sha1 of its address.
	 * @param string $team The team's slug for a team's handbook; '' for the cohort's own material.
	 */
	public function __construct(
		public readonly string $key,
		public readonly string $title,
		public readonly string $url,
		public readonly string $team = '',
	) {
	}

	/** The stable key of an address. */
	public static function key_of( string $url ): string {
		return substr( sha1( trim( $url ) ), 0, 12 );
	}
}
