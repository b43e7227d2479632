<?php
/**
 * A quiz result as the block and the REST API show it: the ranked teams with their names, why each
 * was recommended, the quiz's text for the team, where to start (handbook, Learn course, chat), and
 * — for a signed-in visitor — whether they already asked for a mentor in it. One builder, so the page
 * without JavaScript and the enhanced page show the same thing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Mentorship\RequestService;

final class Results {

	public function __construct(
		private readonly TeamDirectory $teams = new TeamDirectory(),
		private readonly QuizMessages $messages = new QuizMessages(),
		private readonly ?TeamMentors $mentors = null,
	) {
	}

	public function scorer( Quiz $quiz ): Scorer {
		return new Scorer( $quiz, $this->teams->accepting() );
	}

	/**
	 * @param list<Recommendation> $ranked     From Scorer::rank().
	 * @param int                  $user_id    The visitor (0 when signed out).
	 * @param string               $result_url The result's address, for the sign-in links ('' to leave them out).
	 * @return list<array<string, mixed>> See QuizController::team_schema() for the fields.
	 */
	public function teams( Quiz $quiz, array $ranked, int $user_id, string $result_url = '' ): array {
		$asked = $user_id > 0 ? $this->asked_teams( $user_id ) : array();
		// Someone with a mentor asks no one: each team says to talk to that mentor instead.
		$mentored = $user_id > 0 && null !== ( new \Wayfinder\Mentorship\MatchRepository() )->open_for_mentee( $user_id );
		$coverage = null === $this->mentors ? null : $this->mentors->mentors_by_team();
		$list     = array();
		foreach ( $ranked as $recommendation ) {
			$slug = $recommendation->team;
			$team = $this->teams->all()[ $slug ] ?? null;
			if ( null === $team ) {
				continue;
			}
			$chat_url = preg_match( '#^https?://#', $team['chat'] ) ? $team['chat'] : '';
			$list[]   = array(
				'team'          => $slug,
				'name'          => $team['name'],
				'rank'          => $recommendation->rank,
				'score'         => $recommendation->score,
				'fallback'      => $recommendation->fallback,
				'reason'        => $this->messages->explain( $quiz, $recommendation ),
				'text'          => $quiz->results[ $slug ] ?? $team['about'],
				'handbook'      => $team['handbook'],
				'learn'         => $team['learn'],
				'chat'          => $team['chat'],
				'chatUrl'       => $chat_url,
				'anchor'        => 'wayfinder-quiz-' . $quiz->id . '-team-' . $slug,
				/* translators: %s: a team name. */
				'handbookLabel' => sprintf( __( '%s handbook', 'wayfinder' ), $team['name'] ),
				/* translators: %s: a team name. */
				'learnLabel'    => sprintf( __( 'Learn WordPress course for %s', 'wayfinder' ), $team['name'] ),
				/* translators: %s: a chat channel, e.g. #polyglots. */
				'chatLabel'     => sprintf( __( 'Chat: %s', 'wayfinder' ), $team['chat'] ),
				// A channel name is plain text; a link is shown as a link with chatLabel.
				/* translators: %s: a chat channel, e.g. #polyglots. */
				'chatText'      => '' !== $team['chat'] && '' === $chat_url ? sprintf( __( 'Chat: %s', 'wayfinder' ), $team['chat'] ) : '',
				/* translators: %s: a team name. */
				'askLabel'      => sprintf( __( 'Ask for a mentor in %s', 'wayfinder' ), $team['name'] ),
				/* translators: %s: a team name. */
				'signInLabel'   => sprintf( __( 'Sign in to ask for a mentor in %s', 'wayfinder' ), $team['name'] ),
				'signInUrl'     => '' === $result_url ? '' : self::sign_in_url( $result_url, $slug, 'wayfinder-quiz-' . $quiz->id . '-team-' . $slug ),
				// Where the plain "Ask" form comes back to: the result, with this team's button at hand.
				'askBack'       => '' === $result_url ? '' : add_query_arg( 'wayfinder_ask', $slug, $result_url ),
				'asked'         => $mentored || isset( $asked[ $slug ] ),
				'askedText'     => $mentored ? self::mentored_text( $team['name'] ) : self::asked_text( $team['name'] ),
				// Whether a newcomer can get a mentor in this team now (null: not known).
				'mentors'       => null === $coverage ? null : ( $coverage[ $slug ]['mentors'] ?? 0 ),
				'withRoom'      => null === $coverage ? null : ( $coverage[ $slug ]['with_room'] ?? 0 ),
				'mentorsText'   => null === $coverage ? '' : self::mentors_text( $team['name'], $coverage[ $slug ]['mentors'] ?? 0, $coverage[ $slug ]['with_room'] ?? 0 ),
				'error'         => '',
				'busy'          => false,
				'highlight'     => false,
			);
		}
		return $list;
	}

	/** Whether the team has mentors now, and room: "2 mentors in Polyglots have room for a new mentee now." */
	public static function mentors_text( string $team_name, int $mentors, int $with_room ): string {
		if ( 0 === $mentors ) {
			/* translators: %s: a team name. */
			return sprintf( __( '%s has no mentors yet. You can still ask: a mentoring coordinator sees your request and looks for someone.', 'wayfinder' ), $team_name );
		}
		if ( $with_room > 0 ) {
			/* translators: 1: how many mentors, a number; 2: a team name. */
			return sprintf( _n( '%1$s mentor in %2$s has room for a new mentee now.', '%1$s mentors in %2$s have room for a new mentee now.', $with_room, 'wayfinder' ), number_format_i18n( $with_room ), $team_name );
		}
		/* translators: 1: how many mentors, a number; 2: a team name. */
		return sprintf( _n( '%2$s has %1$s mentor, with no room right now: you would wait in the queue for them.', '%2$s has %1$s mentors, with no room right now: you would wait in the queue for one of them.', $mentors, 'wayfinder' ), number_format_i18n( $mentors ), $team_name );
	}

	/** "You have asked for a mentor in Polyglots …" */
	public static function asked_text( string $team_name ): string {
		/* translators: %s: a team name. */
		return sprintf( __( 'You have asked for a mentor in %s. A mentor will pick up your request, and you will hear by email.', 'wayfinder' ), $team_name );
	}

	/** "You have a mentor: …" — what someone with a mentor reads where the ask would be. */
	public static function mentored_text( string $team_name ): string {
		/* translators: %s: a team name. */
		return sprintf( __( 'You have a mentor. Talk to them about joining %s: they can introduce you to the team.', 'wayfinder' ), $team_name );
	}

	/** The sign-in page, coming back to this result with the team's "Ask for a mentor" at hand. */
	public static function sign_in_url( string $result_url, string $team, string $anchor ): string {
		return wp_login_url( add_query_arg( 'wayfinder_ask', $team, $result_url ) . '#' . $anchor );
	}

	/**
	 * The teams in which this person waits for a mentor now (their open requests for any mentor).
	 *
	 * @return array<string, true>
	 */
	private function asked_teams( int $user_id ): array {
		return array_fill_keys( ( new RequestService() )->open_teams_of( $user_id ), true );
	}
}
