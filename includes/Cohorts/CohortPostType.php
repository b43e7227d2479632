<?php
/**
 * Cohorts: short programs (two to six weeks) of mentees and mentors, written in the block editor
 * (the description is the post's content) with the fields below as post meta.
 *
 * Readable by anyone once published (the public cohort page); written by mentoring coordinators.
 * REST: /wayfinder/v1/cohorts (WordPress's posts controller, with the meta below). The fields are
 * checked together before anything is saved (CohortRules), so a refused cohort leaves the saved one
 * as it was.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\MetaSchema;
use Wayfinder\Platform\RestNamespace;
use WP_Error;

final class CohortPostType {

	public const POST_TYPE           = 'wayfinder_cohort';
	public const START_DATE          = 'wayfinder_start_date';
	public const END_DATE            = 'wayfinder_end_date';
	public const SEATS               = 'wayfinder_seats';
	public const MENTOR_PLACES       = 'wayfinder_mentor_places';
	public const RESERVED_SEATS      = 'wayfinder_reserved_seats';
	public const MODES               = 'wayfinder_modes';
	public const ONE_TO_ONE_SESSIONS = 'wayfinder_one_to_one_sessions';
	public const GROUP_SESSIONS      = 'wayfinder_group_sessions';
	public const TRAINING            = 'wayfinder_training';
	public const TEAMS               = 'wayfinder_teams';
	public const STAGE               = 'wayfinder_stage';

	/** Primitive capabilities the post type maps to, granted to coordinators and administrators. */
	public const CAPABILITIES = array(
		'edit_wayfinder_cohorts',
		'edit_others_wayfinder_cohorts',
		'publish_wayfinder_cohorts',
		'read_private_wayfinder_cohorts',
		'delete_wayfinder_cohorts',
		'delete_others_wayfinder_cohorts',
		'delete_published_wayfinder_cohorts',
		'delete_private_wayfinder_cohorts',
		'edit_published_wayfinder_cohorts',
		'edit_private_wayfinder_cohorts',
	);

	public static function register(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'               => __( 'Cohorts', 'wayfinder' ),
					'singular_name'      => __( 'Cohort', 'wayfinder' ),
					'add_new_item'       => __( 'Add cohort', 'wayfinder' ),
					'edit_item'          => __( 'Edit cohort', 'wayfinder' ),
					'new_item'           => __( 'New cohort', 'wayfinder' ),
					'view_item'          => __( 'View cohort', 'wayfinder' ),
					'search_items'       => __( 'Search cohorts', 'wayfinder' ),
					'not_found'          => __( 'No cohorts yet. Add one to run a short program of mentees and mentors.', 'wayfinder' ),
					'not_found_in_trash' => __( 'No cohorts in the trash.', 'wayfinder' ),
					'all_items'          => __( 'Cohorts', 'wayfinder' ),
				),
				'description'     => __( 'Short programs of new and experienced contributors working together.', 'wayfinder' ),
				'public'          => true,
				'show_in_menu'    => 'wayfinder',
				'show_in_rest'    => true,
				'rest_namespace'  => RestNamespace::V1,
				'rest_base'       => 'cohorts',
				'has_archive'     => false,
				'rewrite'         => array( 'slug' => 'cohorts' ),
				'supports'        => array( 'title', 'editor', 'excerpt', 'custom-fields', 'revisions' ),
				'capability_type' => array( 'wayfinder_cohort', 'wayfinder_cohorts' ),
				'map_meta_cap'    => true,
			)
		);
		self::register_meta();
		add_action( 'rest_api_init', array( self::class, 'register_rest_fields' ) );
	}

	/** How many places are taken, for the people who can edit the cohort (the coordinators' list). */
	public static function register_rest_fields(): void {
		register_rest_field(
			self::POST_TYPE,
			'places',
			array(
				'get_callback' => static fn ( array $cohort ): array => current_user_can( 'edit_post', (int) $cohort['id'] ) ? ( new CohortMemberRepository() )->enrolled( (int) $cohort['id'] ) : array(),
				'schema'       => array(
					'description' => __( 'Places taken: mentees and mentors (for people who can edit the cohort).', 'wayfinder' ),
					'type'        => 'object',
					'context'     => array( 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'mentee' => array( 'type' => 'integer' ),
						'mentor' => array( 'type' => 'integer' ),
					),
				),
			)
		);
	}

	/** @return array<string, array<string, mixed>> Meta key => its schema (type included) and default. */
	public static function fields(): array {
		$date  = array(
			'type'    => 'string',
			'pattern' => '^(\d{4}-\d{2}-\d{2})?$',
			'default' => '',
		);
		$count = static fn ( int $min, int $max, int $default ): array => array(
			'type'    => 'integer',
			'minimum' => $min,
			'maximum' => $max,
			'default' => $default,
		);
		return array(
			self::START_DATE          => $date + array( 'description' => __( 'The first day of the cohort (YYYY-MM-DD).', 'wayfinder' ) ),
			self::END_DATE            => $date + array( 'description' => __( 'The last day of the cohort (YYYY-MM-DD): two to six weeks after the first.', 'wayfinder' ) ),
			self::SEATS               => $count( 1, 1000, 12 ) + array( 'description' => __( 'How many mentees take part.', 'wayfinder' ) ),
			self::MENTOR_PLACES       => $count( 1, 500, 6 ) + array( 'description' => __( 'How many mentors take part.', 'wayfinder' ) ),
			self::RESERVED_SEATS      => $count( 0, 1000, 0 ) + array( 'description' => __( 'Seats kept for contributors sponsored by a company.', 'wayfinder' ) ),
			self::MODES               => array(
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => Cohort::MODES,
				),
				'uniqueItems' => true,
				'default'     => array( Cohort::ONE_TO_ONE ),
				'description' => __( 'How mentees can take part: paired with a mentor (one_to_one), in a project group (project_group), in the group sessions only (group_only).', 'wayfinder' ),
			),
			self::ONE_TO_ONE_SESSIONS => $count( 0, 20, 2 ) + array( 'description' => __( 'The 1:1 sessions each mentee has with their mentor.', 'wayfinder' ) ),
			self::GROUP_SESSIONS      => $count( 0, 50, 3 ) + array( 'description' => __( 'The group sessions of the whole cohort.', 'wayfinder' ) ),
			self::TRAINING            => array(
				'type'        => 'array',
				'items'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'title' => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 200,
						),
						'url'   => array(
							'type'    => 'string',
							'pattern' => '^https?://\S+$',
						),
					),
					'required'             => array( 'title', 'url' ),
					'additionalProperties' => false,
				),
				'maxItems'    => 50,
				'default'     => array(),
				'description' => __( 'Training material: Learn WordPress courses, handbook pages, team onboarding (a title and a link each).', 'wayfinder' ),
			),
			self::TEAMS               => array(
				'type'        => 'array',
				'items'       => array(
					'type'    => 'string',
					'pattern' => '^[a-z0-9-]+$',
				),
				'uniqueItems' => true,
				'maxItems'    => 50,
				'default'     => array(),
				'description' => __( 'The teams taking part (their slugs).', 'wayfinder' ),
			),
			self::STAGE               => array(
				'type'        => 'string',
				'enum'        => Cohort::STAGES,
				'default'     => Cohort::DRAFT,
				'description' => __( 'Where the cohort is: draft, open (for applications), running or finished.', 'wayfinder' ),
			),
		);
	}

	private static function register_meta(): void {
		$can_edit   = static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id );
		$sanitizers = array(
			'string'  => array( self::class, 'sanitize_string' ),
			'integer' => array( self::class, 'sanitize_integer' ),
			'array'   => array( self::class, 'sanitize_array' ),
		);
		foreach ( self::fields() as $key => $field ) {
			$schema = array_diff_key( $field, array_flip( array( 'default', 'description' ) ) );
			$type   = (string) $field['type'];
			register_post_meta(
				self::POST_TYPE,
				$key,
				array(
					'type'              => $type,
					'description'       => (string) $field['description'],
					'single'            => true,
					'default'           => $field['default'],
					'sanitize_callback' => $sanitizers[ $type ],
					'auth_callback'     => $can_edit,
					'show_in_rest'      => array( 'schema' => $schema ),
				)
			);
		}
	}

	/** @param mixed $value */
	public static function sanitize_string( $value ): string {
		return sanitize_text_field( is_scalar( $value ) ? (string) $value : '' );
	}

	/** @param mixed $value */
	public static function sanitize_integer( $value ): int {
		return max( 0, (int) ( is_scalar( $value ) ? $value : 0 ) );
	}

	/**
	 * Lists of strings (modes, teams) or of training items (title and link).
	 *
	 * @param mixed $value
	 * @return list<mixed>
	 */
	public static function sanitize_array( $value ): array {
		$clean = array();
		foreach ( is_array( $value ) ? $value : array() as $item ) {
			if ( is_array( $item ) ) {
				$clean[] = array(
					'title' => sanitize_text_field( (string) ( $item['title'] ?? '' ) ),
					'url'   => esc_url_raw( (string) ( $item['url'] ?? '' ) ),
				);
			} elseif ( is_scalar( $item ) ) {
				$clean[] = sanitize_key( (string) $item );
			}
		}
		return $clean;
	}

	/** The refusal for a cohort that is not there (404), the same wherever it is asked for. */
	public static function not_found(): WP_Error {
		return new WP_Error( 'wayfinder_cohort_not_found', __( 'There is no such cohort. It may have been deleted.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/** The cohort with this ID, or null when there is none (or it is not a cohort). */
	/**
	 * The cohorts at a stage (published), newest first, at most $limit.
	 *
	 * @return list<int>
	 */
	public static function at_stage( string $stage, int $limit ): array {
		return array_values(
			array_map(
				'intval',
				get_posts(
					array(
						'post_type'      => self::POST_TYPE,
						'post_status'    => 'publish',
						'posts_per_page' => $limit,
						'fields'         => 'ids',
						'meta_key'       => self::STAGE, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of cohorts.
						'meta_value'     => $stage, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of cohorts.
						'no_found_rows'  => true,
					)
				)
			)
		);
	}

	/** @return list<int> Every cohort that is not in the trash, newest first. */
	public static function ids(): array {
		return array_values(
			array_map(
				'intval',
				get_posts(
					array(
						'post_type'      => self::POST_TYPE,
						'post_status'    => array( 'publish', 'draft', 'pending', 'future', 'private' ),
						'posts_per_page' => -1,
						'fields'         => 'ids',
						'no_found_rows'  => true,
					)
				)
			)
		);
	}

	public static function find( int $id ): ?Cohort {
		$post = $id > 0 ? get_post( $id ) : null;
		if ( ! $post instanceof \WP_Post || self::POST_TYPE !== $post->post_type || 'trash' === $post->post_status ) {
			return null;
		}
		$field = static function ( string $key ) use ( $id ) {
			$value = get_post_meta( $id, $key, true );
			return '' === $value && ! in_array( $key, array( self::START_DATE, self::END_DATE ), true ) ? self::fields()[ $key ]['default'] : $value;
		};
		return new Cohort(
			$id,
			get_the_title( $post ),
			(string) $field( self::START_DATE ),
			(string) $field( self::END_DATE ),
			(int) $field( self::SEATS ),
			(int) $field( self::MENTOR_PLACES ),
			(int) $field( self::RESERVED_SEATS ),
			array_values( array_map( 'strval', (array) $field( self::MODES ) ) ),
			(int) $field( self::ONE_TO_ONE_SESSIONS ),
			(int) $field( self::GROUP_SESSIONS ),
			array_values( (array) $field( self::TRAINING ) ),
			array_values( array_map( 'strval', (array) $field( self::TEAMS ) ) ),
			(string) $field( self::STAGE )
		);
	}

	/**
	 * Checks the cohort's fields before anything is saved (WordPress would save the post first and
	 * its fields after): each against its schema, then together (CohortRules) with what is saved
	 * already, so a change to one field is checked against the others.
	 *
	 * @param \stdClass|WP_Error $prepared The post about to be saved.
	 * @param \WP_REST_Request   $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public static function validate_before_save( $prepared, $request ) {
		if ( $prepared instanceof WP_Error ) {
			return $prepared;
		}
		$meta    = $request->get_param( 'meta' );
		$meta    = is_array( $meta ) ? $meta : array();
		$refused = MetaSchema::refusal( $meta, self::POST_TYPE );
		if ( null !== $refused ) {
			return $refused;
		}
		$id      = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$saved   = $id > 0 ? self::find( $id ) : null;
		$current = null === $saved ? array() : self::values( $saved );
		$values  = array();
		foreach ( self::fields() as $key => $field ) {
			$values[ $key ] = array_key_exists( $key, $meta ) ? $meta[ $key ] : ( $current[ $key ] ?? $field['default'] );
		}
		return ( new CohortRules() )->check( $values, $id ) ?? $prepared;
	}

	/** @return array<string, mixed> Meta key => the cohort's value. */
	private static function values( Cohort $cohort ): array {
		return array(
			self::START_DATE          => $cohort->start_date,
			self::END_DATE            => $cohort->end_date,
			self::SEATS               => $cohort->seats,
			self::MENTOR_PLACES       => $cohort->mentor_places,
			self::RESERVED_SEATS      => $cohort->reserved_seats,
			self::MODES               => $cohort->modes,
			self::ONE_TO_ONE_SESSIONS => $cohort->one_to_one_sessions,
			self::GROUP_SESSIONS      => $cohort->group_sessions,
			self::TRAINING            => $cohort->training,
			self::TEAMS               => $cohort->teams,
			self::STAGE               => $cohort->stage,
		);
	}
}
