<?php
/**
 * The day a cohort ended, however it came to be finished: kept as post meta the first time its stage
 * becomes finished (the end date, or today when a coordinator finishes it early), then CohortFinished.
 * Moved back from finished, the day is forgotten, so finishing again ends it again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Cohorts\Events\CohortFinished;
use Wayfinder\Platform\Events;

final class CohortEnding {

	/** Post meta: the day the cohort ended (Y-m-d, site time zone). */
	public const ENDED_ON = 'wayfinder_ended_on';

	/**
	 * On added_post_meta / updated_post_meta.
	 *
	 * @param mixed $value The meta value saved.
	 */
	public static function stage_changed( int $meta_id, int $post_id, string $meta_key, $value ): void {
		if ( CohortPostType::STAGE !== $meta_key || CohortPostType::POST_TYPE !== get_post_type( $post_id ) ) {
			return;
		}
		if ( Cohort::FINISHED !== $value ) {
			delete_post_meta( $post_id, self::ENDED_ON );
			return;
		}
		$cohort = CohortPostType::find( $post_id );
		if ( null === $cohort ) {
			return;
		}
		$today = (string) wp_date( 'Y-m-d' );
		$ended = '' !== $cohort->end_date && $cohort->end_date < $today ? $cohort->end_date : $today;
		// Unique: the first call keeps the day and tells; a second (a repeated save) changes nothing.
		if ( false !== add_post_meta( $post_id, self::ENDED_ON, $ended, true ) ) {
			Events::dispatch( new CohortFinished( $cohort, $ended ) );
		}
	}

	/** The day the cohort ended, or null while it has not. */
	public static function ended_on( int $cohort_id ): ?string {
		$day = get_post_meta( $cohort_id, self::ENDED_ON, true );
		return is_string( $day ) && '' !== $day ? $day : null;
	}
}
