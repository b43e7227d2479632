<?php
/**
 * Another web server's request commits a row while this one's transaction is open. A read in the
 * transaction sees its snapshot, taken before that commit, so it cannot find the row; the unique key
 * still refuses a second one. The refusal is then told from the database's error: the person hears
 * that the request, match or application exists already (409), never that saving failed (500).
 * Each test commits the other server's row over a second database connection.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestRepository;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class CommittedMeanwhileTest extends TestCase {

	/** @var \wpdb The other web server's connection (it commits each statement). */
	private \wpdb $other;

	/** @var list<array{0: string, 1: int}> Rows the other server committed: table, ID. */
	private array $committed = array();

	protected function setUp(): void {
		parent::setUp();
		$this->other = new \wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
		$this->other->query( 'SET SESSION innodb_lock_wait_timeout = 5' );
	}

	protected function tearDown(): void {
		// This test's transaction first: it holds locks on the rows the other server deletes.
		parent::tearDown();
		foreach ( $this->committed as list( $table, $id ) ) {
			$this->other->delete( $table, array( 'id' => $id ), array( '%d' ) );
		}
		$this->other->close();
	}

	/**
	 * The other server's row, committed now.
	 *
	 * @param array<string, int|string> $row
	 */
	private function commit_elsewhere( string $table, array $row ): void {
		$this->assertSame( 1, $this->other->insert( $table, $row ), $this->other->last_error );
		$this->committed[] = array( $table, (int) $this->other->insert_id );
	}

	private function now(): string {
		return gmdate( 'Y-m-d H:i:s' );
	}

	public function test_a_request_committed_meanwhile_by_another_server_is_refused_as_a_duplicate_not_as_a_failure(): void {
		$mentee   = $this->make_user( 'subscriber' );
		$requests = new RequestRepository();
		$this->assertFalse( $requests->open_between( $mentee, 0 ), 'read: the snapshot is taken' );
		$this->commit_elsewhere(
			Schema::requests_table(),
			array(
				'type'         => 'mentee_request',
				'mentee_id'    => $mentee,
				'asked_mentor' => 0,
				'message'      => '',
				'status'       => 'open',
				'open_slot'    => 1,
				'created_by'   => $mentee,
				'expires_at'   => $this->now(),
				'created_at'   => $this->now(),
			)
		);
		$this->assertFalse( $requests->open_between( $mentee, 0 ), 'the other server\'s request is not in this snapshot' );

		$asked = ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee );

		$this->assertInstanceOf( \WP_Error::class, $asked );
		$this->assertSame( 'wayfinder_duplicate_request', $asked->get_error_code() );
		$this->assertSame( array( 'status' => 409 ), $asked->get_error_data() );
	}

	public function test_a_match_committed_meanwhile_by_another_server_is_refused_as_the_mentee_having_a_mentor(): void {
		$mentee = $this->make_user( 'subscriber' );
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$other  = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array( array( 2, '18:00', '20:00' ) ), '', 3 ) );
		$this->assertNull( ( new MatchRepository() )->open_for_mentee( $mentee ), 'read: the snapshot is taken' );
		$this->commit_elsewhere(
			Schema::matches_table(),
			array(
				'mentee_id'      => $mentee,
				'mentor_id'      => $other,
				'source'         => 'coordinator',
				'status'         => 'active',
				'active_primary' => 1,
				'created_at'     => $this->now(),
				'updated_at'     => $this->now(),
			)
		);

		$started = ( new MatchService() )->start( $mentee, $mentor, 'coordinator', 1, 'proposed' );

		$this->assertInstanceOf( \WP_Error::class, $started );
		$this->assertSame( 'wayfinder_has_mentor', $started->get_error_code() );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $mentor )->active_mentees, 'the place taken for it is given back' );
	}

	public function test_an_application_committed_meanwhile_by_another_server_is_not_made_twice_nor_an_error(): void {
		$cohort       = $this->insert_cohort();
		$applicant    = $this->make_user( 'subscriber' );
		$applications = new ApplicationRepository();
		$this->assertNull( $applications->find_for( $cohort, $applicant ), 'read: the snapshot is taken' );
		$this->commit_elsewhere(
			Schema::applications_table(),
			array(
				'cohort_id'  => $cohort,
				'user_id'    => $applicant,
				'role'       => Application::MENTEE,
				'status'     => Application::DRAFT,
				'pseudonym'  => \Wayfinder\Applications\Pseudonym::draw(),
				'answers'    => '{}',
				'redacted'   => '{}',
				'created_at' => $this->now(),
				'updated_at' => $this->now(),
			)
		);

		$draft = Transaction::run( static fn () => $applications->create_draft( $cohort, $applicant, Application::MENTEE, time() ) );

		$this->assertNull( $draft, 'the caller says it changed at the same moment' );
	}
}
