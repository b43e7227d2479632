<?php
/**
 * GET /wayfinder/v1/mentors: the public directory route.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Tests\Integration\TestCase;

final class MentorsControllerTest extends TestCase {

	use DirectoryFixtures;

	private const ROUTE = '/wayfinder/v1/mentors';

	public function test_anyone_reads_the_directory_with_public_fields_only_and_paging_headers(): void {
		$anna = $this->person(
			'Anna Schmidt',
			array(
				'languages'    => array( 'de', 'en' ),
				'teams'        => array( 'core' ),
				'availability' => array( array( 2, '18:00', '20:00' ) ),
				'intro'        => 'Core committer.',
			)
		);
		$this->person( 'Priya Nair' );
		$this->person( 'Lucas', array(), 'subscriber' );

		$response = $this->rest( 'GET', self::ROUTE, array( 'per_page' => 1 ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '2', $response->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $response->get_headers()['X-WP-TotalPages'] );
		$data = $response->get_data();
		$this->assertCount( 1, $data );
		$links = $data[0]['_links'];
		unset( $data[0]['_links'] );
		$this->assertSame(
			array(
				'id'           => $anna,
				'name'         => 'Anna Schmidt',
				'intro'        => 'Core committer.',
				'timezone'     => 'Europe/Berlin',
				'languages'    => array( 'de', 'en' ),
				'teams'        => array( 'core' ),
				'availability' => array( array( 2, '18:00', '20:00' ) ),
				'status'       => 'available',
				'away_until'   => null,
				'avatar'       => null,
			),
			$data[0],
			'the public profile’s fields and status; no email, no mentee settings, no counts'
		);
		$this->assertStringEndsWith( '/wayfinder/v1/profiles/' . $anna, $links['profile'][0]['href'] );
		$this->assertStringNotContainsString( '@', (string) wp_json_encode( $data ) );
	}

	public function test_status_and_absences_show_and_retired_mentors_are_left_out(): void {
		$until = gmdate( 'Y-m-d', strtotime( '+5 days' ) );
		$this->person(
			'Away Ava',
			array(
				'status'     => 'away',
				'away_until' => $until,
			)
		);
		$full = $this->person( 'Full Fatima', array( 'capacity' => 1 ) );
		$this->give_mentees( $full, 1 );
		$this->person( 'Retired Rita', array( 'status' => 'retired' ) );

		$data = $this->rest( 'GET', self::ROUTE )->get_data();

		$this->assertSame( array( 'Full Fatima', 'Away Ava' ), array_column( $data, 'name' ) );
		$this->assertSame( array( 'full', 'away' ), array_column( $data, 'status' ) );
		$this->assertSame( array( null, $until ), array_column( $data, 'away_until' ) );
	}

	public function test_filters_narrow_the_list(): void {
		$this->person(
			'Anna',
			array(
				'teams'     => array( 'core' ),
				'languages' => array( 'de' ),
			)
		);
		$this->person(
			'Priya',
			array(
				'teams'        => array( 'polyglots' ),
				'languages'    => array( 'hi' ),
				'timezone'     => 'Asia/Kolkata',
				'availability' => array( array( 6, '09:00', '12:00' ) ),
			)
		);
		$names = fn ( array $query ): array => array_column( $this->rest( 'GET', self::ROUTE, $query )->get_data(), 'name' );

		$this->assertSame( array( 'Anna' ), $names( array( 'team' => 'core' ) ) );
		$this->assertSame( array( 'Priya' ), $names( array( 'language' => 'hi' ) ) );
		$this->assertSame( array( 'Priya' ), $names( array( 'search' => 'riy' ) ) );
		$this->assertSame(
			array( 'Priya' ),
			$names(
				array(
					'meets' => 'weekends',
					'tz'    => 'Asia/Kolkata',
				)
			)
		);
		$this->assertSame( array( 'Anna', 'Priya' ), $names( array( 'room' => true ) ) );
		$this->assertSame( array(), $names( array( 'team' => 'design' ) ) );
	}

	/** @return array<string, array{0: array<string, mixed>, 1: string}> */
	public function bad_params(): array {
		return array(
			'a team that is no slug'  => array( array( 'team' => 'Core Team!' ), 'team does not match pattern' ),
			'a language that is none' => array( array( 'language' => 'english' ), 'language does not match pattern' ),
			'an unknown time of week' => array( array( 'meets' => 'midnight' ), 'meets is not one of weekday-mornings, weekday-afternoons, weekday-evenings' ),
			'an unknown time zone'    => array( array( 'tz' => 'Mars/Olympus' ), '“Mars/Olympus” is not a time zone. Use a name like Europe/Berlin or America/Sao_Paulo.' ),
			'room that is no boolean' => array( array( 'room' => 'maybe' ), 'room is not of type boolean.' ),
			'too many per page'       => array( array( 'per_page' => 51 ), 'per_page must be between 1 (inclusive) and 50 (inclusive)' ),
			'page zero'               => array( array( 'page' => 0 ), 'page must be between 1 (inclusive) and 100000 (inclusive)' ),
			'a page past the last'    => array( array( 'page' => '9223372036854775807' ), 'Pages are numbered from 1 to 100,000' ),
			'a search far too long'   => array( array( 'search' => str_repeat( 'a', 101 ) ), 'search must be at most 100 characters long.' ),
		);
	}

	/**
	 * @dataProvider bad_params
	 * @param array<string, mixed> $query
	 */
	public function test_malformed_parameters_are_refused_with_a_message( array $query, string $message ): void {
		$response = $this->rest( 'GET', self::ROUTE, $query );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertStringContainsString( $message, implode( ' ', (array) $response->get_data()['data']['params'] ) );
	}

	public function test_a_page_past_the_last_is_refused_with_the_last_page_named(): void {
		$this->person( 'Anna' );
		$response = $this->rest( 'GET', self::ROUTE, array( 'page' => 3 ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'There is no page 3: the last page is 1.', $response->get_data()['message'] );
		$this->assertSame( 200, $this->rest( 'GET', self::ROUTE, array( 'page' => 1 ) )->get_status(), 'the first page always exists' );
	}

	public function test_the_route_publishes_its_schema(): void {
		$schema = $this->rest( 'OPTIONS', self::ROUTE )->get_data();
		$this->assertSame( 'wayfinder-mentor', $schema['schema']['title'] );
		$this->assertSame( array( 'available', 'away', 'full' ), $schema['schema']['properties']['status']['enum'] );
		$this->assertSame( 50, $schema['endpoints'][0]['args']['per_page']['maximum'] );
	}
}
