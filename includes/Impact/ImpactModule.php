<?php
/**
 * Impact: each person's outcome after a program (written when a cohort finishes or a 1:1 mentorship
 * ends, measured by the hourly tick and again when their contributions change), the figures and the
 * route that shows them, a representative's section on My mentorship, and what it keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Events\CohortFinished;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\Events\ContributionRecorded;
use Wayfinder\Contributions\Events\ContributionReviewed;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class ImpactModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( ImpactController::class ), 'register_routes' ) );
		add_action( CohortFinished::HOOK, static fn ( CohortFinished $event ) => $services->get( Outcomes::class )->cohort_finished( $event->cohort->id, $event->ended_on, time() ) );
		$ended = static fn ( MatchEnded $event ) => $services->get( Outcomes::class )->match_ended( $event->match, $event->reason, time() );
		add_action( MatchEnded::HOOK, $ended, 40 );
		add_action( MatchCompleted::HOOK, $ended, 40 );
		add_action( ContributionRecorded::HOOK, static fn ( ContributionRecorded $event ) => $services->get( Outcomes::class )->remeasure( $event->contribution->user_id, time(), Contribution::VERIFIED === $event->contribution->status ), 30 );
		add_action( ContributionReviewed::HOOK, static fn ( ContributionReviewed $event ) => $services->get( Outcomes::class )->remeasure( $event->contribution->user_id, time() ), 30 );
		// New people in programs, months that passed, the backfill of programs that ended before outcomes were kept: bounded batches.
		add_action( Cron::HOURLY, static fn () => $services->get( Outcomes::class )->tick( time() ) );
		add_action( Schema::MIGRATED, static fn ( int $was ) => $was > 0 && $was < 23 ? $services->get( Outcomes::class )->start_backfill() : null );
		add_action( 'wayfinder_my_sections', array( ImpactSection::class, 'render' ), 30, 2 );
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( OutcomeRepository::class )->delete_cohort( $post_id );
					ImpactFigures::forget();
				}
			},
			10,
			2
		);
		add_action(
			Uninstaller::DELETE_DATA,
			static function (): void {
				delete_option( Outcomes::STATE );
				delete_transient( ImpactFigures::KEPT );
			}
		);
		// Worked out from contributions and places, so erasing a person deletes their rows.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'impact_outcomes',
				__( 'Program outcomes', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'cohort_id' => __( 'Cohort', 'wayfinder' ),
					'match_id'  => __( 'Mentorship', 'wayfinder' ),
					'ended_on'  => __( 'Ended on', 'wayfinder' ),
					'graduated' => __( 'Graduated', 'wayfinder' ),
					'active_3'  => __( 'Contributing three months later', 'wayfinder' ),
				)
			)
		);
	}
}
