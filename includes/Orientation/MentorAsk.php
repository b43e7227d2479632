<?php
/**
 * "Ask for a mentor in this team" from a quiz result, for a signed-in member: a request for any
 * mentor within that team, made by RequestService with the same rules as POST /requests — or, for
 * someone already waiting for any mentor, their request moved to the team (keeping their place).
 * The team becomes their preferred team, and automatic assignment runs at once within it, as the
 * mentoring button's does: a mentor of that team with room is theirs now, else they wait in the
 * queue. Counted as "asked" for the team in the quiz's anonymous weekly counts.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\DisplayName;
use WP_Error;

final class MentorAsk {

	public function __construct(
		private readonly RequestService $requests = new RequestService(),
		private readonly TeamDirectory $teams = new TeamDirectory(),
		private readonly QuizCounts $counts = new QuizCounts(),
		private readonly AutoAssigner $assigner = new AutoAssigner(),
	) {
	}

	/**
	 * @return array{status: string, request: int, team: string, message: string}|WP_Error status: created, moved or
	 *         unchanged (waiting in the queue), or matched (a mentor of the team took them at once).
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
		// Like the mentoring button: a mentor of this team with room now is theirs at once.
		$assigned = $this->assigner->assign( $user_id );
		if ( 'matched' === $assigned['status'] && isset( $assigned['mentor'] ) ) {
			return array(
				'status'  => 'matched',
				'request' => $asked['request'],
				'team'    => $team,
				/* translators: 1: the mentor's name, 2: a team name. */
				'message' => sprintf( __( 'Your mentor is %1$s, from %2$s. Look at your mentorship page to say hello; you will hear by email too.', 'wayfinder' ), DisplayName::of( (int) $assigned['mentor'] ), $known['name'] ),
			);
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
