<?php
/**
 * The demo's GitHub part: two repositories (one heard from, with a team; one not), three linked
 * mentees, and their contributions from the four signed deliveries — loaded once however often.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\GitHub;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoGitHub;
use Wayfinder\GitHub\GitHubAccountRepository;
use Wayfinder\GitHub\GitHubRepoRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DemoGitHubTest extends TestCase {

	public function test_the_demo_has_github_contributions_in_every_state_loaded_once(): void {
		DemoContent::load();
		DemoContent::load();
		$id = static fn ( string $login ): int => get_user_by( 'login', $login )->ID;

		$develop = ( new GitHubRepoRepository() )->find_by_name( DemoGitHub::REPO );
		$this->assertNotNull( $develop );
		$this->assertSame( 'core', $develop->team );
		$this->assertNotNull( $develop->last_delivery_at );
		$gutenberg = ( new GitHubRepoRepository() )->find_by_name( 'WordPress/gutenberg' );
		$this->assertNotNull( $gutenberg );
		$this->assertNull( $gutenberg->last_delivery_at, 'a repository not heard from yet' );
		$this->assertCount( 2, ( new GitHubRepoRepository() )->all() );

		$this->assertSame( 91000002, ( new GitHubAccountRepository() )->find( $id( 'mentee-kofi' ) )?->github_id );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $id( 'mentee-aisha' ) ), 'someone who has not linked one' );

		// The GitHub ones (the demo also gives these people contributions added by hand and from this site).
		$keys = static fn ( string $login ): array => array_values( array_filter( array_map( static fn ( Contribution $c ): string => $c->source_key, ( new ContributionRepository() )->of_user( $id( $login ) ) ), static fn ( string $key ): bool => str_starts_with( $key, 'github:' ) ) );
		$this->assertSame( array( 'github:pr:WordPress/wordpress-develop#8123' ), $keys( 'mentee-jonas' ), 'the merged pull request' );
		$this->assertEqualsCanonicalizing( array( 'github:review:WordPress/wordpress-develop#2512345001', 'github:props:WordPress/wordpress-develop@5d1c0e3b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d' ), $keys( 'mentee-kofi' ), 'a review and props' );
		$this->assertEqualsCanonicalizing( array( 'github:issue:WordPress/wordpress-develop#62001', 'github:props:WordPress/wordpress-develop@5d1c0e3b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d' ), $keys( 'mentee-ines' ), 'a fixed issue and props' );
	}
}
