<?php
/**
 * The demo's GitHub connection: WordPress/wordpress-develop connected to the Core team (and
 * WordPress/gutenberg with no team, never heard from), three demo mentees' GitHub accounts linked
 * (invented numeric IDs, written without asking GitHub), and four signed deliveries taken through
 * the webhook's rules — a merged pull request, a review of it, a fixed issue and a push whose commit
 * gives props — so GitHub contributions wait to be verified. Loading again adds nothing: the
 * repositories, links and delivery IDs are each taken once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\GitHub\GitHubAccountRepository;
use Wayfinder\GitHub\GitHubRepo;
use Wayfinder\GitHub\GitHubRepoRepository;
use Wayfinder\GitHub\GitHubRepos;
use Wayfinder\GitHub\WebhookReceiver;

final class DemoGitHub {

	public const REPO = 'WordPress/wordpress-develop';

	/** Demo login => [ GitHub username, invented GitHub user ID ]. */
	public const ACCOUNTS = array(
		'mentee-jonas' => array( 'jonas-weber-dev', 91000001 ),
		'mentee-kofi'  => array( 'kofi-mensah', 91000002 ),
		'mentee-ines'  => array( 'ines-costa', 91000003 ),
	);

	/**
	 * @throws \RuntimeException When a repository cannot be connected or a delivery is refused.
	 */
	public static function load( int $coordinator, ?int $now = null ): void {
		$now  = $now ?? time();
		$repo = self::repo( self::REPO, 'core', $coordinator, $now );
		self::repo( 'WordPress/gutenberg', '', $coordinator, $now );
		$accounts = new GitHubAccountRepository();
		foreach ( self::ACCOUNTS as $login => list( $github_login, $github_id ) ) {
			$user = get_user_by( 'login', $login );
			if ( $user && null === $accounts->find( $user->ID ) ) {
				$accounts->insert( $user->ID, $github_id, $github_login, $now );
			}
		}
		foreach ( self::deliveries( $now ) as $delivery => list( $event, $payload ) ) {
			$body   = (string) wp_json_encode( $payload );
			$signed = ( new WebhookReceiver() )->authenticate( $body, WebhookReceiver::signature( $body, $repo->secret ) );
			if ( is_wp_error( $signed ) ) {
				throw new \RuntimeException( esc_html( $signed->get_error_message() ) );
			}
			$taken = ( new WebhookReceiver() )->receive( $signed, $event, $delivery, $payload, $now );
			if ( is_wp_error( $taken ) ) {
				throw new \RuntimeException( esc_html( $taken->get_error_message() ) );
			}
		}
	}

	/** The repository, connected once (to no team when the team is gone). */
	private static function repo( string $name, string $team, int $coordinator, int $now ): GitHubRepo {
		$kept = ( new GitHubRepoRepository() )->find_by_name( $name );
		if ( null !== $kept ) {
			return $kept;
		}
		$made = ( new GitHubRepos() )->connect( $name, $team, $coordinator, $now );
		if ( is_wp_error( $made ) ) {
			$made = ( new GitHubRepos() )->connect( $name, '', $coordinator, $now );
		}
		if ( is_wp_error( $made ) ) {
			throw new \RuntimeException( esc_html( $name . ': ' . $made->get_error_message() ) );
		}
		return $made;
	}

	/**
	 * Four deliveries as GitHub sends them (trimmed to what Wayfinder reads), by delivery ID.
	 *
	 * @return array<string, array{0: string, 1: array<string, mixed>}>
	 */
	private static function deliveries( int $now ): array {
		$when       = static fn ( int $days ): string => gmdate( 'Y-m-d\TH:i:s\Z', $now - $days * DAY_IN_SECONDS );
		$user       = static fn ( string $login ): array => array(
			'login' => self::ACCOUNTS[ $login ][0],
			'id'    => self::ACCOUNTS[ $login ][1],
			'type'  => 'User',
		);
		$repository = array(
			'id'             => 75645659,
			'name'           => 'wordpress-develop',
			'full_name'      => self::REPO,
			'html_url'       => 'https://github.com/' . self::REPO,
			'default_branch' => 'trunk',
		);
		$pull       = array(
			'number'   => 8123,
			'title'    => 'Docs: Clarify the return value of get_the_excerpt()',
			'html_url' => 'https://github.com/' . self::REPO . '/pull/8123',
			'user'     => $user( 'mentee-jonas' ),
			'state'    => 'closed',
		);
		$sha        = '5d1c0e3b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d';
		return array(
			'wayfinder-demo-review-8123' => array(
				'pull_request_review',
				array(
					'action'       => 'submitted',
					'review'       => array(
						'id'           => 2512345001,
						'user'         => $user( 'mentee-kofi' ),
						'state'        => 'approved',
						'submitted_at' => $when( 6 ),
						'html_url'     => $pull['html_url'] . '#pullrequestreview-2512345001',
					),
					'pull_request' => array( 'state' => 'open' ) + $pull,
					'repository'   => $repository,
				),
			),
			'wayfinder-demo-pr-8123'     => array(
				'pull_request',
				array(
					'action'       => 'closed',
					'number'       => 8123,
					'pull_request' => array(
						'merged'    => true,
						'merged_at' => $when( 5 ),
					) + $pull,
					'repository'   => $repository,
				),
			),
			'wayfinder-demo-issue-62001' => array(
				'issues',
				array(
					'action'     => 'closed',
					'issue'      => array(
						'number'       => 62001,
						'title'        => 'Site Health reports a false warning for the REST API on some hosts',
						'html_url'     => 'https://github.com/' . self::REPO . '/issues/62001',
						'user'         => $user( 'mentee-ines' ),
						'state'        => 'closed',
						'state_reason' => 'completed',
						'closed_at'    => $when( 3 ),
					),
					'repository' => $repository,
				),
			),
			'wayfinder-demo-push-trunk'  => array(
				'push',
				array(
					'ref'        => 'refs/heads/trunk',
					'repository' => $repository,
					'commits'    => array(
						array(
							'id'        => $sha,
							'message'   => "Site Health: Avoid a false REST API warning on hosts that block loopback requests.\n\nFixes #62001.\nProps ines-costa, kofi-mensah, a-committer.",
							'timestamp' => $when( 2 ),
							'url'       => 'https://github.com/' . self::REPO . '/commit/' . $sha,
						),
					),
				),
			),
		);
	}
}
