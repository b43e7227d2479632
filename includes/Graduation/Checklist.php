<?php
/**
 * A mentee's graduation checklist: each part the cohort's rule asks of them with how far along they
 * are, whether all are met, and whether they graduated. Worked out on every read from the figures
 * their place keeps (the features that change them write them) and their verified contributions: one
 * row and one count, so it is always as things are now. evaluate() is pure PHP (unit-tested).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

final class Checklist {

	/**
	 * @param list<ChecklistItem> $items The parts asked, in the order people see them.
	 */
	public function __construct(
		public readonly int $cohort_id,
		public readonly int $user_id,
		public readonly array $items,
		public readonly ?string $graduated_at = null,
		public readonly int $graduated_by = 0,
	) {
	}

	/**
	 * The checklist from what the cohort asks and what the mentee did.
	 *
	 * @param array{mode: string, one_to_ones_done: int, group_sessions_done: int, training_done: int, plan_goals: int} $place The mentee's place.
	 * @param array{one_to_one_sessions: int, group_sessions: int, training: int}                                      $cohort What the cohort plans: 1:1 sessions, group sessions, training items.
	 * @param int                                                                                                       $verified Their verified contributions since the cohort started.
	 * @param bool                                                                                                      $team_chosen Whether they chose a team to join.
	 */
	public static function evaluate( GraduationRule $rule, array $place, array $cohort, int $verified, bool $team_chosen, int $cohort_id = 0, int $user_id = 0, ?string $graduated_at = null, int $graduated_by = 0 ): self {
		$items = array();
		if ( $rule->contributions > 0 ) {
			$items[] = new ChecklistItem( ChecklistItem::CONTRIBUTIONS, $verified, $rule->contributions );
		}
		if ( $rule->one_to_ones && 'one_to_one' === $place['mode'] && $cohort['one_to_one_sessions'] > 0 ) {
			$items[] = new ChecklistItem( ChecklistItem::ONE_TO_ONES, $place['one_to_ones_done'], $cohort['one_to_one_sessions'] );
		}
		if ( $rule->group_sessions && $cohort['group_sessions'] > 0 ) {
			$items[] = new ChecklistItem( ChecklistItem::GROUP_SESSIONS, $place['group_sessions_done'], $cohort['group_sessions'] );
		}
		if ( $rule->training && $cohort['training'] > 0 ) {
			$items[] = new ChecklistItem( ChecklistItem::TRAINING, $place['training_done'], $cohort['training'] );
		}
		if ( $rule->plan ) {
			$items[] = new ChecklistItem( ChecklistItem::PLAN, min( 1, $place['plan_goals'] ), 1 );
		}
		if ( $rule->team ) {
			$items[] = new ChecklistItem( ChecklistItem::TEAM, $team_chosen ? 1 : 0, 1 );
		}
		return new self( $cohort_id, $user_id, $items, $graduated_at, $graduated_by );
	}

	/** Whether every part asked is met (a rule that asks nothing is met). */
	public function met(): bool {
		foreach ( $this->items as $item ) {
			if ( ! $item->met() ) {
				return false;
			}
		}
		return true;
	}

	public function graduated(): bool {
		return null !== $this->graduated_at;
	}

	/** @return list<ChecklistItem> The parts not met yet. */
	public function left(): array {
		return array_values( array_filter( $this->items, static fn ( ChecklistItem $item ): bool => ! $item->met() ) );
	}

	/** Where the mentee stands: graduated, ready (met, not confirmed yet) or working. */
	public function state(): string {
		if ( $this->graduated() ) {
			return 'graduated';
		}
		return $this->met() ? 'ready' : 'working';
	}

	/** What is left, in one line for people ('' when nothing is). */
	public function left_sentence(): string {
		return implode( '; ', array_map( static fn ( ChecklistItem $item ): string => $item->sentence(), $this->left() ) );
	}

	/** @return array<string, mixed> For the REST API. */
	public function to_array(): array {
		return array(
			'cohort'       => $this->cohort_id,
			'user'         => $this->user_id,
			'items'        => array_map( static fn ( ChecklistItem $item ): array => $item->to_array(), $this->items ),
			'met'          => $this->met(),
			'graduated'    => $this->graduated(),
			'graduated_at' => null === $this->graduated_at ? null : gmdate( 'c', (int) strtotime( $this->graduated_at . ' UTC' ) ),
			'graduated_by' => $this->graduated_by,
			'state'        => $this->state(),
			'left'         => $this->left_sentence(),
		);
	}
}
