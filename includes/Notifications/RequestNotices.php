<?php
/**
 * The emails about requests, listening to RequestOpened and RequestClosed: to the person who must
 * answer a new one, and — when one is declined, cancelled or expires — to everyone it concerns but the
 * person who closed it, with the reason they gave and what happens next. An accepted request starts a
 * match, whose introduction (MatchNotices) tells the mentee and the mentor; only someone else who made
 * it (a coordinator) hears of it here. Requests for any mentor reach the coordinators as one daily
 * digest (setting wayfinder_coordinator_digest), or one email each when the digest is off. Every email
 * links to where its reader acts: the My mentorship page, or the request in the coordinator app.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\MyMentorship\MentorshipPage;
use Wayfinder\Mentorship\Events\RequestClosed;
use Wayfinder\Mentorship\Events\RequestOpened;
use Wayfinder\Mentorship\RequestRecord;
use Wayfinder\Mentorship\RequestRepository;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;
use WP_User;

final class RequestNotices {

	/** When the last digest went out: array{day: string, until: string} (GMT). */
	public const DIGEST_STATE = 'wayfinder_coordinator_digest_sent';
	/** A digest names at most this many people and counts the rest. */
	public const DIGEST_NAMES = 50;

	public function __construct( private readonly RequestRepository $requests = new RequestRepository() ) {
	}

	public function opened( RequestOpened $event ): void {
		$request = $event->request;
		$mentee  = get_userdata( $request->mentee_id );
		if ( ! $mentee ) {
			return;
		}
		$link = self::my_mentorship();
		switch ( $request->type ) {
			case 'mentor_offer':
				$to = array( $mentee );
				/* translators: %s: the mentor's name. */
				$subject = sprintf( __( '%s offers to mentor you', 'wayfinder' ), DisplayName::of( (int) $request->mentor_id ) );
				break;
			case 'coordinator_request':
				$to = array( get_userdata( (int) $request->mentor_id ) );
				/* translators: %s: the mentee's name. */
				$subject = sprintf( __( 'Would you mentor %s?', 'wayfinder' ), $mentee->display_name );
				break;
			default:
				if ( $request->for_any_mentor() ) {
					if ( 'daily' === Settings::coordinator_digest() ) {
						return; // The coordinators hear of it in the next daily digest.
					}
					$to   = Outbox::coordinators();
					$link = self::in_admin( $request );
				} else {
					$to = array( get_userdata( (int) $request->mentor_id ) );
				}
				/* translators: %s: the mentee's name. */
				$subject = sprintf( __( '%s is looking for a mentor', 'wayfinder' ), $mentee->display_name );
		}
		$act  = $request->expires()
			? __( 'Answer it on this page before it expires:', 'wayfinder' )
			: __( 'See the request and assign a mentor here:', 'wayfinder' );
		$body = $subject . "\n\n" . ( '' !== $request->message ? $request->message . "\n\n" : '' ) . $act . ' ' . $link;
		self::send( $to, $subject, $body );
	}

	/**
	 * A request was closed: accepted, declined, cancelled or expired. Requests closed because a match
	 * started for the mentee by another path, or because an account was deleted, send nothing: the
	 * match's introduction says what happened, and a deleted account has nobody to tell.
	 */
	public function closed( RequestClosed $event ): void {
		$request = $event->request;
		if ( '' !== $event->cause && 'accepted' !== $request->status ) {
			return;
		}
		$actor_id = $event->actor_id;
		$mentee   = DisplayName::of( $request->mentee_id );
		$mentor   = null === $request->mentor_id ? '' : DisplayName::of( $request->mentor_id );
		$actor    = 0 === $actor_id ? '' : DisplayName::of( $actor_id );
		$subject  = array(
			/* translators: %s: the mentee's name. */
			'accepted'  => __( 'The mentoring request for %s was accepted', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'declined'  => __( 'The mentoring request for %s was declined', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'cancelled' => __( 'The mentoring request for %s was cancelled', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'expired'   => __( 'The mentoring request for %s expired', 'wayfinder' ),
		)[ $request->status ] ?? '';
		if ( '' === $subject ) {
			return;
		}
		$subject = sprintf( $subject, $mentee );
		$lines   = array( $subject . '.' );
		if ( 'accepted' === $request->status ) {
			/* translators: 1: the mentor's name, 2: the mentee's name. */
			$lines[] = sprintf( __( '%1$s is now the mentor of %2$s.', 'wayfinder' ), '' !== $mentor ? $mentor : $actor, $mentee );
		} elseif ( '' !== $actor ) {
			/* translators: %s: a person's name. */
			$lines[] = sprintf( __( 'By: %s.', 'wayfinder' ), $actor );
		}
		if ( '' !== $event->reason ) {
			/* translators: %s: the reason someone gave. */
			$lines[] = sprintf( __( 'Reason given: %s', 'wayfinder' ), $event->reason );
		}
		if ( 'accepted' !== $request->status ) {
			$lines[] = __( 'The mentee can ask again at any time, for a named mentor or for any mentor.', 'wayfinder' );
		}
		$people = array( $request->created_by, $request->mentee_id, (int) $request->mentor_id );
		if ( 'coordinator_request' === $request->type && 'accepted' !== $request->status ) {
			// The mentee never heard of a coordinator's question to a mentor; only its answer matters to them.
			$people = array( $people[0], $people[2] );
		}
		if ( 'accepted' === $request->status ) {
			// The mentee and the mentor get the match's introduction (MatchNotices), which says it all.
			$people = array_diff( $people, array( $request->mentee_id, (int) $request->mentor_id ) );
		}
		$people = array_diff( array_unique( array_filter( $people ) ), array( $actor_id ) );
		foreach ( $people as $person ) {
			$user = get_userdata( $person );
			if ( ! $user ) {
				continue;
			}
			// Coordinators act on requests in the coordinator app; everyone else on their My mentorship page.
			$link = Capabilities::can_coordinate( $person ) && ! in_array( $person, array( $request->mentee_id, (int) $request->mentor_id ), true )
				? self::in_admin( $request )
				: self::my_mentorship();
			self::send( array( $user ), $subject, implode( "\n\n", $lines ) . "\n\n" . $link );
		}
	}

	/**
	 * The coordinators' daily digest of people who started waiting for any mentor since the last one:
	 * from the hourly tick, at most once a (GMT) day, the day claimed before anything is sent so that a
	 * second run — at the same time or later that day — sends nothing. Names at most DIGEST_NAMES people.
	 *
	 * @return int How many emails went out.
	 */
	public function send_digest(): int {
		if ( 'daily' !== Settings::coordinator_digest() ) {
			return 0;
		}
		$now   = time();
		$today = gmdate( 'Y-m-d', $now );
		$state = get_option( self::DIGEST_STATE, array() );
		$state = is_array( $state ) ? $state : array();
		if ( ( $state['day'] ?? '' ) === $today ) {
			return 0;
		}
		$since = (string) ( $state['until'] ?? gmdate( 'Y-m-d H:i:s', $now - DAY_IN_SECONDS ) );
		$until = gmdate( 'Y-m-d H:i:s', $now );
		$claim = array(
			'day'   => $today,
			'until' => $until,
		);
		// update_option() says false when the value did not change: another run claimed today first.
		if ( ! update_option( self::DIGEST_STATE, $claim, false ) ) {
			return 0;
		}
		list( $waiting, $total ) = $this->requests->waiting_since( $since, self::DIGEST_NAMES );
		if ( 0 === $total ) {
			return 0;
		}
		/* translators: %s: how many people, formatted. */
		$subject = sprintf( _n( '%s person started waiting for a mentor', '%s people started waiting for a mentor', $total, 'wayfinder' ), number_format_i18n( $total ) );
		$lines   = array();
		foreach ( $waiting as $request ) {
			$lines[] = '- ' . ( '' !== $request->team
				/* translators: 1: a person's name, 2: a team slug. */
				? sprintf( __( '%1$s (in team %2$s)', 'wayfinder' ), DisplayName::of( $request->mentee_id ), $request->team )
				: DisplayName::of( $request->mentee_id ) );
		}
		if ( $total > count( $waiting ) ) {
			$more = $total - count( $waiting );
			/* translators: %s: how many more people, formatted. */
			$lines[] = sprintf( _n( 'and %s more person', 'and %s more people', $more, 'wayfinder' ), number_format_i18n( $more ) );
		}
		$body = $subject . ".\n\n" . implode( "\n", $lines ) . "\n\n"
			. __( 'See everyone waiting and assign mentors here:', 'wayfinder' ) . ' '
			. admin_url( 'admin.php?page=wayfinder&screen=requests&status=open&type=mentee_request' );
		return self::send( Outbox::coordinators(), $subject, $body );
	}

	/** The My mentorship page (the site's home page when no page has the block yet). */
	private static function my_mentorship(): string {
		return MentorshipPage::url() ?? home_url( '/' );
	}

	/** The request in the coordinator app. */
	private static function in_admin( RequestRecord $request ): string {
		return admin_url( 'admin.php?page=wayfinder&screen=requests&request=' . $request->id );
	}

	/**
	 * @param array<int, WP_User|false|null> $to
	 * @return int How many emails went out.
	 */
	private static function send( array $to, string $subject, string $body ): int {
		$sent = 0;
		foreach ( array_filter( $to, static fn ( $user ): bool => $user instanceof WP_User ) as $user ) {
			if ( wp_mail( $user->user_email, $subject, $body ) ) {
				++$sent;
			}
		}
		return $sent;
	}
}
