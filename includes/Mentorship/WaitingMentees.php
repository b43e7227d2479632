<?php
/**
 * Behind "Find more mentees": the people waiting for any mentor whom one mentor could take (the
 * engine's hard filters leave out the rest, and so does a team the mentee asked for that the mentor
 * is not in), best fit first and, among equals, whoever has waited longest — each with the engine's
 * score and reasons. The REST route and the blocks both list them. A mentor may pass on a waiting
 * mentee: that mentee is not shown to them again, and keeps their place for every other mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\Scorer;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class WaitingMentees {

	/** The queue is read in one go up to this many open requests. */
	private const LIMIT = 1000;

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly RequestRepository $requests = new RequestRepository(),
		private readonly PassRepository $passes = new PassRepository(),
	) {
	}

	/**
	 * @return list<array{request: int, mentee: int, name: string, waiting: string, score: float, reasons: array<string, string>}>|WP_Error
	 *         Best fit first; or, for a mentor who could take nobody now (retired, away, full), why.
	 */
	public function for_mentor( int $mentor_id ) {
		$mentor = $this->able_mentor( $mentor_id );
		if ( is_wp_error( $mentor ) ) {
			return $mentor;
		}
		list( $profile, $engine_mentor ) = $mentor;
		$people                          = new EnginePeople( $this->profiles );
		$scorer                          = new Scorer( Settings::criteria(), new AvailabilityCalendar( time() ) );
		$rows                            = array();
		foreach ( $this->requests->waiting_for( $mentor_id, self::LIMIT ) as $ask ) {
			$mentee_profile = $this->profiles->find( $ask->mentee_id );
			if ( ! self::in_their_team( $ask, $mentee_profile, $profile ) ) {
				continue;
			}
			$mentee = $people->mentee( $mentee_profile );
			if ( $scorer->pair_excluded( $mentee, $engine_mentor ) ) {
				continue;
			}
			$pair   = $scorer->score( $mentee, $engine_mentor );
			$user   = get_userdata( $ask->mentee_id );
			$rows[] = array(
				'request' => $ask->id,
				'mentee'  => $ask->mentee_id,
				'name'    => $user ? $user->display_name : '',
				'waiting' => mysql_to_rfc3339( $ask->created_at ),
				'score'   => $pair->score,
				'reasons' => $pair->reasons( $scorer->criteria, new MatchingMessages() ),
			);
		}
		// Best fit first; among equals, whoever has waited longest.
		usort( $rows, static fn ( array $a, array $b ): int => array( $b['score'], $a['request'] ) <=> array( $a['score'], $b['request'] ) );
		return $rows;
	}

	/**
	 * Whether this mentee is in the mentor's list of waiting mentees (the same rules as for_mentor(),
	 * for one person), so an offer or a pass can name only them.
	 *
	 * @return bool|WP_Error An error when the mentor could take nobody now (their own reason).
	 */
	public function shows( int $mentor_id, int $mentee_id ) {
		$mentor = $this->able_mentor( $mentor_id );
		if ( is_wp_error( $mentor ) ) {
			return $mentor;
		}
		$ask = $this->requests->open_for_any( $mentee_id );
		if ( null === $ask || $mentee_id === $mentor_id || $this->passes->has( $mentor_id, $mentee_id ) ) {
			return false;
		}
		$mentee_profile = $this->profiles->find( $mentee_id );
		if ( ! self::in_their_team( $ask, $mentee_profile, $mentor[0] ) ) {
			return false;
		}
		$scorer = new Scorer( Settings::criteria(), new AvailabilityCalendar( time() ) );
		return ! $scorer->pair_excluded( ( new EnginePeople( $this->profiles ) )->mentee( $mentee_profile ), $mentor[1] );
	}

	/**
	 * A mentor passes on a mentee who waits for any mentor: not shown to them again. Nobody else is
	 * told, and the mentee keeps their place in the queue.
	 *
	 * @return true|WP_Error 404 when that person is not waiting for any mentor.
	 */
	public function pass( int $mentor_id, int $mentee_id ) {
		if ( $mentee_id === $mentor_id || null === $this->requests->open_for_any( $mentee_id ) ) {
			return new WP_Error( 'wayfinder_not_waiting', __( 'That person is not waiting for a mentor. Reload the list of waiting mentees to see who is.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! $this->passes->add( $mentor_id, $mentee_id, gmdate( 'Y-m-d H:i:s' ) ) ) {
			return new WP_Error( 'wayfinder_pass_not_saved', __( 'Your pass could not be saved. Please try again in a moment.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		return true;
	}

	/** @return array{0: Profile, 1: Mentor}|WP_Error The mentor, or why they could take nobody now. */
	private function able_mentor( int $mentor_id ) {
		$state = ( new MentoringState( $this->profiles ) )->of( $mentor_id )['mentor'];
		if ( null === $state['button'] ) {
			return new WP_Error( 'wayfinder_mentor_unavailable', (string) $state['reason'], array( 'status' => 409 ) );
		}
		$profile = $this->profiles->find( $mentor_id );
		return array( $profile, ( new EnginePeople( $this->profiles ) )->mentor( $profile ) );
	}

	/** A mentee who asked within a team (or prefers one) is shown only to that team's mentors. */
	private static function in_their_team( RequestRecord $ask, Profile $mentee, Profile $mentor ): bool {
		$team = '' !== $ask->team ? $ask->team : $mentee->preferred_team;
		return '' === $team || in_array( $team, $mentor->teams, true );
	}
}
