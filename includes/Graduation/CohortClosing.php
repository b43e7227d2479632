<?php
/**
 * Closing a cohort at its end, on the hourly tick. A running cohort whose last day is before today
 * (in the site's time zone) becomes finished — once: a conditional change of the stage, with
 * CohortClosed — and is marked to be told. Then each person of the closed cohort hears once how it
 * ended for them (CohortOutcome), at most BATCH a tick, each claimed by `closed_told_at` with a
 * conditional UPDATE in its own transaction: safe to run twice, and a tick killed halfway loses and
 * doubles nothing. A still-working mentee keeps their mentor: nothing of their match changes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Graduation\Events\CohortClosed;
use Wayfinder\Graduation\Events\CohortOutcome;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class CohortClosing {

	/** People told a tick, at most. */
	public const BATCH = 50;

	/** Post meta on a cohort closed here whose people are not all told yet. */
	public const TO_TELL = 'wayfinder_outcomes_to_tell';

	public function __construct(
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly Checklists $checklists = new Checklists(),
		private readonly CohortPairs $pairs = new CohortPairs(),
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
	) {
	}

	/**
	 * The tick: close what is due, then tell a batch.
	 *
	 * @return array{closed: int, told: int} How many cohorts closed and people were told.
	 */
	public function run( int $now ): array {
		return array(
			'closed' => $this->close_due( $now ),
			'told'   => $this->tell( $now ),
		);
	}

	/** Closes every running cohort whose end date has passed. How many it closed. */
	public function close_due( int $now ): int {
		$today  = (string) wp_date( 'Y-m-d', $now );
		$closed = 0;
		foreach ( CohortPostType::at_stage( Cohort::RUNNING, 100 ) as $id ) {
			$cohort = CohortPostType::find( $id );
			if ( null === $cohort || '' === $cohort->end_date || $cohort->end_date >= $today ) {
				continue;
			}
			$closed += true === $this->close( $cohort ) ? 1 : 0;
		}
		return $closed;
	}

	/**
	 * Closes one running cohort now, as the tick does at its end (an operator's `wp wayfinder cohort
	 * close` closes it early): finished, its people marked to be told, CohortClosed. A cohort that is
	 * not running is refused with why.
	 *
	 * @return true|WP_Error
	 */
	public function close( Cohort $cohort ): bool|WP_Error {
		if ( Cohort::RUNNING !== $cohort->stage ) {
			$stages = Cohort::stage_labels();
			return new WP_Error(
				'wayfinder_cohort_not_running',
				Cohort::FINISHED === $cohort->stage
					/* translators: %s: the cohort's name. */
					? sprintf( __( '%s is already finished. Nothing changed.', 'wayfinder' ), $cohort->name )
					/* translators: 1: the cohort's name, 2: its stage, e.g. "Open for applications". */
					: sprintf( __( 'Only a running cohort can be closed, and %1$s is at the stage "%2$s". Start it first, or change its stage in the cohort editor.', 'wayfinder' ), $cohort->name, $stages[ $cohort->stage ] ?? $cohort->stage ),
				array( 'status' => 409 )
			);
		}
		$done = Transaction::run(
			static function () use ( $cohort ): bool {
				// Conditional: only while it is still running, so two ticks (or a tick and an operator) close it once.
				if ( ! update_post_meta( $cohort->id, CohortPostType::STAGE, Cohort::FINISHED, Cohort::RUNNING ) ) {
					return false;
				}
				update_post_meta( $cohort->id, self::TO_TELL, 1 );
				Events::dispatch( new CohortClosed( $cohort ) );
				return true;
			}
		);
		return $done
			? true
			/* translators: %s: the cohort's name. */
			: new WP_Error( 'wayfinder_cohort_closed_meanwhile', sprintf( __( '%s was closed by someone else at the same moment. Nothing changed.', 'wayfinder' ), $cohort->name ), array( 'status' => 409 ) );
	}

	/** Tells at most BATCH people of closed cohorts how it ended. How many it told. */
	public function tell( int $now ): int {
		$told    = 0;
		$cohorts = get_posts(
			array(
				'post_type'      => CohortPostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => 20,
				'fields'         => 'ids',
				'meta_key'       => self::TO_TELL, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of cohorts.
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'no_found_rows'  => true,
			)
		);
		foreach ( $cohorts as $id ) {
			$cohort = CohortPostType::find( (int) $id );
			if ( null === $cohort ) {
				delete_post_meta( (int) $id, self::TO_TELL );
				continue;
			}
			$limit  = self::BATCH - $told;
			$places = $this->members->untold( $cohort->id, $limit );
			foreach ( $places as $place ) {
				$told += $this->tell_one( $cohort, $place, $now ) ? 1 : 0;
			}
			if ( count( $places ) < $limit ) {
				delete_post_meta( $cohort->id, self::TO_TELL ); // Everyone is told.
			}
			if ( $told >= self::BATCH ) {
				break;
			}
		}
		return $told;
	}

	private function tell_one( Cohort $cohort, CohortMember $place, int $now ): bool {
		return (bool) Transaction::run(
			function () use ( $cohort, $place, $now ): bool {
				if ( ! $this->members->claim_told( $place->id, $now ) ) {
					return false;
				}
				Events::dispatch( $this->outcome( $cohort, $place ) );
				return true;
			}
		);
	}

	private function outcome( Cohort $cohort, CohortMember $place ): CohortOutcome {
		if ( CohortMember::MENTOR === $place->role ) {
			$mentees = array();
			$ids     = $this->pairs->mentees_of( $cohort->id, $place->user_id );
			foreach ( $ids as $mentee ) {
				$list = $this->checklists->of( $cohort, $mentee );
				if ( null !== $list ) {
					$mentees[] = array(
						'name'  => \Wayfinder\Profiles\DisplayName::of( $mentee ),
						'state' => $list->state(),
						'left'  => $list->left_sentence(),
					);
				}
			}
			return new CohortOutcome( $cohort, $place, CohortOutcome::MENTOR, mentees: $mentees );
		}
		if ( CohortMember::WITHDRAWN === $place->status ) {
			return new CohortOutcome( $cohort, $place, CohortOutcome::WITHDRAWN );
		}
		$list = $this->checklists->of( $cohort, $place->user_id );
		if ( $place->has_graduated() ) {
			return new CohortOutcome( $cohort, $place, CohortOutcome::GRADUATED, $list, $this->handoffs->find_for( $place->user_id, $cohort->id ) );
		}
		return new CohortOutcome( $cohort, $place, CohortOutcome::WORKING, $list, mentor_id: $this->pairs->mentor_of( $cohort->id, $place->user_id ) );
	}
}
