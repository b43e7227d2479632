<?php
/**
 * The public mentor directory: its route, the request form without JavaScript and the index kept in step.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Uninstaller;

final class DirectoryModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( MentorsController::class ), 'register_routes' ) );
		RequestForm::register();
		DirectoryIndex::register();
		// Schema 7 added the index of who holds the mentor capability: filled in for existing profiles.
		add_action( Schema::MIGRATED, static fn ( int $was ) => $was < 7 ? DirectoryIndex::resync_all() : null );
		add_action(
			Uninstaller::DELETE_DATA,
			static function (): void {
				foreach ( KeptValues::names() as $option ) {
					delete_option( $option );
				}
			}
		);
	}
}
