<?php
/**
 * The emails about a match: the introduction both sides get when it starts (whatever the path; a
 * proposal only once the mentor confirms it), a proposal, a declined proposal, a backup mentor named,
 * a primary mentor going away, an ending. Each says what happened and what to do next.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\ProfileRepository;
use WP_User;

final class MatchNotices {

	/** @param array<string, mixed> $match */
	public static function proposed( array $match ): void {
		$mentee = self::user( $match['mentee_id'] );
		$mentor = self::user( $match['mentor_id'] );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		self::send(
			$mentor,
			/* translators: %s: the mentee's name. */
			sprintf( __( 'You are proposed as the mentor of %s', 'wayfinder' ), $mentee->display_name ),
			/* translators: 1: the mentee's name, 2: number of days. */
			sprintf( __( 'A mentoring coordinator proposes you as the mentor of %1$s. Confirm or decline in the mentorship area of the site; if you do neither, the match starts in %2$d days.', 'wayfinder' ), $mentee->display_name, Settings::request_expiry_days() )
		);
		self::send(
			$mentee,
			__( 'You have a mentor', 'wayfinder' ),
			/* translators: %s: the mentor's name. */
			sprintf( __( 'A mentoring coordinator chose %s as your mentor. They will confirm soon and get in touch.', 'wayfinder' ), $mentor->display_name )
		);
	}

	/**
	 * @param array<string, mixed> $match
	 * @param array<string, mixed> $next  What automatic assignment did for the mentee afterwards.
	 */
	public static function declined( array $match, array $next ): void {
		$mentee = self::user( $match['mentee_id'] );
		if ( ! $mentee ) {
			return;
		}
		$body = 'matched' === $next['status'] && self::user( $next['mentor'] )
			/* translators: %s: the new mentor's name. */
			? sprintf( __( 'The mentor proposed for you could not take you on. Your mentor is now %s.', 'wayfinder' ), self::user( $next['mentor'] )->display_name )
			/* translators: 1: why no mentor is available, 2: place in the queue. */
			: sprintf( __( 'The mentor proposed for you could not take you on. %1$s You are number %2$d in the queue for a mentor.', 'wayfinder' ), (string) ( $next['reason'] ?? '' ), (int) ( $next['position'] ?? 0 ) );
		self::send( $mentee, __( 'About your mentor', 'wayfinder' ), $body );
		$coordinator = self::user( $match['created_by'] );
		if ( $coordinator ) {
			/* translators: %s: the mentee's name. */
			self::send( $coordinator, sprintf( __( 'A proposed mentor declined %s', 'wayfinder' ), $mentee->display_name ), $body );
		}
	}

	/** @param array<string, mixed> $match */
	public static function backup_named( array $match ): void {
		$mentee = self::user( $match['mentee_id'] );
		$mentor = self::user( $match['mentor_id'] );
		$backup = self::user( $match['backup_mentor_id'] );
		if ( ! $mentee || ! $mentor || ! $backup ) {
			return;
		}
		self::send(
			$backup,
			/* translators: %s: the mentee's name. */
			sprintf( __( 'You are the backup mentor of %s', 'wayfinder' ), $mentee->display_name ),
			/* translators: 1: the mentee's name, 2: the primary mentor's name. */
			sprintf( __( 'You cover for %2$s as the mentor of %1$s whenever %2$s is away. You will hear from us when that happens.', 'wayfinder' ), $mentee->display_name, $mentor->display_name )
		);
	}

	/** @param array<string, mixed> $match A match whose primary mentor just went away. */
	public static function covering( array $match, ?string $until ): void {
		$mentee = self::user( $match['mentee_id'] );
		$mentor = self::user( $match['mentor_id'] );
		$backup = self::user( $match['backup_mentor_id'] );
		if ( ! $mentee || ! $mentor || ! $backup ) {
			return;
		}
		$when = null === $until
			? __( 'until further notice', 'wayfinder' )
			/* translators: %s: a date. */
			: sprintf( __( 'until %s', 'wayfinder' ), date_i18n( (string) get_option( 'date_format' ), (int) strtotime( $until ) ) );
		/* translators: 1: the primary mentor's name, 2: "until <date>" or "until further notice". */
		$away = sprintf( __( '%1$s is away %2$s.', 'wayfinder' ), $mentor->display_name, $when );
		/* translators: 1: sentence saying who is away until when, 2: the mentee's name. */
		self::send( $backup, __( 'Please cover as backup mentor', 'wayfinder' ), sprintf( __( '%1$s Please look after %2$s meanwhile.', 'wayfinder' ), $away, $mentee->display_name ) );
		/* translators: 1: sentence saying who is away until when, 2: the backup mentor's name. */
		self::send( $mentee, __( 'Your backup mentor covers for now', 'wayfinder' ), sprintf( __( '%1$s Meanwhile your backup mentor, %2$s, is there for you.', 'wayfinder' ), $away, $backup->display_name ) );
	}

	/**
	 * Every match that starts active (automatic assignment, an accepted request of any kind, a backup
	 * taking over): both sides are introduced. A proposal is not a start yet — the mentor has not
	 * agreed, so neither side gets the other's email address until the mentor confirms it (see
	 * confirmed()).
	 */
	public static function on_started( int $match_id, int $mentee_id, int $actor_id ): void {
		$match = ( new MatchService() )->find( $match_id );
		if ( null !== $match && 'active' === $match['status'] ) {
			self::started( $match );
		}
	}

	/** A proposal became active (the mentor confirmed, or nobody declined in time): now both are introduced. */
	public static function confirmed( int $match_id, int $actor_id ): void {
		$match = ( new MatchService() )->find( $match_id );
		if ( null !== $match && 'active' === $match['status'] ) {
			self::started( $match, true );
		}
	}

	/**
	 * The introduction, once per match and side: how the match came about, who the other person is in
	 * their own words, and how to reach them.
	 *
	 * @param array<string, mixed> $match
	 * @param bool                 $confirmed A coordinator's proposal that the mentor confirmed.
	 */
	public static function started( array $match, bool $confirmed = false ): void {
		$mentee = self::user( $match['mentee_id'] );
		$mentor = self::user( $match['mentor_id'] );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		$profiles                      = new ProfileRepository();
		$about                         = static function ( WP_User $person ) use ( $profiles ): string {
			$intro = trim( $profiles->find( $person->ID )->intro );
			return '' === $intro
				/* translators: 1: the other person's name, 2: their email address. */
				? sprintf( __( 'You can reach %1$s at %2$s.', 'wayfinder' ), $person->display_name, $person->user_email )
				/* translators: 1: the other person's name, 2: their email address, 3: their introduction. */
				: sprintf( __( "%1\$s (%2\$s) wrote about themselves:\n\n%3\$s", 'wayfinder' ), $person->display_name, $person->user_email, $intro );
		};
		list( $to_mentee, $to_mentor ) = self::how_it_started( (string) $match['source'], $confirmed, $mentor->display_name, $mentee->display_name );
		self::send(
			$mentee,
			/* translators: %s: the mentor's name. */
			sprintf( __( 'Your mentor is %s', 'wayfinder' ), $mentor->display_name ),
			$to_mentee . "\n\n" . $about( $mentor ) . "\n\n" . __( 'Say hello and agree on a first meeting.', 'wayfinder' )
		);
		self::send(
			$mentor,
			/* translators: %s: the mentee's name. */
			sprintf( __( 'You have a new mentee: %s', 'wayfinder' ), $mentee->display_name ),
			$to_mentor . "\n\n" . $about( $mentee ) . "\n\n" . __( 'Please get in touch within a few days.', 'wayfinder' )
		);
	}

	/**
	 * The first line of each side's introduction: how this match came about.
	 *
	 * @return array{0: string, 1: string} For the mentee, for the mentor.
	 */
	private static function how_it_started( string $source, bool $confirmed, string $mentor, string $mentee ): array {
		switch ( $source ) {
			case 'auto':
				return array(
					/* translators: %s: the mentor's name. */
					sprintf( __( 'We found you a mentor: %s.', 'wayfinder' ), $mentor ),
					/* translators: %s: the mentee's name. */
					sprintf( __( '%s was matched with you automatically.', 'wayfinder' ), $mentee ),
				);
			case 'mentee_request':
				return array(
					/* translators: %s: the mentor's name. */
					sprintf( __( '%s accepted your request and is now your mentor.', 'wayfinder' ), $mentor ),
					/* translators: %s: the mentee's name. */
					sprintf( __( 'You accepted the request of %s: you are now their mentor.', 'wayfinder' ), $mentee ),
				);
			case 'mentor_offer':
				return array(
					/* translators: %s: the mentor's name. */
					sprintf( __( 'You accepted the offer of %s: they are now your mentor.', 'wayfinder' ), $mentor ),
					/* translators: %s: the mentee's name. */
					sprintf( __( '%s accepted your offer to mentor them.', 'wayfinder' ), $mentee ),
				);
			case 'coordinator':
				return array(
					$confirmed
						/* translators: %s: the mentor's name. */
						? sprintf( __( '%s confirmed that they will be your mentor.', 'wayfinder' ), $mentor )
						/* translators: %s: the mentor's name. */
						: sprintf( __( '%s agreed to be your mentor, as a mentoring coordinator asked.', 'wayfinder' ), $mentor ),
					/* translators: %s: the mentee's name. */
					sprintf( __( 'You are now the mentor of %s, as a mentoring coordinator asked.', 'wayfinder' ), $mentee ),
				);
			default:
				return array(
					/* translators: %s: the mentor's name. */
					sprintf( __( '%s is now your mentor.', 'wayfinder' ), $mentor ),
					/* translators: %s: the mentee's name. */
					sprintf( __( 'You are now the mentor of %s.', 'wayfinder' ), $mentee ),
				);
		}
	}

	/**
	 * A running match ended: the other side (or both, when a coordinator ended it) hears why and, for
	 * the mentee, what happens next.
	 *
	 * @param array<string, mixed>      $match
	 * @param array<string, mixed>|null $next  What automatic assignment did for the mentee, if it ran.
	 */
	public static function ended( array $match, string $reason_label, int $actor_id, ?array $next ): void {
		$mentee = self::user( $match['mentee_id'] );
		$mentor = self::user( $match['mentor_id'] );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		/* translators: 1: the mentor's name, 2: the mentee's name, 3: why it ended. */
		$body = sprintf( __( 'The mentorship of %2$s by %1$s has ended. Reason: %3$s', 'wayfinder' ), $mentor->display_name, $mentee->display_name, $reason_label );
		if ( null !== $next ) {
			$body .= "\n\n" . ( 'matched' === $next['status'] && self::user( $next['mentor'] )
				/* translators: 1: the mentee's name, 2: the new mentor's name. */
				? sprintf( __( 'The new mentor of %1$s is %2$s.', 'wayfinder' ), $mentee->display_name, self::user( $next['mentor'] )->display_name )
				/* translators: 1: the mentee's name, 2: why no mentor is available, 3: place in the queue. */
				: sprintf( __( '%1$s is waiting for a new mentor: %2$s Number %3$d in the queue.', 'wayfinder' ), $mentee->display_name, (string) ( $next['reason'] ?? '' ), (int) ( $next['position'] ?? 0 ) ) );
		}
		foreach ( array( $mentee, $mentor ) as $person ) {
			if ( $person->ID !== $actor_id ) {
				self::send( $person, __( 'A mentorship has ended', 'wayfinder' ), $body );
			}
		}
	}

	/** @param mixed $id A user ID from a row. */
	private static function user( $id ): ?WP_User {
		$user = is_numeric( $id ) ? get_userdata( (int) $id ) : false;
		return $user instanceof WP_User ? $user : null;
	}

	private static function send( WP_User $to, string $subject, string $body ): void {
		wp_mail( $to->user_email, $subject, $body . "\n\n" . home_url( '/' ) );
	}
}
