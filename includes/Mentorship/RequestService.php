<?php
/**
 * Requests: every way to ask for a match. A mentee asks (for a given mentor, or any), a coordinator
 * asks a mentor to take a mentee, a mentor offers to take a waiting mentee. The person who must
 * answer is told by email; accepting starts the match through MatchService, so capacity and "one
 * mentor per mentee" hold whatever the path. Unanswered requests expire.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamPostType;
use WP_Error;

final class RequestService {

	public const TYPES       = array( 'mentee_request', 'coordinator_request', 'mentor_offer' );
	public const EXPIRE_HOOK = \Wayfinder\Platform\Cron::HOURLY;
	private const BATCH      = 500;

	/** The match source each kind of request leads to. */
	private const SOURCES = array(
		'mentee_request'      => 'mentee_request',
		'coordinator_request' => 'coordinator',
		'mentor_offer'        => 'mentor_offer',
	);

	public function __construct(
		private readonly MatchService $matches = new MatchService(),
		private readonly AuditTrail $audit = new AuditTrail(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
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
		if ( 'mentee_request' === $type ) {
			$this->remember_preferences( $mentee_id, $team, $language );
		}
		global $wpdb;
		$now = time();
		$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- insert() prepares.
			Schema::requests_table(),
			array(
				'type'       => $type,
				'mentee_id'  => $mentee_id,
				'mentor_id'  => $mentor_id > 0 ? $mentor_id : null,
				'team'       => $team,
				'language'   => $language,
				'message'    => sanitize_textarea_field( $ask['message'] ?? '' ),
				'status'     => 'open',
				'created_by' => $actor_id,
				'expires_at' => gmdate( 'Y-m-d H:i:s', $now + Settings::request_expiry_days() * DAY_IN_SECONDS ),
				'created_at' => gmdate( 'Y-m-d H:i:s', $now ),
			)
		);
		$id = (int) $wpdb->insert_id;
		$this->audit->record( 'request', $id, 'created', $actor_id, '', array( 'type' => $type ) );
		RequestNotices::created( (array) $this->find( $id ) );
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
		global $wpdb;
		$table = Schema::requests_table();
		$open  = $wpdb->get_row( $wpdb->prepare( "SELECT id, team FROM {$table} WHERE status = 'open' AND type = 'mentee_request' AND mentee_id = %d AND mentor_id IS NULL ORDER BY id LIMIT 1", $mentee_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		if ( ! is_array( $open ) ) {
			$id = $this->create(
				array(
					'type' => 'mentee_request',
					'team' => $team,
				),
				$mentee_id
			);
			return is_wp_error( $id ) ? $id : array(
				'request' => $id,
				'status'  => 'created',
			);
		}
		$id = (int) $open['id'];
		if ( $team === $open['team'] ) {
			return array(
				'request' => $id,
				'status'  => 'unchanged',
			);
		}
		$moved = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET team = %s WHERE id = %d AND status = 'open'", $team, $id ) ); // phpcs:ignore WordPress.DB -- our table.
		if ( ! $moved ) {
			return new WP_Error( 'wayfinder_request_closed', __( 'Your request was answered a moment ago. Look at your mentoring state to see who your mentor is.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$this->remember_preferences( $mentee_id, $team, '' );
		$this->audit->record(
			'request',
			$id,
			'team_changed',
			$mentee_id,
			'',
			array(
				'from' => (string) $open['team'],
				'to'   => $team,
			)
		);
		return array(
			'request' => $id,
			'status'  => 'moved',
		);
	}

	/**
	 * The teams in which a mentee waits for any mentor now (their open requests with a team).
	 *
	 * @return list<string>
	 */
	public function open_teams_of( int $mentee_id ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$teams = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT team FROM {$table} WHERE status = 'open' AND type = 'mentee_request' AND mentee_id = %d AND mentor_id IS NULL AND team <> ''", $mentee_id ) ); // phpcs:ignore WordPress.DB -- our table.
		return array_values( array_map( 'strval', $teams ) );
	}

	/** @return WP_Error|null Why this request cannot be made, or null. */
	private function check_new( string $type, int $mentee_id, int $mentor_id, int $actor_id ): ?WP_Error {
		$bad    = static fn ( string $code, string $message, int $status = 400 ): WP_Error => new WP_Error( $code, $message, array( 'status' => $status ) );
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
			case 'mentor_offer':
				if ( $actor_id !== $mentor_id || ! Capabilities::can_mentor( $actor_id ) ) {
					return $bad( 'wayfinder_forbidden', __( 'Only mentors offer to mentor, and only themselves.', 'wayfinder' ), 403 );
				}
				break;
		}
		if ( $mentor_id > 0 && ( ! get_userdata( $mentor_id ) || ! Capabilities::can_mentor( $mentor_id ) ) ) {
			return $bad( 'wayfinder_not_a_mentor', __( 'The mentor asked must be a mentor on this site.', 'wayfinder' ) );
		}
		if ( $mentor_id === $mentee_id ) {
			return $bad( 'wayfinder_self_match', __( 'Nobody can be their own mentor.', 'wayfinder' ) );
		}
		if ( ( new MentoringState() )->of( $mentee_id )['mentee']['has_mentor'] ) {
			/* translators: %s: a person's name. */
			return $bad( 'wayfinder_has_mentor', sprintf( __( '%s already has a mentor.', 'wayfinder' ), $mentee->display_name ), 409 );
		}
		if ( $this->open_between( $mentee_id, $mentor_id ) ) {
			return $bad( 'wayfinder_duplicate_request', __( 'There is already an open request for this mentee and mentor. Answer or cancel it first.', 'wayfinder' ), 409 );
		}
		return null;
	}

	/**
	 * Accepts or declines, as the person the request waits for. Accepting starts the match; if that is
	 * refused (the mentor is full, the mentee found a mentor meanwhile) the request stays open.
	 *
	 * @return true|WP_Error
	 */
	public function decide( int $id, bool $accept, int $actor_id, string $reason = '' ) {
		$request = $this->find( $id );
		if ( null === $request || ! $this->may_answer( $request, $actor_id ) ) {
			return new WP_Error( 'wayfinder_request_not_found', __( 'There is no such request waiting for your answer.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( 'open' !== $request['status'] ) {
			/* translators: %s: the request's status, e.g. expired. */
			return new WP_Error( 'wayfinder_request_closed', sprintf( __( 'This request is %s and can no longer be answered.', 'wayfinder' ), $request['status'] ), array( 'status' => 409 ) );
		}
		if ( $accept ) {
			// A request for any mentor is taken by the mentor who accepts it.
			$mentor   = null === $request['mentor_id'] ? $actor_id : (int) $request['mentor_id'];
			$match_id = $this->matches->start( (int) $request['mentee_id'], $mentor, self::SOURCES[ $request['type'] ], $actor_id );
			if ( is_wp_error( $match_id ) ) {
				return $match_id;
			}
			// Starting the match answered this request (see fulfil()).
			$closed = 'accepted' === ( $this->find( $id )['status'] ?? '' );
		} else {
			$closed = $this->close( $id, 'declined', null );
			if ( $closed ) {
				$this->audit->record( 'request', $id, 'declined', $actor_id, $reason );
				$this->keep_in_line( $request );
			}
		}
		if ( ! $closed ) {
			return new WP_Error( 'wayfinder_request_closed', __( 'This request was answered a moment ago.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		RequestNotices::closed( (array) $this->find( $id ), $actor_id, $reason );
		return true;
	}

	/**
	 * Withdraws an open request, as the person who made it or a coordinator.
	 *
	 * @return true|WP_Error
	 */
	public function cancel( int $id, int $actor_id, string $reason = '' ) {
		$request = $this->find( $id );
		if ( null === $request || ( (int) $request['created_by'] !== $actor_id && ! Capabilities::can_coordinate( $actor_id ) ) ) {
			return new WP_Error( 'wayfinder_request_not_found', __( 'There is no such request of yours.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! $this->close( $id, 'cancelled', null ) ) {
			return new WP_Error( 'wayfinder_request_closed', __( 'Only open requests can be cancelled.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$this->audit->record( 'request', $id, 'cancelled', $actor_id, $reason );
		RequestNotices::closed( (array) $this->find( $id ), $actor_id, $reason );
		return true;
	}

	/**
	 * Expires open requests past their date, a bounded batch at a time (WP-Cron, hourly). Running it
	 * twice changes nothing more.
	 *
	 * @return int How many expired.
	 */
	public function expire_due(): int {
		global $wpdb;
		$table = Schema::requests_table();
		$ids   = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE status = 'open' AND expires_at <= %s ORDER BY id LIMIT %d", gmdate( 'Y-m-d H:i:s' ), self::BATCH ) ); // phpcs:ignore WordPress.DB -- our table.
		$count = 0;
		foreach ( $ids as $id ) {
			if ( $this->close( (int) $id, 'expired', null ) ) {
				$this->audit->record( 'request', (int) $id, 'expired', 0 );
				$request = (array) $this->find( (int) $id );
				RequestNotices::closed( $request, 0 );
				$this->keep_in_line( $request );
				++$count;
			}
		}
		return $count;
	}

	/** @return array<string, mixed>|null */
	public function find( int $id ): ?array {
		global $wpdb;
		$table = Schema::requests_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		return is_array( $row ) ? $row : null;
	}

	/**
	 * The requests someone may see, newest first: all for coordinators; for others, those they are
	 * part of, plus (for mentors) open requests from mentees who asked for any mentor.
	 *
	 * @return list<array<string, mixed>>
	 */
	public function visible_to( int $user_id, ?string $status, int $limit = 100 ): array {
		return $this->page_for( $user_id, array( 'status' => $status ), 1, $limit )[0];
	}

	/**
	 * One page of visible_to(), filtered by status, type and a person in them, and how many there are in all.
	 *
	 * @param array{status?: string|null, type?: string|null, team?: string|null, language?: string|null, older_than?: int|null, person?: int|null} $filters
	 * @return array{0: list<array<string, mixed>>, 1: int}
	 */
	public function page_for( int $user_id, array $filters, int $page, int $per_page, bool $oldest_first = false ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$where = array( '1=1' );
		$args  = array();
		if ( ! Capabilities::can_coordinate( $user_id ) ) {
			$mine = 'mentee_id = %d OR mentor_id = %d OR created_by = %d';
			$args = array( $user_id, $user_id, $user_id );
			if ( Capabilities::can_mentor( $user_id ) ) {
				$mine .= " OR ( mentor_id IS NULL AND status = 'open' )";
			}
			$where[] = "( {$mine} )";
		}
		foreach ( array( 'status', 'type', 'team', 'language' ) as $column ) {
			if ( null !== ( $filters[ $column ] ?? null ) ) {
				$where[] = "{$column} = %s";
				$args[]  = $filters[ $column ];
			}
		}
		if ( null !== ( $filters['older_than'] ?? null ) ) {
			// Waiting at least this many days.
			$where[] = 'created_at <= %s';
			$args[]  = gmdate( 'Y-m-d H:i:s', time() - (int) $filters['older_than'] * DAY_IN_SECONDS );
		}
		if ( null !== ( $filters['person'] ?? null ) ) {
			$where[] = '( mentee_id = %d OR mentor_id = %d )';
			$args[]  = (int) $filters['person'];
			$args[]  = (int) $filters['person'];
		}
		$condition = implode( ' AND ', $where );
		// phpcs:disable WordPress.DB -- our table; every value goes through prepare().
		$total = (int) $wpdb->get_var( array() === $args ? "SELECT COUNT(*) FROM {$table}" : $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$condition}", $args ) );
		$order = $oldest_first ? 'ASC' : 'DESC';
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$condition} ORDER BY created_at {$order}, id {$order} LIMIT %d OFFSET %d", array_merge( $args, array( $per_page, ( $page - 1 ) * $per_page ) ) ), ARRAY_A );
		// phpcs:enable
		return array( is_array( $rows ) ? array_values( $rows ) : array(), $total );
	}

	/**
	 * The open requests someone is part of — as the mentee, the named mentor or the one who made it —
	 * oldest first; unlike visible_to(), without the queue of requests for any mentor that every mentor sees.
	 *
	 * @return list<array<string, mixed>>
	 */
	public function open_involving( int $user_id, int $limit = 100 ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE status = 'open' AND ( mentee_id = %d OR mentor_id = %d OR created_by = %d ) ORDER BY id LIMIT %d", $user_id, $user_id, $user_id, $limit ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/**
	 * The same rule as page_for()'s list, for one request.
	 *
	 * @param array<string, mixed> $request
	 */
	public function visible( array $request, int $user_id ): bool {
		return Capabilities::can_coordinate( $user_id )
			|| in_array( $user_id, array_map( 'intval', array( $request['mentee_id'], $request['mentor_id'] ?? 0, $request['created_by'] ) ), true )
			|| ( null === $request['mentor_id'] && 'open' === $request['status'] && Capabilities::can_mentor( $user_id ) );
	}

	/** @param array<string, mixed> $request */
	private function may_answer( array $request, int $actor_id ): bool {
		switch ( $request['type'] ) {
			case 'mentor_offer':
				return (int) $request['mentee_id'] === $actor_id;
			case 'coordinator_request':
				return (int) $request['mentor_id'] === $actor_id;
			default:
				// A mentee's request for a named mentor waits for that mentor; for any mentor, any mentor may take it.
				return null === $request['mentor_id'] ? Capabilities::can_mentor( $actor_id ) && (int) $request['mentee_id'] !== $actor_id : (int) $request['mentor_id'] === $actor_id;
		}
	}

	private function open_between( int $mentee_id, int $mentor_id ): bool {
		global $wpdb;
		$table = Schema::requests_table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE status = 'open' AND mentee_id = %d AND COALESCE(mentor_id, 0) = %d LIMIT 1", $mentee_id, $mentor_id ) ); // phpcs:ignore WordPress.DB -- our table.
	}

	/**
	 * A match started for the mentee, by whatever path: their open request for any mentor is answered
	 * by it, and the rest of their open requests (to other mentors, other mentors' offers) are moot.
	 */
	public function fulfil( int $match_id, int $mentee_id, int $actor_id ): void {
		global $wpdb;
		$table  = Schema::requests_table();
		$mentor = (int) ( $this->matches->find( $match_id )['mentor_id'] ?? 0 );
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT id, type, mentor_id FROM {$table} WHERE mentee_id = %d AND status = 'open'", $mentee_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		foreach ( (array) $rows as $row ) {
			// Asked of, offered by or taken by this match's mentor: the match is its answer.
			$answered = null === $row['mentor_id'] ? 'mentee_request' === $row['type'] : (int) $row['mentor_id'] === $mentor;
			if ( $answered && $this->close( (int) $row['id'], 'accepted', $match_id, $mentor ) ) {
				$this->audit->record( 'request', (int) $row['id'], 'accepted', $actor_id, '', array( 'match' => $match_id ) );
			} elseif ( ! $answered && $this->close( (int) $row['id'], 'cancelled', null ) ) {
				$this->audit->record( 'request', (int) $row['id'], 'cancelled', $actor_id, __( 'The mentee has a mentor now.', 'wayfinder' ) );
			}
		}
	}

	/**
	 * Closes an open request; false when it was not open any more (someone else closed it first). A
	 * request for any mentor that is accepted keeps the name of the mentor who took it.
	 */
	private function close( int $id, string $status, ?int $match_id, int $mentor_id = 0 ): bool {
		global $wpdb;
		$table = Schema::requests_table();
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, match_id = %s, mentor_id = COALESCE(mentor_id, NULLIF(%d, 0)), decided_at = %s WHERE id = %d AND status = 'open'", $status, null === $match_id ? null : (string) $match_id, $mentor_id, gmdate( 'Y-m-d H:i:s' ), $id ) ); // phpcs:ignore WordPress.DB -- our table.
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
	 *
	 * @param array<string, mixed> $request The closed request.
	 */
	private function keep_in_line( array $request ): void {
		global $wpdb;
		if ( 'coordinator_request' !== $request['type'] ) {
			return;
		}
		$mentee = (int) $request['mentee_id'];
		$table  = Schema::requests_table();
		$open   = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE mentee_id = %d AND status = 'open'", $mentee ) ); // phpcs:ignore WordPress.DB -- our table.
		if ( 0 === $open && ! ( new MentoringState() )->of( $mentee )['mentee']['has_mentor'] ) {
			( new AutoAssigner( new ProfileRepository(), $this->matches, $this ) )->assign( $mentee );
		}
	}
}
