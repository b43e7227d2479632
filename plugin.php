<?php
/**
 * Plugin Name:       Wayfinder
 * Plugin URI:        https://github.com/wayfinder-mentorship/wayfinder
 * Description:       A contributor mentorship program for open-source community sites: every path to a mentor ends in the same match: requests, explainable matching, a coordinator's control room, a mentor directory and a "Get involved" quiz.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            The Wayfinder contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       wayfinder
 * Domain Path:       /languages
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;
const PLUGIN_DIR  = __DIR__;

require_once __DIR__ . '/includes/autoload.php';

Plugin::boot();
