<?php
/**
 * Requests: every way to ask for a match. A mentee asks (for a given mentor, or any), a coordinator
 * asks a mentor to take a mentee, a mentor offers to take a waiting mentee. Accepting starts the match
 * through MatchService, so capacity and "one mentor per mentee" hold whatever the path. Requests to or
 * from a named mentor expire when unanswered; a request for any mentor is the mentee's place in the
 * queue and ends only with a match or when the mentee stops. The rules live here, the SQL in
 * RequestRepository; every request opened or closed is told once (RequestOpened, RequestClosed), and
 * the notifications listen.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\RequestClosed;
use Wayfinder\Mentorship\Events\RequestOpened;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamPostType;
use WP_Error;

final class RequestService {

	public const TYPES       = array( 'mentee_request', 'coordinator_request', 'mentor_offer' );
	public const EXPIRE_HOOK = \Wayfinder\Platform\Cron::HOURLY;
	private const BATCH      = 500;

	/** The longest message and reason the table holds (message: text; the audit trail's reason: 200). */
	public const MESSAGE_MAX = 2000;
	public const REASON_MAX  = 200;

	/** The match source each kind of request leads to. */
	private const SOURCES = array(
		'mentee_request'      => 'mentee_request',
		'coordinator_request' => 'coordinator',
		'mentor_offer'        => 'mentor_offer',
	);

	private readonly WaitingMentees $waiting;

	public function __construct(
		private readonly MatchService $matches = new MatchService(),
		private readonly AuditTrail $audit = new AuditTrail(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly RequestRepository $requests = new RequestRepository(),
		?WaitingMentees $waiting = null,
	) {
		$this->waiting = $waiting ?? new WaitingMentees( $this->profiles, $this->requests );
	}

	/**
	 * @param array{type: string, mentee?: int|null, mentor?: int|null, team?: string, language?: string, message?: string} $ask
	 * @return int|WP_Error The request's ID.
	 */
	public function create( array $ask, int $actor_id ) {
		$type      = $ask['type'];
		$mentee_id = (int) ( $ask['mentee'] ?? ( 'mentee_request' === $type ? $actor_id : 0 ) );
		$mentor_id = (int) ( $ask['mentor'] ?? ( 'mentor_offer' === $type ? $actor_id : 0 ) );
		$team      = sanitize_key( $ask['team'] ?? '' );
		$language  = sanitize_text_field( $ask['language'] ?? '' );
		if ( '' !== $team && ! TeamPostType::exists( $team ) ) {
			/* translators: %s: a team slug. */
			return new WP_Error( 'wayfinder_unknown_team', sprintf( __( 'There is no team “%s”. Pick one of the teams listed under Mentorship → Teams.', 'wayfinder' ), $team ), array( 'status' => 400 ) );
		}
		$error = $this->check_new( $type, $mentee_id, $mentor_id, $actor_id );
		if ( $error ) {
			return $error;
		}
		$now = time();
		$id  = Transaction::run(
			function () use ( $type, $mentee_id, $mentor_id, $team, $language, $ask, $actor_id, $now ) {
				if ( 'mentee_request' === $type ) {
					$this->remember_preferences( $mentee_id, $team, $language );
				}
				// The People list finds its mentees by this mark, so it stands or falls with the request; it
				// also holds the mentee's row, so two asks for one person at once go one after the other.
				if ( ! $this->profiles->mark_mentee( $mentee_id ) ) {
					return MatchService::not_marked();
				}
				$id = $this->requests->insert_open(
					array(
						'type'       => $type,
						'mentee_id'  => $mentee_id,
						'mentor_id'  => $mentor_id > 0 ? $mentor_id : null,
						'team'       => $team,
						'language'   => $language,
						'message'    => sanitize_textarea_field( $ask['message'] ?? '' ),
						'created_by' => $actor_id,
						'expires_at' => gmdate( 'Y-m-d H:i:s', $now + Settings::request_expiry_days() * DAY_IN_SECONDS ),
						'created_at' => gmdate( 'Y-m-d H:i:s', $now ),
					)
				);
				if ( ! is_wp_error( $id ) ) {
					$this->audit->record( 'request', $id, 'created', $actor_id, '', array( 'type' => $type ) );
				}
				return $id;
			}
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$request = $this->requests->find( $id );
		if ( null !== $request ) {
			Events::dispatch( new RequestOpened( $request, $actor_id ) );
		}
		return $id;
	}

	/**
	 * A mentee asks for a mentor within a team (the orientation quiz's "Ask for a mentor in this
	 * team"): a new request for any mentor in that team — or, when they already wait for any mentor,
	 * that request moves to the team and keeps its place in the queue. Either way the team becomes
	 * their preferred team, as with create().
	 *
	 * @return array{request: int, status: string}|WP_Error status: created, moved or unchanged.
	 */
	public function ask_in_team( int $mentee_id, string $team ) {
		$team = sanitize_key( $team );
		if ( '' === $team || ! TeamPostType::exists( $team ) ) {
			/* translators: %s: a team slug. */
			return new WP_Error( 'wayfinder_unknown_team', sprintf( __( 'There is no team “%s”. Pick one of the teams listed under Mentorship → Teams.', 'wayfinder' ), $team ), array( 'status' => 400 ) );
		}
		$open = $this->requests->open_for_any( $mentee_id );
		if ( null === $open ) {
			$id    = $this->create(
				array(
					'type' => 'mentee_request',
					'team' => $team,
				),
				$mentee_id
			);
			$raced = is_wp_error( $id ) && 'wayfinder_duplicate_request' === $id->get_error_code() ? $this->requests->open_for_any( $mentee_id ) : null;
			if ( null !== $raced ) {
				// Asked twice at the same moment: the other ask made the request; this one changes nothing.
				return array(
					'request' => $raced->id,
					'status'  => 'unchanged',
				);
			}
			return is_wp_error( $id ) ? $id : array(
				'request' => $id,
				'status'  => 'created',
			);
		}
		if ( $team === $open->team ) {
			$this->remember_preferences( $mentee_id, $team, '' );
			return array(
				'request' => $open->id,
				'status'  => 'unchanged',
			);
		}
		$moved = Transaction::run(
			function () use ( $open, $team, $mentee_id ) {
				if ( ! $this->requests->move_to_team( $open->id, $team ) ) {
					return new WP_Error( 'wayfinder_request_closed', __( 'Your request was answered a moment ago. Look at your mentoring state to see who your mentor is.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				$this->remember_preferences( $mentee_id, $team, '' );
				$this->audit->record(
					'request',
					$open->id,
					'team_changed',
					$mentee_id,
					'',
					array(
						'from' => $open->team,
						'to'   => $team,
					)
				);
				return true;
			}
		);
		if ( is_wp_error( $moved ) ) {
			return $moved;
		}
		return array(
			'request' => $open->id,
			'status'  => 'moved',
		);
	}

	/**
	 * The teams in which a mentee waits for any mentor now (their open requests with a team).
	 *
	 * @return list<string>
	 */
	public function open_teams_of( int $mentee_id ): array {
		return $this->requests->open_teams_of( $mentee_id );
	}

	/** @return WP_Error|null Why this request cannot be made, or null. */
	private function check_new( string $type, int $mentee_id, int $mentor_id, int $actor_id ): ?WP_Error {
		$bad = static fn ( string $code, string $message, int $status = 400 ): WP_Error => new WP_Error( $code, $message, array( 'status' => $status ) );
		if ( 'mentor_offer' === $type ) {
			if ( $actor_id !== $mentor_id || ! Capabilities::can_mentor( $actor_id ) ) {
				return $bad( 'wayfinder_forbidden', __( 'Only mentors offer to mentor, and only themselves.', 'wayfinder' ), 403 );
			}
			// Only someone in this mentor's list of waiting mentees; for anyone else, nothing is revealed.
			$shown = $this->waiting->shows( $mentor_id, $mentee_id );
			if ( is_wp_error( $shown ) ) {
				return $shown;
			}
			if ( ! $shown ) {
				return $bad( 'wayfinder_not_waiting', __( 'There is nobody with that ID among the people waiting whom you could mentor. Pick someone from your list of waiting mentees.', 'wayfinder' ), 404 );
			}
		}
		$mentee = get_userdata( $mentee_id );
		if ( ! $mentee ) {
			return $bad( 'wayfinder_unknown_user', __( 'The mentee must be a user of this site.', 'wayfinder' ) );
		}
		// Who may ask this kind of request first, then whether the people fit.
		switch ( $type ) {
			case 'mentee_request':
				if ( $actor_id !== $mentee_id ) {
					return $bad( 'wayfinder_forbidden', __( 'People ask for a mentor for themselves. Coordinators send an assignment request instead.', 'wayfinder' ), 403 );
				}
				break;
			case 'coordinator_request':
				if ( ! Capabilities::can_coordinate( $actor_id ) ) {
					return $bad( 'wayfinder_forbidden', __( 'Only mentoring coordinators send assignment requests.', 'wayfinder' ), 403 );
				}
				if ( $mentor_id <= 0 ) {
					return $bad( 'wayfinder_missing_mentor', __( 'An assignment request names the mentor it asks.', 'wayfinder' ) );
				}
				break;
		}
		if ( $mentor_id > 0 && ( ! get_userdata( $mentor_id ) || ! Capabilities::can_mentor( $mentor_id ) ) ) {
			return $bad( 'wayfinder_not_a_mentor', __( 'The mentor asked must be a mentor on this site.', 'wayfinder' ) );
		}
		if ( $mentor_id === $mentee_id ) {
			return $bad( 'wayfinder_self_match', __( 'Nobody can be their own mentor.', 'wayfinder' ) );
		}
		if ( ( new MentoringState( $this->profiles ) )->of( $mentee_id )['mentee']['has_mentor'] ) {
			/* translators: %s: a person's name. */
			return $bad( 'wayfinder_has_mentor', sprintf( __( '%s already has a mentor.', 'wayfinder' ), $mentee->display_name ), 409 );
		}
		if ( $this->requests->open_between( $mentee_id, $mentor_id ) ) {
			return $bad( 'wayfinder_duplicate_request', __( 'There is already an open request for this mentee and mentor. Answer or cancel it first.', 'wayfinder' ), 409 );
		}
		return null;
	}

	/**
	 * Accepts or declines, as the person the request waits for. Accepting starts the match (in one
	 * transaction with closing the request); if that is refused (the mentor is full, the mentee found
	 * a mentor meanwhile) the request stays open. A request for any mentor is never declined by a
	 * mentor: it is the mentee's place in the queue (a mentor passes on them instead).
	 *
	 * @return true|WP_Error
	 */
	public function decide( int $id, bool $accept, int $actor_id, string $reason = '' ) {
		$request = $this->requests->find( $id );
		if ( null === $request || ! $this->may_answer( $request, $actor_id ) ) {
			return new WP_Error( 'wayfinder_request_not_found', __( 'There is no such request waiting for your answer.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! $accept && $request->for_any_mentor() ) {
			return new WP_Error( 'wayfinder_pass_instead', __( 'A request for any mentor cannot be declined: it keeps the mentee’s place in the queue for the other mentors. Pass on this mentee instead, and they will not be shown to you again.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		if ( ! $request->is_open() ) {
			return new WP_Error( 'wayfinder_request_closed', self::closed_sentence( $request->status ), array( 'status' => 409 ) );
		}
		if ( $accept ) {
			return Transaction::run(
				function () use ( $id, $request, $actor_id ) {
					// A request for any mentor is taken by the mentor who accepts it.
					$mentor   = $request->mentor_id ?? $actor_id;
					$match_id = $this->matches->start( $request->mentee_id, $mentor, self::SOURCES[ $request->type ], $actor_id );
					if ( is_wp_error( $match_id ) ) {
						return $match_id;
					}
					// Starting the match answered this request (see fulfil()).
					if ( 'accepted' !== ( $this->requests->find( $id )->status ?? '' ) ) {
						return new WP_Error( 'wayfinder_request_closed', __( 'This request was answered a moment ago.', 'wayfinder' ), array( 'status' => 409 ) );
					}
					return true;
				}
			);
		}
		$closed = $this->settle( $request, 'declined', $actor_id, $reason );
		if ( is_wp_error( $closed ) ) {
			return $closed;
		}
		$this->keep_in_line( $request );
		$this->announce( $request->id, $actor_id, $reason );
		return true;
	}

	/**
	 * Withdraws an open request, as the person who made it or a coordinator.
	 *
	 * @return true|WP_Error
	 */
	public function cancel( int $id, int $actor_id, string $reason = '' ) {
		$request = $this->requests->find( $id );
		if ( null === $request || ( $request->created_by !== $actor_id && ! Capabilities::can_coordinate( $actor_id ) ) ) {
			return new WP_Error( 'wayfinder_request_not_found', __( 'There is no such request of yours.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$closed = $this->settle( $request, 'cancelled', $actor_id, $reason );
		if ( is_wp_error( $closed ) ) {
			return 'wayfinder_request_closed' === $closed->get_error_code()
				? new WP_Error( 'wayfinder_request_closed', __( 'Only open requests can be cancelled.', 'wayfinder' ), array( 'status' => 409 ) )
				: $closed;
		}
		$this->announce( $request->id, $actor_id, $reason );
		return true;
	}

	/**
	 * Expires open requests to or from a named mentor past their date, a bounded batch at a time
	 * (WP-Cron, hourly). Requests for any mentor never expire. Running it twice changes nothing more.
	 *
	 * @return int How many expired.
	 */
	public function expire_due(): int {
		$count = 0;
		foreach ( $this->requests->due_to_expire( gmdate( 'Y-m-d H:i:s' ), self::BATCH ) as $id ) {
			$request = $this->requests->find( $id );
			if ( null !== $request && true === $this->settle( $request, 'expired', 0 ) ) {
				$this->keep_in_line( $request );
				$this->announce( $request->id, 0 );
				++$count;
			}
		}
		return $count;
	}

	/**
	 * A person's account is being deleted (or, on a network, leaves the program's site — `$reason` says
	 * so): their open requests (as the mentee or the mentor asked) are cancelled, so the queue holds nobody nameless and everyone behind them moves up; their passes
	 * are forgotten. The audit trail keeps the fact, without personal text.
	 */
	public function settle_deleted_user( int $user_id, string $reason = '' ): void {
		$reason = '' === $reason ? __( 'The account was deleted.', 'wayfinder' ) : $reason;
		foreach ( $this->requests->open_involving( $user_id, 1000 ) as $request ) {
			if ( $request->mentee_id !== $user_id && $request->mentor_id !== $user_id ) {
				continue; // A request they made for others (as a coordinator) still concerns those others.
			}
			if ( true === $this->settle( $request, 'cancelled', 0, $reason ) ) {
				$this->announce( $request->id, 0, $reason, RequestClosed::BY_DELETION );
			}
		}
		( new PassRepository() )->forget( $user_id );
	}

	public function find( int $id ): ?RequestRecord {
		return $this->requests->find( $id );
	}

	/**
	 * The requests someone may see, newest first: all for coordinators; for others, those they are
	 * part of, plus (for mentors) open requests from mentees who asked for any mentor.
	 *
	 * @return list<RequestRecord>
	 */
	public function visible_to( int $user_id, ?string $status, int $limit = 100 ): array {
		return $this->page_for( $user_id, array( 'status' => $status ), 1, $limit )[0];
	}

	/**
	 * One page of visible_to(), filtered by status, type and a person in them, and how many there are in all.
	 *
	 * @param array{status?: string|null, type?: string|null, team?: string|null, language?: string|null, older_than?: int|null, person?: int|null} $filters
	 * @return array{0: list<RequestRecord>, 1: int}
	 */
	public function page_for( int $user_id, array $filters, int $page, int $per_page, bool $oldest_first = false ): array {
		$everything = Capabilities::can_coordinate( $user_id );
		return $this->requests->page( $everything ? null : $user_id, ! $everything && Capabilities::can_mentor( $user_id ), $filters, $page, $per_page, $oldest_first );
	}

	/**
	 * The open requests someone is part of — as the mentee, the named mentor or the one who made it —
	 * oldest first; unlike visible_to(), without the queue of requests for any mentor that every mentor sees.
	 *
	 * @return list<RequestRecord>
	 */
	public function open_involving( int $user_id, int $limit = 100 ): array {
		return $this->requests->open_involving( $user_id, $limit );
	}

	/** The same rule as page_for()'s list, for one request. */
	public function visible( RequestRecord $request, int $user_id ): bool {
		return Capabilities::can_coordinate( $user_id )
			|| in_array( $user_id, $request->people(), true )
			|| ( null === $request->mentor_id && $request->is_open() && Capabilities::can_mentor( $user_id ) );
	}

	private function may_answer( RequestRecord $request, int $actor_id ): bool {
		switch ( $request->type ) {
			case 'mentor_offer':
				return $request->mentee_id === $actor_id;
			case 'coordinator_request':
				return $request->mentor_id === $actor_id;
			default:
				// A mentee's request for a named mentor waits for that mentor; for any mentor, any mentor may take it.
				return $request->for_any_mentor()
					? null === $request->mentor_id && Capabilities::can_mentor( $actor_id ) && $request->mentee_id !== $actor_id
					: $request->mentor_id === $actor_id;
		}
	}

	/**
	 * A match started for the mentee, by whatever path: their open request for any mentor is answered
	 * by it, and the rest of their open requests (to other mentors, other mentors' offers) are moot.
	 */
	public function fulfil( int $match_id, int $mentee_id, int $actor_id, ?int $mentor_id = null ): void {
		// The event carries the match: its mentor need not be read again.
		$mentor = $mentor_id ?? (int) ( $this->matches->find( $match_id )['mentor_id'] ?? 0 );
		$now    = gmdate( 'Y-m-d H:i:s' );
		foreach ( $this->requests->open_of_mentee( $mentee_id ) as $request ) {
			// Asked of, offered by or taken by this match's mentor: the match is its answer.
			$answered = $request->for_any_mentor() || $request->mentor_id === $mentor;
			if ( $answered && $this->requests->close( $request->id, $request->mentee_id, 'accepted', $match_id, $mentor, $now ) ) {
				$this->audit->record( 'request', $request->id, 'accepted', $actor_id, '', array( 'match' => $match_id ) );
				$this->announce( $request->id, $actor_id );
			} elseif ( ! $answered && $this->requests->close( $request->id, $request->mentee_id, 'cancelled', null, 0, $now ) ) {
				$this->audit->record( 'request', $request->id, 'cancelled', $actor_id, __( 'The mentee has a mentor now.', 'wayfinder' ) );
				$this->announce( $request->id, $actor_id, __( 'The mentee has a mentor now.', 'wayfinder' ), RequestClosed::BY_MATCH );
			}
		}
	}

	/**
	 * Closes an open request with its audit fact in one transaction. The caller then tells the
	 * listeners (announce()) once whatever follows from it has happened.
	 *
	 * @return true|WP_Error 409 when it was not open any more (someone else closed it first).
	 */
	private function settle( RequestRecord $request, string $status, int $actor_id, string $reason = '' ) {
		return Transaction::run(
			function () use ( $request, $status, $actor_id, $reason ) {
				if ( ! $this->requests->close( $request->id, $request->mentee_id, $status, null, 0, gmdate( 'Y-m-d H:i:s' ) ) ) {
					return new WP_Error( 'wayfinder_request_closed', __( 'This request was answered a moment ago.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				$this->audit->record( 'request', $request->id, $status, $actor_id, $reason );
				return true;
			}
		);
	}

	private function announce( int $id, int $actor_id, string $reason = '', string $cause = '' ): void {
		$closed = $this->requests->find( $id );
		if ( null !== $closed ) {
			Events::dispatch( new RequestClosed( $closed, $actor_id, $reason, $cause ) );
		}
	}

	private static function closed_sentence( string $status ): string {
		$sentences = array(
			'accepted'  => __( 'This request was accepted already and can no longer be answered.', 'wayfinder' ),
			'declined'  => __( 'This request was declined already and can no longer be answered.', 'wayfinder' ),
			'cancelled' => __( 'This request was cancelled and can no longer be answered.', 'wayfinder' ),
			'expired'   => __( 'This request expired and can no longer be answered.', 'wayfinder' ),
		);
		return $sentences[ $status ] ?? __( 'This request can no longer be answered.', 'wayfinder' );
	}

	/**
	 * A mentee who asks within a team or in a language wants that from every path to a mentor
	 * (automatic assignment, the board, mentors' "Find more mentees"): it becomes their preference.
	 */
	private function remember_preferences( int $mentee_id, string $team, string $language ): void {
		if ( '' === $team && '' === $language ) {
			return;
		}
		$profile = $this->profiles->find( $mentee_id );
		if ( ( '' === $team || $team === $profile->preferred_team ) && ( '' === $language || $language === $profile->preferred_language ) ) {
			return;
		}
		if ( '' !== $team ) {
			$profile->preferred_team = $team;
		}
		if ( '' !== $language ) {
			$profile->preferred_language = $language;
		}
		$this->profiles->save( $profile );
	}

	/**
	 * A coordinator asked a mentor for this mentee and the answer was no (or none): the mentee must
	 * not fall between the chairs, so unless they have a mentor or another open request, automatic
	 * assignment takes over (the best mentor at once, or the queue).
	 */
	private function keep_in_line( RequestRecord $request ): void {
		if ( 'coordinator_request' !== $request->type ) {
			return;
		}
		$mentee = $request->mentee_id;
		if ( 0 === $this->requests->count_open_of_mentee( $mentee ) && ! ( new MentoringState( $this->profiles ) )->of( $mentee )['mentee']['has_mentor'] ) {
			( new AutoAssigner( $this->profiles, $this->matches, $this ) )->assign( $mentee );
		}
	}
}
