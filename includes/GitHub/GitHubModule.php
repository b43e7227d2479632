<?php
/**
 * The GitHub connection: the routes of linked accounts, connected repositories and the webhook, the
 * section in My mentorship and its page forms, the hourly clean-up of old deliveries, a deleted
 * account's link, and what its tables keep about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Network;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class GitHubModule implements Module {

	/** Deliveries are remembered this long (GitHub redelivers only recent ones). */
	public const KEEP_DELIVERIES = 30 * DAY_IN_SECONDS;

	/** At most this many old deliveries are forgotten a tick. */
	public const FORGET_BATCH = 1000;

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( GitHubController::class ), 'register_routes' ) );
		add_action( 'rest_api_init', array( $services->get( GitHubWebhookController::class ), 'register_routes' ) );
		add_action( 'wayfinder_my_sections', array( GitHubSection::class, 'render' ), 30, 2 );
		add_action( Cron::HOURLY, static fn () => $services->get( GitHubDeliveryRepository::class )->delete_before( time() - self::KEEP_DELIVERIES, self::FORGET_BATCH ) );
		// A deleted account frees its GitHub ID (someone else may link it; nobody is credited for it).
		add_action( 'deleted_user', Network::program_only( static fn ( $user_id ) => $services->get( GitHubAccountRepository::class )->delete( (int) $user_id ) ) );
		PageForms::add(
			new PageAction(
				GitHubSection::LINK,
				'PUT',
				'me/github',
				fields: array( 'login', 'github_id' ),
				check: static fn ( array $post ): string => is_string( $post['login'] ?? null ) && '' !== trim( $post['login'] ) ? '' : __( 'Enter your GitHub username.', 'wayfinder' ),
			)
		);
		PageForms::add( new PageAction( GitHubSection::UNLINK, 'DELETE', 'me/github' ) );

		$registry = $services->get( PersonalData::class );
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'github_accounts',
				__( 'Linked GitHub account', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'github_id' => __( 'GitHub user ID', 'wayfinder' ),
					'login'     => __( 'GitHub username', 'wayfinder' ),
					'linked_at' => __( 'Linked on (UTC)', 'wayfinder' ),
				),
				'user_id'
			)
		);
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'github_repos',
				__( 'GitHub repositories connected', 'wayfinder' ),
				array( 'created_by' => ErasePolicy::ANONYMISE ),
				array(),
				array(
					'full_name'  => __( 'Repository', 'wayfinder' ),
					'team'       => __( 'Team', 'wayfinder' ),
					'created_at' => __( 'Connected on (UTC)', 'wayfinder' ),
				)
			)
		);
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'github_deliveries', __( 'GitHub deliveries received', 'wayfinder' ), array(), array(), array(), 'delivery' ) );
	}
}
