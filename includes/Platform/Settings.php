<?php
/**
 * Site-wide settings, registered with a schema so the REST API and the admin app validate them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use Wayfinder\Matching\Criteria;
use Wayfinder\Matching\InvalidInput;

final class Settings {

	public const DELETE_DATA_ON_UNINSTALL = 'wayfinder_delete_data_on_uninstall';
	public const REQUEST_EXPIRY_DAYS      = 'wayfinder_request_expiry_days';
	public const QUIET_DAYS               = 'wayfinder_quiet_days';
	public const HANDOFF_DAYS             = 'wayfinder_handoff_days';
	public const AUTO_ASSIGN              = 'wayfinder_auto_assign';
	public const WELCOME_EMAIL            = 'wayfinder_welcome_email';
	public const WELCOME_EMAIL_TEXT       = 'wayfinder_welcome_email_text';
	public const AUTO_ASSIGN_MODES        = array( 'off', 'opt_in', 'all_new_accounts' );
	public const COORDINATOR_ASSIGNS      = 'wayfinder_coordinator_assigns';
	public const COORDINATOR_ASSIGN_MODES = array( 'proposal', 'request' );
	public const MATCHING                 = 'wayfinder_matching';
	public const DEFAULT_CAPACITY         = 'wayfinder_default_capacity';
	public const BACKUP_MENTORS           = 'wayfinder_backup_mentors';
	public const COORDINATOR_DIGEST       = 'wayfinder_coordinator_digest';
	public const COORDINATOR_DIGEST_MODES = array( 'off', 'daily' );
	/** The fewest answers (or before/after pairs) a survey report shows a figure from. */
	public const REPORT_MIN_GROUP = 'wayfinder_report_min_group';
	/** The name and description of the issuer of the site's badge credentials (see Credentials\CredentialBuilder). */
	public const ISSUER_NAME        = 'wayfinder_issuer_name';
	public const ISSUER_DESCRIPTION = 'wayfinder_issuer_description';
	/** Not a setting: set on activation while the notice that links to the setup checklist shows. */
	public const SETUP_NOTICE = 'wayfinder_setup_notice';

	public static function register(): void {
		self::register_program_settings();
		register_setting(
			'wayfinder',
			self::DELETE_DATA_ON_UNINSTALL,
			array(
				'type'              => 'boolean',
				'description'       => __( 'Delete all Wayfinder data (records, settings and roles) when the plugin is deleted.', 'wayfinder' ),
				'default'           => false,
				'sanitize_callback' => array( self::class, 'sanitize_flag' ),
				'show_in_rest'      => true,
			)
		);
		register_setting(
			'wayfinder',
			self::REQUEST_EXPIRY_DAYS,
			array(
				'type'              => 'integer',
				'description'       => __( 'Days after which an unanswered request expires.', 'wayfinder' ),
				'default'           => 14,
				'sanitize_callback' => static fn ( $days ): int => max( 1, min( 365, (int) $days ) ),
				'show_in_rest'      => array(
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 365,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::QUIET_DAYS,
			array(
				'type'              => 'integer',
				'description'       => __( 'Days without a session, check-in or other activity after which a cohort mentee is nudged, then shown to coordinators.', 'wayfinder' ),
				'default'           => 7,
				'sanitize_callback' => static fn ( $days ): int => max( 2, min( 30, (int) $days ) ),
				'show_in_rest'      => array(
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 2,
						'maximum' => 30,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::REPORT_MIN_GROUP,
			array(
				'type'              => 'integer',
				'description'       => __( 'The fewest answers a survey report shows a figure from; smaller groups are withheld so nobody can be recognised.', 'wayfinder' ),
				'default'           => 5,
				'sanitize_callback' => static fn ( $size ): int => max( 2, min( 50, (int) $size ) ),
				'show_in_rest'      => array(
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 2,
						'maximum' => 50,
					),
				),
			)
		);
		self::register_issuer_settings();
		register_setting(
			'wayfinder',
			self::HANDOFF_DAYS,
			array(
				'type'              => 'integer',
				'description'       => __( 'Days a graduate\'s introduction may wait for a team representative to accept it before the coordinators are told.', 'wayfinder' ),
				'default'           => 7,
				'sanitize_callback' => static fn ( $days ): int => max( 1, min( 60, (int) $days ) ),
				'show_in_rest'      => array(
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 60,
					),
				),
			)
		);
	}

	/** Who the site's badge credentials say issued them. */
	private static function register_issuer_settings(): void {
		register_setting(
			'wayfinder',
			self::ISSUER_NAME,
			array(
				'type'              => 'string',
				'description'       => __( 'The issuer named on badge certificates; empty: the site\'s name.', 'wayfinder' ),
				'default'           => '',
				'sanitize_callback' => 'sanitize_text_field',
				'show_in_rest'      => array(
					'schema' => array(
						'type'      => 'string',
						'maxLength' => 200,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::ISSUER_DESCRIPTION,
			array(
				'type'              => 'string',
				'description'       => __( 'A sentence about the issuer in its published profile (optional).', 'wayfinder' ),
				'default'           => '',
				'sanitize_callback' => 'sanitize_textarea_field',
				'show_in_rest'      => array(
					'schema' => array(
						'type'      => 'string',
						'maxLength' => 1000,
					),
				),
			)
		);
	}

	/** The issuer's name on credentials: the setting, else the site's name. */
	public static function issuer_name(): string {
		$name = trim( (string) get_option( self::ISSUER_NAME, '' ) );
		return '' !== $name ? $name : html_entity_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
	}

	public static function issuer_description(): string {
		return trim( (string) get_option( self::ISSUER_DESCRIPTION, '' ) );
	}

	private static function register_program_settings(): void {
		self::register_matching_settings();
		register_setting(
			'wayfinder',
			self::COORDINATOR_DIGEST,
			array(
				'type'              => 'string',
				'description'       => __( 'How coordinators hear of people waiting for any mentor: daily (one digest a day) or off (one email per person, as they ask).', 'wayfinder' ),
				'default'           => 'daily',
				'sanitize_callback' => static fn ( $mode ): string => in_array( $mode, self::COORDINATOR_DIGEST_MODES, true ) ? (string) $mode : 'daily',
				'show_in_rest'      => array(
					'schema' => array(
						'type' => 'string',
						'enum' => self::COORDINATOR_DIGEST_MODES,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::AUTO_ASSIGN,
			array(
				'type'              => 'string',
				'description'       => __( 'Automatic assignment: off (coordinators assign), opt_in (newcomers who ask get the best mentor at once), all_new_accounts (every new account does).', 'wayfinder' ),
				'default'           => 'opt_in',
				'sanitize_callback' => static fn ( $mode ): string => in_array( $mode, self::AUTO_ASSIGN_MODES, true ) ? (string) $mode : 'opt_in',
				'show_in_rest'      => array(
					'schema' => array(
						'type' => 'string',
						'enum' => self::AUTO_ASSIGN_MODES,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::COORDINATOR_ASSIGNS,
			array(
				'type'              => 'string',
				'description'       => __( 'What assigning from the matching board and the Requests screen does: proposal (the match holds the place and the mentor confirms or declines) or request (the mentor is asked first and nothing is held). POST /matches always proposes.', 'wayfinder' ),
				'default'           => 'proposal',
				'sanitize_callback' => static fn ( $mode ): string => in_array( $mode, self::COORDINATOR_ASSIGN_MODES, true ) ? (string) $mode : 'proposal',
				'show_in_rest'      => array(
					'schema' => array(
						'type' => 'string',
						'enum' => self::COORDINATOR_ASSIGN_MODES,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::WELCOME_EMAIL,
			array(
				'type'              => 'boolean',
				'description'       => __( 'Send new accounts a welcome email that explains they can ask for a mentor.', 'wayfinder' ),
				'default'           => true,
				'sanitize_callback' => array( self::class, 'sanitize_flag' ),
				'show_in_rest'      => true,
			)
		);
		register_setting(
			'wayfinder',
			self::WELCOME_EMAIL_TEXT,
			array(
				'type'              => 'string',
				'description'       => __( 'The welcome email’s text; {name} and {link} are replaced.', 'wayfinder' ),
				'default'           => '',
				'sanitize_callback' => 'sanitize_textarea_field',
				'show_in_rest'      => array(
					'schema' => array(
						'type'      => 'string',
						'maxLength' => 5000,
					),
				),
			)
		);
	}

	/** How the engine scores pairs, and the people-related defaults around matching. */
	private static function register_matching_settings(): void {
		$weight = array(
			'type'    => 'number',
			'minimum' => 0,
			'maximum' => 100,
		);
		register_setting(
			'wayfinder',
			self::MATCHING,
			array(
				'type'              => 'object',
				'description'       => __( 'Matching criteria: the weight of each (0 switches it off), whether a shared language is required, the weekly shared hours that earn full marks for meeting time, and the fairness term.', 'wayfinder' ),
				'default'           => self::matching_defaults(),
				'sanitize_callback' => array( self::class, 'sanitize_matching' ),
				'show_in_rest'      => array(
					'schema' => array(
						'type'                 => 'object',
						'properties'           => array(
							'weights'            => array(
								'type'                 => 'object',
								'properties'           => array_fill_keys( array_keys( Criteria::DEFAULT_WEIGHTS ), $weight ),
								'additionalProperties' => false,
							),
							'languages_required' => array( 'type' => 'boolean' ),
							'meeting_hours'      => array(
								'type'    => 'number',
								'minimum' => 0.5,
								'maximum' => 40,
							),
							'fairness'           => array(
								'type'    => 'number',
								'minimum' => 0,
								'maximum' => 50,
							),
						),
						'additionalProperties' => false,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::DEFAULT_CAPACITY,
			array(
				'type'              => 'integer',
				'description'       => __( 'How many mentees a new mentor takes until they set their own capacity.', 'wayfinder' ),
				'default'           => 3,
				'sanitize_callback' => static fn ( $capacity ): int => max( 1, min( 20, (int) $capacity ) ),
				'show_in_rest'      => array(
					'schema' => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 20,
					),
				),
			)
		);
		register_setting(
			'wayfinder',
			self::BACKUP_MENTORS,
			array(
				'type'              => 'boolean',
				'description'       => __( 'Matches can have a backup mentor who covers while the primary mentor is away.', 'wayfinder' ),
				'default'           => true,
				'sanitize_callback' => array( self::class, 'sanitize_flag' ),
				'show_in_rest'      => true,
			)
		);
		// Rules a JSON schema cannot say are checked before WordPress saves anything.
		add_filter( 'rest_request_before_callbacks', array( self::class, 'check_settings_request' ), 10, 3 );
	}

	/** @return array{weights: array<string, float>, languages_required: bool, meeting_hours: float, fairness: float} */
	public static function matching_defaults(): array {
		return array(
			'weights'            => Criteria::DEFAULT_WEIGHTS,
			'languages_required' => true,
			'meeting_hours'      => 2.0,
			'fairness'           => 0.0,
		);
	}

	/**
	 * Refuses matching settings that switch every criterion off, with a message that says so.
	 *
	 * @param mixed            $response The response so far (null, or an earlier error).
	 * @param mixed            $handler  The route handler.
	 * @param \WP_REST_Request $request  The request.
	 * @return mixed
	 */
	public static function check_settings_request( $response, $handler, $request ) {
		unset( $handler );
		// Only for people who may save settings: everyone else gets the route's own refusal.
		$may_save = array(
			'/wp/v2/settings'                     => current_user_can( 'manage_options' ),
			'/' . RestNamespace::V1 . '/settings' => Capabilities::can_manage_settings(),
		);
		if ( null !== $response || empty( $may_save[ $request->get_route() ] ) || 'GET' === $request->get_method() ) {
			return $response;
		}
		$matching = $request[ self::MATCHING ];
		if ( is_array( $matching ) && is_array( $matching['weights'] ?? null ) ) {
			$weights = array_merge( self::matching()['weights'], array_map( 'floatval', $matching['weights'] ) );
			if ( array_sum( $weights ) <= 0 ) {
				return new \WP_Error( 'wayfinder_no_criteria', __( 'At least one matching criterion needs a weight above 0, or nobody could be matched.', 'wayfinder' ), array( 'status' => 400 ) );
			}
		}
		return $response;
	}

	/**
	 * Keeps the known keys, merged over what is saved, so a partial update changes only what it names.
	 *
	 * @param mixed $value The submitted value.
	 * @return array<string, mixed>
	 */
	public static function sanitize_matching( $value ): array {
		$saved = self::matching();
		$value = is_array( $value ) ? $value : array();
		$clean = array(
			'weights'            => $saved['weights'],
			'languages_required' => isset( $value['languages_required'] ) ? (bool) rest_sanitize_boolean( (string) $value['languages_required'] ) : $saved['languages_required'],
			'meeting_hours'      => isset( $value['meeting_hours'] ) ? max( 0.5, min( 40.0, (float) $value['meeting_hours'] ) ) : $saved['meeting_hours'],
			'fairness'           => isset( $value['fairness'] ) ? max( 0.0, min( 50.0, (float) $value['fairness'] ) ) : $saved['fairness'],
		);
		foreach ( array_keys( Criteria::DEFAULT_WEIGHTS ) as $criterion ) {
			if ( isset( $value['weights'][ $criterion ] ) ) {
				$clean['weights'][ $criterion ] = max( 0.0, min( 100.0, (float) $value['weights'][ $criterion ] ) );
			}
		}
		return array_sum( $clean['weights'] ) > 0 ? $clean : $saved;
	}

	/** @return array{weights: array<string, float>, languages_required: bool, meeting_hours: float, fairness: float} */
	public static function matching(): array {
		$defaults = self::matching_defaults();
		$saved    = get_option( self::MATCHING, $defaults );
		$saved    = is_array( $saved ) ? $saved : array();
		return array(
			'weights'            => array_map( 'floatval', array_merge( $defaults['weights'], array_intersect_key( (array) ( $saved['weights'] ?? array() ), $defaults['weights'] ) ) ),
			'languages_required' => (bool) ( $saved['languages_required'] ?? true ),
			'meeting_hours'      => (float) ( $saved['meeting_hours'] ?? 2.0 ),
			'fairness'           => (float) ( $saved['fairness'] ?? 0.0 ),
		);
	}

	/** The criteria every path to a mentor scores with: automatic assignment, the board, "Find more mentees". */
	public static function criteria(): Criteria {
		try {
			return Criteria::from_array( self::matching() );
		} catch ( InvalidInput $e ) {
			return new Criteria();
		}
	}

	public static function default_capacity(): int {
		return max( 1, (int) get_option( self::DEFAULT_CAPACITY, 3 ) );
	}

	public static function backup_mentors_enabled(): bool {
		return (bool) get_option( self::BACKUP_MENTORS, true );
	}

	public static function welcome_email_enabled(): bool {
		return (bool) get_option( self::WELCOME_EMAIL, true );
	}

	public static function auto_assign_mode(): string {
		$mode = get_option( self::AUTO_ASSIGN, 'opt_in' );
		return in_array( $mode, self::AUTO_ASSIGN_MODES, true ) ? (string) $mode : 'opt_in';
	}

	public static function coordinator_assign_mode(): string {
		return 'request' === get_option( self::COORDINATOR_ASSIGNS, 'proposal' ) ? 'request' : 'proposal';
	}

	public static function welcome_email_text(): string {
		$text = (string) get_option( self::WELCOME_EMAIL_TEXT, '' );
		return '' !== $text ? $text : __( "Hi {name},\n\nWelcome! If you would like a mentor to help you make your first contribution, ask for one here: {link}\n\nA mentor is an experienced contributor who meets you, answers your questions and helps you find your way.", 'wayfinder' );
	}

	/** Off or daily: see COORDINATOR_DIGEST. */
	public static function coordinator_digest(): string {
		$mode = get_option( self::COORDINATOR_DIGEST, 'daily' );
		return in_array( $mode, self::COORDINATOR_DIGEST_MODES, true ) ? (string) $mode : 'daily';
	}

	/** Days of quiet before a cohort mentee is nudged (see EarlyWarnings\DropOffWatch). */
	public static function quiet_days(): int {
		return max( 2, min( 30, (int) get_option( self::QUIET_DAYS, 7 ) ) );
	}

	/** Days a hand-off to a team may wait before the coordinators are told (see Handoffs\HandoffService::escalate_due). */
	public static function handoff_days(): int {
		return max( 1, min( 60, (int) get_option( self::HANDOFF_DAYS, 7 ) ) );
	}

	/** The fewest answers (or pairs) a survey report shows a figure from (see Surveys\SurveyReports). */
	public static function report_min_group(): int {
		return max( 2, min( 50, (int) get_option( self::REPORT_MIN_GROUP, 5 ) ) );
	}

	public static function request_expiry_days(): int {
		return max( 1, (int) get_option( self::REQUEST_EXPIRY_DAYS, 14 ) );
	}

	public static function add_defaults(): void {
		// add_option() leaves an admin's earlier choice alone.
		add_option( self::DELETE_DATA_ON_UNINSTALL, 0, '', false );
		// Stored and autoloaded, so the sign-up offer on every public page never asks the database for it.
		add_option( SignUp::CONTACT_PAGE, 0, '', true );
		// The same for the matching criteria, which every mentor's page reads for its waiting mentees' reasons.
		add_option( self::MATCHING, self::matching_defaults(), '', true );
	}

	/**
	 * Stores a boolean as 1 or 0: WordPress would store false as '', which the REST API cannot read back.
	 *
	 * @param mixed $value The submitted value.
	 */
	public static function sanitize_flag( $value ): int {
		return rest_sanitize_boolean( is_scalar( $value ) ? (string) $value : '' ) ? 1 : 0;
	}

	public static function delete_data_on_uninstall(): bool {
		return (bool) get_option( self::DELETE_DATA_ON_UNINSTALL, false );
	}

	/**
	 * The program's settings that whoever holds Capabilities::MANAGE_SETTINGS reads and saves through
	 * GET/POST /wayfinder/v1/settings: every setting registered in Wayfinder's group, less the choice
	 * to delete all data on uninstall, which stays with site admins (core's /wp/v2/settings).
	 *
	 * @return list<string> Option names.
	 */
	public static function program_options(): array {
		$names = array();
		foreach ( get_registered_settings() as $name => $registered ) {
			/** @var array<string, mixed> $args WordPress's own type leaves out the group it stores. */
			$args = $registered;
			if ( 'wayfinder' === ( $args['group'] ?? '' ) && self::DELETE_DATA_ON_UNINSTALL !== $name ) {
				$names[] = (string) $name;
			}
		}
		return $names;
	}

	/**
	 * What each setting is called on the Settings screen, so a refusal names the field a person sees.
	 *
	 * @return array<string, string> Option name, or "option.key" for a part of one, => label.
	 */
	public static function labels(): array {
		return array(
			self::REQUEST_EXPIRY_DAYS                => __( 'Days before an unanswered request expires', 'wayfinder' ),
			self::QUIET_DAYS                         => __( 'Days of quiet before a cohort mentee is nudged', 'wayfinder' ),
			self::HANDOFF_DAYS                       => __( 'Days a hand-off may wait for a team', 'wayfinder' ),
			self::REPORT_MIN_GROUP                   => __( 'Smallest group a survey report shows', 'wayfinder' ),
			self::ISSUER_NAME                        => __( 'Certificate issuer name', 'wayfinder' ),
			self::ISSUER_DESCRIPTION                 => __( 'Certificate issuer description', 'wayfinder' ),
			self::AUTO_ASSIGN                        => __( 'Automatic assignment', 'wayfinder' ),
			self::COORDINATOR_ASSIGNS                => __( 'When a coordinator assigns a mentor', 'wayfinder' ),
			self::WELCOME_EMAIL                      => __( 'Welcome email to new accounts', 'wayfinder' ),
			self::WELCOME_EMAIL_TEXT                 => __( 'Welcome email text', 'wayfinder' ),
			self::DEFAULT_CAPACITY                   => __( 'Default mentor capacity', 'wayfinder' ),
			self::BACKUP_MENTORS                     => __( 'Backup mentors', 'wayfinder' ),
			self::DELETE_DATA_ON_UNINSTALL           => __( 'Delete all Wayfinder data when the plugin is deleted', 'wayfinder' ),
			self::MATCHING                           => __( 'Matching', 'wayfinder' ),
			self::MATCHING . '.weights.languages'    => __( 'Weight: shared language', 'wayfinder' ),
			self::MATCHING . '.weights.meeting_time' => __( 'Weight: time to meet', 'wayfinder' ),
			self::MATCHING . '.weights.teams'        => __( 'Weight: shared teams', 'wayfinder' ),
			self::MATCHING . '.weights.load'         => __( 'Weight: mentor’s free room', 'wayfinder' ),
			self::MATCHING . '.languages_required'   => __( 'A shared language is required', 'wayfinder' ),
			self::MATCHING . '.meeting_hours'        => __( 'Shared hours a week for full marks on time', 'wayfinder' ),
			self::MATCHING . '.fairness'             => __( 'Fairness', 'wayfinder' ),
		);
	}

	/**
	 * A sentence that names the field and says what it takes, for a value its schema refuses; null
	 * when the value is fine.
	 *
	 * @param mixed                $value  The value sent.
	 * @param array<string, mixed> $schema The setting's (or its part's) schema.
	 * @param string               $path   The option name, then ".key" for each level inside it.
	 */
	public static function problem( $value, array $schema, string $path ): ?string {
		if ( is_array( $value ) && 'object' === ( $schema['type'] ?? '' ) && is_array( $schema['properties'] ?? null ) ) {
			foreach ( $value as $key => $part ) {
				if ( ! isset( $schema['properties'][ $key ] ) ) {
					/* translators: 1: the setting's name as the Settings screen shows it, 2: the part sent that it does not have. */
					return sprintf( __( '%1$s has no part called “%2$s”.', 'wayfinder' ), self::label_of( $path ), (string) $key );
				}
				$problem = self::problem( $part, (array) $schema['properties'][ $key ], $path . '.' . $key );
				if ( null !== $problem ) {
					return $problem;
				}
			}
		}
		if ( ! is_wp_error( rest_validate_value_from_schema( $value, $schema, $path ) ) ) {
			return null;
		}
		$label = self::label_of( $path );
		$type  = $schema['type'] ?? '';
		if ( in_array( $type, array( 'integer', 'number' ), true ) && isset( $schema['minimum'], $schema['maximum'] ) ) {
			return sprintf(
				'integer' === $type
					/* translators: 1: the setting's name as the Settings screen shows it, 2: the smallest value, 3: the largest. */
					? __( '%1$s must be a whole number from %2$s to %3$s.', 'wayfinder' )
					/* translators: 1: the setting's name as the Settings screen shows it, 2: the smallest value, 3: the largest. */
					: __( '%1$s must be a number from %2$s to %3$s.', 'wayfinder' ),
				$label,
				number_format_i18n( (float) $schema['minimum'], (int) ( floor( (float) $schema['minimum'] ) !== (float) $schema['minimum'] ) ),
				number_format_i18n( (float) $schema['maximum'], (int) ( floor( (float) $schema['maximum'] ) !== (float) $schema['maximum'] ) )
			);
		}
		if ( isset( $schema['enum'] ) && is_array( $schema['enum'] ) ) {
			/* translators: 1: the setting's name as the Settings screen shows it, 2: the values it takes. */
			return sprintf( __( '%1$s must be one of: %2$s.', 'wayfinder' ), $label, implode( ', ', array_map( 'strval', $schema['enum'] ) ) );
		}
		if ( 'boolean' === $type ) {
			/* translators: %s: the setting's name as the Settings screen shows it. */
			return sprintf( __( '%s must be on or off (true or false).', 'wayfinder' ), $label );
		}
		if ( 'string' === $type && isset( $schema['maxLength'] ) ) {
			/* translators: 1: the setting's name as the Settings screen shows it, 2: the most characters it takes. */
			return sprintf( __( '%1$s must be text of at most %2$s characters.', 'wayfinder' ), $label, number_format_i18n( (int) $schema['maxLength'] ) );
		}
		/* translators: %s: the setting's name as the Settings screen shows it. */
		return sprintf( __( '%s has a value it cannot take.', 'wayfinder' ), $label );
	}

	private static function label_of( string $path ): string {
		$labels = self::labels();
		$option = (string) strtok( $path, '.' );
		// A setting a feature registers names itself (register_setting's label).
		$registered = get_registered_settings()[ $option ]['label'] ?? null;
		return $labels[ $path ] ?? $labels[ $option ] ?? ( is_string( $registered ) && '' !== $registered ? $registered : $path );
	}

	/** @return list<string> Every option Wayfinder owns, for uninstall. */
	public static function owned_options(): array {
		return array( self::DELETE_DATA_ON_UNINSTALL, self::REQUEST_EXPIRY_DAYS, self::QUIET_DAYS, self::HANDOFF_DAYS, self::REPORT_MIN_GROUP, self::ISSUER_NAME, self::ISSUER_DESCRIPTION, self::AUTO_ASSIGN, self::WELCOME_EMAIL, self::WELCOME_EMAIL_TEXT, self::COORDINATOR_ASSIGNS, self::MATCHING, self::DEFAULT_CAPACITY, self::BACKUP_MENTORS, self::COORDINATOR_DIGEST, 'wayfinder_coordinator_digest_sent', self::SETUP_NOTICE, SignUp::CONTACT_PAGE, Installer::VERSION_OPTION, Schema::VERSION_OPTION );
	}
}
