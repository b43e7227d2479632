<?php
/**
 * Starts, confirms and ends matches. Capacity and "one active mentor per mentee" hold in the database
 * itself (a conditional UPDATE on the mentor's count and a unique key), so they hold with any number of
 * simultaneous requests on any number of web servers. Each change is one transaction: the match, the
 * mentor's count and the audit entry (written by the listener of the domain event fired inside it)
 * stand or fall together; emails wait until it is committed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\MatchBackupSet;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\MatchProposed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\Events\NextStep;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class MatchService {

	/** How a match came about; `backup` is a backup mentor taking over the mentee. */
	public const SOURCES = array( 'auto', 'mentee_request', 'coordinator', 'mentor_offer', 'cohort', 'backup' );

	/** A proposal or a running match: both hold a place with the mentor and the mentee's one primary slot. */
	public const OPEN_STATUSES = "('proposed','active')";

	/** The action fired with a MatchStarted event whenever a match starts active. */
	public const STARTED_HOOK = MatchStarted::HOOK;

	/** The action fired with a MatchConfirmed event when a proposal becomes active. */
	public const CONFIRMED_HOOK = MatchConfirmed::HOOK;

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
	) {
	}

	/**
	 * Starts a match, active at once or — when the mentor has not agreed yet — proposed.
	 *
	 * @param 'active'|'proposed' $status
	 * @param int                 $cohort_id The cohort the pair belongs to (source `cohort`), or 0.
	 * @return int|WP_Error The new match's ID, or why there is none.
	 */
	public function start( int $mentee_id, int $mentor_id, string $source, int $actor_id, string $status = 'active', int $cohort_id = 0 ) {
		$mentee = get_userdata( $mentee_id );
		$mentor = get_userdata( $mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return new WP_Error( 'wayfinder_unknown_user', __( 'Both the mentee and the mentor must be users of this site.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( $mentee_id === $mentor_id ) {
			return new WP_Error( 'wayfinder_self_match', __( 'Nobody can be their own mentor.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( ! Capabilities::can_mentor( $mentor->ID ) ) {
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_not_a_mentor', sprintf( __( '%s is not a mentor. Give them the Mentor role first.', 'wayfinder' ), $mentor->display_name ), array( 'status' => 400 ) );
		}
		if ( ! $this->profiles->find( $mentor_id )->available_now() ) {
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_mentor_unavailable', sprintf( __( '%s is away or retired and takes no new mentees now.', 'wayfinder' ), $mentor->display_name ), array( 'status' => 409 ) );
		}
		// A profile row to count on, for mentors who never saved theirs — before the transaction: an
		// INSERT IGNORE that meets the row takes a shared lock, and two such transactions both wanting
		// the row's exclusive lock for the count would deadlock.
		$this->profiles->ensure_row( $mentor->ID );
		return $this->atomically(
			array( $mentor_id ),
			function () use ( $mentee, $mentor, $source, $actor_id, $status, $cohort_id ) {
				if ( ! $this->profiles->take_place( $mentor->ID ) ) {
					$fresh = $this->profiles->find( $mentor->ID );
					return new WP_Error(
						'wayfinder_at_capacity',
						/* translators: 1: a person's name, 2: their current mentees, 3: their capacity. */
						sprintf( __( '%1$s has no room: %2$d of %3$d mentees.', 'wayfinder' ), $mentor->display_name, $fresh->active_mentees, $fresh->mentor_capacity ),
						array( 'status' => 409 )
					);
				}
				// The People list finds its mentees by this mark, so it stands or falls with the match; it
				// also holds the mentee's row, so two matches for one person at once go one after the other.
				if ( ! $this->profiles->mark_mentee( $mentee->ID ) ) {
					return self::not_marked();
				}
				$id = $this->matches->insert( $mentee->ID, $mentor->ID, $source, $status, $actor_id, $cohort_id );
				if ( null === $id ) {
					// The unique key refused a second open match; the transaction gives the place back.
					/* translators: %s: a person's name. */
					return new WP_Error( 'wayfinder_has_mentor', sprintf( __( '%s already has a mentor. End that match first.', 'wayfinder' ), $mentee->display_name ), array( 'status' => 409 ) );
				}
				$match = $this->require( $id );
				Events::dispatch( 'proposed' === $status ? new MatchProposed( $match, $actor_id ) : new MatchStarted( $match, $actor_id ) );
				return $id;
			}
		);
	}

	/** The refusal when the mentee's mark for the People list could not be written (nothing was saved). */
	public static function not_marked(): WP_Error {
		return new WP_Error( 'wayfinder_mentee_not_marked', __( 'The database refused to note the mentee, so nothing was saved. Try again; if it keeps failing, tell a site admin.', 'wayfinder' ), array( 'status' => 500 ) );
	}

	/**
	 * The mentor (or a coordinator) agrees to a proposed match: it becomes active.
	 *
	 * @return true|WP_Error
	 */
	public function confirm( int $match_id, int $actor_id ) {
		return Transaction::run(
			function () use ( $match_id, $actor_id ) {
				if ( ! $this->matches->activate( $match_id ) ) {
					return new WP_Error( 'wayfinder_match_not_proposed', __( 'Only a proposed match can be confirmed; this one is already active or has ended.', 'wayfinder' ), array( 'status' => 409 ) );
				}
				Events::dispatch( new MatchConfirmed( $this->require( $match_id ), $actor_id ) );
				return true;
			}
		);
	}

	/**
	 * Proposals nobody declined within the request expiry time become active: the coordinator chose,
	 * and the mentor had that long to say no. A bounded batch per run (WP-Cron, hourly).
	 *
	 * @return list<int> The matches confirmed.
	 */
	public function confirm_due(): array {
		$due = $this->matches->proposals_before( gmdate( 'Y-m-d H:i:s', time() - Settings::request_expiry_days() * DAY_IN_SECONDS ), 100 );
		return array_values( array_filter( $due, fn ( int $id ): bool => true === $this->confirm( $id, 0 ) ) );
	}

	/**
	 * Names (or, with 0, removes) the backup mentor who covers while the primary mentor is away.
	 *
	 * @return true|WP_Error
	 */
	public function set_backup( int $match_id, int $backup_id, int $actor_id ) {
		if ( 0 !== $backup_id && ! Settings::backup_mentors_enabled() ) {
			return new WP_Error( 'wayfinder_backups_off', __( 'Backup mentors are switched off for this program. A site admin can switch them on under Mentorship → Settings.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$match = $this->matches->find( $match_id );
		if ( null === $match || ! $match->is_open() ) {
			return new WP_Error( 'wayfinder_match_not_active', __( 'Only a proposed or active match can have a backup mentor.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( 0 !== $backup_id ) {
			$refused = $this->backup_refusal( $match, $backup_id );
			if ( null !== $refused ) {
				return $refused;
			}
		}
		return Transaction::run(
			function () use ( $match_id, $backup_id, $actor_id ) {
				if ( ! $this->matches->set_backup( $match_id, 0 === $backup_id ? null : $backup_id ) ) {
					return new WP_Error( 'wayfinder_not_saved', __( 'The backup mentor could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
				}
				Events::dispatch( new MatchBackupSet( $this->require( $match_id ), $actor_id ) );
				return true;
			}
		);
	}

	/** Why this person cannot be the match's backup, or null when they can. */
	private function backup_refusal( MatchRecord $match, int $backup_id ): ?WP_Error {
		if ( in_array( $backup_id, array( $match->mentor_id, $match->mentee_id ), true ) ) {
			return new WP_Error( 'wayfinder_invalid_backup', __( 'The backup must be someone other than the mentor and the mentee of this match.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$backup = get_userdata( $backup_id );
		if ( ! $backup || ! Capabilities::can_mentor( $backup->ID ) ) {
			return new WP_Error( 'wayfinder_not_a_mentor', __( 'The backup must be a mentor on this site.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( 'retired' === $this->profiles->find( $backup_id )->mentor_status ) {
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_mentor_unavailable', sprintf( __( '%s has retired from mentoring. Choose another backup.', 'wayfinder' ), $backup->display_name ), array( 'status' => 409 ) );
		}
		return null;
	}

	/**
	 * Ends a proposed or active match.
	 *
	 * @return true|WP_Error
	 */
	public function end( int $match_id, string $reason, int $actor_id ) {
		$ended = $this->close( $match_id, $reason, $actor_id );
		return is_wp_error( $ended ) ? $ended : true;
	}

	/**
	 * Ends a proposed or active match and, in the same transaction, does what follows for the mentee
	 * ($then: a new mentor, a place in the queue…); MatchEnded (or MatchCompleted, for a mentorship
	 * that ran its course) carries both. Should $then fail, the match is still running afterwards.
	 *
	 * @param (callable(MatchRecord): (NextStep|WP_Error))|null $then
	 * @return MatchEnded|WP_Error
	 */
	public function close( int $match_id, string $reason, int $actor_id, ?callable $then = null ) {
		$open = $this->matches->find( $match_id );
		if ( null === $open || ! $open->is_open() ) {
			return new WP_Error( 'wayfinder_match_not_active', __( 'This match is not running (it ended already, or does not exist).', 'wayfinder' ), array( 'status' => 409 ) );
		}
		return $this->atomically(
			array( $open->mentor_id ),
			function () use ( $open, $reason, $actor_id, $then ) {
				// A mentorship that ran its course is completed; any other ending is ended.
				if ( ! $this->matches->close( $open->id, $open->mentee_id, 'completed' === $reason ? 'completed' : 'ended', $reason ) ) {
					return new WP_Error( 'wayfinder_match_not_active', __( 'This match is not running (it ended already, or does not exist).', 'wayfinder' ), array( 'status' => 409 ) );
				}
				$this->profiles->free_place( $open->mentor_id );
				$ended = $this->require( $open->id );
				$next  = null === $then ? new NextStep( 'none' ) : $then( $ended );
				if ( is_wp_error( $next ) ) {
					return $next;
				}
				$event = 'completed' === $reason ? new MatchCompleted( $ended, $reason, $actor_id, $next ) : new MatchEnded( $ended, $reason, $actor_id, $next );
				Events::dispatch( $event );
				return $event;
			}
		);
	}

	public function find( int $match_id ): ?MatchRecord {
		return $this->matches->find( $match_id );
	}

	/**
	 * Matches, newest first, filtered by mentor, mentee and status.
	 *
	 * @param array{mentor?: int, mentee?: int, backup?: int, status?: string, source?: string} $filters
	 * @return array{0: list<MatchRecord>, 1: int} The page of records and the total.
	 */
	public function list( array $filters, int $page, int $per_page ): array {
		return $this->matches->list( $filters, $page, $per_page );
	}

	/**
	 * The repair step: every mentor's stored count of open matches set to what the matches table
	 * says (hourly, and `wp wayfinder repair`). Safe to run any time, and twice.
	 *
	 * @return array<int, array{was: int, now: int}> The mentors whose count was wrong.
	 */
	public function repair_counts(): array {
		return Transaction::run(
			function (): array {
				$real   = $this->matches->open_counts();
				$stored = $this->profiles->stored_counts();
				$fixed  = array();
				foreach ( $real + array_fill_keys( array_keys( $stored ), 0 ) as $mentor_id => $count ) {
					$was = $stored[ $mentor_id ] ?? 0;
					if ( $was !== $count ) {
						$this->profiles->ensure_row( $mentor_id );
						$this->profiles->recount( $mentor_id, $count );
						$fixed[ $mentor_id ] = array(
							'was' => $was,
							'now' => $count,
						);
					}
				}
				return $fixed;
			}
		);
	}

	/**
	 * Runs the work as one transaction; whatever it did to the mentors' cached profiles is forgotten
	 * when it is undone.
	 *
	 * @template T
	 * @param list<int>     $mentors
	 * @param callable(): T $work
	 * @return T
	 */
	private function atomically( array $mentors, callable $work ) {
		try {
			$result = Transaction::run( $work );
		} catch ( \Throwable $error ) {
			$this->forget( $mentors );
			throw $error;
		}
		if ( is_wp_error( $result ) ) {
			$this->forget( $mentors );
		}
		return $result;
	}

	/**
	 * Cached profiles may hold what was undone: the mentors named, and — when the work went further
	 * (a follow-up started another match) — all of them.
	 *
	 * @param list<int> $mentors
	 */
	private function forget( array $mentors ): void {
		array_map( array( $this->profiles, 'forget' ), $mentors );
		$this->profiles->forget_all();
	}

	private function require( int $match_id ): MatchRecord {
		$match = $this->matches->find( $match_id );
		if ( null === $match ) {
			throw new \RuntimeException( 'The match just written could not be read back.' );
		}
		return $match;
	}
}
