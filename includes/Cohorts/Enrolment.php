<?php
/**
 * Who may take a place in a cohort, and taking or giving one up: a mentee with one of the ways to
 * take part the cohort offers, a mentor who holds the mentor capability, never beyond the cohort's
 * seats or mentor places, never twice, never in a finished cohort. The place and its counter change
 * in one transaction; the database's counter and unique key decide races.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Cohorts\Events\CohortEnrolled;
use Wayfinder\Cohorts\Events\CohortWithdrawn;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class Enrolment {

	public function __construct( private readonly CohortMemberRepository $members = new CohortMemberRepository() ) {
	}

	/**
	 * Gives the person a place in the cohort.
	 *
	 * @param string $mode How a mentee takes part (Cohort::MODES); ignored for a mentor.
	 * @return CohortMember|WP_Error
	 */
	public function enrol( int $cohort_id, int $user_id, string $role, string $mode, int $actor_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$user = get_userdata( $user_id );
		if ( ! $user ) {
			return self::error( 'wayfinder_unknown_user', __( 'There is no such person on this site. Choose someone who has an account here.', 'wayfinder' ), 400 );
		}
		$refused = self::refusal( $cohort, $user, $role, $mode );
		if ( null !== $refused ) {
			return $refused;
		}
		$mode  = CohortMember::MENTOR === $role ? '' : $mode;
		$limit = CohortMember::MENTOR === $role ? $cohort->mentor_places : $cohort->seats;
		// The counter of places before the transaction (see add_counter()).
		$this->members->add_counter( $cohort->id, $role );
		$member = Transaction::run(
			function () use ( $cohort, $user, $role, $mode, $limit, $actor_id ) {
				$held = $this->members->find( $cohort->id, $user->ID );
				if ( null !== $held && CohortMember::ENROLLED === $held->status ) {
					/* translators: 1: a person's name, 2: the cohort's name. */
					return self::error( 'wayfinder_cohort_already_enrolled', sprintf( __( '%1$s already has a place in %2$s.', 'wayfinder' ), $user->display_name, $cohort->name ), 409 );
				}
				if ( ! $this->members->take_place( $cohort->id, $role, $limit ) ) {
					return CohortMember::MENTOR === $role
						/* translators: 1: the cohort's name, 2: how many mentor places it has. */
						? self::error( 'wayfinder_cohort_full', sprintf( __( 'All %2$d mentor places of %1$s are taken. Add places to the cohort, or withdraw a mentor first.', 'wayfinder' ), $cohort->name, $limit ), 409 )
						/* translators: 1: the cohort's name, 2: how many seats it has. */
						: self::error( 'wayfinder_cohort_full', sprintf( __( 'All %2$d seats of %1$s are taken. Add seats to the cohort, or withdraw a mentee first.', 'wayfinder' ), $cohort->name, $limit ), 409 );
				}
				$member = $this->members->add( $cohort->id, $user->ID, $role, $mode, $actor_id );
				if ( null === $member ) {
					/* translators: %s: a person's name. */
					return self::error( 'wayfinder_cohort_already_enrolled', sprintf( __( '%s was given a place in the cohort at the same moment. Nothing changed.', 'wayfinder' ), $user->display_name ), 409 );
				}
				return $member;
			}
		);
		if ( $member instanceof CohortMember ) {
			Events::dispatch( new CohortEnrolled( $cohort, $member, $actor_id ) );
		}
		return $member;
	}

	/**
	 * Frees the person's place in the cohort.
	 *
	 * @return CohortMember|WP_Error The place as it is now (withdrawn).
	 */
	public function withdraw( int $cohort_id, int $user_id, int $actor_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$result = Transaction::run(
			function () use ( $cohort, $user_id, $actor_id ) {
				$held = $this->members->find( $cohort->id, $user_id );
				if ( null === $held || ! $this->members->withdraw( $cohort->id, $user_id ) ) {
					return self::error( 'wayfinder_cohort_not_enrolled', __( 'This person has no place in the cohort (any more). Nothing changed.', 'wayfinder' ), 404 );
				}
				if ( ! $this->members->free_place( $cohort->id, $held->role ) || ! ( new CohortPairing( $this->members ) )->leave_group( $held ) ) {
					return self::error( 'wayfinder_cohort_places', __( 'The cohort\'s count of places could not be changed. Nothing changed; try again.', 'wayfinder' ), 500 );
				}
				if ( CohortMember::MENTOR === $held->role ) {
					$left = $this->leave_as_mentor( $cohort->id, $user_id, $actor_id );
					if ( is_wp_error( $left ) ) {
						return $left;
					}
				}
				return $this->members->find( $cohort->id, $user_id );
			}
		);
		if ( $result instanceof CohortMember ) {
			Events::dispatch( new CohortWithdrawn( $cohort, $result, $actor_id ) );
		}
		return $result ?? self::error( 'wayfinder_cohort_not_enrolled', __( 'This person has no place in the cohort (any more). Nothing changed.', 'wayfinder' ), 404 );
	}

	/**
	 * A mentor who leaves takes nobody's work with them: their project group is disbanded (its mentees
	 * wait for another group) and their 1:1 pairs in the cohort end (each mentee is told, and waits to
	 * be paired again, never with them).
	 *
	 * @return true|WP_Error
	 */
	private function leave_as_mentor( int $cohort_id, int $mentor_id, int $actor_id ) {
		if ( ! $this->members->disband_group( $cohort_id, $mentor_id ) ) {
			return self::error( 'wayfinder_cohort_places', __( 'The mentor\'s project group could not be disbanded. Nothing changed; try again.', 'wayfinder' ), 500 );
		}
		$matches = new MatchService();
		foreach ( ( new MatchRepository() )->open_in_cohort( $cohort_id ) as $match ) {
			if ( $mentor_id === $match->mentor_id ) {
				$ended = $matches->end( $match->id, 'mentor_quit', $actor_id );
				if ( is_wp_error( $ended ) ) {
					return $ended;
				}
			}
		}
		return true;
	}

	private static function refusal( Cohort $cohort, \WP_User $user, string $role, string $mode ): ?WP_Error {
		if ( Cohort::FINISHED === $cohort->stage ) {
			/* translators: %s: the cohort's name. */
			return self::error( 'wayfinder_cohort_finished', sprintf( __( '%s has finished: nobody can join it now.', 'wayfinder' ), $cohort->name ), 409 );
		}
		if ( CohortMember::MENTOR === $role ) {
			return Capabilities::can_mentor( $user->ID ) ? null : self::error(
				'wayfinder_not_a_mentor',
				/* translators: %s: a person's name. */
				sprintf( __( '%s is not a mentor. Give them the Mentor role under Users first, or enrol them as a mentee.', 'wayfinder' ), $user->display_name ),
				400
			);
		}
		if ( ! Capabilities::can_take_part( $user->ID ) ) {
			/* translators: %s: a person's name. */
			return self::error( 'wayfinder_cannot_take_part', sprintf( __( '%s cannot take part in the mentorship program on this site.', 'wayfinder' ), $user->display_name ), 400 );
		}
		if ( ! $cohort->offers( $mode ) ) {
			$labels = Cohort::mode_labels();
			return self::error(
				'wayfinder_cohort_mode',
				/* translators: 1: the cohort's name, 2: the ways it offers, e.g. "Paired with a mentor (1:1)". */
				sprintf( __( '%1$s does not offer that way of taking part. It offers: %2$s.', 'wayfinder' ), $cohort->name, implode( wp_get_list_item_separator(), array_map( static fn ( string $each ): string => $labels[ $each ] ?? $each, $cohort->modes ) ) ),
				400
			);
		}
		return null;
	}

	private static function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
