<?php
/**
 * Data retention: the settings of how long each kind of personal data is kept, the daily job that
 * removes what is due (and its follow-up while more is due), the log coordinators read, and cleaning
 * up on deactivation and uninstall.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Retention\Events\RetentionApplied;

final class RetentionModule implements Module {

	public function register( Container $services ): void {
		$services->share( Retention::class, static fn ( Container $c ): Retention => new Retention( $c->get( PersonalData::class ) ) );
		add_action( 'init', array( RetentionSettings::class, 'register' ) );
		add_action( Cron::DAILY, static fn () => $services->get( Retention::class )->run( time() ) );
		add_action( Retention::CONTINUE_HOOK, static fn () => $services->get( Retention::class )->run( time() ) );
		add_action( RetentionApplied::HOOK, array( $services->get( RetentionLog::class ), 'applied' ) );
		add_action( 'rest_api_init', array( $services->get( RetentionController::class ), 'register_routes' ) );
		add_action( Installer::DEACTIVATE, static fn () => wp_unschedule_hook( Retention::CONTINUE_HOOK ) );
		add_action(
			Uninstaller::DELETE_DATA,
			static function (): void {
				array_map( 'delete_option', RetentionSettings::options() );
				RetentionLog::delete();
			}
		);
	}
}
