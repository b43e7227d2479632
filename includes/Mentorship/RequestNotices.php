<?php
/**
 * The emails about a request: to the person who must answer a new one, and — when it is declined,
 * cancelled or expires — to everyone it concerns but the person who closed it, with the reason they
 * gave and what happens next. An accepted request starts a match, whose introduction (MatchNotices)
 * tells the mentee and the mentor; only someone else who made it (a coordinator) hears of it here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\DisplayName;
use WP_User;

final class RequestNotices {

	/** @param array<string, mixed> $request A new request. */
	public static function created( array $request ): void {
		$mentee = get_userdata( (int) $request['mentee_id'] );
		if ( ! $mentee ) {
			return;
		}
		switch ( $request['type'] ) {
			case 'mentor_offer':
				$to = array( $mentee );
				/* translators: %s: the mentor's name. */
				$subject = sprintf( __( '%s offers to mentor you', 'wayfinder' ), DisplayName::of( (int) $request['mentor_id'] ) );
				break;
			case 'coordinator_request':
				$to = array( get_userdata( (int) $request['mentor_id'] ) );
				/* translators: %s: the mentee's name. */
				$subject = sprintf( __( 'Would you mentor %s?', 'wayfinder' ), $mentee->display_name );
				break;
			default:
				$to = null === $request['mentor_id']
					? get_users( array( 'capability' => Capabilities::COORDINATE ) )
					: array( get_userdata( (int) $request['mentor_id'] ) );
				/* translators: %s: the mentee's name. */
				$subject = sprintf( __( '%s is looking for a mentor', 'wayfinder' ), $mentee->display_name );
		}
		$body = $subject . "\n\n" . ( '' !== (string) $request['message'] ? $request['message'] . "\n\n" : '' )
			. __( 'Answer it in the mentorship area of the site before it expires:', 'wayfinder' ) . ' ' . home_url( '/' );
		self::send( $to, $subject, $body );
	}

	/**
	 * A request was closed: accepted, declined, cancelled or expired.
	 *
	 * @param array<string, mixed> $request  The request as it is now (status set).
	 * @param int                  $actor_id Who closed it (0: the site, for an expiry); they get no email.
	 * @param string               $reason   What they said, if anything.
	 */
	public static function closed( array $request, int $actor_id, string $reason = '' ): void {
		$mentee  = DisplayName::of( (int) $request['mentee_id'] );
		$mentor  = null === $request['mentor_id'] ? '' : DisplayName::of( (int) $request['mentor_id'] );
		$actor   = 0 === $actor_id ? '' : DisplayName::of( $actor_id );
		$subject = array(
			/* translators: %s: the mentee's name. */
			'accepted'  => __( 'The mentoring request for %s was accepted', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'declined'  => __( 'The mentoring request for %s was declined', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'cancelled' => __( 'The mentoring request for %s was cancelled', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'expired'   => __( 'The mentoring request for %s expired', 'wayfinder' ),
		)[ (string) $request['status'] ] ?? '';
		if ( '' === $subject ) {
			return;
		}
		$subject = sprintf( $subject, $mentee );
		$lines   = array( $subject . '.' );
		if ( 'accepted' === $request['status'] ) {
			/* translators: 1: the mentor's name, 2: the mentee's name. */
			$lines[] = sprintf( __( '%1$s is now the mentor of %2$s.', 'wayfinder' ), '' !== $mentor ? $mentor : $actor, $mentee );
		} elseif ( '' !== $actor ) {
			/* translators: %s: a person's name. */
			$lines[] = sprintf( __( 'By: %s.', 'wayfinder' ), $actor );
		}
		if ( '' !== $reason ) {
			/* translators: %s: the reason someone gave. */
			$lines[] = sprintf( __( 'Reason given: %s', 'wayfinder' ), $reason );
		}
		if ( 'accepted' !== $request['status'] ) {
			$lines[] = __( 'The mentee can ask again at any time, for a named mentor or for any mentor.', 'wayfinder' );
		}
		$people = array_map( 'intval', array( $request['created_by'], $request['mentee_id'], $request['mentor_id'] ?? 0 ) );
		if ( 'coordinator_request' === $request['type'] && 'accepted' !== $request['status'] ) {
			// The mentee never heard of a coordinator's question to a mentor; only its answer matters to them.
			$people = array( $people[0], $people[2] );
		}
		if ( 'accepted' === $request['status'] ) {
			// The mentee and the mentor get the match's introduction (MatchNotices), which says it all.
			$people = array_diff( $people, array( (int) $request['mentee_id'], (int) ( $request['mentor_id'] ?? 0 ) ) );
		}
		$people = array_unique( $people );
		$to     = array_map( 'get_userdata', array_diff( array_filter( $people ), array( $actor_id ) ) );
		self::send( $to, $subject, implode( "\n\n", $lines ) . "\n\n" . home_url( '/' ) );
	}

	/** @param array<int, WP_User|false|null> $to */
	private static function send( array $to, string $subject, string $body ): void {
		foreach ( array_filter( $to, static fn ( $user ): bool => $user instanceof WP_User ) as $user ) {
			wp_mail( $user->user_email, $subject, $body );
		}
	}
}
