<?php
/**
 * Linking a GitHub account: the numeric ID looked up on api.github.com (mocked: GitHub is outside
 * this machine), typed by hand when GitHub cannot be reached, one person per GitHub ID; unlinking;
 * the section in My mentorship and its form without JavaScript; export and erasure.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\GitHub;

use Wayfinder\GitHub\GitHubAccountRepository;
use Wayfinder\GitHub\GitHubSection;
use Wayfinder\Platform\PageForms;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class GitHubAccountsTest extends TestCase {

	/** @var list<array{url: string, args: array<string, mixed>}> The calls to GitHub's API. */
	private array $asked = array();

	/** @var array<string, array{0: int, 1: string}|'down'> What GitHub answers per username (lower case). */
	private array $github = array();

	private \Closure $mock;

	protected function setUp(): void {
		parent::setUp();
		$this->github = array(
			'ana-lima' => array(
				200,
				(string) wp_json_encode(
					array(
						'login' => 'Ana-Lima',
						'id'    => 5815301,
						'type'  => 'User',
					)
				),
			),
			'kofi-m'   => array(
				200,
				(string) wp_json_encode(
					array(
						'login' => 'kofi-m',
						'id'    => 7112983,
					)
				),
			),
		);
		$this->mock   = function ( $preempt, array $args, string $url ) {
			$this->asked[] = array(
				'url'  => $url,
				'args' => $args,
			);
			$login         = strtolower( rawurldecode( (string) preg_replace( '#^https://api\.github\.com/users/#', '', $url ) ) );
			$answer        = $this->github[ $login ] ?? array( 404, '{"message":"Not Found"}' );
			if ( 'down' === $answer ) {
				return new \WP_Error( 'http_request_failed', 'cURL error 6: Could not resolve host: api.github.com' );
			}
			return array(
				'headers'  => array(),
				'body'     => $answer[1],
				'response' => array(
					'code'    => $answer[0],
					'message' => 200 === $answer[0] ? 'OK' : 'Not Found',
				),
				'cookies'  => array(),
				'filename' => null,
			);
		};
		add_filter( 'pre_http_request', $this->mock, 10, 3 );
	}

	protected function tearDown(): void {
		remove_filter( 'pre_http_request', $this->mock, 10 );
		parent::tearDown();
	}

	private function member( string $login ): int {
		$user = $this->make_user( 'subscriber', $login );
		( new ProfileRepository() )->save( new Profile( $user, 'Europe/Lisbon', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), 'New here.' ) );
		return $user;
	}

	/** @param array<string, mixed> $body */
	private function link( int $user, array $body ): \WP_REST_Response {
		return $this->rest( 'PUT', '/wayfinder/v1/me/github', $body, $user );
	}

	public function test_a_username_found_on_github_is_linked_with_its_numeric_id_and_githubs_spelling(): void {
		$ana = $this->member( 'ana' );

		$response = $this->link( $ana, array( 'login' => '@ana-lima' ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertTrue( $response->get_data()['linked'] );
		$this->assertSame( 5815301, $response->get_data()['github_id'] );
		$this->assertSame( 'Ana-Lima', $response->get_data()['login'] );
		$this->assertSame( 'https://github.com/Ana-Lima', $response->get_data()['profile_url'] );
		$this->assertStringContainsString( 'recorded as your contributions', $response->get_data()['message'] );
		$this->assertCount( 1, $this->asked );
		$this->assertSame( 'https://api.github.com/users/ana-lima', $this->asked[0]['url'] );
		$this->assertStringStartsWith( 'Wayfinder/', $this->asked[0]['args']['headers']['User-Agent'], 'GitHub refuses calls without a User-Agent' );
		$account = ( new GitHubAccountRepository() )->find( $ana );
		$this->assertNotNull( $account );
		$this->assertSame( 5815301, $account->github_id );

		$read = $this->rest( 'GET', '/wayfinder/v1/me/github', array(), $ana )->get_data();
		$this->assertTrue( $read['linked'] );
		$this->assertSame( 'Ana-Lima', $read['login'] );
	}

	public function test_a_username_github_does_not_know_is_refused_and_nothing_is_linked(): void {
		$ana = $this->member( 'ana' );

		$response = $this->link( $ana, array( 'login' => 'no-such-person' ) );

		$this->assertSame( 404, $response->get_status() );
		$this->assertStringContainsString( 'GitHub has no account named no-such-person', $response->get_data()['message'] );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );
	}

	public function test_when_github_cannot_be_reached_the_person_is_told_how_to_find_the_id_and_may_type_it(): void {
		$ana                      = $this->member( 'ana' );
		$this->github['ana-lima'] = 'down';

		$refused = $this->link( $ana, array( 'login' => 'ana-lima' ) );
		$this->assertSame( 503, $refused->get_status() );
		$this->assertStringContainsString( 'https://api.github.com/users/ana-lima', $refused->get_data()['message'], 'where to read the ID' );
		$this->assertStringContainsString( 'copy the number after "id"', $refused->get_data()['message'] );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );

		$linked = $this->link(
			$ana,
			array(
				'login'     => 'ana-lima',
				'github_id' => '5815301',
			)
		);
		$this->assertSame( 200, $linked->get_status(), (string) wp_json_encode( $linked->get_data() ) );
		$this->assertSame( 5815301, $linked->get_data()['github_id'] );
		$this->assertSame( 'ana-lima', $linked->get_data()['login'], 'as typed: GitHub could not say otherwise' );
	}

	public function test_an_id_that_is_not_the_usernames_is_refused_when_github_answers(): void {
		$ana = $this->member( 'ana' );

		$response = $this->link(
			$ana,
			array(
				'login'     => 'ana-lima',
				'github_id' => 7112983,
			)
		);

		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( 'has the ID 5815301, not 7112983', $response->get_data()['message'] );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );
	}

	public function test_a_second_person_linking_the_same_github_account_is_refused_and_keeps_their_own(): void {
		$ana  = $this->member( 'ana' );
		$kofi = $this->member( 'kofi' );
		$this->assertSame( 200, $this->link( $ana, array( 'login' => 'ana-lima' ) )->get_status() );
		$this->assertSame( 200, $this->link( $kofi, array( 'login' => 'kofi-m' ) )->get_status() );

		$response = $this->link( $kofi, array( 'login' => 'ANA-LIMA' ) );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_github_taken', $response->get_data()['code'] );
		$this->assertStringContainsString( 'Someone else on this site already linked the GitHub account Ana-Lima', $response->get_data()['message'] );
		$this->assertSame( 5815301, ( new GitHubAccountRepository() )->find( $ana )?->github_id, 'Ana keeps hers' );
		$this->assertSame( 7112983, ( new GitHubAccountRepository() )->find( $kofi )?->github_id, 'Kofi keeps his own link' );
	}

	public function test_changing_and_unlinking_the_account(): void {
		$ana = $this->member( 'ana' );
		$this->link( $ana, array( 'login' => 'ana-lima' ) );

		$this->assertSame( 200, $this->link( $ana, array( 'login' => 'kofi-m' ) )->get_status(), 'one account per person: the new one replaces the old' );
		$this->assertSame( 7112983, ( new GitHubAccountRepository() )->find( $ana )?->github_id );
		$this->assertNull( ( new GitHubAccountRepository() )->find_by_github_id( 5815301 ), 'the old ID is free again' );

		$gone = $this->rest( 'DELETE', '/wayfinder/v1/me/github', array(), $ana );
		$this->assertSame( 200, $gone->get_status() );
		$this->assertFalse( $gone->get_data()['linked'] );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );
		$this->assertFalse( $this->rest( 'GET', '/wayfinder/v1/me/github', array(), $ana )->get_data()['linked'] );
	}

	/** @return iterable<string, array{0: mixed, 1: mixed}> */
	public static function bad_input(): iterable {
		yield 'a space' => array( 'ana lima', 0 );
		yield 'a leading hyphen' => array( '-ana', 0 );
		yield 'a double hyphen' => array( 'ana--lima', 0 );
		yield 'too long' => array( str_repeat( 'a', 40 ), 0 );
		yield 'an ID that is no number' => array( 'ana-lima', 'twelve' );
		yield 'a negative ID' => array( 'ana-lima', -4 );
	}

	/**
	 * @dataProvider bad_input
	 * @param mixed $login
	 * @param mixed $id
	 */
	public function test_usernames_and_ids_github_cannot_have_are_refused_before_asking_github( $login, $id ): void {
		$ana = $this->member( 'ana' );

		$response = $this->link(
			$ana,
			array(
				'login'     => $login,
				'github_id' => $id,
			)
		);

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array(), $this->asked );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );
	}

	public function test_my_mentorship_shows_the_section_to_people_taking_part_and_its_form_works_without_javascript(): void {
		$ana      = $this->member( 'ana' );
		$stranger = $this->make_user( 'subscriber' );
		wp_set_current_user( $ana );

		ob_start();
		GitHubSection::render( $ana, 'test' );
		$html = (string) ob_get_clean();
		ob_start();
		GitHubSection::render( $stranger, 'test' );
		$nothing = (string) ob_get_clean();

		$this->assertStringContainsString( 'Your GitHub account', $html );
		$this->assertStringContainsString( 'merged pull requests, closed issues, reviews and props', $html );
		$this->assertStringContainsString( 'name="login"', $html );
		$this->assertStringContainsString( 'name="do" value="' . GitHubSection::LINK . '"', $html );
		$this->assertSame( '', $nothing, 'someone with no profile and no cohort place is not asked' );

		$back = PageForms::perform(
			array(
				'do'          => GitHubSection::LINK,
				'id'          => '0',
				'place'       => 'my-mentorship',
				'redirect_to' => home_url( '/my-mentorship/' ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( GitHubSection::LINK, 0 ) ),
				'login'       => 'ana-lima',
				'github_id'   => '',
			)
		);
		$this->assertIsString( $back );
		$this->assertSame( 5815301, ( new GitHubAccountRepository() )->find( $ana )?->github_id );

		ob_start();
		GitHubSection::render( $ana, 'test' );
		$linked = (string) ob_get_clean();
		$this->assertStringContainsString( 'href="https://github.com/Ana-Lima"', $linked );
		$this->assertStringContainsString( 'name="do" value="' . GitHubSection::UNLINK . '"', $linked );

		PageForms::perform(
			array(
				'do'          => GitHubSection::UNLINK,
				'id'          => '0',
				'place'       => 'my-mentorship',
				'redirect_to' => home_url( '/my-mentorship/' ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( GitHubSection::UNLINK, 0 ) ),
			)
		);
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );
	}

	public function test_the_linked_account_is_exported_and_erased_with_the_person_and_a_deleted_account_frees_the_id(): void {
		$ana  = $this->member( 'ana' );
		$kofi = $this->member( 'kofi' );
		$this->link( $ana, array( 'login' => 'ana-lima' ) );
		$this->link( $kofi, array( 'login' => 'kofi-m' ) );

		$exported = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list.
			foreach ( call_user_func( $exporter['callback'], 'ana@example.org', 1 )['data'] as $item ) {
				if ( 'wayfinder-github_accounts' === $item['group_id'] ) {
					$exported = array_merge( $exported, array_column( $item['data'], 'value' ) );
				}
			}
		}
		$this->assertContains( 'Ana-Lima', $exported );
		$this->assertContains( '5815301', array_map( 'strval', $exported ) );

		$this->erase_personal_data( $ana );
		$this->assertNull( ( new GitHubAccountRepository() )->find( $ana ) );
		$this->assertNotNull( ( new GitHubAccountRepository() )->find( $kofi ), 'only hers' );

		require_once ABSPATH . 'wp-admin/includes/user.php';
		wp_delete_user( $kofi );
		$this->assertNull( ( new GitHubAccountRepository() )->find_by_github_id( 7112983 ) );
	}
}
