<?php
/**
 * The audit trail: every change to a match and a request with who, what, when and why. It listens to
 * the domain events (inside the transaction that made the change, so a change and its entry stand or
 * fall together), and says each entry as a sentence for the people who read it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\MatchBackupSet;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\MatchProposed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\Events\MentorAway;
use Wayfinder\Mentorship\Events\MentorBack;
use Wayfinder\Profiles\DisplayName;

final class AuditTrail {

	public function __construct( private readonly AuditRepository $events = new AuditRepository() ) {
	}

	/**
	 * @param array<string, scalar|null> $details
	 * @throws \RuntimeException When the entry could not be written (the change must not stand without it).
	 */
	public function record( string $object_type, int $object_id, string $action, int $actor_id, string $reason = '', array $details = array() ): void {
		$this->events->insert( $object_type, $object_id, $action, $actor_id, $reason, $details );
	}

	/**
	 * Events, newest first, optionally for one object or about one person.
	 *
	 * @return array{0: list<AuditEvent>, 1: int} The page of events and the total.
	 */
	public function list( ?string $object_type, ?int $object_id, int $page, int $per_page, ?int $person = null ): array {
		return $this->events->list( $object_type, $object_id, $page, $per_page, $person );
	}

	public function proposed( MatchProposed $event ): void {
		$this->record( 'match', $event->match->id, 'proposed', $event->actor_id, '', self::pair( $event->match ) );
	}

	public function started( MatchStarted $event ): void {
		$this->record( 'match', $event->match->id, 'started', $event->actor_id, '', self::pair( $event->match ) );
	}

	public function confirmed( MatchConfirmed $event ): void {
		$this->record( 'match', $event->match->id, 'confirmed', $event->actor_id );
	}

	/** Ended and completed alike (MatchCompleted is a MatchEnded): the reason, and what came next. */
	public function ended( MatchEnded $event ): void {
		$next    = $event->next;
		$details = array( 'next' => $next->kind );
		if ( null !== $next->mentor_id ) {
			$details['mentor'] = $next->mentor_id;
		}
		if ( null !== $next->position ) {
			$details['position'] = $next->position;
		}
		$this->record( 'match', $event->match->id, 'ended', $event->actor_id, $event->reason, $details );
	}

	public function backup_set( MatchBackupSet $event ): void {
		$backup = $event->match->backup_mentor_id;
		$this->record( 'match', $event->match->id, null === $backup ? 'backup_removed' : 'backup_set', $event->actor_id, '', array( 'backup' => (int) $backup ) );
	}

	/** One entry per match the absent mentor has: until when, and who covers. */
	public function mentor_away( MentorAway $event ): void {
		foreach ( $event->matches as $match ) {
			$this->record(
				'match',
				$match->id,
				'mentor_away',
				$event->actor_id,
				'',
				array(
					'until'  => $event->profile->away_until,
					'backup' => $match->backup_mentor_id,
				)
			);
		}
	}

	public function mentor_back( MentorBack $event ): void {
		foreach ( $event->matches as $match ) {
			$this->record( 'match', $match->id, 'mentor_back', $event->actor_id );
		}
	}

	/** @return array{mentee: int, mentor: int, source: string} */
	private static function pair( MatchRecord $match ): array {
		return array(
			'mentee' => $match->mentee_id,
			'mentor' => $match->mentor_id,
			'source' => $match->source,
		);
	}

	/**
	 * The people an entry's summary names (its details' mentee, mentor and backup).
	 *
	 * @return list<int>
	 */
	public static function named( AuditEvent $event ): array {
		$ids = array();
		foreach ( array( 'mentee', 'mentor', 'backup' ) as $key ) {
			if ( isset( $event->details[ $key ] ) && is_numeric( $event->details[ $key ] ) && (int) $event->details[ $key ] > 0 ) {
				$ids[] = (int) $event->details[ $key ];
			}
		}
		return $ids;
	}

	/** The entry as one sentence a person reads: names, not IDs; words, not codes. */
	public function summary( AuditEvent $event ): string {
		$details = $event->details;
		$name    = static fn ( string $key ): string => isset( $details[ $key ] ) && is_numeric( $details[ $key ] ) && (int) $details[ $key ] > 0 ? DisplayName::of( (int) $details[ $key ] ) : '';
		$reason  = MatchEndings::labels()[ $event->reason ] ?? $event->reason;
		if ( 'request' === $event->object_type ) {
			return self::request_summary( $event->action, $reason );
		}
		switch ( $event->action ) {
			case 'proposed':
				/* translators: 1: the mentor's name, 2: the mentee's name. */
				return sprintf( __( '%1$s was proposed as the mentor of %2$s.', 'wayfinder' ), $name( 'mentor' ), $name( 'mentee' ) );
			case 'started':
				/* translators: 1: the mentee's name, 2: the mentor's name, 3: how the match came about. */
				return sprintf( __( '%1$s and %2$s were matched %3$s.', 'wayfinder' ), $name( 'mentee' ), $name( 'mentor' ), self::how( (string) ( $details['source'] ?? '' ) ) );
			case 'confirmed':
				return __( 'The mentor confirmed the proposed match.', 'wayfinder' );
			case 'ended':
				return self::ended_summary( $event, $reason, $name( 'mentor' ) );
			case 'backup_set':
				/* translators: %s: a mentor's name. */
				return sprintf( __( '%s became the backup mentor.', 'wayfinder' ), $name( 'backup' ) );
			case 'backup_removed':
				return __( 'The backup mentor was removed.', 'wayfinder' );
			case 'mentor_away':
				$until = is_string( $details['until'] ?? null )
					/* translators: %s: a date. */
					? sprintf( __( 'The mentor is away until %s.', 'wayfinder' ), date_i18n( (string) get_option( 'date_format' ), (int) strtotime( (string) $details['until'] ) ) )
					: __( 'The mentor is away until further notice.', 'wayfinder' );
				$backup = $name( 'backup' );
				/* translators: %s: the backup mentor's name. */
				return '' === $backup ? $until : $until . ' ' . sprintf( __( '%s covers meanwhile.', 'wayfinder' ), $backup );
			case 'mentor_back':
				return __( 'The mentor is back.', 'wayfinder' );
			default:
				return __( 'A change to this match was recorded.', 'wayfinder' );
		}
	}

	private static function ended_summary( AuditEvent $event, string $reason, string $new_mentor ): string {
		$text = 'completed' === $event->reason
			? __( 'The mentorship was completed.', 'wayfinder' )
			: ( '' === $reason
				? __( 'The match ended.', 'wayfinder' )
				/* translators: %s: why the match ended, e.g. "the mentee wants a different mentor". */
				: sprintf( __( 'The match ended because %s.', 'wayfinder' ), $reason ) );
		$next = (string) ( $event->details['next'] ?? '' );
		if ( 'matched' === $next && '' !== $new_mentor ) {
			/* translators: %s: the new mentor's name. */
			$text .= ' ' . sprintf( __( 'The mentee’s new mentor is %s.', 'wayfinder' ), $new_mentor );
		} elseif ( 'waiting' === $next ) {
			$text .= ' ' . __( 'The mentee waits in the queue for a new mentor.', 'wayfinder' );
		} elseif ( 'proposed' === $next && '' !== $new_mentor ) {
			/* translators: %s: the new mentor's name. */
			$text .= ' ' . sprintf( __( '%s was proposed as the new mentor.', 'wayfinder' ), $new_mentor );
		} elseif ( 'requested' === $next && '' !== $new_mentor ) {
			/* translators: %s: the new mentor's name. */
			$text .= ' ' . sprintf( __( '%s was asked to be the new mentor.', 'wayfinder' ), $new_mentor );
		}
		return $text;
	}

	private static function request_summary( string $action, string $reason ): string {
		switch ( $action ) {
			case 'created':
				return __( 'A request for a mentor was made.', 'wayfinder' );
			case 'accepted':
				return __( 'The request was accepted and the mentorship started.', 'wayfinder' );
			case 'declined':
				return '' === $reason
					? __( 'The request was declined.', 'wayfinder' )
					/* translators: %s: the reason given. */
					: sprintf( __( 'The request was declined: %s', 'wayfinder' ), $reason );
			case 'cancelled':
				return '' === $reason
					? __( 'The request was withdrawn.', 'wayfinder' )
					/* translators: %s: the reason given. */
					: sprintf( __( 'The request was withdrawn: %s', 'wayfinder' ), $reason );
			case 'expired':
				return __( 'The request expired without an answer.', 'wayfinder' );
			default:
				return __( 'A change to this request was recorded.', 'wayfinder' );
		}
	}

	/** How a match came about, as the end of "X and Y were matched …". */
	private static function how( string $source ): string {
		$how = array(
			'auto'           => __( 'automatically', 'wayfinder' ),
			'mentee_request' => __( 'when the mentor accepted the mentee’s request', 'wayfinder' ),
			'coordinator'    => __( 'by a mentoring coordinator', 'wayfinder' ),
			'mentor_offer'   => __( 'when the mentee accepted the mentor’s offer', 'wayfinder' ),
			'cohort'         => __( 'in a cohort', 'wayfinder' ),
			'backup'         => __( 'when the backup mentor took over', 'wayfinder' ),
		);
		return $how[ $source ] ?? __( 'by the program', 'wayfinder' );
	}
}
