<?php
/**
 * The coordinator's matching board: its routes, its background runs (a WP-Cron event per run, the
 * hourly cleanup, stopped on deactivation) and what the runs hold about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class BoardModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( BoardController::class ), 'register_routes' ) );
		add_action( BoardRuns::HOOK, array( $services->get( BoardRuns::class ), 'work' ) );
		add_action( Cron::HOURLY, static fn () => $services->get( BoardRuns::class )->cleanup(), 40 );
		add_action( Installer::DEACTIVATE, static fn () => wp_unschedule_hook( BoardRuns::HOOK ) );
		self::declare_personal_data( $services );
	}

	/**
	 * A run is the coordinator's (erased with them); its working data and result name mentees and
	 * mentors, so erasing anyone deletes every stored run — they are a day's working copy at most.
	 */
	private static function declare_personal_data( Container $services ): void {
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'board_runs',
				__( 'Matching board runs', 'wayfinder' ),
				array( 'created_by' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'id'         => __( 'Run', 'wayfinder' ),
					'created_by' => __( 'Started by', 'wayfinder' ),
					'status'     => __( 'Status', 'wayfinder' ),
					'total'      => __( 'Mentees to match', 'wayfinder' ),
					'created_at' => __( 'Started on', 'wayfinder' ),
				),
				'id',
				null,
				static function () use ( $services ): void {
					$services->get( BoardRuns::class )->forget_all();
				}
			)
		);
	}
}
