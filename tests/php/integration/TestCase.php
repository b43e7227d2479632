<?php
/**
 * Base class for tests inside WordPress: each test runs in a transaction that is rolled back,
 * with fresh caches, no current user, and mail captured instead of sent.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration;

use WP_REST_Request;
use WP_REST_Response;

abstract class TestCase extends \PHPUnit\Framework\TestCase {

	/** @var list<array<string, mixed>> Mail that wp_mail() would have sent during the test. */
	protected array $sent_mail = array();

	private \Closure $mail_catcher;

	/** @var list<int> */
	private array $created_users = array();

	private bool $uninstalled = false;

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		$wpdb->query( 'SET autocommit = 0' );
		// Through Transaction, so the services' own transactions become savepoints inside the test's.
		\Wayfinder\Platform\Transaction::begin();
		wp_cache_flush();
		wp_set_current_user( 0 );
		$this->mail_catcher = function ( $short_circuit, array $atts ) {
			// Attachments are temporary files their sender deletes after sending: keep what they held.
			$atts['attachment_contents'] = array_map( static fn ( $path ): string => is_string( $path ) && is_file( $path ) ? (string) file_get_contents( $path ) : '', (array) ( $atts['attachments'] ?? array() ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local temporary file.
			$this->sent_mail[]           = $atts;
			return true;
		};
		add_filter( 'pre_wp_mail', $this->mail_catcher, 10, 2 );
	}

	protected function tearDown(): void {
		global $wpdb, $wp_rest_server;
		remove_filter( 'pre_wp_mail', $this->mail_catcher, 10 );
		\Wayfinder\Platform\Transaction::rollback();
		$wpdb->query( 'SET autocommit = 1' );
		wp_cache_flush();
		// Roles live in memory too: reload them from the rolled-back option.
		wp_roles()->for_site();
		wp_set_current_user( 0 );
		$_GET           = array(); // A test that asks for a page's address arguments asks for its own.
		$wp_rest_server = null;
		if ( $this->uninstalled ) {
			$this->restore_after_uninstall();
		}
		parent::tearDown();
	}

	/**
	 * Runs an uninstall inside a test. Dropping a table commits the open transaction, so what the test
	 * set up before it is put back by hand afterwards, and the tables are created again.
	 */
	protected function uninstall( callable $uninstall ): void {
		$this->uninstalled = true;
		$uninstall();
	}

	private function restore_after_uninstall(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		\Wayfinder\Platform\Schema::migrate( true );
		update_option( \Wayfinder\Platform\Settings::DELETE_DATA_ON_UNINSTALL, 0 );
		foreach ( $this->created_users as $user_id ) {
			wp_delete_user( $user_id );
		}
		wp_cache_flush();
		wp_roles()->for_site();
		$this->uninstalled = false;
	}

	protected function make_user( string $role, string $login = '' ): int {
		static $counter = 0;
		++$counter;
		$login   = '' !== $login ? $login : $role . '-' . $counter;
		$user_id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => 'password',
				'user_email' => $login . '@example.org',
				'role'       => $role,
			)
		);
		$this->assertIsInt( $user_id, 'could not create a test user' );
		$this->created_users[] = $user_id;
		// The new account's welcome email is the fixture's, not what the test is about (WelcomeTest checks it).
		$this->sent_mail = array();
		return $user_id;
	}

	/**
	 * A cohort written straight to the database, past the checks of a save (for tests of what follows
	 * from a cohort): running, four weeks in spring 2027, unless $meta says otherwise.
	 *
	 * @param array<string, mixed> $meta CohortPostType fields over the defaults.
	 */
	protected function insert_cohort( array $meta = array(), string $title = 'Spring cohort', string $status = 'publish', string $content = '' ): int {
		$id = wp_insert_post(
			array(
				'post_type'    => \Wayfinder\Cohorts\CohortPostType::POST_TYPE,
				'post_status'  => $status,
				'post_title'   => $title,
				'post_content' => $content,
				'meta_input'   => $meta + array(
					\Wayfinder\Cohorts\CohortPostType::START_DATE => '2027-03-15',
					\Wayfinder\Cohorts\CohortPostType::END_DATE   => '2027-04-11',
					\Wayfinder\Cohorts\CohortPostType::STAGE      => \Wayfinder\Cohorts\Cohort::RUNNING,
				),
			),
			true
		);
		$this->assertIsInt( $id, 'could not make a test cohort' );
		return $id;
	}

	/**
	 * A cohort a coordinator saves through the REST API, with every check of a save.
	 *
	 * @param array<string, mixed> $meta CohortPostType fields.
	 */
	protected function post_cohort( int $coordinator, array $meta, string $title = 'Spring cohort' ): int {
		$response = $this->rest(
			'POST',
			'/wayfinder/v1/cohorts',
			array(
				'title'  => $title,
				'status' => 'publish',
				'meta'   => $meta,
			),
			$coordinator
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return (int) $response->get_data()['id'];
	}

	/**
	 * Runs every registered personal data exporter for this person, page by page, as wp-admin does.
	 *
	 * @return array<string, array<string, array<string, string>>> Group ID => item ID => field name => value.
	 */
	protected function export_personal_data( int $user_id ): array {
		$email  = get_userdata( $user_id )->user_email;
		$groups = array();
		foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list, as wp-admin reads it.
			$page = 1;
			do {
				$answer = call_user_func( $exporter['callback'], $email, $page++ );
				foreach ( $answer['data'] as $item ) {
					foreach ( $item['data'] as $datum ) {
						$groups[ $item['group_id'] ][ $item['item_id'] ][ $datum['name'] ] = (string) $datum['value'];
					}
				}
			} while ( ! $answer['done'] && $page < 100 );
		}
		return $groups;
	}

	/** Runs every registered personal data eraser for this person, page by page, as wp-admin does. */
	protected function erase_personal_data( int $user_id ): void {
		$email = get_userdata( $user_id )->user_email;
		foreach ( apply_filters( 'wp_privacy_personal_data_erasers', array() ) as $eraser ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list, as wp-admin reads it.
			$page = 1;
			while ( ! call_user_func( $eraser['callback'], $email, $page )['done'] ) {
				++$page;
			}
		}
	}

	/**
	 * Dispatches a REST request as a user (0 = anonymous) through the real REST server.
	 *
	 * @param string               $method  HTTP method.
	 * @param string               $route   Route, e.g. /wayfinder/v1/status.
	 * @param array<string, mixed> $params  Query or body parameters.
	 * @param int                  $as_user The user to act as; 0 for anonymous.
	 */
	protected function rest( string $method, string $route, array $params = array(), int $as_user = 0 ): WP_REST_Response {
		wp_set_current_user( $as_user );
		$request = new WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_body_params( $params );
		}
		return rest_get_server()->dispatch( $request );
	}
}
