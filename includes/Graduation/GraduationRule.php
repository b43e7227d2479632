<?php
/**
 * What a cohort asks of a mentee before they graduate: its own field (post meta `wayfinder_graduation`
 * on the cohort, written in the block editor's "Graduation" panel), with defaults filled in.
 * GraduationRule::of() reads it; from_array() is the pure part (unit-tested); schema() is registered
 * by GraduationModule.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

final class GraduationRule {

	/** The cohort's post meta. */
	public const META = 'wayfinder_graduation';

	/** The most verified contributions a cohort can ask for. */
	public const MAX_CONTRIBUTIONS = 20;

	/** The rule when a cohort says nothing. */
	public const DEFAULTS = array(
		'contributions'  => 1,
		'one_to_ones'    => true,
		'group_sessions' => true,
		'training'       => true,
		'team'           => true,
		'plan'           => false,
	);

	/**
	 * @param int  $contributions  At least this many verified contributions since the cohort started (0: none asked).
	 * @param bool $one_to_ones    Every 1:1 session the cohort plans attended (1:1 mentees only).
	 * @param bool $group_sessions Every group session the cohort plans attended.
	 * @param bool $training       Every training item of the cohort done.
	 * @param bool $team           A team chosen to join afterwards.
	 * @param bool $plan           At least one goal in the plan.
	 */
	public function __construct(
		public readonly int $contributions = 1,
		public readonly bool $one_to_ones = true,
		public readonly bool $group_sessions = true,
		public readonly bool $training = true,
		public readonly bool $team = true,
		public readonly bool $plan = false,
	) {
	}

	/**
	 * The rule from a stored value: missing parts take their default, numbers are kept within bounds.
	 *
	 * @param mixed $value The meta value (an array), or anything else for the defaults.
	 */
	public static function from_array( $value ): self {
		$value = is_array( $value ) ? $value + self::DEFAULTS : self::DEFAULTS;
		$flag  = static fn ( $each ): bool => is_bool( $each ) ? $each : in_array( $each, array( 1, '1', 'true' ), true );
		return new self(
			max( 0, min( self::MAX_CONTRIBUTIONS, (int) ( is_numeric( $value['contributions'] ) ? $value['contributions'] : self::DEFAULTS['contributions'] ) ) ),
			$flag( $value['one_to_ones'] ),
			$flag( $value['group_sessions'] ),
			$flag( $value['training'] ),
			$flag( $value['team'] ),
			$flag( $value['plan'] )
		);
	}

	/** The cohort's rule. */
	public static function of( int $cohort_id ): self {
		return self::from_array( metadata_exists( 'post', $cohort_id, self::META ) ? get_post_meta( $cohort_id, self::META, true ) : null );
	}

	/** @return array{contributions: int, one_to_ones: bool, group_sessions: bool, training: bool, team: bool, plan: bool} */
	public function to_array(): array {
		return array(
			'contributions'  => $this->contributions,
			'one_to_ones'    => $this->one_to_ones,
			'group_sessions' => $this->group_sessions,
			'training'       => $this->training,
			'team'           => $this->team,
			'plan'           => $this->plan,
		);
	}

	/** @return array<string, mixed> The meta's JSON schema (the REST API checks a save against it). */
	public static function schema(): array {
		$flag = static fn ( string $description ): array => array(
			'type'        => 'boolean',
			'description' => $description,
		);
		return array(
			'type'                 => 'object',
			'properties'           => array(
				'contributions'  => array(
					'type'        => 'integer',
					'minimum'     => 0,
					'maximum'     => self::MAX_CONTRIBUTIONS,
					'description' => __( 'At least this many verified contributions since the cohort started (0: none asked).', 'wayfinder' ),
				),
				'one_to_ones'    => $flag( __( 'Every 1:1 session the cohort plans attended (for mentees paired 1:1).', 'wayfinder' ) ),
				'group_sessions' => $flag( __( 'Every group session the cohort plans attended.', 'wayfinder' ) ),
				'training'       => $flag( __( 'Every training item of the cohort done.', 'wayfinder' ) ),
				'team'           => $flag( __( 'A team chosen to join after the cohort.', 'wayfinder' ) ),
				'plan'           => $flag( __( 'At least one goal in the mentee\'s plan.', 'wayfinder' ) ),
			),
			'additionalProperties' => false,
		);
	}

	/** Registers the field on the cohort post type, written by whoever can edit the cohort, read in the cohort's REST meta. */
	public static function register_meta(): void {
		register_post_meta(
			\Wayfinder\Cohorts\CohortPostType::POST_TYPE,
			self::META,
			array(
				'type'              => 'object',
				'description'       => __( 'What a mentee must have done to graduate from the cohort.', 'wayfinder' ),
				'single'            => true,
				'default'           => self::DEFAULTS,
				'sanitize_callback' => static fn ( $value ): array => self::from_array( $value )->to_array(),
				'auth_callback'     => static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id ),
				'show_in_rest'      => array( 'schema' => self::schema() ),
			)
		);
	}
}
