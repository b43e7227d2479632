<?php
/**
 * Whether a logged-in person has had a result of an orientation quiz: the day of their first result,
 * kept in their user meta (the quiz keeps nothing else about people — its counts are anonymous).
 * A cohort can ask for it before applying (the `quiz_result` prerequisite).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class QuizTaken {

	/** User meta: the first result's moment (UTC, Y-m-d H:i:s). */
	public const META = 'wayfinder_quiz_result_at';

	/** A logged-in person got a result (written once; a visitor who is not logged in leaves nothing). */
	public static function mark( int $user_id, int $now ): void {
		if ( $user_id > 0 && ! self::has( $user_id ) ) {
			update_user_meta( $user_id, self::META, gmdate( 'Y-m-d H:i:s', $now ) );
		}
	}

	public static function has( int $user_id ): bool {
		return $user_id > 0 && '' !== (string) get_user_meta( $user_id, self::META, true );
	}
}
