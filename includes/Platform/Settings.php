<?php
/**
 * Site-wide settings, registered with a schema so the REST API and the admin app validate them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Settings {

	public const DELETE_DATA_ON_UNINSTALL = 'wayfinder_delete_data_on_uninstall';
	public const REQUEST_EXPIRY_DAYS      = 'wayfinder_request_expiry_days';
	public const AUTO_ASSIGN              = 'wayfinder_auto_assign';
	public const WELCOME_EMAIL            = 'wayfinder_welcome_email';
	public const WELCOME_EMAIL_TEXT       = 'wayfinder_welcome_email_text';
	public const AUTO_ASSIGN_MODES        = array( 'off', 'opt_in', 'all_new_accounts' );
	public const COORDINATOR_ASSIGNS      = 'wayfinder_coordinator_assigns';
	public const COORDINATOR_ASSIGN_MODES = array( 'proposal', 'request' );

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
	}

	private static function register_program_settings(): void {
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
				'description'       => __( 'What a coordinator’s assignment does: proposal (the match holds the place and the mentor confirms or declines) or request (the mentor is asked first and nothing is held).', 'wayfinder' ),
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

	public static function request_expiry_days(): int {
		return max( 1, (int) get_option( self::REQUEST_EXPIRY_DAYS, 14 ) );
	}

	public static function add_defaults(): void {
		// add_option() leaves an admin's earlier choice alone.
		add_option( self::DELETE_DATA_ON_UNINSTALL, 0, '', false );
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

	/** @return list<string> Every option Wayfinder owns, for uninstall. */
	public static function owned_options(): array {
		return array( self::DELETE_DATA_ON_UNINSTALL, self::REQUEST_EXPIRY_DAYS, self::AUTO_ASSIGN, self::WELCOME_EMAIL, self::WELCOME_EMAIL_TEXT, self::COORDINATOR_ASSIGNS, Installer::VERSION_OPTION, Schema::VERSION_OPTION );
	}
}
