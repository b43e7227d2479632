<?php
/**
 * The rules of who works with whom inside a cohort: a 1:1 pair needs a mentee who takes part 1:1
 * and a mentor of the cohort (the board saves it as a match tied to the cohort); a project group is
 * one mentor of the cohort and up to GROUP_SIZE of its project-group mentees — the group's places
 * are a counter in the database, so two coordinators at once never overfill it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\Transaction;
use WP_Error;

final class CohortPairing {

	/** The most mentees a project group takes (the program's groups had four to six). */
	public const GROUP_SIZE = 6;

	public function __construct( private readonly CohortMemberRepository $members = new CohortMemberRepository() ) {
	}

	/** Why this pair cannot be saved in the cohort, or null when it can. */
	public function refusal_to_pair( int $cohort_id, int $mentee_id, int $mentor_id ): ?WP_Error {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$mentee = $this->members->find( $cohort_id, $mentee_id );
		if ( null === $mentee || CohortMember::ENROLLED !== $mentee->status || CohortMember::MENTEE !== $mentee->role || Cohort::ONE_TO_ONE !== $mentee->mode ) {
			/* translators: %s: the cohort's name. */
			return self::error( 'wayfinder_cohort_not_one_to_one', sprintf( __( 'This mentee does not take part 1:1 in %s, so they get no mentor of their own. Enrol them 1:1 first.', 'wayfinder' ), $cohort->name ), 400 );
		}
		return $this->refusal_of_mentor( $cohort, $mentor_id );
	}

	/**
	 * Puts a project-group mentee in a mentor's group, moves them to another, or (leader 0) takes them
	 * out of any.
	 *
	 * @return CohortMember|WP_Error The mentee's place as it is now.
	 */
	public function group( int $cohort_id, int $mentee_id, int $leader_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$mentee = $this->members->find( $cohort_id, $mentee_id );
		if ( null === $mentee || CohortMember::ENROLLED !== $mentee->status || CohortMember::MENTEE !== $mentee->role || Cohort::PROJECT_GROUP !== $mentee->mode ) {
			/* translators: %s: the cohort's name. */
			return self::error( 'wayfinder_cohort_not_in_groups', sprintf( __( 'This mentee does not take part in a project group in %s. Enrol them for a project group first.', 'wayfinder' ), $cohort->name ), 400 );
		}
		if ( $leader_id > 0 ) {
			$refused = $this->refusal_of_mentor( $cohort, $leader_id );
			if ( null !== $refused ) {
				return $refused;
			}
		}
		if ( $leader_id === $mentee->leader_id ) {
			return $mentee;
		}
		if ( $leader_id > 0 ) {
			// The counter of the group's places before the transaction (see CohortMemberRepository::add_counter()).
			$this->members->add_counter( $cohort->id, self::group_key( $leader_id ) );
		}
		return Transaction::run(
			function () use ( $cohort, $mentee, $leader_id ) {
				if ( $leader_id > 0 && ! $this->members->take_place( $cohort->id, self::group_key( $leader_id ), self::GROUP_SIZE ) ) {
					return self::error(
						'wayfinder_group_full',
						/* translators: 1: the mentor's name, 2: how many mentees a group takes. */
						sprintf( __( 'The project group of %1$s is full: a group takes %2$d mentees. Choose another mentor\'s group.', 'wayfinder' ), self::name_of( $leader_id ), self::GROUP_SIZE ),
						409
					);
				}
				if ( $mentee->leader_id > 0 && ! $this->members->free_place( $cohort->id, self::group_key( $mentee->leader_id ) ) ) {
					return self::not_saved();
				}
				if ( ! $this->members->set_leader( $cohort->id, $mentee->user_id, $leader_id ) ) {
					return self::not_saved();
				}
				return $this->members->find( $cohort->id, $mentee->user_id ) ?? self::not_saved();
			}
		);
	}

	/** A mentee who leaves the cohort leaves their group's place free. */
	public function leave_group( CohortMember $place ): bool {
		return $place->leader_id <= 0 || $this->members->free_place( $place->cohort_id, self::group_key( $place->leader_id ) );
	}

	/** The key of a project group's places in the cohort's counters. */
	public static function group_key( int $leader_id ): string {
		return 'group:' . $leader_id;
	}

	private function refusal_of_mentor( Cohort $cohort, int $mentor_id ): ?WP_Error {
		$mentor = $this->members->find( $cohort->id, $mentor_id );
		if ( null === $mentor || CohortMember::ENROLLED !== $mentor->status || CohortMember::MENTOR !== $mentor->role ) {
			/* translators: %s: the cohort's name. */
			return self::error( 'wayfinder_cohort_not_a_mentor', sprintf( __( 'This person is not a mentor in %s. Enrol them as a mentor first.', 'wayfinder' ), $cohort->name ), 400 );
		}
		return null;
	}

	private static function name_of( int $user_id ): string {
		$user = get_userdata( $user_id );
		return $user ? $user->display_name : '';
	}

	private static function not_saved(): WP_Error {
		return self::error( 'wayfinder_group_not_saved', __( 'The project group could not be changed. Nothing changed; try again.', 'wayfinder' ), 500 );
	}

	private static function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
