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

final class DirectoryModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( MentorsController::class ), 'register_routes' ) );
		RequestForm::register();
		DirectoryIndex::register();
	}
}
