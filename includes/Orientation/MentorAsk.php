<?php
/**
 * "Ask for a mentor in this team" from a quiz result, for a signed-in member: a request for any
 * mentor within that team, made by RequestService with the same rules as POST /requests — or, for
 * someone already waiting for any mentor, their request moved to the team (keeping their place).
 * Counted as "asked" for the team in the quiz's anonymous weekly counts.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Mentorship\RequestService;
use WP_Error;

final class MentorAsk {

	public function __construct(
		private readonly RequestService $requests = new RequestService(),
		private readonly TeamDirectory $teams = new TeamDirectory(),
		private readonly QuizCounts $counts = new QuizCounts(),
	) {
	}

	/**
	 * @return array{status: string, request: int, team: string, message: string}|WP_Error status: created, moved or unchanged.
	 */
	public function ask( int $user_id, int $quiz_id, string $team ) {
		$known = $this->teams->all()[ $team ] ?? null;
		if ( null === $known ) {
			/* translators: %s: a team slug. */
			return new WP_Error( 'wayfinder_unknown_team', sprintf( __( 'There is no team “%s”. Take the quiz again to see the teams you can join.', 'wayfinder' ), $team ), array( 'status' => 400 ) );
		}
		if ( ! $known['accepts'] ) {
			/* translators: %s: a team name. */
			return new WP_Error( 'wayfinder_team_closed', sprintf( __( '%s does not take newcomers at the moment. Pick another team from your result.', 'wayfinder' ), $known['name'] ), array( 'status' => 400 ) );
		}
		$asked = $this->requests->ask_in_team( $user_id, $team );
		if ( is_wp_error( $asked ) ) {
			if ( 'wayfinder_has_mentor' === $asked->get_error_code() ) {
				/* translators: %s: a team name. */
				return new WP_Error( 'wayfinder_has_mentor', sprintf( __( 'You already have a mentor. Talk to them about joining %s: they can introduce you to the team.', 'wayfinder' ), $known['name'] ), array( 'status' => 409 ) );
			}
			return $asked;
		}
		if ( 'unchanged' !== $asked['status'] ) {
			$this->counts->add( $quiz_id, $team, QuizCounts::ASKED );
		}
		$message = 'moved' === $asked['status']
			/* translators: %s: a team name. */
			? sprintf( __( 'Your request for a mentor now asks for someone in %s, and it keeps its place in the queue.', 'wayfinder' ), $known['name'] )
			: Results::asked_text( $known['name'] );
		return array(
			'status'  => $asked['status'],
			'request' => $asked['request'],
			'team'    => $team,
			'message' => $message,
		);
	}
}
