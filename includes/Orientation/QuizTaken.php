<?php
/**
 * Whether a logged-in person has had a result of an orientation quiz: the day of their first result
 * and that result's top team, kept in their user meta (the quiz keeps nothing else about people — its
 * counts are anonymous). The team is offered first when they choose the team to be handed off to.
 * A cohort can ask for it before applying (the `quiz_result` prerequisite).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class QuizTaken {

	/** User meta: the first result's moment (UTC, Y-m-d H:i:s). */
	public const META = 'wayfinder_quiz_result_at';

	/** User meta: the first result's top team (a slug), when it was a real recommendation. */
	public const TEAM_META = 'wayfinder_quiz_team';

	/**
	 * A logged-in person got a result (written once; a visitor who is not logged in leaves nothing).
	 * The top team is kept from the first result that had one (people who took the quiz before it was
	 * kept get it from their next result).
	 *
	 * @param list<Recommendation> $ranked The result's teams, best first.
	 */
	public static function mark( int $user_id, int $now, array $ranked = array() ): void {
		if ( $user_id <= 0 ) {
			return;
		}
		if ( ! self::has( $user_id ) ) {
			update_user_meta( $user_id, self::META, gmdate( 'Y-m-d H:i:s', $now ) );
		}
		$top = $ranked[0] ?? null;
		if ( null !== $top && ! $top->fallback && '' !== $top->team && '' === self::team( $user_id ) ) {
			update_user_meta( $user_id, self::TEAM_META, $top->team );
		}
	}

	/** The first result's top team ('' when none was kept). */
	public static function team( int $user_id ): string {
		return $user_id > 0 ? (string) get_user_meta( $user_id, self::TEAM_META, true ) : '';
	}

	public static function has( int $user_id ): bool {
		return $user_id > 0 && '' !== (string) get_user_meta( $user_id, self::META, true );
	}
}
