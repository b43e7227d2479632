<?php
/**
 * Runs when an admin deletes the plugin. Removes data only when the admin opted in (Mentorship → Settings).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder;

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

require_once __DIR__ . '/includes/autoload.php';

Platform\Uninstaller::run();
