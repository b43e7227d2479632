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
