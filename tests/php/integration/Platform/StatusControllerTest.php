<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Tests\Integration\TestCase;

final class StatusControllerTest extends TestCase {

	/** @return array<string, array{0: string, 1: int}> */
	public function callers(): array {
		return array(
			'anonymous'     => array( '', 401 ),
			'subscriber'    => array( 'subscriber', 403 ),
			'mentor'        => array( 'wayfinder_mentor', 403 ),
			'reviewer'      => array( 'wayfinder_reviewer', 403 ),
			'team rep'      => array( 'wayfinder_team_rep', 403 ),
			'coordinator'   => array( 'wayfinder_coordinator', 200 ),
			'administrator' => array( 'administrator', 200 ),
		);
	}

	/** @dataProvider callers */
	public function test_only_coordinators_and_admins_read_the_status( string $role, int $expected_status ): void {
		$user     = '' === $role ? 0 : $this->make_user( $role );
		$response = $this->rest( 'GET', '/wayfinder/v1/status', array(), $user );

		$this->assertSame( $expected_status, $response->get_status() );
		if ( 200 !== $expected_status ) {
			$this->assertSame( 'wayfinder_forbidden', $response->get_data()['code'] );
			$this->assertStringContainsString( 'Mentoring coordinator role', $response->get_data()['message'] );
		}
	}

	public function test_the_status_counts_people_per_role(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->make_user( 'wayfinder_mentor' );
		$this->make_user( 'wayfinder_mentor' );
		$this->make_user( 'subscriber' );

		$data = $this->rest( 'GET', '/wayfinder/v1/status', array(), $coordinator )->get_data();

		$counts = array_column( $data['people'], 'count', 'role' );
		$this->assertSame( 2, $counts['wayfinder_mentor'] );
		$this->assertSame( 1, $counts['wayfinder_coordinator'] );
		$this->assertSame( 0, $counts['wayfinder_reviewer'] );
		$this->assertSame( 'Mentor', array_column( $data['people'], 'label', 'role' )['wayfinder_mentor'] );
		$this->assertSame( \Wayfinder\VERSION, $data['version'] );
		$this->assertSame( $GLOBALS['wp_version'], $data['wordpress_version'] );
		$this->assertSame( 'mysql', $data['database'] );
	}

	public function test_the_response_matches_its_published_schema(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$data        = $this->rest( 'GET', '/wayfinder/v1/status', array(), $coordinator )->get_data();
		$schema      = $this->rest( 'OPTIONS', '/wayfinder/v1/status' )->get_data()['schema'];

		$this->assertSame( array_keys( $schema['properties'] ), array_keys( $data ) );
		$this->assertTrue( rest_validate_value_from_schema( $data, $schema ) );
	}
}
