<?php
/**
 * Badges: definitions coordinators edit (name, description, criteria in words, a picture, the rule
 * that awards it), as a `wayfinder_badge` post with its settings as meta.
 * REST: /wayfinder/v1/badges (WordPress's posts controller with the meta below). Not public as posts:
 * the achievement each badge stands for is published by Credentials\ for verifiers.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Platform\MetaSchema;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Teams\TeamPostType;
use WP_Error;

use const Wayfinder\PLUGIN_DIR;
use const Wayfinder\PLUGIN_FILE;

final class BadgePostType {

	public const POST_TYPE = 'wayfinder_badge';
	public const RULE      = 'wayfinder_badge_rule';
	public const TEAM      = 'wayfinder_badge_team';
	public const CRITERIA  = 'wayfinder_badge_criteria';

	/** Primitive capabilities the post type maps to, granted to coordinators and administrators. */
	public const CAPABILITIES = array(
		'edit_wayfinder_badges',
		'edit_others_wayfinder_badges',
		'publish_wayfinder_badges',
		'read_private_wayfinder_badges',
		'delete_wayfinder_badges',
		'delete_others_wayfinder_badges',
		'delete_published_wayfinder_badges',
		'delete_private_wayfinder_badges',
		'edit_published_wayfinder_badges',
		'edit_private_wayfinder_badges',
	);

	public static function register(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'Badges', 'wayfinder' ),
					'singular_name' => __( 'Badge', 'wayfinder' ),
					'add_new_item'  => __( 'Add badge', 'wayfinder' ),
					'edit_item'     => __( 'Edit badge', 'wayfinder' ),
					'not_found'     => __( 'No badges yet.', 'wayfinder' ),
				),
				'description'     => __( 'Recognition earned by what people did: mentoring, graduating with a contribution, contributing to a team.', 'wayfinder' ),
				'public'          => false,
				'show_ui'         => false,
				'show_in_rest'    => true,
				'rest_namespace'  => RestNamespace::V1,
				'rest_base'       => 'badges',
				'supports'        => array( 'title', 'excerpt', 'thumbnail', 'custom-fields' ),
				'capability_type' => array( 'wayfinder_badge', 'wayfinder_badges' ),
				'map_meta_cap'    => true,
			)
		);
		self::register_meta();
	}

	/** The picture's URL on the badge's REST answers (`wayfinder_image`), for the coordinators' editor. */
	public static function register_rest_fields(): void {
		register_rest_field(
			self::POST_TYPE,
			'wayfinder_image',
			array(
				'get_callback' => static function ( array $post ): string {
					$badge = self::find( (int) $post['id'] );
					return null === $badge ? '' : $badge->image_url;
				},
				'schema'       => array(
					'description' => __( 'The badge\'s picture: its featured image, else the default for its rule.', 'wayfinder' ),
					'type'        => 'string',
					'format'      => 'uri',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			)
		);
	}

	/** The badge, or null when the ID is not a badge (or is in the trash). */
	public static function find( int $id ): ?Badge {
		$post = $id > 0 ? get_post( $id ) : null;
		if ( ! $post instanceof \WP_Post || self::POST_TYPE !== $post->post_type || 'trash' === $post->post_status ) {
			return null;
		}
		$rule = (string) get_post_meta( $id, self::RULE, true );
		$rule = in_array( $rule, Badge::RULES, true ) ? $rule : Badge::BY_HAND;
		return new Badge(
			$id,
			get_the_title( $post ),
			$post->post_excerpt,
			(string) get_post_meta( $id, self::CRITERIA, true ),
			$rule,
			Badge::TEAM_CONTRIBUTOR === $rule ? (string) get_post_meta( $id, self::TEAM, true ) : '',
			self::image_url( $id, $rule ),
			$post->post_status
		);
	}

	/**
	 * The published badge a rule awards (for a team contributor badge, the team's); the oldest when
	 * coordinators made two.
	 */
	public static function for_rule( string $rule, string $team = '' ): ?Badge {
		$query = array(
			'post_type'      => self::POST_TYPE,
			'post_status'    => 'publish',
			'posts_per_page' => 1,
			'fields'         => 'ids',
			'orderby'        => 'ID',
			'order'          => 'ASC',
			'no_found_rows'  => true,
			'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of badges.
				array(
					'key'   => self::RULE,
					'value' => $rule,
				),
			),
		);
		if ( Badge::TEAM_CONTRIBUTOR === $rule ) {
			$query['meta_query'][] = array(
				'key'   => self::TEAM,
				'value' => $team,
			);
		}
		$ids = get_posts( $query );
		return array() === $ids ? null : self::find( (int) $ids[0] );
	}

	/** The badge's picture as a PNG file on this server (baked into downloads): its featured image when a PNG, else its rule's default. */
	public static function image_file( int $id ): string {
		$attachment = (int) get_post_thumbnail_id( $id );
		$file       = $attachment > 0 ? get_attached_file( $attachment ) : false;
		if ( is_string( $file ) && 'image/png' === get_post_mime_type( $attachment ) && is_readable( $file ) ) {
			return $file;
		}
		return self::default_image_file( (string) get_post_meta( $id, self::RULE, true ) );
	}

	/** The default picture of a rule (assets/badges/<rule>.png), shipped with the plugin. */
	public static function default_image_file( string $rule ): string {
		$rule = in_array( $rule, Badge::RULES, true ) ? $rule : Badge::BY_HAND;
		return PLUGIN_DIR . '/assets/badges/' . str_replace( '_', '-', $rule ) . '.png';
	}

	private static function image_url( int $id, string $rule ): string {
		$attachment = (int) get_post_thumbnail_id( $id );
		$url        = $attachment > 0 ? wp_get_attachment_image_url( $attachment, 'medium' ) : false;
		return is_string( $url ) ? $url : plugins_url( 'assets/badges/' . str_replace( '_', '-', $rule ) . '.png', PLUGIN_FILE );
	}

	/**
	 * Before a save through REST: the meta against its schema, and a team contributor badge's team.
	 *
	 * @param \stdClass|WP_Error $prepared
	 * @param \WP_REST_Request   $request
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
		$id   = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$rule = $meta[ self::RULE ] ?? ( $id > 0 ? (string) get_post_meta( $id, self::RULE, true ) : Badge::BY_HAND );
		$team = $meta[ self::TEAM ] ?? ( $id > 0 ? (string) get_post_meta( $id, self::TEAM, true ) : '' );
		if ( Badge::TEAM_CONTRIBUTOR === $rule && ( '' === $team || ! TeamPostType::exists( (string) $team ) ) ) {
			return new WP_Error( 'wayfinder_badge_team', __( 'Choose the team whose contributors earn this badge.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		return $prepared;
	}

	private static function register_meta(): void {
		$can_edit = static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id );
		$fields   = array(
			self::RULE     => array(
				'description' => __( 'What awards it on its own, or "by_hand" for coordinators only.', 'wayfinder' ),
				'default'     => Badge::BY_HAND,
				'schema'      => array( 'enum' => Badge::RULES ),
			),
			self::TEAM     => array(
				'description' => __( 'For a team contributor badge: the team (its slug).', 'wayfinder' ),
				'default'     => '',
				'schema'      => array( 'maxLength' => 100 ),
			),
			self::CRITERIA => array(
				'description' => __( 'How it is earned, in words, for the person and for verifiers.', 'wayfinder' ),
				'default'     => '',
				'schema'      => array( 'maxLength' => Badge::CRITERIA_LENGTH ),
			),
		);
		foreach ( $fields as $key => $field ) {
			register_post_meta(
				self::POST_TYPE,
				$key,
				array(
					'type'          => 'string',
					'description'   => $field['description'],
					'single'        => true,
					'default'       => $field['default'],
					'auth_callback' => $can_edit,
					'show_in_rest'  => array( 'schema' => array_merge( array( 'type' => 'string' ), $field['schema'] ) ),
				)
			);
		}
	}
}
