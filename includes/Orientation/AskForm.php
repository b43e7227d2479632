<?php
/**
 * "Ask for a mentor in this team" from a quiz result, as an action of the one page-form mechanism
 * (Platform\PageForms): POST /quizzes/<id>/ask as the person. Without JavaScript the result's button
 * posts to admin-post.php and the visitor comes back to the same result, which shows that they asked
 * (the REST answer's own sentence) — or why not — at the team; someone whose session ended signs in
 * and comes back to the result with that team's button at hand. With JavaScript the view module
 * sends the same REST call.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;

final class AskForm {

	/** The action's name in forms; its object is the quiz. */
	public const DO = 'quiz_ask';

	public static function register(): void {
		PageForms::add( new PageAction( self::DO, 'POST', 'quizzes/%d/ask', fields: array( 'team' ) ) );
	}

	/** Where the notice shows: the quiz's result. */
	public static function place( int $quiz_id ): string {
		return 'orientation-quiz-' . $quiz_id;
	}

	/**
	 * The plain form's hidden fields, inside the result's list of teams (each team's fields come from
	 * its Interactivity context: the team, where to come back to, its anchor).
	 */
	public static function hidden_fields( int $quiz_id, string $back ): string {
		return PageForms::hidden_fields(
			self::DO,
			$quiz_id,
			self::place( $quiz_id ),
			$back,
			'',
			array(
				'redirect_to' => 'context.team.askBack',
				'anchor'      => 'context.team.anchor',
			)
		) . '<input type="hidden" name="team" data-wp-bind--value="context.team.team">';
	}

	/**
	 * What a plain form left for this quiz's result: the team it was about, and what to say there.
	 *
	 * @return array{team: string, message: string, error: bool}|null
	 */
	public static function outcome( int $quiz_id ): ?array {
		$flash = Flash::take( get_current_user_id(), self::place( $quiz_id ) );
		if ( null === $flash ) {
			return null;
		}
		return array(
			'team'    => is_string( $flash['values']['team'] ?? null ) ? $flash['values']['team'] : '',
			'message' => $flash['message'],
			'error'   => 'error' === $flash['type'],
		);
	}
}
