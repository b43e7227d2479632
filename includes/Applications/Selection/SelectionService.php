<?php
/**
 * A cohort's selection, by its rules: propose (the Selector's decisions for the mentee applications
 * reviewed at least once, still pseudonymous), a coordinator's override of one, lock (refused while
 * any mentee application is in screening or released without a decision; then nothing changes), and
 * reveal (in one transaction: every decided application is at stage `decided` and the accepted are
 * enrolled; then `ApplicationDecided` per application). Each write holds the cohort's selection row,
 * so two coordinators at once act one after the other.
 *
 * Places (see docs/rest-api.md, "Selection and reveal"): the seats are the cohort's seats not already
 * held by a mentee enrolled by hand. 1:1 places are the sum of the capacities the cohort's enrolled
 * mentors offer (their mentor application's, else their profile's); project-group places are
 * CohortPairing::GROUP_SIZE per enrolled mentor; the group sessions only are limited by the seats. A
 * team's places are the capacities of the cohort's mentors who list it, counted for 1:1 and project
 * groups. Before any mentor is enrolled, each of the cohort's mentor places stands for one 1:1 mentee
 * and one project group, and teams are not limited. Ways of taking part the cohort does not offer
 * have no place.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Events\ApplicationDecided;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairing;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class SelectionService {

	/** The reason of a decision a coordinator made by hand. */
	public const BY_COORDINATOR = 'coordinator';

	/** A waitlist position after any other, until the waitlist is numbered again. */
	private const LAST = 999999999;

	public function __construct(
		private readonly SelectionRepository $selections = new SelectionRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
	}

	/**
	 * The selection's places for the cohort: what the Selector must respect, and the same in figures for people.
	 *
	 * @return array{rules: Rules, seats: int, reserved: int, reserved_until: string, released: bool, modes: array<string, int|null>, teams: array<string, int>|null}
	 */
	public function places( Cohort $cohort, ?int $waitlist, int $now ): array {
		$settings = ApplicationSettings::of( $cohort->id );
		$seats    = max( 0, $cohort->seats - $this->members->enrolled( $cohort->id )[ CohortMember::MENTEE ] );
		if ( SelectionRepository::REVEALED === $this->selections->find( $cohort->id )['status'] ) {
			$seats = max( 0, $cohort->seats ); // Once revealed, the accepted hold the seats they were chosen for.
		}
		$released = '' !== $settings->reserved_until && wp_date( 'Y-m-d', $now ) > $settings->reserved_until;
		$mentors  = $this->mentors( $cohort->id );
		$modes    = array();
		foreach ( Cohort::MODES as $mode ) {
			if ( ! $cohort->offers( $mode ) ) {
				$modes[ $mode ] = 0;
			}
		}
		$teams = null;
		if ( array() === $mentors ) {
			$modes += array(
				Cohort::ONE_TO_ONE    => $cohort->mentor_places,
				Cohort::PROJECT_GROUP => CohortPairing::GROUP_SIZE * $cohort->mentor_places,
			);
		} else {
			$teams = array();
			foreach ( $mentors as $mentor ) {
				foreach ( $mentor['teams'] as $team ) {
					$teams[ $team ] = ( $teams[ $team ] ?? 0 ) + $mentor['capacity'];
				}
			}
			$modes += array(
				Cohort::ONE_TO_ONE    => (int) array_sum( array_column( $mentors, 'capacity' ) ),
				Cohort::PROJECT_GROUP => CohortPairing::GROUP_SIZE * count( $mentors ),
			);
		}
		$listed = array();
		foreach ( Cohort::MODES as $mode ) {
			$listed[ $mode ] = $modes[ $mode ] ?? null;
		}
		return array(
			'rules'          => new Rules( $seats, max( 0, $cohort->reserved_seats ), $released, $modes, $teams, array( Cohort::ONE_TO_ONE, Cohort::PROJECT_GROUP ), $waitlist, (string) $cohort->id ),
			'seats'          => $seats,
			'reserved'       => min( max( 0, $cohort->reserved_seats ), $seats ),
			'reserved_until' => $settings->reserved_until,
			'released'       => $released,
			'modes'          => $listed,
			'teams'          => $teams,
		);
	}

	/**
	 * The cohort's mentors with what they offer.
	 *
	 * @return list<array{capacity: int, teams: list<string>}>
	 */
	private function mentors( int $cohort_id ): array {
		$ids = $this->members->mentor_ids( $cohort_id );
		if ( array() === $ids ) {
			return array();
		}
		$applied = array();
		foreach ( $this->applications->in_cohort( $cohort_id, Application::MENTOR ) as $application ) {
			$applied[ $application->user_id ] = $application;
		}
		$mentors = array();
		foreach ( ( new ProfileRepository() )->find_many( $ids ) as $user_id => $profile ) {
			$application = $applied[ $user_id ] ?? null;
			$mentors[]   = array(
				'capacity' => max( 1, null !== $application && $application->capacity > 0 ? $application->capacity : $profile->mentor_capacity ),
				'teams'    => null !== $application && array() !== $application->teams ? $application->teams : $profile->teams,
			);
		}
		return $mentors;
	}

	/**
	 * The ranked mentee applications in review or decided (those reviewed at least once, best first;
	 * then those with no review yet), each with how a tie above it was broken.
	 *
	 * @return list<array{application: Application, rank: int|null, tie: string}>
	 */
	public function ranked( Cohort $cohort ): array {
		$reviewed = array();
		$waiting  = array();
		$by_key   = array();
		foreach ( $this->applications->in_cohort( $cohort->id, Application::MENTEE ) as $application ) {
			if ( Application::SCREENING === $application->stage ) {
				continue;
			}
			if ( $application->reviews_done > 0 ) {
				$reviewed[]                        = self::candidate( $application );
				$by_key[ $application->pseudonym ] = $application;
			} else {
				$waiting[] = $application;
			}
		}
		$list = array();
		foreach ( Selector::rank( $reviewed, (string) $cohort->id ) as $index => $entry ) {
			$list[] = array(
				'application' => $by_key[ $entry['candidate']->key ],
				'rank'        => $index + 1,
				'tie'         => $entry['tie'],
			);
		}
		foreach ( $waiting as $application ) {
			$list[] = array(
				'application' => $application,
				'rank'        => null,
				'tie'         => '',
			);
		}
		return $list;
	}

	private static function candidate( Application $application ): Candidate {
		return new Candidate( $application->pseudonym, (float) $application->score, (float) $application->spread, $application->reviews_done, $application->sponsored, $application->mode, $application->teams );
	}

	/**
	 * Writes the Selector's decisions for the cohort's mentee applications in review that were
	 * reviewed at least once (every earlier decision, overrides included, is replaced); only while
	 * the selection is open.
	 *
	 * @param int|null $waitlist How many go on the waitlist (null: as many as the seats).
	 * @return array<string, int>|WP_Error Decision => how many mentee applications have it.
	 */
	public function propose( int $cohort_id, ?int $waitlist, int $actor_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		return Transaction::run(
			function () use ( $cohort, $waitlist, $actor_id, $now ) {
				$refused = $this->refuse_unless_open( $cohort );
				if ( null !== $refused ) {
					return $refused;
				}
				$candidates = array();
				$by_key     = array();
				foreach ( $this->applications->in_cohort( $cohort->id, Application::MENTEE, Application::REVIEW ) as $application ) {
					if ( $application->reviews_done > 0 ) {
						$candidates[]                      = self::candidate( $application );
						$by_key[ $application->pseudonym ] = $application;
					}
				}
				$counts = array(
					Application::ACCEPTED   => 0,
					Application::WAITLISTED => 0,
					Application::DECLINED   => 0,
				);
				foreach ( Selector::select( $candidates, $this->places( $cohort, $waitlist, $now )['rules'] ) as $outcome ) {
					$written = $this->applications->update(
						$by_key[ $outcome->key ]->id,
						array(
							'decision'        => $outcome->decision,
							'decision_reason' => $outcome->reason,
							'position'        => $outcome->position,
							'decided_by'      => $actor_id,
							'decided_at'      => gmdate( 'Y-m-d H:i:s', $now ),
						),
						$now,
						array( 'stage' => Application::REVIEW )
					);
					if ( false === $written ) {
						return self::not_saved();
					}
					++$counts[ $outcome->decision ];
				}
				return $counts;
			}
		);
	}

	/**
	 * A coordinator decides one mentee application by hand; only while the selection is open, and
	 * never more accepted than the seats. Someone put on the waitlist joins its end.
	 *
	 * @return Application|WP_Error The application as it is now.
	 */
	public function decide( int $application_id, string $decision, int $actor_id, int $now ) {
		$application = $this->applications->find( $application_id );
		if ( null === $application || ! $application->is_submitted() ) {
			return self::error( 'wayfinder_application_not_found', __( 'There is no such submitted application. Reload the list: it may have been withdrawn.', 'wayfinder' ), 404 );
		}
		if ( Application::MENTEE !== $application->role ) {
			return self::error( 'wayfinder_application_mentor', __( 'Mentor applications are decided on their own list, not in the mentees\' selection.', 'wayfinder' ), 400 );
		}
		if ( ! in_array( $decision, Application::DECISIONS, true ) ) {
			return self::error( 'wayfinder_decision_unknown', __( 'Choose accepted, waitlisted or declined.', 'wayfinder' ), 400 );
		}
		$cohort = CohortPostType::find( $application->cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		return Transaction::run(
			function () use ( $application, $cohort, $decision, $actor_id, $now ) {
				$refused = $this->refuse_unless_open( $cohort );
				if ( null !== $refused ) {
					return $refused;
				}
				if ( Application::REVIEW !== $application->stage ) {
					return self::error( 'wayfinder_application_in_screening', __( 'This application is still in screening: it can be decided once a screener has released it to review.', 'wayfinder' ), 409 );
				}
				if ( Application::ACCEPTED === $decision && ! $cohort->offers( $application->mode ) ) {
					return self::error( 'wayfinder_selection_mode', __( 'This applicant asked to take part in a way the cohort does not offer, so they cannot be accepted. Add that way to the cohort first, or put them on the waitlist.', 'wayfinder' ), 409 );
				}
				if ( Application::ACCEPTED === $decision && Application::ACCEPTED !== $application->decision ) {
					$seats = $this->places( $cohort, null, $now )['seats'];
					if ( $this->selections->with_decision( $cohort->id, Application::ACCEPTED, $application->id ) >= $seats ) {
						return self::error(
							'wayfinder_selection_seats_full',
							/* translators: %d: how many seats. */
							sprintf( _n( 'The %d seat is already given to an accepted applicant. Put someone on the waitlist or decline them first, or add seats to the cohort.', 'All %d seats are already given to accepted applicants. Put someone on the waitlist or decline them first, or add seats to the cohort.', $seats, 'wayfinder' ), $seats ),
							409
						);
					}
				}
				$position = null;
				if ( Application::WAITLISTED === $decision ) {
					$position = Application::WAITLISTED === $application->decision && null !== $application->position ? $application->position : self::LAST;
				}
				$written = $this->applications->update(
					$application->id,
					array(
						'decision'        => $decision,
						'decision_reason' => self::BY_COORDINATOR,
						'position'        => $position,
						'decided_by'      => $actor_id,
						'decided_at'      => gmdate( 'Y-m-d H:i:s', $now ),
					),
					$now,
					array( 'stage' => Application::REVIEW )
				);
				if ( 1 !== $written || ! $this->selections->renumber_waitlist( $cohort->id, $now ) ) {
					return self::not_saved();
				}
				return $this->applications->find( $application->id ) ?? self::not_saved();
			}
		);
	}

	/** Why the cohort's selection cannot change now, or null when it is open (holds its row: call inside a transaction). */
	private function refuse_unless_open( Cohort $cohort ): ?WP_Error {
		$status = $this->selections->hold( $cohort->id );
		if ( null === $status ) {
			return self::not_saved();
		}
		if ( SelectionRepository::OPEN !== $status ) {
			return self::error(
				'wayfinder_selection_locked',
				/* translators: %s: the cohort's name. */
				sprintf( __( 'The decisions for %s are locked: they can no longer change.', 'wayfinder' ), $cohort->name ),
				409
			);
		}
		return null;
	}

	/**
	 * Why the cohort's selection cannot be locked now ('' when it can): applications in screening or
	 * without a decision, more accepted than seats, none decided.
	 */
	public function lock_blocker( Cohort $cohort, int $now ): string {
		$unfinished = $this->selections->unfinished( $cohort->id );
		$reasons    = array();
		$settings   = ApplicationSettings::of( $cohort->id );
		if ( $settings->accepts_at( $now, $cohort->stage ) ) {
			// Everyone who applies must hear back: no decision is frozen while someone can still apply.
			$reasons[] = sprintf(
				/* translators: %s: the last day applications are taken. */
				__( 'Applications are open until the end of %s: lock the decisions once they close, or set an earlier last day in the cohort\'s Applications panel.', 'wayfinder' ),
				(string) date_i18n( (string) get_option( 'date_format' ), (int) strtotime( $settings->apply_until . ' 12:00:00' ) )
			);
		}
		if ( $unfinished['screening'] > 0 ) {
			/* translators: %d: how many applications. */
			$reasons[] = sprintf( _n( '%d application is still in screening: release it to review first.', '%d applications are still in screening: release them to review first.', $unfinished['screening'], 'wayfinder' ), $unfinished['screening'] );
		}
		if ( $unfinished['undecided'] > 0 ) {
			/* translators: %d: how many applications. */
			$reasons[] = sprintf( _n( '%d application released to review has no decision yet: propose the selection again once it is reviewed, or decide it by hand.', '%d applications released to review have no decision yet: propose the selection again once they are reviewed, or decide them by hand.', $unfinished['undecided'], 'wayfinder' ), $unfinished['undecided'] );
		}
		$seats    = $this->places( $cohort, null, $now )['seats'];
		$accepted = $this->selections->with_decision( $cohort->id, Application::ACCEPTED );
		if ( $accepted > $seats ) {
			/* translators: 1: how many accepted, 2: how many seats. */
			$reasons[] = sprintf( __( '%1$d applicants are accepted but there are %2$d seats: put some on the waitlist first.', 'wayfinder' ), $accepted, $seats );
		}
		if ( array() === $reasons && 0 === $accepted + $this->selections->with_decision( $cohort->id, Application::WAITLISTED ) + $this->selections->with_decision( $cohort->id, Application::DECLINED ) ) {
			$reasons[] = __( 'No application has a decision yet: propose the selection first.', 'wayfinder' );
		}
		return implode( ' ', $reasons );
	}

	/**
	 * Freezes the cohort's decisions.
	 *
	 * @return true|WP_Error
	 */
	public function lock( int $cohort_id, int $actor_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		return Transaction::run(
			function () use ( $cohort, $actor_id, $now ) {
				$refused = $this->refuse_unless_open( $cohort );
				if ( null !== $refused ) {
					return $refused;
				}
				$blocker = $this->lock_blocker( $cohort, $now );
				if ( '' !== $blocker ) {
					/* translators: %s: what stands in the way, in sentences. */
					return self::error( 'wayfinder_selection_not_ready', sprintf( __( 'The decisions cannot be locked yet. %s', 'wayfinder' ), $blocker ), 409 );
				}
				return $this->selections->lock( $cohort->id, $actor_id, $now ) ? true : self::not_saved();
			}
		);
	}

	/**
	 * Reveals the locked decisions: in one transaction every decided application of the cohort (a
	 * mentor's too) is at stage `decided`, the accepted are enrolled in the way they asked for, and
	 * the selection is revealed; then `ApplicationDecided` is fired for each.
	 *
	 * @return array<string, int>|WP_Error Decision => how many mentee applications have it.
	 */
	public function reveal( int $cohort_id, int $actor_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$decided = Transaction::run(
			function () use ( $cohort, $actor_id, $now ) {
				$status = $this->selections->hold( $cohort->id );
				if ( SelectionRepository::OPEN === $status ) {
					return self::error( 'wayfinder_selection_not_locked', __( 'Lock the decisions first: they are revealed only once they can no longer change.', 'wayfinder' ), 409 );
				}
				if ( SelectionRepository::LOCKED !== $status ) {
					/* translators: %s: the cohort's name. */
					return self::error( 'wayfinder_selection_revealed', sprintf( __( 'The decisions for %s were already revealed. Nothing changed.', 'wayfinder' ), $cohort->name ), 409 );
				}
				$decided   = array();
				$enrolment = new Enrolment( $this->members );
				foreach ( array( Application::MENTEE, Application::MENTOR ) as $role ) {
					foreach ( $this->applications->in_cohort( $cohort->id, $role, Application::REVIEW ) as $application ) {
						if ( '' === $application->decision ) {
							continue;
						}
						if ( 1 !== $this->applications->update( $application->id, array( 'stage' => Application::DECIDED ), $now, array( 'stage' => Application::REVIEW ) ) ) {
							return self::not_saved();
						}
						if ( Application::ACCEPTED === $application->decision ) {
							$enrolled = $this->enrol( $enrolment, $cohort, $application, $actor_id );
							if ( is_wp_error( $enrolled ) ) {
								return $enrolled;
							}
						}
						$decided[] = $application->id;
					}
				}
				return $this->selections->reveal( $cohort->id, $actor_id, $now ) ? $decided : self::not_saved();
			}
		);
		if ( is_wp_error( $decided ) ) {
			return $decided;
		}
		$counts = array(
			Application::ACCEPTED   => 0,
			Application::WAITLISTED => 0,
			Application::DECLINED   => 0,
		);
		foreach ( $decided as $id ) {
			$application = $this->applications->find( $id );
			if ( null === $application ) {
				continue;
			}
			if ( Application::MENTEE === $application->role ) {
				++$counts[ $application->decision ];
			}
			Events::dispatch( new ApplicationDecided( $application, $cohort ) );
		}
		return $counts;
	}

	/**
	 * Enrols an accepted applicant (a mentee in the way they asked for, a mentor as a mentor); one who
	 * already holds a place keeps it.
	 *
	 * @return true|WP_Error
	 */
	private function enrol( Enrolment $enrolment, Cohort $cohort, Application $application, int $actor_id ) {
		$held = $this->members->find( $cohort->id, $application->user_id );
		if ( null !== $held && CohortMember::ENROLLED === $held->status ) {
			return true;
		}
		$role   = Application::MENTOR === $application->role ? CohortMember::MENTOR : CohortMember::MENTEE;
		$member = $enrolment->enrol( $cohort->id, $application->user_id, $role, $application->mode, $actor_id );
		if ( is_wp_error( $member ) ) {
			return self::error(
				'wayfinder_selection_enrolment',
				/* translators: 1: the applicant, e.g. "Applicant 7F3K", 2: why they could not be enrolled. */
				sprintf( __( '%1$s could not be enrolled, so nothing was revealed: %2$s', 'wayfinder' ), $application->pseudonym_label(), $member->get_error_message() ),
				(int) ( $member->get_error_data()['status'] ?? 409 )
			);
		}
		return true;
	}

	private static function not_saved(): WP_Error {
		return self::error( 'wayfinder_selection_not_saved', __( 'The selection could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
	}

	private static function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
