<?php
/**
 * Automatic assignment: the best available mentor for a newcomer at once, with the matching engine's
 * instant path over the mentors who could be its answer (MentorPool: narrowed in SQL, the same choice
 * as over every mentor). When no mentor fits, the newcomer waits in the same queue
 * as everyone who asked for any mentor (an open mentee request), with the engine's reason and their
 * place in that queue.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\InstantMatcher;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\ProfileRepository;

final class AutoAssigner {

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchService $matches = new MatchService(),
		private readonly RequestService $requests = new RequestService(),
		private readonly RequestRepository $queue = new RequestRepository(),
	) {
	}

	/**
	 * @return array{status: string, match?: int, mentor?: int, reasons?: array<string, string>, reason?: string, position?: int}
	 */
	public function assign( int $user_id ): array {
		// Only whether they have a mentor already (MentoringState's rule, without the rest of the state).
		$open = ( new MatchRepository() )->open_for_mentee( $user_id );
		if ( null !== $open && get_userdata( $open->mentor_id ) ) {
			return array(
				'status' => 'matched',
				'mentor' => $open->mentor_id,
			);
		}
		$profile = $this->profiles->find( $user_id );
		if ( ! $profile->seeking ) {
			$profile->seeking = true;
			$this->profiles->save( $profile );
		}
		if ( 'off' === Settings::auto_assign_mode() ) {
			return $this->wait( $user_id, __( 'Mentors are assigned by the mentoring coordinators here; one of them will pick a mentor for you.', 'wayfinder' ) );
		}
		$mentee = ( new EnginePeople( $this->profiles ) )->mentee( $profile );
		$scorer = $this->scorer();
		$pool   = $this->pool();
		$tried  = array();
		// A mentor may fill up between choosing and starting (another request at the same moment): choose again.
		for ( $attempt = 0; $attempt < 3; $attempt++ ) {
			$best = $pool->best( $mentee, $scorer, $profile->preferred_team, $tried );
			if ( ! $best instanceof ScoredPair ) {
				return $this->wait( $user_id, $best->reason( new MatchingMessages() ) );
			}
			$match = $this->matches->start( $user_id, (int) $best->mentor->id, 'auto', 0 );
			if ( ! is_wp_error( $match ) ) {
				// Both sides get the introduction from MatchNotices, as for every match that starts.
				return array(
					'status'  => 'matched',
					'match'   => $match,
					'mentor'  => (int) $best->mentor->id,
					'reasons' => $best->reasons( $scorer->criteria, new MatchingMessages() ),
				);
			}
			$tried[] = (int) $best->mentor->id;
		}
		return $this->wait( $user_id, __( 'Every mentor who fits filled up just now.', 'wayfinder' ) );
	}

	/**
	 * Why someone who waits in the queue has no mentor now, in the engine's words. It changes nothing
	 * (pages ask it while they render): when a mentor who fits has room by now, the person is not told
	 * to look again but that the hourly round (settle_queue) matches them — room that opens through a
	 * match ending, a return or a raised capacity is filled at once (fill_room).
	 *
	 * @param int|null $position The person's place in the queue when the caller read it already; null: read it.
	 */
	public function why_waiting( int $user_id, ?int $position = null ): string {
		if ( 'off' === Settings::auto_assign_mode() ) {
			return __( 'Mentors are assigned by the mentoring coordinators here; one of them will pick a mentor for you.', 'wayfinder' );
		}
		$profile = $this->profiles->find( $user_id );
		$mentee  = ( new EnginePeople( $this->profiles ) )->mentee( $profile );
		$scorer  = $this->scorer();
		// Whether anyone fits is one row; only when nobody does are the mentors counted, for the engine's reason.
		if ( ! $this->pool()->any_fits( $mentee, $scorer, $profile->preferred_team ) ) {
			return $this->pool()->why_unmatched( $mentee, $scorer, $profile->preferred_team )->reason( new MatchingMessages() );
		}
		if ( null === ( $position ?? ( new MentoringState( $this->profiles ) )->queue_position( $user_id ) ) ) {
			return __( 'A mentor who fits you has room now: look for a mentor again to be matched at once.', 'wayfinder' );
		}
		// Not who: the hourly round picks the best of those who fit then, maybe another.
		return __( 'A mentor who fits you has room: Wayfinder matches you within the hour, and you will both hear by email.', 'wayfinder' );
	}

	/**
	 * A mentor gained room (a match ended, their capacity went up, they are back): the longest-waiting
	 * mentees who fit them get them, while the room lasts. Bounded: looks at the first $look_at people
	 * in the queue. Changes nothing where coordinators assign every mentor.
	 *
	 * @return list<int> The matches started.
	 */
	public function fill_room( int $mentor_id, int $look_at = 50 ): array {
		if ( 'off' === Settings::auto_assign_mode() || ! Capabilities::can_mentor( $mentor_id ) ) {
			return array();
		}
		$people   = new EnginePeople( $this->profiles );
		$scorer   = $this->scorer();
		$started  = array();
		$profiles = $this->profiles->find_many( ( new MentoringState( $this->profiles ) )->waiting( $look_at ) );
		foreach ( $people->mentees( $profiles ) as $mentee_id => $mentee ) {
			$profile = $this->profiles->find( $mentor_id );
			if ( ! $profile->available_now() || $profile->active_mentees >= $profile->mentor_capacity ) {
				break;
			}
			// Only this mentor is asked about: whether the engine would give them this mentee at all.
			$best = self::best_for( $mentee, self::in_team( array( $people->mentor( $profile ) ), $profiles[ $mentee_id ]->preferred_team ), $scorer );
			if ( $best instanceof ScoredPair ) {
				$match = $this->matches->start( $mentee_id, $mentor_id, 'auto', 0 );
				if ( is_int( $match ) ) {
					$started[] = $match;
				}
			}
		}
		return $started;
	}

	/**
	 * The hourly sweep: the longest-waiting mentees for whom a mentor who fits has room are matched
	 * (rooms freed without an event, e.g. an absence that ran out). Bounded and safe to run twice.
	 *
	 * @return list<int> The mentees matched.
	 */
	public function settle_queue( int $look_at = 20 ): array {
		if ( 'off' === Settings::auto_assign_mode() ) {
			return array();
		}
		$scorer   = $this->scorer();
		$pool     = $this->pool();
		$matched  = array();
		$profiles = $this->profiles->find_many( ( new MentoringState( $this->profiles ) )->waiting( $look_at ) );
		foreach ( ( new EnginePeople( $this->profiles ) )->mentees( $profiles ) as $mentee_id => $mentee ) {
			$best = $pool->best( $mentee, $scorer, $profiles[ $mentee_id ]->preferred_team );
			if ( $best instanceof ScoredPair && is_int( $this->matches->start( $mentee_id, (int) $best->mentor->id, 'auto', 0 ) ) ) {
				$matched[] = $mentee_id;
			}
		}
		return $matched;
	}

	/**
	 * The engine's instant choice for the mentee among these mentors.
	 *
	 * @param list<Mentor> $mentors
	 * @return ScoredPair|\Wayfinder\Matching\Unmatched
	 */
	private static function best_for( \Wayfinder\Matching\Mentee $mentee, array $mentors, \Wayfinder\Matching\Scorer $scorer ) {
		return ( new InstantMatcher( new CandidateGenerator( $scorer, $mentors ) ) )->best( $mentee );
	}

	private function pool(): MentorPool {
		return new MentorPool( $this->profiles, new EnginePeople( $this->profiles ) );
	}

	private function scorer(): \Wayfinder\Matching\Scorer {
		return new \Wayfinder\Matching\Scorer( Settings::criteria(), new AvailabilityCalendar( time() ) );
	}

	/** A new account: when the site assigns every new account, a mentor at once (the welcome email is Notifications\WelcomeNotice's). */
	public function welcome( int $user_id ): void {
		if ( 'all_new_accounts' === Settings::auto_assign_mode() && get_userdata( $user_id ) ) {
			$this->assign( $user_id );
		}
	}

	/**
	 * A mentee who asked within a team (their preferred team) is matched only with that team's mentors.
	 *
	 * @param list<Mentor> $mentors
	 * @return list<Mentor>
	 */
	private static function in_team( array $mentors, string $team ): array {
		if ( '' === $team ) {
			return $mentors;
		}
		return array_values( array_filter( $mentors, static fn ( Mentor $mentor ): bool => in_array( $team, $mentor->teams, true ) ) );
	}

	/** @return array{status: string, reason: string, position: int} */
	private function wait( int $user_id, string $reason ): array {
		if ( null === $this->own_open_request( $user_id ) ) {
			$this->requests->create( array( 'type' => 'mentee_request' ), $user_id );
		}
		return array(
			'status'   => 'waiting',
			'reason'   => $reason,
			'position' => (int) ( new MentoringState( $this->profiles ) )->queue_position( $user_id ),
		);
	}

	private function own_open_request( int $user_id ): ?int {
		return $this->queue->open_for_any( $user_id )?->id;
	}
}
