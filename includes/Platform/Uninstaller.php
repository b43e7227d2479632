<?php
/**
 * Deletes Wayfinder's data, only when the site admin chose so.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Teams\TeamSeeder;

final class Uninstaller {

	public static function run(): void {
		if ( ! Settings::delete_data_on_uninstall() ) {
			return;
		}
		Installer::deactivate();
		// Dropping a table ends any open transaction, so it goes first.
		Schema::drop();
		Capabilities::uninstall();
		TeamSeeder::delete_all();
		QuizSeeder::delete_all();
		foreach ( Settings::owned_options() as $option ) {
			delete_option( $option );
		}
		// What the mentor directory keeps between requests.
		foreach ( \Wayfinder\Directory\KeptValues::names() as $option ) {
			delete_option( $option );
		}
	}
}
