<?php
/**
 * Badges: the definitions (a post type coordinators edit), awards given by rules and by hand, and
 * what the awards table keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class BadgesModule implements Module {

	public function register( Container $services ): void {
		add_action( 'init', array( BadgePostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( BadgePostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . BadgePostType::POST_TYPE, array( BadgePostType::class, 'validate_before_save' ), 10, 2 );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, BadgePostType::CAPABILITIES ) );
		add_action(
			'before_delete_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( BadgePostType::POST_TYPE === $post->post_type ) {
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
				)
			)
		);
	}
}
