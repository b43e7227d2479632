<?php
/**
 * The emails about a match, each sent by listening to the domain event it tells of: the introduction
 * both sides get when a match starts active (whatever the path; a proposal only once the mentor
 * confirms it), a proposal, a declined proposal, a backup mentor named, a mentor going away, an
 * ending and what follows it. Each says what happened and what to do next, and links to the page
 * where the reader acts.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Mentorship\Events\MatchBackupSet;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\MatchProposed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\Events\MentorAway;
use Wayfinder\Mentorship\Events\NextStep;
use Wayfinder\Mentorship\MatchEndings;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use WP_User;

final class MatchNotices {

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	public function proposed( MatchProposed $event ): void {
		$mentee = self::user( $event->match->mentee_id );
		$mentor = self::user( $event->match->mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		self::send(
			$mentor,
			/* translators: %s: the mentee's name. */
			sprintf( __( 'You are proposed as the mentor of %s', 'wayfinder' ), $mentee->display_name ),
			/* translators: 1: the mentee's name, 2: number of days. */
			sprintf( __( 'A mentoring coordinator proposes you as the mentor of %1$s. Confirm or decline on your mentorship page; if you do neither, the match starts in %2$d days.', 'wayfinder' ), $mentee->display_name, Settings::request_expiry_days() )
		);
		self::send(
			$mentee,
			__( 'You have a mentor', 'wayfinder' ),
			/* translators: %s: the mentor's name. */
			sprintf( __( 'A mentoring coordinator chose %s as your mentor. They will confirm soon and get in touch.', 'wayfinder' ), $mentor->display_name )
		);
	}

	/**
	 * Every match that starts active (automatic assignment, an accepted request of any kind, a backup
	 * taking over): both sides are introduced. A proposal is not a start yet — the mentor has not
	 * agreed, so neither side gets the other's email address until the mentor confirms it.
	 */
	public function started( MatchStarted $event ): void {
		if ( 'active' === $event->match->status ) {
			$this->introduce( $event->match );
		}
	}

	/** A proposal became active (the mentor confirmed, or nobody declined in time): now both are introduced. */
	public function confirmed( MatchConfirmed $event ): void {
		$this->introduce( $event->match, true );
	}

	public function backup_set( MatchBackupSet $event ): void {
		$match  = $event->match;
		$mentee = self::user( $match->mentee_id );
		$mentor = self::user( $match->mentor_id );
		$backup = self::user( $match->backup_mentor_id );
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

	/**
	 * A mentor went away: each of their mentees hears until when and who covers; each backup who covers
	 * is asked to.
	 */
	public function mentor_away( MentorAway $event ): void {
		$mentor = self::user( $event->profile->user_id );
		if ( ! $mentor ) {
			return;
		}
		$until = $event->profile->away_until;
		$when  = null === $until
			? __( 'until further notice', 'wayfinder' )
			/* translators: %s: a date. */
			: sprintf( __( 'until %s', 'wayfinder' ), date_i18n( (string) get_option( 'date_format' ), (int) strtotime( $until ) ) );
		/* translators: 1: the primary mentor's name, 2: "until <date>" or "until further notice". */
		$away = sprintf( __( '%1$s is away %2$s.', 'wayfinder' ), $mentor->display_name, $when );
		foreach ( $event->matches as $match ) {
			$mentee = self::user( $match->mentee_id );
			if ( ! $mentee || 'active' !== $match->status ) {
				continue;
			}
			$backup = self::user( $match->backup_mentor_id );
			if ( $backup ) {
				/* translators: 1: sentence saying who is away until when, 2: the mentee's name. */
				self::send( $backup, __( 'Please cover as backup mentor', 'wayfinder' ), sprintf( __( '%1$s Please look after %2$s meanwhile.', 'wayfinder' ), $away, $mentee->display_name ) );
				/* translators: 1: sentence saying who is away until when, 2: the backup mentor's name. */
				self::send( $mentee, __( 'Your backup mentor covers for now', 'wayfinder' ), sprintf( __( '%1$s Meanwhile your backup mentor, %2$s, is there for you.', 'wayfinder' ), $away, $backup->display_name ) );
			} else {
				/* translators: %s: sentence saying who is away until when. */
				self::send( $mentee, __( 'Your mentor is away', 'wayfinder' ), sprintf( __( '%s Nobody covers meanwhile; if you need help before then, ask a mentoring coordinator, or look for another mentor on your mentorship page.', 'wayfinder' ), $away ) );
			}
		}
	}

	/**
	 * A match ended. A declined proposal: the mentee and the coordinator who proposed it hear what
	 * happens now. A mentor who left the program: the mentee hears who mentors them now. Any other
	 * ending: the other side (or both, when someone else ended it) hears why and what happens next.
	 */
	public function ended( MatchEnded $event ): void {
		$match  = $event->match;
		$mentee = self::user( $match->mentee_id );
		$mentor = self::user( $match->mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		if ( 'mentor_declined' === $event->reason ) {
			$this->declined( $match, $mentee, $event->next );
			return;
		}
		if ( 'fit_check' === $event->reason && 'matched' === $event->next->kind ) {
			return; // A re-match after the fit check: FitCheckNotices tells both sides kindly, the new match introduces.
		}
		if ( 'mentor_quit' === $event->reason && 0 === $event->actor_id ) {
			// The site moved the mentee because their mentor left the program (Reassigner).
			$this->mentor_left( $mentee, $event->next );
			return;
		}
		$label = MatchEndings::labels()[ $event->reason ] ?? '';
		/* translators: 1: the mentor's name, 2: the mentee's name, 3: why it ended. */
		$body = sprintf( __( 'The mentorship of %2$s by %1$s has ended. Reason: %3$s', 'wayfinder' ), $mentor->display_name, $mentee->display_name, $label );
		$next = self::next_sentence( $mentee, $event->next );
		if ( '' !== $next ) {
			$body .= "\n\n" . $next;
		}
		$tell = 'account_deleted' === $event->reason ? array( $mentor ) : array( $mentee, $mentor );
		foreach ( $tell as $person ) {
			if ( $person->ID !== $event->actor_id ) {
				self::send( $person, __( 'A mentorship has ended', 'wayfinder' ), $body );
			}
		}
	}

	/** What happens next for the mentee, as a sentence about them; empty when nothing follows. */
	public static function next_sentence( WP_User $mentee, NextStep $next ): string {
		$mentor = self::user( $next->mentor_id );
		switch ( $next->kind ) {
			case 'matched':
				/* translators: 1: the mentee's name, 2: the new mentor's name. */
				return $mentor ? sprintf( __( 'The new mentor of %1$s is %2$s.', 'wayfinder' ), $mentee->display_name, $mentor->display_name ) : '';
			case 'proposed':
				/* translators: 1: the new mentor's name, 2: the mentee's name. */
				return $mentor ? sprintf( __( '%1$s is proposed as the new mentor of %2$s.', 'wayfinder' ), $mentor->display_name, $mentee->display_name ) : '';
			case 'requested':
				/* translators: 1: the new mentor's name, 2: the mentee's name. */
				return $mentor ? sprintf( __( '%1$s is asked to be the new mentor of %2$s.', 'wayfinder' ), $mentor->display_name, $mentee->display_name ) : '';
			case 'waiting':
				/* translators: 1: the mentee's name, 2: why no mentor is available, 3: place in the queue. */
				return sprintf( __( '%1$s is waiting for a new mentor: %2$s Number %3$s in the queue.', 'wayfinder' ), $mentee->display_name, $next->reason, number_format_i18n( (int) $next->position ) );
			default:
				return '';
		}
	}

	private function declined( MatchRecord $match, WP_User $mentee, NextStep $next ): void {
		$mentor = self::user( $next->mentor_id );
		$body   = 'matched' === $next->kind && $mentor
			/* translators: %s: the new mentor's name. */
			? sprintf( __( 'The mentor proposed for you could not take you on. Your mentor is now %s.', 'wayfinder' ), $mentor->display_name )
			/* translators: 1: why no mentor is available, 2: place in the queue. */
			: sprintf( __( 'The mentor proposed for you could not take you on. %1$s You are number %2$s in the queue for a mentor.', 'wayfinder' ), $next->reason, number_format_i18n( (int) $next->position ) );
		self::send( $mentee, __( 'About your mentor', 'wayfinder' ), $body );
		$coordinator = self::user( $match->created_by );
		if ( $coordinator ) {
			/* translators: %s: the mentee's name. */
			self::send( $coordinator, sprintf( __( 'A proposed mentor declined %s', 'wayfinder' ), $mentee->display_name ), $body, Links::match_for_coordinators( $mentee->display_name ) );
		}
	}

	/** The mentor retired, lost the role or the account: the mentee hears who mentors them now. */
	private function mentor_left( WP_User $mentee, NextStep $next ): void {
		$mentor = self::user( $next->mentor_id );
		$body   = 'matched' === $next->kind && $mentor
			/* translators: %s: the new mentor's name. */
			? sprintf( __( 'Your mentor has stepped down from mentoring. Your new mentor is %s.', 'wayfinder' ), $mentor->display_name )
			/* translators: 1: why no mentor is available, 2: place in the queue. */
			: sprintf( __( 'Your mentor has stepped down from mentoring. %1$s You are number %2$s in the queue for a new mentor.', 'wayfinder' ), $next->reason, number_format_i18n( (int) $next->position ) );
		self::send( $mentee, __( 'About your mentor', 'wayfinder' ), $body );
	}

	/**
	 * The introduction, once per match and side: how the match came about, who the other person is in
	 * their own words, and how to reach them.
	 *
	 * @param bool $confirmed A coordinator's proposal that the mentor confirmed.
	 */
	private function introduce( MatchRecord $match, bool $confirmed = false ): void {
		$mentee = self::user( $match->mentee_id );
		$mentor = self::user( $match->mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		$profiles                      = $this->profiles;
		$about                         = static function ( WP_User $person ) use ( $profiles ): string {
			$intro = trim( $profiles->find( $person->ID )->intro );
			return '' === $intro
				/* translators: 1: the other person's name, 2: their email address. */
				? sprintf( __( 'You can reach %1$s at %2$s.', 'wayfinder' ), $person->display_name, $person->user_email )
				/* translators: 1: the other person's name, 2: their email address, 3: their introduction. */
				: sprintf( __( "%1\$s (%2\$s) wrote about themselves:\n\n%3\$s", 'wayfinder' ), $person->display_name, $person->user_email, $intro );
		};
		list( $to_mentee, $to_mentor ) = self::how_it_started( $match->source, $confirmed, $mentor->display_name, $mentee->display_name );
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
			case 'backup':
				return array(
					/* translators: %s: the mentor's name. */
					sprintf( __( 'Your backup mentor, %s, is now your mentor.', 'wayfinder' ), $mentor ),
					/* translators: %s: the mentee's name. */
					sprintf( __( 'You were the backup mentor of %s; you are now their mentor.', 'wayfinder' ), $mentee ),
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

	private static function user( ?int $id ): ?WP_User {
		$user = null === $id || $id <= 0 ? false : get_userdata( $id );
		return $user instanceof WP_User ? $user : null;
	}

	/**
	 * Sends once the change is committed; the link is where the reader acts (their mentorship page
	 * unless given).
	 */
	private static function send( WP_User $to, string $subject, string $body, ?string $link = null ): void {
		$address = $to->user_email;
		$link    = $link ?? Links::my_mentorship();
		Transaction::after_commit(
			static function () use ( $address, $subject, $body, $link ): void {
				wp_mail( $address, $subject, $body . "\n\n" . $link );
			}
		);
	}
}
