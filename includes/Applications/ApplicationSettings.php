<?php
/**
 * How a cohort takes applications and reviews them: its own fields (post meta on the cohort, written
 * in the block editor's "Applications" panel), with defaults filled in. ApplicationSettings::of()
 * reads them; fields() is their schema, registered by ApplicationsModule.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\CohortPostType;

final class ApplicationSettings {

	/** The last day applications are taken (YYYY-MM-DD, until the end of that day in the site's time zone). */
	public const APPLY_UNTIL = 'wayfinder_apply_until';
	/** The gating questions: key, label, help, min and max characters. */
	public const QUESTIONS = 'wayfinder_application_questions';
	/** What an applicant must have done first: PREREQUISITES' keys. */
	public const PREREQUISITES = 'wayfinder_application_prerequisites';
	/** The program's terms, which applicants agree to. */
	public const TERMS = 'wayfinder_application_terms';
	/** Whether mentors can apply to mentor the cohort. */
	public const MENTORS_APPLY = 'wayfinder_mentors_apply';
	/** The rubric's criteria: key, label, weight. */
	public const RUBRIC = 'wayfinder_rubric';
	/** The highest score of each criterion (the lowest is 1). */
	public const SCALE = 'wayfinder_rubric_scale';
	/** How many reviewers score each application. */
	public const REVIEWS = 'wayfinder_reviews_per_application';
	/** A spread of reviewers' scores at least this large (in points of the scale) is a disagreement. */
	public const DISAGREEMENT = 'wayfinder_disagreement';
	/** Whether reviewers see that an applicant is sponsored. */
	public const SHOW_SPONSORED = 'wayfinder_show_sponsored';
	/** After this day (YYYY-MM-DD) unused seats kept for sponsored contributors go to others. */
	public const RESERVED_UNTIL = 'wayfinder_reserved_until';

	public const SITE_ACTIVITY = 'site_activity';
	public const QUIZ_RESULT   = 'quiz_result';

	/**
	 * @param list<array{key: string, label: string, help: string, min: int, max: int}> $questions
	 * @param list<string>                                                                $prerequisites
	 * @param list<array{key: string, label: string, weight: int}>                        $rubric
	 */
	public function __construct(
		public readonly int $cohort_id,
		public readonly string $apply_until,
		public readonly array $questions,
		public readonly array $prerequisites,
		public readonly string $terms,
		public readonly bool $mentors_apply,
		public readonly array $rubric,
		public readonly int $scale,
		public readonly int $reviews,
		public readonly int $disagreement,
		public readonly bool $show_sponsored,
		public readonly string $reserved_until,
	) {
	}

	public static function of( int $cohort_id ): self {
		$fields    = self::fields();
		$value     = static function ( string $key ) use ( $cohort_id, $fields ) {
			return metadata_exists( 'post', $cohort_id, $key ) ? get_post_meta( $cohort_id, $key, true ) : $fields[ $key ]['default'];
		};
		$questions = array();
		foreach ( (array) $value( self::QUESTIONS ) as $question ) {
			$questions[] = array(
				'key'   => (string) ( $question['key'] ?? '' ),
				'label' => (string) ( $question['label'] ?? '' ),
				'help'  => (string) ( $question['help'] ?? '' ),
				'min'   => (int) ( $question['min'] ?? 0 ),
				'max'   => (int) ( $question['max'] ?? 1500 ),
			);
		}
		$rubric = array();
		foreach ( (array) $value( self::RUBRIC ) as $criterion ) {
			$rubric[] = array(
				'key'    => (string) ( $criterion['key'] ?? '' ),
				'label'  => (string) ( $criterion['label'] ?? '' ),
				'weight' => max( 1, (int) ( $criterion['weight'] ?? 1 ) ),
			);
		}
		return new self(
			$cohort_id,
			(string) $value( self::APPLY_UNTIL ),
			$questions,
			array_values( array_map( 'strval', (array) $value( self::PREREQUISITES ) ) ),
			(string) $value( self::TERMS ),
			(bool) $value( self::MENTORS_APPLY ),
			$rubric,
			(int) $value( self::SCALE ),
			(int) $value( self::REVIEWS ),
			(int) $value( self::DISAGREEMENT ),
			(bool) $value( self::SHOW_SPONSORED ),
			(string) $value( self::RESERVED_UNTIL ),
		);
	}

	/** The moment applications close (UTC timestamp): the end of APPLY_UNTIL in the site's time zone; null without a day. */
	public function closes_at(): ?int {
		if ( '' === $this->apply_until ) {
			return null;
		}
		$end = date_create_immutable( $this->apply_until . ' 23:59:59', wp_timezone() );
		return false === $end ? null : $end->getTimestamp();
	}

	/** Whether applications are taken at $now: the cohort is open for them and its last day has not passed. */
	public function accepts_at( int $now, string $stage ): bool {
		$closes = $this->closes_at();
		return \Wayfinder\Cohorts\Cohort::OPEN === $stage && null !== $closes && $now <= $closes;
	}

	/** @return array<string, string> Prerequisite => what it asks, for people. */
	public static function prerequisite_labels(): array {
		return array(
			self::SITE_ACTIVITY => __( 'At least one activity on this site (a post, a comment or a page edit)', 'wayfinder' ),
			self::QUIZ_RESULT   => __( 'A result of the "Get involved" quiz', 'wayfinder' ),
		);
	}

	/** @return array<string, array<string, mixed>> Meta key => its schema (type included) and default. */
	public static function fields(): array {
		$date = array(
			'type'    => 'string',
			'pattern' => '^(\d{4}-\d{2}-\d{2})?$',
			'default' => '',
		);
		$key  = array(
			'type'    => 'string',
			'pattern' => '^[a-z][a-z0-9_]{0,39}$',
		);
		return array(
			self::APPLY_UNTIL    => $date + array( 'description' => __( 'The last day applications are taken (YYYY-MM-DD, until the end of the day in the site\'s time zone).', 'wayfinder' ) ),
			self::QUESTIONS      => array(
				'type'        => 'array',
				'items'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'key'   => $key,
						'label' => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 300,
						),
						'help'  => array(
							'type'      => 'string',
							'maxLength' => 500,
						),
						'min'   => array(
							'type'    => 'integer',
							'minimum' => 0,
							'maximum' => 2000,
						),
						'max'   => array(
							'type'    => 'integer',
							'minimum' => 50,
							'maximum' => 5000,
						),
					),
					'required'             => array( 'key', 'label', 'max' ),
					'additionalProperties' => false,
				),
				'minItems'    => 1,
				'maxItems'    => 10,
				'default'     => self::default_questions(),
				'description' => __( 'The questions applicants answer in their own words: a key, the question, help, and the fewest and most characters.', 'wayfinder' ),
			),
			self::PREREQUISITES  => array(
				'type'        => 'array',
				'items'       => array(
					'type' => 'string',
					'enum' => array( self::SITE_ACTIVITY, self::QUIZ_RESULT ),
				),
				'uniqueItems' => true,
				'default'     => array(),
				'description' => __( 'What applicants must have done first: site_activity (a post, comment or page edit on this site), quiz_result (a result of the "Get involved" quiz).', 'wayfinder' ),
			),
			self::TERMS          => array(
				'type'        => 'string',
				'maxLength'   => 3000,
				'default'     => __( 'I will take part in the sessions I sign up for, tell my mentor or the coordinators if I cannot, and follow the community\'s code of conduct.', 'wayfinder' ),
				'description' => __( 'The program\'s terms, which applicants agree to.', 'wayfinder' ),
			),
			self::MENTORS_APPLY  => array(
				'type'        => 'boolean',
				'default'     => true,
				'description' => __( 'Whether mentors can apply to mentor the cohort.', 'wayfinder' ),
			),
			self::RUBRIC         => array(
				'type'        => 'array',
				'items'       => array(
					'type'                 => 'object',
					'properties'           => array(
						'key'    => $key,
						'label'  => array(
							'type'      => 'string',
							'minLength' => 1,
							'maxLength' => 200,
						),
						'weight' => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 10,
						),
					),
					'required'             => array( 'key', 'label', 'weight' ),
					'additionalProperties' => false,
				),
				'minItems'    => 1,
				'maxItems'    => 10,
				'default'     => self::default_rubric(),
				'description' => __( 'What reviewers score: a key, the criterion, its weight.', 'wayfinder' ),
			),
			self::SCALE          => array(
				'type'        => 'integer',
				'minimum'     => 3,
				'maximum'     => 10,
				'default'     => 5,
				'description' => __( 'The highest score of each criterion (the lowest is 1).', 'wayfinder' ),
			),
			self::REVIEWS        => array(
				'type'        => 'integer',
				'minimum'     => 2,
				'maximum'     => 5,
				'default'     => 2,
				'description' => __( 'How many reviewers score each application.', 'wayfinder' ),
			),
			self::DISAGREEMENT   => array(
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 9,
				'default'     => 2,
				'description' => __( 'Reviewers disagree when their weighted scores are this many points apart or more; the application then gets a third review.', 'wayfinder' ),
			),
			self::SHOW_SPONSORED => array(
				'type'        => 'boolean',
				'default'     => false,
				'description' => __( 'Whether reviewers see that an applicant is sponsored by a company.', 'wayfinder' ),
			),
			self::RESERVED_UNTIL => $date + array( 'description' => __( 'After this day (YYYY-MM-DD), seats kept for sponsored contributors that nobody took go to others.', 'wayfinder' ) ),
		);
	}

	/** @return list<array{key: string, label: string, help: string, min: int, max: int}> */
	public static function default_questions(): array {
		return array(
			array(
				'key'   => 'motivation',
				'label' => __( 'Why do you want to join this cohort, and what would you like to contribute afterwards?', 'wayfinder' ),
				'help'  => __( 'A few sentences are enough. Please leave out your name and anything that says who you are: reviewers read the answers without knowing whose they are.', 'wayfinder' ),
				'min'   => 50,
				'max'   => 1500,
			),
			array(
				'key'   => 'experience',
				'label' => __( 'What have you done with WordPress or another open-source project so far?', 'wayfinder' ),
				'help'  => __( 'Using it counts: building a site, answering a question, translating, organising a meetup.', 'wayfinder' ),
				'min'   => 30,
				'max'   => 1500,
			),
		);
	}

	/** @return list<array{key: string, label: string, weight: int}> */
	public static function default_rubric(): array {
		return array(
			array(
				'key'    => 'motivation',
				'label'  => __( 'Clear motivation and goals', 'wayfinder' ),
				'weight' => 2,
			),
			array(
				'key'    => 'readiness',
				'label'  => __( 'Ready to contribute within the cohort\'s weeks', 'wayfinder' ),
				'weight' => 1,
			),
			array(
				'key'    => 'benefit',
				'label'  => __( 'How much the program can help them', 'wayfinder' ),
				'weight' => 1,
			),
		);
	}

	/** Registers the fields on the cohort post type, written by whoever can edit the cohort. */
	public static function register_meta(): void {
		$can_edit   = static fn ( bool $allowed, string $meta_key, int $post_id ): bool => current_user_can( 'edit_post', $post_id );
		$sanitizers = array(
			'string'  => array( self::class, 'sanitize_string' ),
			'integer' => array( self::class, 'sanitize_integer' ),
			'boolean' => array( self::class, 'sanitize_boolean' ),
			'array'   => array( self::class, 'sanitize_array' ),
		);
		foreach ( self::fields() as $key => $field ) {
			$type = (string) $field['type'];
			register_post_meta(
				CohortPostType::POST_TYPE,
				$key,
				array(
					'type'              => $type,
					'description'       => (string) $field['description'],
					'single'            => true,
					'default'           => $field['default'],
					'sanitize_callback' => $sanitizers[ $type ],
					'auth_callback'     => $can_edit,
					'show_in_rest'      => array( 'schema' => array_diff_key( $field, array_flip( array( 'default', 'description' ) ) ) ),
				)
			);
		}
	}

	/** @param mixed $value */
	public static function sanitize_string( $value ): string {
		return sanitize_textarea_field( is_scalar( $value ) ? (string) $value : '' );
	}

	/** @param mixed $value */
	public static function sanitize_integer( $value ): int {
		return (int) ( is_scalar( $value ) ? $value : 0 );
	}

	/** @param mixed $value */
	public static function sanitize_boolean( $value ): bool {
		return (bool) rest_sanitize_boolean( is_bool( $value ) || is_int( $value ) || is_string( $value ) ? $value : false );
	}

	/**
	 * Lists of keys (prerequisites) or of objects (questions, criteria): text fields cleaned, numbers whole.
	 *
	 * @param mixed $value
	 * @return list<mixed>
	 */
	public static function sanitize_array( $value ): array {
		$clean = array();
		foreach ( is_array( $value ) ? $value : array() as $item ) {
			if ( is_array( $item ) ) {
				$row = array();
				foreach ( $item as $name => $field ) {
					$row[ sanitize_key( (string) $name ) ] = is_int( $field ) || ( is_string( $field ) && ctype_digit( $field ) && in_array( $name, array( 'min', 'max', 'weight' ), true ) ) ? (int) $field : sanitize_textarea_field( is_scalar( $field ) ? (string) $field : '' );
				}
				$clean[] = $row;
			} elseif ( is_scalar( $item ) ) {
				$clean[] = sanitize_key( (string) $item );
			}
		}
		return $clean;
	}
}
