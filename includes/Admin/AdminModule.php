<?php
/**
 * The wp-admin side: the coordinator app's page and the routes behind its overview, the setup
 * checklist's notice, the roles and mentoring profile on the user screen.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class AdminModule implements Module {

	public function register( Container $services ): void {
		AdminPage::register();
		NetworkScreen::register();
		UserRoles::register();
		MentoringProfile::register();
		add_action( 'rest_api_init', array( $services->get( StatusController::class ), 'register_routes' ) );
		add_action( 'activated_plugin', array( SetupNotice::class, 'on_activated' ) );
		add_action( 'admin_notices', array( SetupNotice::class, 'render' ) );
		add_action( 'admin_post_' . SetupNotice::ACTION, array( SetupNotice::class, 'dismiss' ) );
	}
}
