<?php
/**
 * Runs Wayfinder's WP-CLI commands for real: Composer's `vendor/bin/wp --path=<the test site>`, in
 * its own process, with harness.php required. A test's fixture and probe are static methods of the
 * test class that run inside that process (the test's own transaction is invisible to it), in a
 * transaction the harness rolls back, so every run leaves the test site as it found it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Tests\Integration\TestCase;

abstract class CliTestCase extends TestCase {

	/**
	 * Runs `wp <command>` on the test site.
	 *
	 * @param list<string> $command The arguments after `wp`, each as typed (unquoted), with {name} for what the fixture returned under name.
	 * @param string       $fixture A static method of this class that makes the data and returns IDs ('' for none).
	 * @param string       $probe   A static method given the fixture's values that returns what the test checks afterwards.
	 * @param string       $stdin   What is typed at the command's prompt.
	 */
	protected function wp( array $command, string $fixture = '', string $probe = '', string $stdin = '' ): CliRun {
		$root   = dirname( __DIR__, 4 );
		$report = (string) wp_tempnam( 'wayfinder-cli-report' );
		$env    = array_merge(
			getenv(),
			array(
				'WP_CLI_ALLOW_ROOT'     => '1', // CI runs as root.
				'WP_CLI_PHP'            => PHP_BINARY,
				'WAYFINDER_CLI_CLASS'   => static::class,
				'WAYFINDER_CLI_FIXTURE' => $fixture,
				'WAYFINDER_CLI_PROBE'   => $probe,
				'WAYFINDER_CLI_REPORT'  => $report,
			)
		);
		$argv   = array_merge(
			array( $root . '/vendor/bin/wp', '--path=' . ABSPATH, '--require=' . __DIR__ . '/harness.php' ),
			$command
		);
		$pipes  = array();
		// phpcs:ignore Generic.PHP.ForbiddenFunctions.Found -- the point: a real `wp` process.
		$process = proc_open( $argv, array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), array( 'pipe', 'w' ) ), $pipes, $root, $env );
		$this->assertIsResource( $process, 'could not start wp' );
		fwrite( $pipes[0], $stdin ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- a pipe.
		fclose( $pipes[0] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- a pipe.
		$stdout = (string) stream_get_contents( $pipes[1] );
		$stderr = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- a pipe.
		fclose( $pipes[2] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- a pipe.
		$code    = proc_close( $process );
		$written = json_decode( (string) file_get_contents( $report ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local temporary file.
		wp_delete_file( $report );
		$this->assertIsArray( $written, "The harness wrote no report. The command's output:\n" . $stdout . "\n" . $stderr );
		return new CliRun( $code, $stdout, $stderr, (array) $written['given'], (array) $written['after'], (array) $written['mail'] );
	}

	/** A person with an account (in the wp process). */
	protected static function person( string $login, string $role = 'subscriber', string $name = '' ): int {
		$id = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => 'password',
				'user_email'   => $login . '@example.org',
				'display_name' => '' !== $name ? $name : ucfirst( $login ),
				'role'         => $role,
			)
		);
		if ( ! is_int( $id ) ) {
			throw new \RuntimeException( 'could not make a test user: ' . esc_html( $id->get_error_message() ) );
		}
		return $id;
	}

	/**
	 * A cohort written straight to the database (in the wp process): running, four weeks, unless
	 * $meta says otherwise.
	 *
	 * @param array<string, mixed> $meta CohortPostType fields over the defaults.
	 */
	protected static function cohort( array $meta = array(), string $title = 'Spring cohort' ): int {
		$id = wp_insert_post(
			array(
				'post_type'   => CohortPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => $title,
				'meta_input'  => $meta + array(
					CohortPostType::START_DATE => gmdate( 'Y-m-d', time() - 14 * DAY_IN_SECONDS ),
					CohortPostType::END_DATE   => gmdate( 'Y-m-d', time() + 14 * DAY_IN_SECONDS ),
					CohortPostType::STAGE      => Cohort::RUNNING,
				),
			),
			true
		);
		if ( ! is_int( $id ) ) {
			throw new \RuntimeException( 'could not make a test cohort' );
		}
		return $id;
	}
}
