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

	public static function register(): void {
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
		return array( self::DELETE_DATA_ON_UNINSTALL, self::REQUEST_EXPIRY_DAYS, Installer::VERSION_OPTION, Schema::VERSION_OPTION );
	}
}
