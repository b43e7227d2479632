<?php
/**
 * The base every feature stands on: upgrades, settings, blocks, translations, the program settings route and the hourly tick.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class PlatformModule implements Module {

	public function register( Container $services ): void {
		// Sites that updated the files without re-activating still get new roles and options.
		add_action( 'init', array( Installer::class, 'upgrade_if_needed' ), 5 );
		add_action( 'init', array( Settings::class, 'register' ) );
		add_action( 'init', array( Blocks::class, 'register' ) );
		add_action( 'init', array( $this, 'load_translations' ) );
		add_action( 'init', array( Cron::class, 'schedule' ) );
		foreach ( array( 'added_option', 'updated_option', 'deleted_option' ) as $hook ) {
			add_action( $hook, array( KeptValues::class, 'changed' ), 10, 1 );
		}
		// The one way to act from a page without JavaScript; features add their actions (PageForms::add()).
		PageForms::register();
		// On a network with one program, team sites run Wayfinder's blocks and routes on the program site.
		Network::register();
		// Where the TypeScript client connects in wp-admin (the coordinator app, the block editor).
		add_action( 'admin_print_scripts', array( RestConnection::class, 'print' ), 1 );
		add_action( 'rest_api_init', array( $services->get( SettingsController::class ), 'register_routes' ) );
		add_filter( 'rest_request_after_callbacks', array( SettingsController::class, 'explain_refusal' ), 10, 3 );
	}

	public function load_translations(): void {
		load_plugin_textdomain( 'wayfinder', false, dirname( plugin_basename( \Wayfinder\PLUGIN_FILE ) ) . '/languages' );
	}
}
