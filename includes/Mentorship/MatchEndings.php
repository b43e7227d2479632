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

use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\NextStep;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class MatchEndings {

	/** `fit_check`: a cohort pair said at the week-one fit check that it is not working (FitCheck re-matches the mentee). */
	public const REASONS = array( 'mentee_wants_other', 'mentee_stopped', 'mentor_quit', 'inactivity', 'completed', 'other', 'fit_check' );

	/** The reasons each side may give; coordinators may give any. */
	private const BY_SIDE = array(
		'mentee' => array( 'mentee_wants_other', 'mentee_stopped', 'completed', 'other' ),
		'mentor' => array( 'mentor_quit', 'inactivity', 'completed', 'other' ),
	);

	/** Reasons after which the mentee still wants a mentor. */
	private const FIND_NEXT = array( 'mentee_wants_other', 'mentor_quit' );

	public function __construct(
		private readonly MatchService $matches = new MatchService(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
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
			'account_deleted'    => __( 'the mentee’s account was deleted', 'wayfinder' ),
			'fit_check'          => __( 'the pairing was not working, as the week-one fit check showed', 'wayfinder' ),
		);
	}

	/**
	 * Ends the match for the given reason, as the given person, and deals with what follows — in one
	 * transaction: the mentee is never left with the match ended and neither a new mentor nor a place
	 * in the queue.
	 *
	 * @return MatchEnded|WP_Error The ending, with what happened next for the mentee.
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
		$find_next = in_array( $reason, self::FIND_NEXT, true );
		return $this->matches->close(
			$match_id,
			$reason,
			$actor_id,
			$find_next ? fn ( MatchRecord $ended ): NextStep => NextStep::from_assignment( $this->assigner()->assign( $ended->mentee_id ) ) : null
		);
	}

	/**
	 * A mentor who declines a proposal ends it, and the mentee is never left alone: automatic
	 * assignment picks another mentor (never this one), or they wait in the queue.
	 *
	 * @return MatchEnded|WP_Error
	 */
	public function decline( int $match_id, int $actor_id ) {
		$match = $this->matches->find( $match_id );
		if ( null === $match || 'proposed' !== $match->status ) {
			return new WP_Error( 'wayfinder_match_not_proposed', __( 'Only a proposed match can be declined. To stop an active match, end it.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		return $this->matches->close( $match_id, 'mentor_declined', $actor_id, fn ( MatchRecord $ended ): NextStep => NextStep::from_assignment( $this->assigner()->assign( $ended->mentee_id ) ) );
	}

	/**
	 * A coordinator moves the mentee to another mentor: the running match ends with the reason, and the
	 * new mentor is proposed or asked, as the program's coordinator assignment setting says — all in one
	 * transaction, so a refusal at any step leaves the mentee with their mentor.
	 *
	 * @return array{match?: int, request?: int, ended: MatchEnded}|WP_Error What was made for the new mentor.
	 */
	public function reassign( int $match_id, int $new_mentor, string $reason, int $actor_id ) {
		$match = $this->matches->find( $match_id );
		if ( null === $match || ! $match->is_open() ) {
			return new WP_Error( 'wayfinder_match_not_active', __( 'This match is not running (it ended already, or does not exist).', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( $match->mentee_id === $new_mentor ) {
			return new WP_Error( 'wayfinder_self_match', __( 'Nobody can be their own mentor.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( $match->mentor_id === $new_mentor ) {
			return new WP_Error( 'wayfinder_same_mentor', __( 'Choose a different mentor: this one already mentors this mentee.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		// Check the new mentor before anything ends, so a refusal leaves the mentee where they were.
		$room = $this->room_with( $new_mentor );
		if ( is_wp_error( $room ) ) {
			return $room;
		}
		$made  = array();
		$ended = $this->matches->close(
			$match_id,
			$reason,
			$actor_id,
			function ( MatchRecord $ended ) use ( $new_mentor, $actor_id, &$made ) {
				if ( 'request' === Settings::coordinator_assign_mode() ) {
					$id = ( new RequestService( $this->matches ) )->create(
						array(
							'type'   => 'coordinator_request',
							'mentee' => $ended->mentee_id,
							'mentor' => $new_mentor,
						),
						$actor_id
					);
					if ( is_wp_error( $id ) ) {
						return $id;
					}
					$made = array( 'request' => (int) $id );
					return new NextStep( 'requested', $new_mentor, null, (int) $id );
				}
				$id = $this->matches->start( $ended->mentee_id, $new_mentor, 'coordinator', $actor_id, 'proposed' );
				if ( is_wp_error( $id ) ) {
					return $id;
				}
				$made = array( 'match' => $id );
				return new NextStep( 'proposed', $new_mentor, $id );
			}
		);
		if ( is_wp_error( $ended ) ) {
			return $ended;
		}
		$answer = array( 'ended' => $ended );
		if ( isset( $made['match'] ) ) {
			$answer['match'] = $made['match'];
		}
		if ( isset( $made['request'] ) ) {
			$answer['request'] = $made['request'];
		}
		return $answer;
	}

	/**
	 * Whether this mentor could take one more mentee now: a mentor, available (not away, not retired —
	 * the one availability rule), with room.
	 *
	 * @return true|WP_Error
	 */
	public function room_with( int $mentor_id ) {
		$user = get_userdata( $mentor_id );
		if ( ! $user || ! Capabilities::can_mentor( $mentor_id ) ) {
			return new WP_Error( 'wayfinder_not_a_mentor', __( 'The new mentor must be a mentor on this site.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$profile = $this->profiles->find( $mentor_id );
		if ( ! $profile->available_now() ) {
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
	 * What happened next, as a sentence about the mentee for whoever ended the match: "Jonas will get
	 * a new mentor: Grace.", "Jonas waits in the queue: number 3.", "Jonas is not looking for another mentor."
	 */
	public static function next_sentence( MatchEnded $ended ): string {
		$mentee = DisplayName::of( $ended->match->mentee_id );
		$next   = $ended->next;
		$mentor = null === $next->mentor_id ? '' : DisplayName::of( $next->mentor_id );
		switch ( $next->kind ) {
			case 'matched':
				/* translators: 1: the mentee's name, 2: the new mentor's name. */
				return sprintf( __( '%1$s has a new mentor: %2$s.', 'wayfinder' ), $mentee, $mentor );
			case 'proposed':
				/* translators: 1: the mentee's name, 2: the new mentor's name. */
				return sprintf( __( '%1$s will get a new mentor: %2$s is asked to confirm.', 'wayfinder' ), $mentee, $mentor );
			case 'requested':
				/* translators: 1: the mentee's name, 2: the new mentor's name. */
				return sprintf( __( '%1$s will get a new mentor once %2$s accepts the request.', 'wayfinder' ), $mentee, $mentor );
			case 'waiting':
				return sprintf(
					/* translators: 1: the mentee's name, 2: place in the queue, 3: why no mentor is free now. */
					__( '%1$s will get a new mentor: they wait in the queue as number %2$s. %3$s', 'wayfinder' ),
					$mentee,
					number_format_i18n( (int) $next->position ),
					$next->reason
				);
			default:
				return 'completed' === $ended->reason
					/* translators: %s: the mentee's name. */
					? sprintf( __( 'The mentorship of %s is complete.', 'wayfinder' ), $mentee )
					/* translators: %s: the mentee's name. */
					: sprintf( __( '%s no longer has a mentor and is not looking for another one.', 'wayfinder' ), $mentee );
		}
	}

	private function assigner(): AutoAssigner {
		return new AutoAssigner( $this->profiles, $this->matches );
	}

	/**
	 * @return list<string>
	 */
	public function reasons_for( MatchRecord $match, int $actor_id ): array {
		if ( Capabilities::can_coordinate( $actor_id ) ) {
			return self::REASONS;
		}
		$reasons = array();
		if ( $match->mentee_id === $actor_id ) {
			$reasons = self::BY_SIDE['mentee'];
		}
		if ( $match->mentor_id === $actor_id ) {
			$reasons = array_merge( $reasons, self::BY_SIDE['mentor'] );
		}
		return array_values( array_unique( $reasons ) );
	}
}
