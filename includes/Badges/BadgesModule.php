<?php
/**
 * Badges: the definitions (a post type coordinators edit), awards given by rules and by hand, and
 * what the awards table keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Cohorts\Events\CohortFinished;
use Wayfinder\Contributions\Events\ContributionRecorded;
use Wayfinder\Contributions\Events\ContributionReviewed;
use Wayfinder\Graduation\Events\MenteeGraduated;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class BadgesModule implements Module {

	public function register( Container $services ): void {
		add_action( 'init', array( BadgePostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( BadgePostType::class, 'register' ) );
		// The default badges, once (after the teams, so each seeded team gets its contributor badge).
		add_action( Installer::INSTALL, array( DefaultBadges::class, 'seed_once' ), 11 );
		add_action( Uninstaller::DELETE_DATA, array( DefaultBadges::class, 'delete_all' ) );
		add_action( 'transition_post_status', array( DefaultBadges::class, 'team_published' ), 10, 3 );
		// Awards from what people did, in the same change as the event (before the e-mails, at 20).
		$rules = static fn (): BadgeRules => $services->get( BadgeRules::class );
		add_action( MatchCompleted::HOOK, static fn ( MatchCompleted $event ) => $rules()->match_completed( $event ), 10 );
		add_action( MenteeGraduated::HOOK, static fn ( MenteeGraduated $event ) => $rules()->graduated( $event ), 10 );
		add_action( ContributionRecorded::HOOK, static fn ( ContributionRecorded $event ) => $rules()->contribution_recorded( $event ), 10 );
		add_action( ContributionReviewed::HOOK, static fn ( ContributionReviewed $event ) => $rules()->contribution_reviewed( $event ), 10 );
		add_action( CohortFinished::HOOK, static fn ( CohortFinished $event ) => $rules()->cohort_finished( $event ), 10 );
		// Past history after an upgrade from before badges: a bounded batch each hour until done.
		add_action( Schema::MIGRATED, static fn ( int $was ) => $was > 0 && $was < 24 ? $rules()->start_backfill() : null );
		add_action( Cron::HOURLY, static fn () => $rules()->tick( time() ) );
		add_action( 'rest_api_init', array( $services->get( AwardsController::class ), 'register_routes' ) );
		add_action( 'rest_api_init', array( BadgePostType::class, 'register_rest_fields' ) );
		add_filter( 'rest_pre_insert_' . BadgePostType::POST_TYPE, array( BadgePostType::class, 'validate_before_save' ), 10, 2 );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, BadgePostType::CAPABILITIES ) );
		add_action(
			'before_delete_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				// On uninstall the awards table is dropped before the badges are deleted.
				if ( BadgePostType::POST_TYPE === $post->post_type && ! doing_action( Uninstaller::DELETE_DATA ) ) {
					$services->get( AwardRepository::class )->delete_badge( $post_id );
				}
			},
			10,
			2
		);
		// An award is the person's own: erasing them deletes it (its credentials are revoked by Credentials\).
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'badge_awards',
				__( 'Badges', 'wayfinder' ),
				array(
					'user_id'    => ErasePolicy::DELETE_ROW,
					'awarded_by' => ErasePolicy::ANONYMISE,
					'revoked_by' => ErasePolicy::ANONYMISE,
				),
				array(),
				array(
					'badge_id'      => __( 'Badge', 'wayfinder' ),
					'reason'        => __( 'Earned for', 'wayfinder' ),
					'evidence'      => __( 'Evidence', 'wayfinder' ),
					'awarded_at'    => __( 'Awarded', 'wayfinder' ),
					'shown'         => __( 'Shown on the profile', 'wayfinder' ),
					'revoked_at'    => __( 'Revoked', 'wayfinder' ),
					'revoke_reason' => __( 'Reason for revoking', 'wayfinder' ),
				),
				readable: self::export_words()
			)
		);
	}

	/** @return array<string, \Closure(array<string, mixed>): string> An award in an export: the badge by name, why in words. */
	private static function export_words(): array {
		$badge = static fn ( array $row ): ?Badge => BadgePostType::find( (int) $row['badge_id'] );
		return array(
			'badge_id' => static fn ( array $row ): string => $badge( $row )->name ?? __( 'A deleted badge', 'wayfinder' ),
			'reason'   => static fn ( array $row ): string => ( new AwardReasons() )->words( Award::from_row( $row ), $badge( $row )->rule ?? '' ),
			'shown'    => static fn ( array $row ): string => (int) $row['shown'] ? __( 'Yes', 'wayfinder' ) : __( 'No', 'wayfinder' ),
		);
	}
}
