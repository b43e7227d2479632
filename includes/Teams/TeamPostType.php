<?php
/**
 * Teams: the community's contributor teams (a Make team each), editable content with the fields
 * mentoring needs — whether the team takes newcomers, where to start, and who represents it.
 *
 * Readable by anyone (they are public pages on a Make network); written by mentoring coordinators.
 * REST: /wayfinder/v1/teams (WordPress's posts controller, with the meta below).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Teams;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\MetaSchema;
use Wayfinder\Platform\RestNamespace;
use WP_Error;

final class TeamPostType {

	public const POST_TYPE         = 'wayfinder_team';
	public const ACCEPTS_NEWCOMERS = 'wayfinder_accepts_newcomers';
	public const HANDBOOK_URL      = 'wayfinder_handbook_url';
	public const LEARN_URL         = 'wayfinder_learn_url';
	public const CHAT_CHANNEL      = 'wayfinder_chat_channel';
	public const REPRESENTATIVES   = 'wayfinder_representatives';

	/** Primitive capabilities the post type maps to, granted to coordinators and administrators. */
	public const CAPABILITIES = array(
		'edit_wayfinder_teams',
		'edit_others_wayfinder_teams',
		'publish_wayfinder_teams',
		'read_private_wayfinder_teams',
		'delete_wayfinder_teams',
		'delete_others_wayfinder_teams',
		'delete_published_wayfinder_teams',
		'delete_private_wayfinder_teams',
		'edit_published_wayfinder_teams',
		'edit_private_wayfinder_teams',
	);

	public static function register(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'               => __( 'Teams', 'wayfinder' ),
					'singular_name'      => __( 'Team', 'wayfinder' ),
					'add_new_item'       => __( 'Add team', 'wayfinder' ),
					'edit_item'          => __( 'Edit team', 'wayfinder' ),
					'new_item'           => __( 'New team', 'wayfinder' ),
					'view_item'          => __( 'View team', 'wayfinder' ),
					'search_items'       => __( 'Search teams', 'wayfinder' ),
					'not_found'          => __( 'No teams yet. Add the teams newcomers can join.', 'wayfinder' ),
					'not_found_in_trash' => __( 'No teams in the trash.', 'wayfinder' ),
					'all_items'          => __( 'Teams', 'wayfinder' ),
				),
				'description'     => __( 'The contributor teams mentees can join.', 'wayfinder' ),
				'public'          => true,
				'show_in_menu'    => 'wayfinder',
				'show_in_rest'    => true,
				'rest_namespace'  => RestNamespace::V1,
				'rest_base'       => 'teams',
				'has_archive'     => false,
				'rewrite'         => array( 'slug' => 'teams' ),
				'supports'        => array( 'title', 'editor', 'excerpt', 'custom-fields', 'revisions' ),
				'capability_type' => array( 'wayfinder_team', 'wayfinder_teams' ),
				'map_meta_cap'    => true,
			)
		);
		self::register_meta();
		add_action( 'rest_api_init', array( self::class, 'register_rest_fields' ) );
	}

	/** The representatives' names, for the people who edit teams (the IDs alone say nothing). */
	public static function register_rest_fields(): void {
		register_rest_field(
			self::POST_TYPE,
			'representative_names',
			array(
				'get_callback' => static function ( array $team ): array {
					if ( ! current_user_can( 'edit_post', (int) $team['id'] ) ) {
						return array();
					}
					$names = array();
					foreach ( (array) get_post_meta( (int) $team['id'], self::REPRESENTATIVES, true ) as $user_id ) {
						$user = get_userdata( (int) $user_id );
						if ( $user ) {
							$names[] = array(
								'id'   => $user->ID,
								'name' => $user->display_name,
							);
						}
					}
					return $names;
				},
				'schema'       => array(
					'description' => __( 'The team representatives with their display names (for people who can edit the team).', 'wayfinder' ),
					'type'        => 'array',
					'context'     => array( 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'id'   => array( 'type' => 'integer' ),
							'name' => array( 'type' => 'string' ),
						),
					),
				),
			)
		);
	}

	private static function register_meta(): void {
		$can_edit = static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id );
		$urls     = array(
			self::HANDBOOK_URL => __( 'The team handbook, where a newcomer starts reading.', 'wayfinder' ),
			self::LEARN_URL    => __( 'Learn WordPress courses or lessons for this team.', 'wayfinder' ),
		);
		register_post_meta(
			self::POST_TYPE,
			self::ACCEPTS_NEWCOMERS,
			array(
				'type'              => 'boolean',
				'description'       => __( 'Whether the team takes newcomers (and so can be recommended and handed graduates).', 'wayfinder' ),
				'single'            => true,
				'default'           => true,
				'sanitize_callback' => static fn ( $value ): int => rest_sanitize_boolean( is_scalar( $value ) ? (string) $value : '' ) ? 1 : 0,
				'auth_callback'     => $can_edit,
				'show_in_rest'      => true,
			)
		);
		foreach ( $urls as $key => $description ) {
			register_post_meta(
				self::POST_TYPE,
				$key,
				array(
					'type'              => 'string',
					'description'       => $description,
					'single'            => true,
					'default'           => '',
					'sanitize_callback' => 'sanitize_url',
					'auth_callback'     => $can_edit,
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'string',
							'format'  => 'uri',
							// WordPress accepts any text as a "uri"; a link here must be a web address (or empty).
							'pattern' => '^(https?://\\S+)?$',
						),
					),
				)
			);
		}
		register_post_meta(
			self::POST_TYPE,
			self::CHAT_CHANNEL,
			array(
				'type'              => 'string',
				'description'       => __( 'The team’s chat channel, e.g. #core, or a link to it.', 'wayfinder' ),
				'single'            => true,
				'default'           => '',
				'sanitize_callback' => 'sanitize_text_field',
				'auth_callback'     => $can_edit,
				'show_in_rest'      => array(
					'schema' => array(
						'type'      => 'string',
						'maxLength' => 200,
					),
				),
			)
		);
		register_post_meta(
			self::POST_TYPE,
			self::REPRESENTATIVES,
			array(
				'type'              => 'array',
				'description'       => __( 'User IDs of the team representatives who welcome graduates.', 'wayfinder' ),
				'single'            => true,
				'default'           => array(),
				'sanitize_callback' => static fn ( $ids ): array => array_values( array_unique( array_map( 'absint', (array) $ids ) ) ),
				'auth_callback'     => $can_edit,
				'show_in_rest'      => array(
					'schema' => array(
						'type'     => 'array',
						'items'    => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'maxItems' => 50,
					),
				),
			)
		);
	}

	/**
	 * Validates the team's fields before anything is saved (WordPress would save the post first and
	 * check its fields after), and refuses representatives who are not users of this site.
	 *
	 * @param \stdClass|WP_Error $prepared The post about to be saved.
	 * @param \WP_REST_Request   $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public static function validate_before_save( $prepared, $request ) {
		$meta = $request->get_param( 'meta' );
		if ( $prepared instanceof WP_Error || ! is_array( $meta ) ) {
			return $prepared;
		}
		$refused = MetaSchema::refusal( $meta, self::POST_TYPE );
		if ( null !== $refused ) {
			return $refused;
		}
		foreach ( (array) ( $meta[ self::REPRESENTATIVES ] ?? array() ) as $user_id ) {
			$user = get_userdata( (int) $user_id );
			if ( ! $user ) {
				return new WP_Error(
					'wayfinder_unknown_representative',
					/* translators: %d: the user ID that was given. */
					sprintf( __( 'Team representative %d is not a user of this site. Choose people who have an account here.', 'wayfinder' ), (int) $user_id ),
					array( 'status' => 400 )
				);
			}
			if ( ! Capabilities::can_represent_team( $user->ID ) ) {
				return new WP_Error(
					'wayfinder_not_a_representative',
					/* translators: %s: a person's name. */
					sprintf( __( '%s is not a team representative. Give them the Team representative role under Users first.', 'wayfinder' ), $user->display_name ),
					array( 'status' => 400 )
				);
			}
		}
		return $prepared;
	}

	/** Whether a published team has this slug. */
	public static function exists( string $slug ): bool {
		$team = get_page_by_path( $slug, OBJECT, self::POST_TYPE );
		return $team instanceof \WP_Post && 'publish' === $team->post_status;
	}
}
