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

// The plugin is not loaded when WordPress deletes it; features delete what they own from their modules.
require_once __DIR__ . '/plugin.php';
Plugin::register();
Platform\Uninstaller::run();
