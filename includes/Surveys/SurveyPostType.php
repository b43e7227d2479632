<?php
/**
 * Surveys: questionnaires for one audience, written by coordinators, with their settings as post meta.
 * REST: /wayfinder/v1/surveys (WordPress's posts controller, with the meta below); the questions are
 * checked as a whole before a save (Questions::parse), and each save keeps the versions in step
 * (SurveyVersions). Not public: people answer through their invitation, never through the post.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\MetaSchema;
use Wayfinder\Platform\RestNamespace;
use WP_Error;

final class SurveyPostType {

	public const POST_TYPE   = 'wayfinder_survey';
	public const AUDIENCE    = 'wayfinder_survey_audience';
	public const ANONYMOUS   = 'wayfinder_survey_anonymous';
	public const WAVES       = 'wayfinder_survey_waves';
	public const ANSWER_DAYS = 'wayfinder_survey_answer_days';
	public const QUESTIONS   = 'wayfinder_survey_questions';

	/** Primitive capabilities the post type maps to, granted to coordinators and administrators. */
	public const CAPABILITIES = array(
		'edit_wayfinder_surveys',
		'edit_others_wayfinder_surveys',
		'publish_wayfinder_surveys',
		'read_private_wayfinder_surveys',
		'delete_wayfinder_surveys',
		'delete_others_wayfinder_surveys',
		'delete_published_wayfinder_surveys',
		'delete_private_wayfinder_surveys',
		'edit_published_wayfinder_surveys',
		'edit_private_wayfinder_surveys',
	);

	public static function register(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'Surveys', 'wayfinder' ),
					'singular_name' => __( 'Survey', 'wayfinder' ),
					'add_new_item'  => __( 'Add survey', 'wayfinder' ),
					'edit_item'     => __( 'Edit survey', 'wayfinder' ),
					'not_found'     => __( 'No surveys yet.', 'wayfinder' ),
				),
				'description'     => __( 'Questionnaires asked before, after and three months after a cohort or a mentorship.', 'wayfinder' ),
				'public'          => false,
				'show_ui'         => false,
				'show_in_rest'    => true,
				'rest_namespace'  => RestNamespace::V1,
				'rest_base'       => 'surveys',
				'supports'        => array( 'title', 'custom-fields' ),
				'capability_type' => array( 'wayfinder_survey', 'wayfinder_surveys' ),
				'map_meta_cap'    => true,
			)
		);
		self::register_meta();
	}

	/** The survey, or null when the ID is not a survey (or is in the trash). */
	public static function find( int $id ): ?Survey {
		$post = $id > 0 ? get_post( $id ) : null;
		if ( ! $post instanceof \WP_Post || self::POST_TYPE !== $post->post_type || 'trash' === $post->post_status ) {
			return null;
		}
		$audience  = (string) get_post_meta( $id, self::AUDIENCE, true );
		$days      = (int) get_post_meta( $id, self::ANSWER_DAYS, true );
		$questions = get_post_meta( $id, self::QUESTIONS, true );
		return new Survey(
			$id,
			get_the_title( $post ),
			$post->post_status,
			in_array( $audience, Survey::AUDIENCES, true ) ? $audience : Survey::MENTEES,
			(bool) get_post_meta( $id, self::ANONYMOUS, true ),
			array_values( array_intersect( array_map( 'strval', (array) get_post_meta( $id, self::WAVES, true ) ), Wave::KINDS ) ),
			$days > 0 ? $days : Survey::ANSWER_DAYS,
			array_values( array_map( array( Question::class, 'from_array' ), array_filter( is_array( $questions ) ? $questions : array(), 'is_array' ) ) )
		);
	}

	/**
	 * The published surveys for an audience that are asked at a kind of wave.
	 *
	 * @return list<Survey>
	 */
	public static function published_for( string $audience, string $kind ): array {
		$ids     = get_posts(
			array(
				'post_type'      => self::POST_TYPE,
				'post_status'    => 'publish',
				'posts_per_page' => 50,
				'fields'         => 'ids',
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'no_found_rows'  => true,
				'meta_key'       => self::AUDIENCE, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of surveys.
				'meta_value'     => $audience, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of surveys.
			)
		);
		$surveys = array();
		foreach ( $ids as $id ) {
			$survey = self::find( (int) $id );
			if ( null !== $survey && $survey->asks_at( $kind ) ) {
				$surveys[] = $survey;
			}
		}
		return $surveys;
	}

	/**
	 * Before a save through REST: the meta against its schema, then the questions as a whole.
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
		if ( array_key_exists( self::QUESTIONS, $meta ) ) {
			$questions = Questions::parse( $meta[ self::QUESTIONS ] );
			if ( $questions instanceof WP_Error ) {
				return $questions;
			}
		}
		$audience = $meta[ self::AUDIENCE ] ?? null;
		$id       = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$audience = is_string( $audience ) ? $audience : ( $id > 0 ? (string) get_post_meta( $id, self::AUDIENCE, true ) : Survey::MENTEES );
		$waves    = array_key_exists( self::WAVES, $meta ) ? (array) $meta[ self::WAVES ] : ( $id > 0 ? (array) get_post_meta( $id, self::WAVES, true ) : array() );
		$allowed  = Survey::kinds_for_audience()[ $audience ] ?? array();
		foreach ( $waves as $kind ) {
			if ( ! in_array( $kind, $allowed, true ) ) {
				$labels = Wave::kind_labels();
				/* translators: 1: a point of the program, e.g. "Before the cohort", 2: an audience, e.g. "Mentors". */
				return new WP_Error( 'wayfinder_survey_wave', sprintf( __( '"%1$s" cannot be asked of %2$s; choose the points of the program that apply to them.', 'wayfinder' ), $labels[ (string) $kind ] ?? (string) $kind, Survey::audience_labels()[ $audience ] ?? $audience ), array( 'status' => 400 ) );
			}
		}
		return $prepared;
	}

	private static function register_meta(): void {
		$can_edit = static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id );
		$fields   = array(
			self::AUDIENCE    => array(
				'type'        => 'string',
				'description' => __( 'Who answers it: mentees, mentors or team representatives.', 'wayfinder' ),
				'default'     => Survey::MENTEES,
				'schema'      => array( 'enum' => Survey::AUDIENCES ),
			),
			self::ANONYMOUS   => array(
				'type'        => 'boolean',
				'description' => __( 'Whether answers are kept without the person (no before and after pairs).', 'wayfinder' ),
				'default'     => false,
				'schema'      => array(),
			),
			self::WAVES       => array(
				'type'        => 'array',
				'description' => __( 'The points of the program it is asked at.', 'wayfinder' ),
				'default'     => array(),
				'schema'      => array(
					'items'       => array(
						'type' => 'string',
						'enum' => Wave::KINDS,
					),
					'uniqueItems' => true,
				),
			),
			self::ANSWER_DAYS => array(
				'type'        => 'integer',
				'description' => __( 'Days people have to answer once asked.', 'wayfinder' ),
				'default'     => Survey::ANSWER_DAYS,
				'schema'      => array(
					'minimum' => 1,
					'maximum' => 90,
				),
			),
			self::QUESTIONS   => array(
				'type'        => 'array',
				'description' => __( 'The questions, in order.', 'wayfinder' ),
				'default'     => array(),
				'schema'      => array(
					'maxItems' => Questions::MAX_QUESTIONS,
					'items'    => array(
						'type'                 => 'object',
						'additionalProperties' => false,
						'properties'           => array(
							'key'      => array(
								'type'      => 'string',
								'maxLength' => Question::KEY_LENGTH,
							),
							'type'     => array(
								'type' => 'string',
								'enum' => Question::TYPES,
							),
							'text'     => array(
								'type'      => 'string',
								'maxLength' => Question::TEXT_LENGTH,
							),
							'required' => array( 'type' => 'boolean' ),
							'choices'  => array(
								'type'     => 'array',
								'maxItems' => Question::MAX_CHOICES,
								'items'    => array(
									'type'      => 'string',
									'maxLength' => Question::CHOICE_LENGTH,
								),
							),
						),
					),
				),
			),
		);
		foreach ( $fields as $key => $field ) {
			$schema = array_merge( array( 'type' => $field['type'] ), $field['schema'] );
			register_post_meta(
				self::POST_TYPE,
				$key,
				array(
					'type'          => $field['type'],
					'description'   => $field['description'],
					'single'        => true,
					'default'       => $field['default'],
					'auth_callback' => $can_edit,
					'show_in_rest'  => array( 'schema' => $schema ),
				)
			);
		}
	}
}
