<?php
/**
 * The GitHub connection: what its tables keep about people (the webhook's hooks are added here).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class GitHubModule implements Module {

	public function register( Container $services ): void {
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
