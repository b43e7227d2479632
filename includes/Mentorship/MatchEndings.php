<?php
/**
 * Ending a running match on purpose: who may give which reason, and what follows. A mentee who wants
 * a different mentor, or whose mentor gave them up, is not left alone: automatic assignment finds the
 * next mentor (never the last one) or puts them in the queue. The other side is always told.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class MatchEndings {

	public const REASONS = array( 'mentee_wants_other', 'mentee_stopped', 'mentor_quit', 'inactivity', 'completed', 'other' );

	/** The reasons each side may give; coordinators may give any. */
	private const BY_SIDE = array(
		'mentee' => array( 'mentee_wants_other', 'mentee_stopped', 'completed', 'other' ),
		'mentor' => array( 'mentor_quit', 'inactivity', 'completed', 'other' ),
	);

	/** Reasons after which the mentee still wants a mentor. */
	private const FIND_NEXT = array( 'mentee_wants_other', 'mentor_quit' );

	public function __construct( private readonly MatchService $matches = new MatchService() ) {
	}

	/** @return array<string, string> Reason => what it says, for people. */
	public static function labels(): array {
		return array(
			'mentee_wants_other' => __( 'the mentee wants a different mentor', 'wayfinder' ),
			'mentee_stopped'     => __( 'the mentee no longer wants a mentor', 'wayfinder' ),
			'mentor_quit'        => __( 'the mentor stopped mentoring this mentee', 'wayfinder' ),
			'inactivity'         => __( 'nothing happened in the mentorship for too long', 'wayfinder' ),
			'completed'          => __( 'the mentorship ran its course', 'wayfinder' ),
			'other'              => __( 'another reason', 'wayfinder' ),
			'mentor_declined'    => __( 'the mentor declined the proposal', 'wayfinder' ),
		);
	}

	/**
	 * Ends the match for the given reason, as the given person, and deals with what follows.
	 *
	 * @return true|WP_Error
	 */
	public function end( int $match_id, string $reason, int $actor_id ) {
		$match = $this->matches->find( $match_id );
		if ( null === $match ) {
			return new WP_Error( 'wayfinder_match_not_found', __( 'There is no such match.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$allowed = $this->reasons_for( $match, $actor_id );
		if ( ! in_array( $reason, $allowed, true ) ) {
			return new WP_Error(
				'wayfinder_reason_not_yours',
				/* translators: %s: the reasons this person may give, comma-separated. */
				sprintf( __( 'You cannot end this match with that reason. Choose one of: %s.', 'wayfinder' ), implode( ', ', $allowed ) ),
				array( 'status' => 400 )
			);
		}
		$ended = $this->matches->end( $match_id, $reason, $actor_id );
		if ( true !== $ended ) {
			return $ended;
		}
		$next = in_array( $reason, self::FIND_NEXT, true ) ? ( new AutoAssigner() )->assign( (int) $match['mentee_id'] ) : null;
		MatchNotices::ended( $match, self::labels()[ $reason ], $actor_id, $next );
		return true;
	}

	/**
	 * A coordinator moves the mentee to another mentor: the running match ends with the reason, and the
	 * new mentor is proposed or asked, as the program's coordinator assignment setting says.
	 *
	 * @return array{match?: int, request?: int}|WP_Error What was made for the new mentor.
	 */
	public function reassign( int $match_id, int $new_mentor, string $reason, int $actor_id ) {
		$match = $this->matches->find( $match_id );
		if ( null === $match || ! in_array( $match['status'], array( 'proposed', 'active' ), true ) ) {
			return new WP_Error( 'wayfinder_match_not_active', __( 'This match is not running (it ended already, or does not exist).', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$mentee = (int) $match['mentee_id'];
		if ( $mentee === $new_mentor ) {
			return new WP_Error( 'wayfinder_self_match', __( 'Nobody can be their own mentor.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( (int) $match['mentor_id'] === $new_mentor ) {
			return new WP_Error( 'wayfinder_same_mentor', __( 'Choose a different mentor: this one already mentors this mentee.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		// Check the new mentor before anything ends, so a refusal leaves the mentee where they were.
		$room = $this->room_with( $new_mentor );
		if ( is_wp_error( $room ) ) {
			return $room;
		}
		$ended = $this->matches->end( $match_id, $reason, $actor_id );
		if ( true !== $ended ) {
			return $ended;
		}
		$requests = new RequestService( $this->matches );
		if ( 'request' === Settings::coordinator_assign_mode() ) {
			$made = $requests->create(
				array(
					'type'   => 'coordinator_request',
					'mentee' => $mentee,
					'mentor' => $new_mentor,
				),
				$actor_id
			);
			$key  = 'request';
		} else {
			$made = $this->matches->start( $mentee, $new_mentor, 'coordinator', $actor_id, 'proposed' );
			$key  = 'match';
			if ( ! is_wp_error( $made ) ) {
				MatchNotices::proposed( (array) $this->matches->find( $made ) );
			}
		}
		MatchNotices::ended( $match, self::labels()[ $reason ] ?? $reason, $actor_id, null );
		if ( is_wp_error( $made ) ) {
			// The new mentor filled up in the meantime: the mentee waits in the queue rather than alone.
			( new AutoAssigner() )->assign( $mentee );
			return $made;
		}
		return array( $key => $made );
	}

	/** @return true|WP_Error Whether this mentor could take one more mentee now. */
	private function room_with( int $mentor_id ) {
		$user = get_userdata( $mentor_id );
		if ( ! $user || ! Capabilities::can_mentor( $mentor_id ) ) {
			return new WP_Error( 'wayfinder_not_a_mentor', __( 'The new mentor must be a mentor on this site.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$profile = ( new ProfileRepository() )->find( $mentor_id );
		if ( 'available' !== $profile->mentor_status ) {
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_mentor_unavailable', sprintf( __( '%s is away or retired and takes no new mentees now.', 'wayfinder' ), $user->display_name ), array( 'status' => 409 ) );
		}
		if ( $profile->active_mentees >= $profile->mentor_capacity ) {
			/* translators: 1: a person's name, 2: their current mentees, 3: their capacity. */
			return new WP_Error( 'wayfinder_at_capacity', sprintf( __( '%1$s has no room: %2$d of %3$d mentees.', 'wayfinder' ), $user->display_name, $profile->active_mentees, $profile->mentor_capacity ), array( 'status' => 409 ) );
		}
		return true;
	}

	/**
	 * @param array<string, mixed> $match
	 * @return list<string>
	 */
	public function reasons_for( array $match, int $actor_id ): array {
		if ( Capabilities::can_coordinate( $actor_id ) ) {
			return self::REASONS;
		}
		$reasons = array();
		if ( (int) $match['mentee_id'] === $actor_id ) {
			$reasons = self::BY_SIDE['mentee'];
		}
		if ( (int) $match['mentor_id'] === $actor_id ) {
			$reasons = array_merge( $reasons, self::BY_SIDE['mentor'] );
		}
		return array_values( array_unique( $reasons ) );
	}
}
