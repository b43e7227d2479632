<?php
/**
 * The coordinator's matching board and its route.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class BoardModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( BoardController::class ), 'register_routes' ) );
	}
}
