<?php
/**
 * Deletes Wayfinder's data, only when the site admin chose so. Features delete what they own (their
 * posts, their kept options) on the `wayfinder_uninstall` action from their own module.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Uninstaller {

	/** The action while deleting Wayfinder's data, after the tables are gone: features delete what they own. */
	public const DELETE_DATA = 'wayfinder_uninstall';

	public static function run(): void {
		if ( ! Settings::delete_data_on_uninstall() ) {
			return;
		}
		Installer::deactivate();
		// Dropping a table ends any open transaction, so it goes first.
		Schema::drop();
		Capabilities::uninstall();
		Flash::delete_all();
		/** Features delete their posts and options. */
		do_action( self::DELETE_DATA ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		foreach ( Settings::owned_options() as $option ) {
			delete_option( $option );
		}
	}
}
