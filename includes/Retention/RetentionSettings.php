<?php
/**
 * How long each kind of personal data is kept: one setting per Kind, in months (0 keeps it forever),
 * registered in Wayfinder's settings group so the program settings route reads, checks and saves
 * them with the others.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

final class RetentionSettings {

	/** The longest period a setting takes: twenty years. */
	public const MAX_MONTHS = 240;

	public static function register(): void {
		foreach ( Kind::cases() as $kind ) {
			register_setting(
				'wayfinder',
				$kind->option(),
				array(
					'type'              => 'integer',
					'label'             => $kind->label(),
					'description'       => $kind->description(),
					'default'           => $kind->default_months(),
					'sanitize_callback' => static fn ( $months ): int => max( 0, min( self::MAX_MONTHS, (int) $months ) ),
					'show_in_rest'      => array(
						'schema' => array(
							'type'    => 'integer',
							'minimum' => 0,
							'maximum' => self::MAX_MONTHS,
						),
					),
				)
			);
		}
	}

	/** The months this kind is kept; 0: forever. */
	public static function months( Kind $kind ): int {
		return max( 0, min( self::MAX_MONTHS, (int) get_option( $kind->option(), $kind->default_months() ) ) );
	}

	/** @return list<string> The settings' options, for uninstall. */
	public static function options(): array {
		return array_map( static fn ( Kind $kind ): string => $kind->option(), Kind::cases() );
	}
}
