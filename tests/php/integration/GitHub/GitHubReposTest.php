<?php
/**
 * Connecting repositories: names checked, each once, a team that exists (or none), a secret of 32
 * random bytes shown when made and never in a list; a new secret; disconnecting.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\GitHub;

use Wayfinder\GitHub\GitHubDeliveryRepository;
use Wayfinder\GitHub\GitHubRepoRepository;
use Wayfinder\Tests\Integration\TestCase;

final class GitHubReposTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
	}

	/** @param array<string, mixed> $body */
	private function connect( array $body ): \WP_REST_Response {
		return $this->rest( 'POST', '/wayfinder/v1/github/repos', $body, $this->coordinator );
	}

	public function test_a_connected_repository_shows_its_secret_once_and_never_in_the_list(): void {
		$made = $this->connect(
			array(
				'full_name' => 'WordPress/wordpress-develop',
				'team'      => 'core',
			)
		);

		$this->assertSame( 201, $made->get_status(), (string) wp_json_encode( $made->get_data() ) );
		$data = $made->get_data();
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $data['secret'], '32 random bytes, hex' );
		$this->assertSame( 'WordPress/wordpress-develop', $data['full_name'] );
		$this->assertSame( 'core', $data['team'] );
		$this->assertSame( 'Core', $data['team_name'] );
		$this->assertSame( rest_url( 'wayfinder/v1/github/webhook' ), $data['webhook_url'] );
		$this->assertSame( 'application/json', $data['content_type'] );
		$this->assertNull( $data['last_delivery_at'] );

		$list = $this->rest( 'GET', '/wayfinder/v1/github/repos', array(), $this->coordinator );
		$this->assertSame( 200, $list->get_status() );
		$this->assertCount( 1, $list->get_data() );
		$this->assertArrayNotHasKey( 'secret', $list->get_data()[0] );
		$this->assertStringNotContainsString( $data['secret'], (string) wp_json_encode( $list->get_data() ), 'the secret is in no GET' );
		$this->assertSame( 'Core', $list->get_data()[0]['team_name'] );

		$changed = $this->rest( 'PUT', "/wayfinder/v1/github/repos/{$data['id']}", array( 'team' => 'polyglots' ), $this->coordinator );
		$this->assertSame( 200, $changed->get_status() );
		$this->assertSame( 'polyglots', $changed->get_data()['team'] );
		$this->assertArrayNotHasKey( 'secret', $changed->get_data() );
	}

	public function test_a_new_secret_is_shown_once_and_replaces_the_old(): void {
		$made  = $this->connect( array( 'full_name' => 'WordPress/gutenberg' ) )->get_data();
		$fresh = $this->rest( 'POST', "/wayfinder/v1/github/repos/{$made['id']}/secret", array(), $this->coordinator );

		$this->assertSame( 200, $fresh->get_status() );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{64}$/', $fresh->get_data()['secret'] );
		$this->assertNotSame( $made['secret'], $fresh->get_data()['secret'] );
		$this->assertSame( $fresh->get_data()['secret'], ( new GitHubRepoRepository() )->find( (int) $made['id'] )?->secret );
		$this->assertSame( '', $made['team'], 'no team' );
	}

	/** @return iterable<string, array{0: string}> */
	public static function bad_names(): iterable {
		yield 'no owner' => array( 'wordpress-develop' );
		yield 'three parts' => array( 'WordPress/wordpress-develop/trunk' );
		yield 'a dot-dot name' => array( 'WordPress/..' );
		yield 'an owner starting with a hyphen' => array( '-WordPress/gutenberg' );
		yield 'a space' => array( 'WordPress/word press' );
		yield 'another site' => array( 'https://gitlab.com/WordPress/gutenberg' );
		yield 'empty' => array( '' );
	}

	/** @dataProvider bad_names */
	public function test_names_that_are_no_repository_are_refused( string $name ): void {
		$response = $this->connect( array( 'full_name' => $name ) );

		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( 'owner/name', $response->get_data()['message'] );
		$this->assertSame( array(), ( new GitHubRepoRepository() )->all() );
	}

	public function test_a_pasted_address_is_read_as_owner_and_name(): void {
		$response = $this->connect( array( 'full_name' => ' https://github.com/WordPress/gutenberg.git ' ) );

		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( 'WordPress/gutenberg', $response->get_data()['full_name'] );
	}

	public function test_a_repository_is_connected_once_and_only_to_a_team_that_exists(): void {
		$this->assertSame( 201, $this->connect( array( 'full_name' => 'WordPress/gutenberg' ) )->get_status() );

		$again = $this->connect( array( 'full_name' => 'wordpress/GUTENBERG' ) );
		$this->assertSame( 409, $again->get_status() );
		$this->assertStringContainsString( 'connected already', $again->get_data()['message'] );

		$unknown = $this->connect(
			array(
				'full_name' => 'WordPress/openverse',
				'team'      => 'no-such-team',
			)
		);
		$this->assertSame( 400, $unknown->get_status() );
		$this->assertCount( 1, ( new GitHubRepoRepository() )->all() );
		$id = ( new GitHubRepoRepository() )->all()[0]->id;
		$this->assertSame( 400, $this->rest( 'PUT', "/wayfinder/v1/github/repos/{$id}", array( 'team' => 'no-such-team' ), $this->coordinator )->get_status() );
	}

	public function test_disconnecting_takes_the_repository_and_its_deliveries(): void {
		$made = $this->connect( array( 'full_name' => 'WordPress/gutenberg' ) )->get_data();
		( new GitHubDeliveryRepository() )->claim( 'd-1', (int) $made['id'], 'push', time() );

		$gone = $this->rest( 'DELETE', "/wayfinder/v1/github/repos/{$made['id']}", array(), $this->coordinator );

		$this->assertSame( 200, $gone->get_status() );
		$this->assertTrue( $gone->get_data()['deleted'] );
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/github/repos', array(), $this->coordinator )->get_data() );
		$this->assertFalse( ( new GitHubDeliveryRepository() )->exists( 'd-1' ) );
		$this->assertSame( 404, $this->rest( 'DELETE', "/wayfinder/v1/github/repos/{$made['id']}", array(), $this->coordinator )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', "/wayfinder/v1/github/repos/{$made['id']}/secret", array(), $this->coordinator )->get_status() );
	}

	public function test_the_creator_is_anonymised_when_erased_and_the_repository_stays(): void {
		$this->connect( array( 'full_name' => 'WordPress/gutenberg' ) );

		$this->erase_personal_data( $this->coordinator );

		$repos = ( new GitHubRepoRepository() )->all();
		$this->assertCount( 1, $repos );
		$this->assertSame( 0, $repos[0]->created_by );
	}
}
