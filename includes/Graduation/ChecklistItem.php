<?php
/**
 * One part of a mentee's graduation checklist: what it is, how far along they are and whether it is
 * met. sentence() says it for people (translated; the rest is pure PHP).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

final class ChecklistItem {

	public const CONTRIBUTIONS  = 'contributions';
	public const ONE_TO_ONES    = 'one_to_ones';
	public const GROUP_SESSIONS = 'group_sessions';
	public const TRAINING       = 'training';
	public const TEAM           = 'team';
	public const PLAN           = 'plan';

	public function __construct(
		public readonly string $key,
		public readonly int $done,
		public readonly int $required,
	) {
	}

	public function met(): bool {
		return $this->done >= $this->required;
	}

	/** How far along, for people: "2 of 3 group sessions attended", "Choose the team you want to join". */
	public function sentence(): string {
		$done     = $this->done;
		$required = $this->required;
		switch ( $this->key ) {
			case self::CONTRIBUTIONS:
				/* translators: 1: verified contributions, 2: how many the cohort asks for. */
				return sprintf( _n( '%1$d of %2$d verified contribution', '%1$d of %2$d verified contributions', $required, 'wayfinder' ), min( $done, $required ), $required );
			case self::ONE_TO_ONES:
				/* translators: 1: sessions attended, 2: sessions the cohort plans. */
				return sprintf( _n( '%1$d of %2$d 1:1 session attended', '%1$d of %2$d 1:1 sessions attended', $required, 'wayfinder' ), min( $done, $required ), $required );
			case self::GROUP_SESSIONS:
				/* translators: 1: sessions attended, 2: sessions the cohort plans. */
				return sprintf( _n( '%1$d of %2$d group session attended', '%1$d of %2$d group sessions attended', $required, 'wayfinder' ), min( $done, $required ), $required );
			case self::TRAINING:
				/* translators: 1: training items done, 2: all the cohort's items. */
				return sprintf( _n( '%1$d of %2$d training item done', '%1$d of %2$d training items done', $required, 'wayfinder' ), min( $done, $required ), $required );
			case self::TEAM:
				return $this->met() ? __( 'A team to join is chosen', 'wayfinder' ) : __( 'Choose the team you want to join', 'wayfinder' );
			default:
				return $this->met() ? __( 'The plan has a goal', 'wayfinder' ) : __( 'Write at least one goal in your plan', 'wayfinder' );
		}
	}

	/** What the part is, for column headings and lists. */
	public static function label( string $key ): string {
		$labels = array(
			self::CONTRIBUTIONS  => __( 'Verified contributions', 'wayfinder' ),
			self::ONE_TO_ONES    => __( '1:1 sessions', 'wayfinder' ),
			self::GROUP_SESSIONS => __( 'Group sessions', 'wayfinder' ),
			self::TRAINING       => __( 'Training', 'wayfinder' ),
			self::TEAM           => __( 'A team to join', 'wayfinder' ),
			self::PLAN           => __( 'A plan', 'wayfinder' ),
		);
		return $labels[ $key ] ?? $key;
	}

	/** @return array{key: string, label: string, done: int, required: int, met: bool, sentence: string} */
	public function to_array(): array {
		return array(
			'key'      => $this->key,
			'label'    => self::label( $this->key ),
			'done'     => $this->done,
			'required' => $this->required,
			'met'      => $this->met(),
			'sentence' => $this->sentence(),
		);
	}
}
