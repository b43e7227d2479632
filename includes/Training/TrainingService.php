<?php
/**
 * The rules of cohort training: a mentee marks one of their cohort's items done (and may take the
 * mark back, which takes any confirmation with it); their mentor in the cohort, or a coordinator,
 * confirms an item the mentee marked. Each change recounts the mentee's items done into their place
 * (training_done) and notes their activity.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class TrainingService {

	public function __construct(
		private readonly TrainingRepository $progress = new TrainingRepository(),
		private readonly TrainingItems $items = new TrainingItems(),
		private readonly CohortAccess $access = new CohortAccess(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
	}

	/**
	 * The mentee's items with their marks, for whoever may see them.
	 *
	 * @return list<array{item: TrainingItem, record: TrainingRecord|null}>|WP_Error
	 */
	public function progress_of( int $cohort_id, int $mentee_id, int $actor_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		if ( '' === $this->access->role( $cohort_id, $mentee_id, $actor_id ) ) {
			return $this->access->refusal( $cohort_id, $mentee_id, $actor_id );
		}
		return $this->listed( $cohort, $mentee_id );
	}

	/** @return list<array{item: TrainingItem, record: TrainingRecord|null}>|WP_Error The mentee's items, as they are now. */
	public function mark_done( int $cohort_id, string $key, int $mentee_id, ?int $now = null ) {
		$found = $this->own_item( $cohort_id, $key, $mentee_id );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		return Transaction::run( fn () => $this->progress->mark( $cohort_id, $mentee_id, $found->key, gmdate( 'Y-m-d H:i:s', $now ?? time() ) ) ? $this->changed( $cohort_id, $mentee_id, $now ) : self::not_saved() );
	}

	/** @return list<array{item: TrainingItem, record: TrainingRecord|null}>|WP_Error */
	public function undo( int $cohort_id, string $key, int $mentee_id, ?int $now = null ) {
		$found = $this->own_item( $cohort_id, $key, $mentee_id );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		return Transaction::run( fn () => $this->progress->unmark( $cohort_id, $mentee_id, $found->key ) ? $this->changed( $cohort_id, $mentee_id, $now ) : self::not_saved() );
	}

	/** @return list<array{item: TrainingItem, record: TrainingRecord|null}>|WP_Error */
	public function confirm( int $cohort_id, string $key, int $mentee_id, int $actor_id, ?int $now = null ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$role = $this->access->role( $cohort_id, $mentee_id, $actor_id );
		if ( '' === $role ) {
			return $this->access->refusal( $cohort_id, $mentee_id, $actor_id );
		}
		if ( CohortAccess::MENTEE === $role ) {
			return new WP_Error( 'wayfinder_training_own_confirmation', __( 'Your mentor confirms your training; you mark it done.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$item = $this->items->find( $cohort, $key );
		if ( null === $item ) {
			return self::unknown_item( $cohort );
		}
		$records = $this->progress->of_mentee( $cohort_id, $mentee_id );
		if ( ! isset( $records[ $item->key ] ) ) {
			return new WP_Error( 'wayfinder_training_not_done', __( 'This item is not marked done yet. It can be confirmed once the mentee marks it done.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( ! $this->progress->confirm( $cohort_id, $mentee_id, $item->key, $actor_id, gmdate( 'Y-m-d H:i:s', $now ?? time() ) ) ) {
			return self::not_saved();
		}
		return $this->listed( $cohort, $mentee_id );
	}

	/** @return TrainingItem|WP_Error The cohort's item, when the person may mark it as theirs. */
	private function own_item( int $cohort_id, string $key, int $mentee_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		if ( ! $this->access->is_mentee( $cohort_id, $mentee_id ) ) {
			return new WP_Error( 'wayfinder_training_not_yours', __( 'Only the cohort\'s mentees mark their training done, each their own.', 'wayfinder' ), array( 'status' => $mentee_id > 0 ? 403 : 401 ) );
		}
		return $this->items->find( $cohort, $key ) ?? self::unknown_item( $cohort );
	}

	/**
	 * The items as they are now, after the mentee's count and last activity are written (inside the
	 * caller's transaction: a refusal undoes the mark too).
	 *
	 * @return list<array{item: TrainingItem, record: TrainingRecord|null}>|WP_Error
	 */
	private function changed( int $cohort_id, int $mentee_id, ?int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		$listed = null === $cohort ? array() : $this->listed( $cohort, $mentee_id );
		if ( ! $this->members->set_progress( $cohort_id, $mentee_id, 'training_done', self::done( $listed ) ) || ! $this->members->touch( $cohort_id, $mentee_id, $now ) ) {
			return self::not_saved();
		}
		return $listed;
	}

	private static function not_saved(): WP_Error {
		return new WP_Error( 'wayfinder_training_not_saved', __( 'Your training could not be saved. Nothing changed; try again.', 'wayfinder' ), array( 'status' => 500 ) );
	}

	/** @return list<array{item: TrainingItem, record: TrainingRecord|null}> */
	private function listed( Cohort $cohort, int $mentee_id ): array {
		$records = $this->progress->of_mentee( $cohort->id, $mentee_id );
		return array_map(
			static fn ( TrainingItem $item ): array => array(
				'item'   => $item,
				'record' => $records[ $item->key ] ?? null,
			),
			$this->items->of( $cohort )
		);
	}

	/**
	 * The mentee's training as their cohort place keeps it: the cohort's items they marked done.
	 *
	 * @return array{training_done: int}
	 */
	public function figures( int $cohort_id, int $mentee_id ): array {
		$cohort = CohortPostType::find( $cohort_id );
		return array( 'training_done' => null === $cohort ? 0 : self::done( $this->listed( $cohort, $mentee_id ) ) );
	}

	/** @param list<array{item: TrainingItem, record: TrainingRecord|null}> $listed */
	private static function done( array $listed ): int {
		return count( array_filter( $listed, static fn ( array $each ): bool => null !== $each['record'] ) );
	}

	private static function unknown_item( Cohort $cohort ): WP_Error {
		/* translators: %s: the cohort's name. */
		return new WP_Error( 'wayfinder_training_unknown_item', sprintf( __( 'That is not one of the training items of %s. Reload the page to see its list as it is now.', 'wayfinder' ), $cohort->name ), array( 'status' => 404 ) );
	}
}
