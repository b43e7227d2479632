<?php
/**
 * Quizzes: the "Get involved" orientation quizzes, editable content under Mentorship → Quizzes. The
 * questions, answers, points and result texts live in one post meta (wayfinder_quiz), edited on the
 * quiz's screen (QuizEditor) or through REST: /wayfinder/v1/quizzes (WordPress's posts controller).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\RestNamespace;
use WP_Error;

final class QuizPostType {

	public const POST_TYPE = 'wayfinder_quiz';
	public const META      = 'wayfinder_quiz';

	/** Primitive capabilities the post type maps to, granted to coordinators and administrators. */
	public const CAPABILITIES = array(
		'edit_wayfinder_quizzes',
		'edit_others_wayfinder_quizzes',
		'publish_wayfinder_quizzes',
		'read_private_wayfinder_quizzes',
		'delete_wayfinder_quizzes',
		'delete_others_wayfinder_quizzes',
		'delete_published_wayfinder_quizzes',
		'delete_private_wayfinder_quizzes',
		'edit_published_wayfinder_quizzes',
		'edit_private_wayfinder_quizzes',
	);

	public static function register(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'              => array(
					'name'               => __( 'Quizzes', 'wayfinder' ),
					'singular_name'      => __( 'Quiz', 'wayfinder' ),
					'add_new_item'       => __( 'Add quiz', 'wayfinder' ),
					'edit_item'          => __( 'Edit quiz', 'wayfinder' ),
					'new_item'           => __( 'New quiz', 'wayfinder' ),
					'view_item'          => __( 'View quiz', 'wayfinder' ),
					'search_items'       => __( 'Search quizzes', 'wayfinder' ),
					'not_found'          => __( 'No quizzes yet. Add one to help visitors find a team.', 'wayfinder' ),
					'not_found_in_trash' => __( 'No quizzes in the trash.', 'wayfinder' ),
					'all_items'          => __( 'Quizzes', 'wayfinder' ),
					'item_published'     => __( 'Quiz published.', 'wayfinder' ),
					'item_updated'       => __( 'Quiz updated.', 'wayfinder' ),
				),
				'description'         => __( 'Orientation quizzes that recommend teams to people who want to contribute.', 'wayfinder' ),
				// Shown through the quiz block on any page, not at an address of its own.
				'public'              => false,
				'show_ui'             => true,
				'show_in_menu'        => 'wayfinder',
				'show_in_rest'        => true,
				'rest_namespace'      => RestNamespace::V1,
				'rest_base'           => 'quizzes',
				'exclude_from_search' => true,
				'publicly_queryable'  => false,
				'has_archive'         => false,
				'rewrite'             => false,
				// custom-fields: the definition meta in REST. The classic screen hides that box (QuizEditor).
				'supports'            => array( 'title', 'custom-fields' ),
				'capability_type'     => array( 'wayfinder_quiz', 'wayfinder_quizzes' ),
				'map_meta_cap'        => true,
			)
		);
		register_post_meta(
			self::POST_TYPE,
			self::META,
			array(
				'type'              => 'object',
				'description'       => __( 'The quiz: introduction, steps with questions and answers (with points towards teams), result text per team, and the fallback team.', 'wayfinder' ),
				'single'            => true,
				'default'           => array(),
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'auth_callback'     => static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id ),
				'show_in_rest'      => array( 'schema' => self::schema() ),
			)
		);
	}

	/** @return array<string, mixed> The JSON schema of the stored quiz. */
	public static function schema(): array {
		$slug = '^[a-z0-9-]{1,100}$';
		$text = static fn ( int $max ): array => array(
			'type'      => 'string',
			'maxLength' => $max,
		);
		return array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'intro'    => $text( Quiz::MAX_TEXT ),
				'steps'    => array(
					'type'     => 'array',
					'maxItems' => Quiz::MAX_STEPS,
					'items'    => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'properties'           => array(
							'title'     => $text( Quiz::MAX_LABEL ),
							'questions' => array(
								'type'     => 'array',
								'maxItems' => Quiz::MAX_QUESTIONS,
								'items'    => array(
									'type'                 => 'object',
									'additionalProperties' => false,
									'required'             => array( 'text', 'answers' ),
									'properties'           => array(
										'text'    => $text( Quiz::MAX_LABEL ),
										'type'    => array(
											'type' => 'string',
											'enum' => Quiz::QUESTION_TYPES,
										),
										'answers' => array(
											'type'     => 'array',
											'maxItems' => Quiz::MAX_ANSWERS,
											'items'    => array(
												'type'     => 'object',
												'additionalProperties' => false,
												'required' => array( 'label' ),
												'properties' => array(
													'label'   => $text( Quiz::MAX_LABEL ),
													'reason'  => $text( Quiz::MAX_REASON ),
													'weights' => array(
														'type' => 'object',
														'maxProperties' => Quiz::MAX_WEIGHTS,
														'patternProperties' => array(
															$slug => array(
																'type'    => 'integer',
																'minimum' => Quiz::MIN_WEIGHT,
																'maximum' => Quiz::MAX_WEIGHT,
															),
														),
														'additionalProperties' => false,
													),
												),
											),
										),
									),
								),
							),
						),
					),
				),
				'results'  => array(
					'type'                 => 'object',
					'patternProperties'    => array( $slug => $text( Quiz::MAX_TEXT ) ),
					'additionalProperties' => false,
				),
				'fallback' => array(
					'type'    => 'string',
					'pattern' => '^([a-z0-9-]{1,100})?$',
				),
			),
		);
	}

	/**
	 * Stores only what the scorer can use: plain text, known shapes, points within range.
	 *
	 * @param mixed $value
	 * @return array<string, mixed>
	 */
	public static function sanitize( $value ): array {
		return Quiz::from_array( self::clean_strings( is_array( $value ) ? $value : array() ) )->to_array();
	}

	/**
	 * @param array<mixed> $value
	 * @param bool         $multiline Whether the texts here may hold line breaks (the intro, the result texts).
	 * @return array<mixed>
	 */
	private static function clean_strings( array $value, bool $multiline = false ): array {
		foreach ( $value as $key => $item ) {
			if ( is_array( $item ) ) {
				$value[ $key ] = self::clean_strings( $item, 'results' === $key );
			} elseif ( is_string( $item ) ) {
				$value[ $key ] = $multiline || 'intro' === $key ? sanitize_textarea_field( $item ) : sanitize_text_field( $item );
			}
		}
		return $value;
	}

	/**
	 * Checks the quiz sent through REST before anything is saved (WordPress would save the post first
	 * and refuse the meta after), so a refused request changes nothing.
	 *
	 * @param \stdClass|WP_Error $prepared The post about to be saved.
	 * @param \WP_REST_Request   $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public static function validate_before_save( $prepared, $request ) {
		$meta = $request->get_param( 'meta' );
		if ( $prepared instanceof WP_Error || ! is_array( $meta ) || ! array_key_exists( self::META, $meta ) ) {
			return $prepared;
		}
		$valid = rest_validate_value_from_schema( $meta[ self::META ], self::schema(), 'meta.' . self::META );
		if ( is_wp_error( $valid ) ) {
			$valid->add_data( array( 'status' => 400 ) );
			return $valid;
		}
		return $prepared;
	}

	/** A published quiz with this ID, or null. */
	public static function published( int $id ): ?\WP_Post {
		$post = $id > 0 ? get_post( $id ) : null;
		return $post instanceof \WP_Post && self::POST_TYPE === $post->post_type && 'publish' === $post->post_status ? $post : null;
	}

	/** The quiz stored with a post. */
	public static function quiz( \WP_Post $post ): Quiz {
		$data = get_post_meta( $post->ID, self::META, true );
		return Quiz::from_array( is_array( $data ) ? $data : array(), $post->ID, $post->post_title );
	}
}
