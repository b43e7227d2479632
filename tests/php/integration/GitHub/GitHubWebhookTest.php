<?php
/**
 * The webhook through the real route: a raw body signed with the repository's secret, GitHub's
 * headers; what is recorded for whom (by numeric GitHub ID, never by username — except props), what
 * is refused (401, nothing recorded), replays, and the hourly forgetting of old deliveries.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\GitHub;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\GitHub\GitHubAccountRepository;
use Wayfinder\GitHub\GitHubDeliveryRepository;
use Wayfinder\GitHub\GitHubRepoRepository;
use Wayfinder\GitHub\WebhookReceiver;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;
use WP_REST_Request;
use WP_REST_Response;

final class GitHubWebhookTest extends TestCase {

	/** The fixtures' people: GitHub's numeric IDs. */
	private const ANA_ID  = 5815301;
	private const KOFI_ID = 7112983;

	private int $coordinator;

	private int $repo;

	private string $secret;

	private int $ana;

	private int $kofi;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
		$made              = $this->rest(
			'POST',
			'/wayfinder/v1/github/repos',
			array(
				'full_name' => 'WordPress/wordpress-develop',
				'team'      => 'core',
			),
			$this->coordinator
		);
		$this->assertSame( 201, $made->get_status(), (string) wp_json_encode( $made->get_data() ) );
		$this->repo   = (int) $made->get_data()['id'];
		$this->secret = (string) $made->get_data()['secret'];
		$this->ana    = $this->make_user( 'subscriber', 'ana' );
		$this->kofi   = $this->make_user( 'subscriber', 'kofi' );
		$accounts     = new GitHubAccountRepository();
		$this->assertTrue( $accounts->insert( $this->ana, self::ANA_ID, 'ana-lima', time() ) );
		$this->assertTrue( $accounts->insert( $this->kofi, self::KOFI_ID, 'kofi-m', time() ) );
		wp_set_current_user( 0 ); // GitHub is nobody on this site.
	}

	private static function fixture( string $name ): string {
		return (string) file_get_contents( __DIR__ . '/fixtures/' . $name . '.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local fixture.
	}

	/**
	 * Posts a raw body to the webhook as GitHub does.
	 *
	 * @param string|null $signature The X-Hub-Signature-256 header (null: signed with the repository's secret; '': none).
	 */
	private function deliver( string $event, string $body, ?string $signature = null, string $delivery = '' ): WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/wayfinder/v1/github/webhook' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_header( 'User-Agent', 'GitHub-Hookshot/5f2e1a9' );
		$request->set_header( 'X-GitHub-Event', $event );
		$request->set_header( 'X-GitHub-Delivery', '' !== $delivery ? $delivery : wp_generate_uuid4() );
		$request->set_header( 'X-GitHub-Hook-ID', '512345678' );
		if ( '' !== $signature ) {
			$request->set_header( 'X-Hub-Signature-256', $signature ?? WebhookReceiver::signature( $body, $this->secret ) );
		}
		$request->set_body( $body );
		return rest_do_request( $request );
	}

	/** @return list<Contribution> */
	private static function of( int $user ): array {
		return ( new ContributionRepository() )->of_user( $user );
	}

	private static function count_rows( string $table ): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ); // phpcs:ignore WordPress.DB -- a test's count of our table.
	}

	public function test_a_merged_pull_request_is_recorded_for_its_author_found_by_numeric_id(): void {
		$response = $this->deliver( 'pull_request', self::fixture( 'pull_request.closed.merged' ) );

		$this->assertSame( 202, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame(
			array(
				'message'          => '1 contribution recorded.',
				'event'            => 'pull_request',
				'recorded'         => 1,
				'already_recorded' => 0,
				'ignored'          => 0,
			),
			$response->get_data(),
			'counts only'
		);
		$made = self::of( $this->ana );
		$this->assertCount( 1, $made );
		$this->assertSame( Contribution::CODE, $made[0]->kind );
		$this->assertSame( Contribution::GITHUB, $made[0]->source );
		$this->assertSame( Contribution::UNVERIFIED, $made[0]->status );
		$this->assertSame( 'core', $made[0]->team, 'the repository’s team' );
		$this->assertSame( 'github:pr:WordPress/wordpress-develop#7421', $made[0]->source_key );
		$this->assertSame( 'https://github.com/WordPress/wordpress-develop/pull/7421', $made[0]->url );
		$this->assertSame( '2026-11-24', $made[0]->contributed_on, 'the day it was merged' );
		$this->assertStringContainsString( 'Block editor: keep focus in the inserter', $made[0]->summary );
		$this->assertSame( array(), self::of( $this->kofi ) );
		$this->assertNotNull( ( new GitHubRepoRepository() )->find( $this->repo )?->last_delivery_at );
	}

	public function test_a_pull_request_closed_without_merging_records_nothing(): void {
		$response = $this->deliver( 'pull_request', self::fixture( 'pull_request.closed.unmerged' ) );

		$this->assertSame( 202, $response->get_status() );
		$this->assertSame( 0, $response->get_data()['recorded'] );
		$this->assertSame( array(), self::of( $this->ana ) );
	}

	public function test_a_payload_without_the_numbers_github_always_sends_records_nothing(): void {
		$payload = json_decode( self::fixture( 'pull_request.closed.merged' ), true );
		unset( $payload['pull_request']['number'] );

		$response = $this->deliver( 'pull_request', (string) wp_json_encode( $payload ) );

		$this->assertSame( 202, $response->get_status() );
		$this->assertSame( 0, $response->get_data()['recorded'] );
		$this->assertSame( array(), self::of( $this->ana ) );
	}

	public function test_an_issue_closed_as_completed_is_its_reporters_and_one_closed_as_not_planned_is_ignored(): void {
		$this->deliver( 'issues', self::fixture( 'issues.closed.not_planned' ) );
		$this->assertSame( array(), self::of( $this->kofi ) );

		$this->deliver( 'issues', self::fixture( 'issues.closed.completed' ) );
		$made = self::of( $this->kofi );
		$this->assertCount( 1, $made );
		$this->assertSame( Contribution::TESTING, $made[0]->kind );
		$this->assertSame( 'github:issue:WordPress/wordpress-develop#61234', $made[0]->source_key );

		// No state_reason at all (older GitHub payloads): a closed issue counts.
		$payload = json_decode( self::fixture( 'issues.closed.completed' ), true );
		unset( $payload['issue']['state_reason'] );
		$payload['issue']['number'] = 61236;
		$this->deliver( 'issues', (string) wp_json_encode( $payload ) );
		$this->assertCount( 2, self::of( $this->kofi ) );
	}

	public function test_a_submitted_review_is_the_reviewers(): void {
		$response = $this->deliver( 'pull_request_review', self::fixture( 'pull_request_review.submitted' ) );

		$this->assertSame( 1, $response->get_data()['recorded'] );
		$made = self::of( $this->kofi );
		$this->assertCount( 1, $made );
		$this->assertSame( Contribution::CODE, $made[0]->kind );
		$this->assertSame( 'github:review:WordPress/wordpress-develop#2401234567', $made[0]->source_key );
		$this->assertSame( array(), self::of( $this->ana ), 'not the pull request’s author' );
	}

	public function test_a_username_alone_never_credits_a_pull_request_issue_or_review(): void {
		global $wpdb;
		// Ana's link names her GitHub login but another ID; a site user is called kofi-m but never linked.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::github_accounts_table() . ' WHERE user_id IN (%d, %d)', $this->ana, $this->kofi ) ); // phpcs:ignore WordPress.DB -- test set-up of our table.
		( new GitHubAccountRepository() )->insert( $this->ana, 99, 'ana-lima', time() );
		$namesake = $this->make_user( 'subscriber', 'kofi-m' );

		$this->deliver( 'pull_request', self::fixture( 'pull_request.closed.merged' ) );
		$this->deliver( 'issues', self::fixture( 'issues.closed.completed' ) );
		$last = $this->deliver( 'pull_request_review', self::fixture( 'pull_request_review.submitted' ) );

		$this->assertSame( 1, $last->get_data()['ignored'], 'an unknown person is ignored' );
		foreach ( array( $this->ana, $this->kofi, $namesake ) as $user ) {
			$this->assertSame( array(), self::of( $user ) );
		}
	}

	public function test_props_credit_linked_usernames_and_site_logins_once_per_commit_on_the_default_branch(): void {
		$site = $this->make_user( 'subscriber', 'mentee-site' );
		$body = self::fixture( 'push.props' );

		$response = $this->deliver( 'push', $body );

		$this->assertSame( 202, $response->get_status() );
		$this->assertSame( 3, $response->get_data()['recorded'], 'ana-lima, Kofi-M (any case) and mentee-site' );
		$this->assertSame( 1, $response->get_data()['ignored'], 'nobody-here' );
		foreach ( array( $this->ana, $this->kofi, $site ) as $user ) {
			$made = self::of( $user );
			$this->assertCount( 1, $made );
			$this->assertSame( 'github:props:WordPress/wordpress-develop@9f3c1b7e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c', $made[0]->source_key );
			$this->assertSame( Contribution::CODE, $made[0]->kind );
			$this->assertSame( 'https://github.com/WordPress/wordpress-develop/commit/9f3c1b7e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c', $made[0]->url );
			$this->assertStringContainsString( 'Props in commit 9f3c1b7 to WordPress/wordpress-develop: Editor: Keep focus in the inserter after a search.', $made[0]->summary );
		}

		// The same commits again (a new delivery of the same push): recorded once.
		$again = $this->deliver( 'push', $body );
		$this->assertSame( 0, $again->get_data()['recorded'] );
		$this->assertSame( 3, $again->get_data()['already_recorded'] );

		// Pushed to another branch: no props.
		$payload                     = json_decode( $body, true );
		$payload['ref']              = 'refs/heads/fix/inserter-focus';
		$payload['commits'][0]['id'] = 'cccccccccccccccccccccccccccccccccccccccc';
		$this->assertSame( 0, $this->deliver( 'push', (string) wp_json_encode( $payload ) )->get_data()['recorded'] );
		$this->assertCount( 1, self::of( $this->ana ) );
	}

	/** @return iterable<string, array{0: string}> */
	public static function refusals(): iterable {
		yield 'a wrong signature' => array( 'wrong' );
		yield 'no signature' => array( 'missing' );
		yield 'a body changed after signing' => array( 'tampered' );
		yield 'another secret' => array( 'other secret' );
		yield 'a repository that is not connected' => array( 'unknown' );
	}

	/** @dataProvider refusals */
	public function test_unsigned_or_wrongly_signed_deliveries_are_refused_and_record_nothing( string $case ): void {
		$body      = self::fixture( 'pull_request.closed.merged' );
		$signature = WebhookReceiver::signature( $body, $this->secret );
		switch ( $case ) {
			case 'wrong':
				$signature = 'sha256=' . str_repeat( '0', 64 );
				break;
			case 'missing':
				$signature = '';
				break;
			case 'tampered':
				$body = str_replace( '"merged": false', '"merged": true', str_replace( '5815301', '7112983', $body ) );
				break;
			case 'other secret':
				$signature = WebhookReceiver::signature( $body, 'not the secret' );
				break;
			case 'unknown':
				$body      = str_replace( 'WordPress/wordpress-develop', 'WordPress/gutenberg', $body );
				$signature = WebhookReceiver::signature( $body, $this->secret );
				break;
		}

		$response = $this->deliver( 'pull_request', $body, $signature );

		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( 'wayfinder_github_signature', $response->get_data()['code'] );
		$this->assertStringContainsString( 'not signed with the secret of a repository connected', $response->get_data()['message'] );
		$this->assertSame( 0, self::count_rows( Schema::contributions_table() ) );
		$this->assertSame( 0, self::count_rows( Schema::github_deliveries_table() ) );
		$this->assertNull( ( new GitHubRepoRepository() )->find( $this->repo )?->last_delivery_at );
	}

	public function test_a_replayed_delivery_records_nothing_a_second_time(): void {
		$body  = self::fixture( 'pull_request.closed.merged' );
		$first = $this->deliver( 'pull_request', $body, null, '72d3162e-cc78-11e3-81ab-4c9367dc0958' );
		// The contribution was since rejected and removed: a replay must not bring it back.
		( new ContributionRepository() )->delete( self::of( $this->ana )[0]->id );

		$again = $this->deliver( 'pull_request', $body, null, '72d3162e-cc78-11e3-81ab-4c9367dc0958' );

		$this->assertSame( 202, $first->get_status() );
		$this->assertSame( 200, $again->get_status() );
		$this->assertSame( 0, $again->get_data()['recorded'] );
		$this->assertStringContainsString( 'already received', $again->get_data()['message'] );
		$this->assertSame( array(), self::of( $this->ana ) );
		$this->assertSame( 1, self::count_rows( Schema::github_deliveries_table() ) );
	}

	public function test_a_recording_the_database_refuses_leaves_the_delivery_untaken_for_githubs_redelivery(): void {
		global $wpdb;
		$body   = self::fixture( 'pull_request.closed.merged' );
		$table  = Schema::contributions_table();
		$refuse = static fn ( string $query ): string => str_contains( $query, "INTO {$table} " ) ? 'INSERT INTO no_such_table VALUES (1)' : $query;
		add_filter( 'query', $refuse );
		$shown  = $wpdb->suppress_errors( true );

		$failed = $this->deliver( 'pull_request', $body, null, 'a-delivery-1' );

		remove_filter( 'query', $refuse );
		$wpdb->suppress_errors( $shown );
		$this->assertSame( 500, $failed->get_status() );
		$this->assertStringContainsString( 'Redeliver it', $failed->get_data()['message'] );
		$this->assertFalse( ( new GitHubDeliveryRepository() )->exists( 'a-delivery-1' ), 'rolled back with the recording' );

		$redelivered = $this->deliver( 'pull_request', $body, null, 'a-delivery-1' );
		$this->assertSame( 202, $redelivered->get_status() );
		$this->assertCount( 1, self::of( $this->ana ) );
	}

	public function test_a_ping_is_answered_and_marks_the_repository_as_heard_from(): void {
		$response = $this->deliver( 'ping', self::fixture( 'ping' ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertStringContainsString( 'the webhook is set up', $response->get_data()['message'] );
		$this->assertNotNull( ( new GitHubRepoRepository() )->find( $this->repo )?->last_delivery_at );
	}

	public function test_a_new_secret_stops_the_old_one_at_once(): void {
		$body   = self::fixture( 'pull_request.closed.merged' );
		$old    = WebhookReceiver::signature( $body, $this->secret );
		$fresh  = $this->rest( 'POST', "/wayfinder/v1/github/repos/{$this->repo}/secret", array(), $this->coordinator );
		$secret = (string) $fresh->get_data()['secret'];
		wp_set_current_user( 0 );

		$this->assertSame( 401, $this->deliver( 'pull_request', $body, $old )->get_status() );
		$this->assertSame( 202, $this->deliver( 'pull_request', $body, WebhookReceiver::signature( $body, $secret ) )->get_status() );
	}

	public function test_deliveries_older_than_thirty_days_are_forgotten_on_the_hourly_tick(): void {
		$deliveries = new GitHubDeliveryRepository();
		$deliveries->claim( 'old-one', $this->repo, 'push', time() - 31 * DAY_IN_SECONDS );
		$deliveries->claim( 'recent-one', $this->repo, 'push', time() - 29 * DAY_IN_SECONDS );

		do_action( Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…

		$this->assertFalse( $deliveries->exists( 'old-one' ) );
		$this->assertTrue( $deliveries->exists( 'recent-one' ) );
	}
}
