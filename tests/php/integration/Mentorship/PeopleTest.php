<?php
/**
 * GET /wayfinder/v1/people: the coordinator's People screen, paged, sorted and filtered on the server.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\PeopleDirectory;
use Wayfinder\Mentorship\ProgramFigures;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;
use WP_REST_Response;

final class PeopleTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'zz-coordinator' );
	}

	/** A person whose display name starts with "qx " so searches leave out the site's own users. */
	private function person( string $role, string $name ): int {
		$id = $this->make_user( $role, 'qx-' . sanitize_title( $name ) );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => 'qx ' . $name,
			)
		);
		return $id;
	}

	private function mentor( string $name, int $capacity = 3, string $status = 'available', ?string $away_until = null, string $weight = 'normal' ): int {
		$id = $this->person( 'wayfinder_mentor', $name );
		( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ), array(), array(), array(), '', $capacity, $weight, $status, $away_until ) );
		return $id;
	}

	/** @param array<string, mixed> $params */
	private function people( array $params = array(), ?int $as = null ): WP_REST_Response {
		return $this->rest( 'GET', '/wayfinder/v1/people', $params + array( 'search' => 'qx ' ), $as ?? $this->coordinator );
	}

	/**
	 * @param array<string, mixed> $params
	 * @return list<string> The names on the page, without the "qx " prefix.
	 */
	private function names( array $params = array() ): array {
		$response = $this->people( $params );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return array_map( static fn ( array $person ): string => substr( $person['name'], 3 ), $response->get_data() );
	}

	/** @return array<string, array<string, mixed>> Name => item. */
	private function by_name( array $params = array() ): array {
		$items = $this->people( $params )->get_data();
		return array_combine( array_map( static fn ( array $person ): string => substr( $person['name'], 3 ), $items ), $items );
	}

	public function test_only_coordinators_may_list_people(): void {
		$this->assertSame( 401, $this->people( array(), 0 )->get_status() );
		foreach ( array( 'subscriber', 'wayfinder_mentor', 'wayfinder_reviewer' ) as $role ) {
			$refused = $this->people( array(), $this->make_user( $role ) );
			$this->assertSame( 403, $refused->get_status(), $role );
			$this->assertSame( 'wayfinder_forbidden', $refused->get_data()['code'] );
		}
		$this->assertSame( 200, $this->people()->get_status() );
		$this->assertSame( 200, $this->people( array(), $this->make_user( 'administrator' ) )->get_status() );
	}

	public function test_mentors_show_room_weight_and_status_with_an_ended_absence_counting_as_available(): void {
		update_option( Settings::DEFAULT_CAPACITY, 4 );
		$busy = $this->mentor( 'Busy', 2, 'available', null, 'high' );
		$this->mentor( 'Away', 3, 'away', gmdate( 'Y-m-d' ) );
		$this->mentor( 'Back', 3, 'away', '2020-01-01' );
		$this->mentor( 'Retired', 3, 'retired' );
		$this->person( 'wayfinder_mentor', 'Unsaved' );
		( new MatchService() )->start( $this->person( 'subscriber', 'Mentee' ), $busy, 'coordinator', $this->coordinator );

		$mentors = $this->by_name();

		$this->assertSame( array( 'Away', 'Back', 'Busy', 'Retired', 'Unsaved' ), array_keys( $mentors ), 'mentors only, by name' );
		$this->assertSame( array( 'mentor', 'available', 2, 1, 'high', null ), array( $mentors['Busy']['role'], $mentors['Busy']['status'], $mentors['Busy']['capacity'], $mentors['Busy']['load'], $mentors['Busy']['weight'], $mentors['Busy']['mentor'] ) );
		$this->assertSame( array( 'away', gmdate( 'Y-m-d' ) ), array( $mentors['Away']['status'], $mentors['Away']['away_until'] ), 'away through the last day of the absence' );
		$this->assertSame( array( 'available', null ), array( $mentors['Back']['status'], $mentors['Back']['away_until'] ), 'an absence that ended is over' );
		$this->assertSame( 'retired', $mentors['Retired']['status'] );
		$this->assertSame( array( 'available', 4, 0, 'normal', null ), array( $mentors['Unsaved']['status'], $mentors['Unsaved']['capacity'], $mentors['Unsaved']['load'], $mentors['Unsaved']['weight'], $mentors['Unsaved']['last_activity'] ), 'a mentor who never saved a profile has the defaults, the site’s default capacity among them' );
		$this->assertNotNull( $mentors['Busy']['last_activity'] );

		$this->assertSame( array( 'Back', 'Busy', 'Unsaved' ), $this->names( array( 'status' => 'available' ) ) );
		$this->assertSame( array( 'Away' ), $this->names( array( 'status' => 'away' ) ) );
		$this->assertSame( array( 'Retired' ), $this->names( array( 'status' => 'retired' ) ) );
	}

	public function test_every_page_by_load_either_way_is_the_whole_list_sorted_by_load_then_name(): void {
		mt_srand( 31 );
		$matches = new MatchService();
		$loads   = array();
		foreach ( array( 'Ines', 'Bea', 'Hugo', 'Ada', 'Gil', 'Eva', 'Cruz', 'Dana', 'Fern', 'Jo', 'Kai', 'Lu' ) as $i => $name ) {
			// Every third has never saved a profile (a placeholder row); the others take 0–3 mentees.
			$id             = 0 === $i % 3 ? $this->person( 'wayfinder_mentor', $name ) : $this->mentor( $name, 4 );
			$loads[ $name ] = 0 === $i % 3 ? 0 : mt_rand( 0, 3 );
			for ( $m = 0; $m < $loads[ $name ]; $m++ ) {
				$this->assertIsInt( $matches->start( $this->person( 'subscriber', "{$name} mentee {$m}" ), $id, 'coordinator', $this->coordinator ) );
			}
		}
		$this->assertGreaterThan( 2, count( array_unique( $loads ) ), 'several loads, with ties' );
		foreach ( array( 'asc', 'desc' ) as $order ) {
			$expected = array_keys( $loads );
			$sign     = 'asc' === $order ? 1 : -1;
			usort( $expected, static fn ( string $a, string $b ): int => array( $sign * $loads[ $a ], $a ) <=> array( $sign * $loads[ $b ], $b ) );
			$paged = array();
			for ( $page = 1; $page <= 4; $page++ ) {
				$paged = array_merge(
					$paged,
					$this->names(
						array(
							'role'     => 'mentors',
							'orderby'  => 'load',
							'order'    => $order,
							'per_page' => 3,
							'page'     => $page,
						)
					)
				);
			}
			$this->assertSame( $expected, $paged, "by load, {$order}, three a page" );
		}
	}

	public function test_mentors_sort_by_load_and_name_and_page_with_headers(): void {
		$one = $this->mentor( 'Carla', 3 );
		$two = $this->mentor( 'Anna', 3 );
		$this->mentor( 'Bruno', 3 );
		$matches = new MatchService();
		$matches->start( $this->person( 'subscriber', 'M1' ), $one, 'auto', 0 );
		$matches->start( $this->person( 'subscriber', 'M2' ), $two, 'auto', 0 );
		$matches->start( $this->person( 'subscriber', 'M3' ), $two, 'auto', 0 );

		$this->assertSame(
			array( 'Anna', 'Carla', 'Bruno' ),
			$this->names(
				array(
					'orderby' => 'load',
					'order'   => 'desc',
				)
			)
		);
		$this->assertSame( array( 'Bruno', 'Carla', 'Anna' ), $this->names( array( 'orderby' => 'load' ) ) );
		$this->assertSame( array( 'Carla', 'Bruno', 'Anna' ), $this->names( array( 'order' => 'desc' ) ) );

		$first = $this->people( array( 'per_page' => 2 ) );
		$this->assertSame( '3', $first->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $first->get_headers()['X-WP-TotalPages'] );
		$this->assertSame( array( 'Anna', 'Bruno' ), $this->names( array( 'per_page' => 2 ) ) );
		$this->assertSame(
			array( 'Carla' ),
			$this->names(
				array(
					'per_page' => 2,
					'page'     => 2,
				)
			)
		);
		$this->assertSame(
			array(),
			$this->names(
				array(
					'per_page' => 2,
					'page'     => 3,
				)
			)
		);

		$this->assertSame( array( 'Bruno' ), $this->names( array( 'search' => 'bru' ) ), 'search ignores case' );
		$this->assertSame( array(), $this->names( array( 'search' => '100%_' ) ), 'LIKE wildcards are searched as text' );

		$links = $first->get_data()[0]['_links'];
		$this->assertStringEndsWith( '/wayfinder/v1/profiles/' . $two, $links['self'][0]['href'] );
		$this->assertStringEndsWith( '/wayfinder/v1/matches?mentor=' . $two, $links['matches'][0]['href'] );
		$this->assertStringEndsWith( '/wayfinder/v1/events?person=' . $two, $links['history'][0]['href'] );
	}

	public function test_the_load_filter_lists_exactly_whom_the_overview_counts(): void {
		$full = $this->mentor( 'Full', 1 );
		$some = $this->mentor( 'Some', 3 );
		$this->mentor( 'Free', 3 );
		$this->mentor( 'Gone', 3, 'retired' );
		$this->person( 'wayfinder_mentor', 'Unsaved' );
		$matches = new MatchService();
		$matches->start( $this->person( 'subscriber', 'M1' ), $full, 'auto', 0 );
		$matches->start( $this->person( 'subscriber', 'M2' ), $some, 'auto', 0 );

		$this->assertSame( array( 'Full' ), $this->names( array( 'load' => 'full' ) ) );
		$this->assertSame( array( 'Some' ), $this->names( array( 'load' => 'some' ) ) );
		$this->assertSame( array( 'Free', 'Unsaved' ), $this->names( array( 'load' => 'free' ) ) );
		$this->assertSame( array( 'Gone' ), $this->names( array( 'load' => 'away' ) ) );
		// Across every mentor of the site (the admin and the coordinator too), not only this test's.
		$figures = ( new ProgramFigures() )->all()['mentors'];
		foreach ( PeopleDirectory::LOADS as $load ) {
			$all = $this->rest( 'GET', '/wayfinder/v1/people', array( 'load' => $load ), $this->coordinator );
			$this->assertSame( (string) $figures[ $load ], $all->get_headers()['X-WP-Total'], "the Overview’s $load figure and its list agree" );
		}
	}

	public function test_mentees_show_where_they_stand_and_sort_by_waiting_time(): void {
		global $wpdb;
		$mentor   = $this->mentor( 'Mentor', 3 );
		$matched  = $this->person( 'subscriber', 'Matched' );
		$early    = $this->person( 'subscriber', 'Early' );
		$late     = $this->person( 'subscriber', 'Late' );
		$finished = $this->person( 'subscriber', 'Finished' );
		$this->person( 'subscriber', 'Outsider' );
		( new ProfileRepository() )->save( new Profile( $this->person( 'subscriber', 'Idle' ) ) );
		$matches = new MatchService();
		$matches->start( $matched, $mentor, 'coordinator', $this->coordinator, 'proposed' );
		$matches->end( (int) $matches->start( $finished, $mentor, 'auto', 0 ), 'completed', $mentor );
		$requests = new RequestService();
		foreach ( array(
			$late  => '2026-02-01 10:00:00',
			$early => '2026-01-01 10:00:00',
		) as $mentee => $when ) {
			$id = (int) $requests->create( array( 'type' => 'mentee_request' ), $mentee );
			$wpdb->update( Schema::requests_table(), array( 'created_at' => $when ), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			// The time was changed behind the repository's back: the kept standing follows it.
			$this->assertTrue( ( new ProfileRepository() )->restand( $mentee ) );
		}

		$mentees = $this->by_name( array( 'role' => 'mentees' ) );

		$this->assertSame( array( 'Early', 'Finished', 'Idle', 'Late', 'Matched' ), array_keys( $mentees ), 'mentors, and people with neither a profile nor a mentee side, are not listed' );
		$this->assertSame(
			array( 'mentee', 'matched', $mentor, 'qx Mentor', 'coordinator', 'proposed', null, null ),
			array( $mentees['Matched']['role'], $mentees['Matched']['status'], $mentees['Matched']['mentor'], $mentees['Matched']['mentor_name'], $mentees['Matched']['source'], $mentees['Matched']['match_status'], $mentees['Matched']['waiting_since'], $mentees['Matched']['capacity'] )
		);
		$this->assertSame( array( 'waiting', '2026-01-01T10:00:00', null ), array( $mentees['Early']['status'], $mentees['Early']['waiting_since'], $mentees['Early']['mentor'] ) );
		$this->assertSame( 'none', $mentees['Idle']['status'], 'a profile without a request is a mentee not looking yet' );
		$this->assertSame( array( 'none', null, null ), array( $mentees['Finished']['status'], $mentees['Finished']['mentor'], $mentees['Finished']['waiting_since'] ) );
		$this->assertNotNull( $mentees['Finished']['last_activity'], 'the match events count as activity' );

		$this->assertSame(
			array( 'Early', 'Late', 'Finished', 'Idle', 'Matched' ),
			$this->names(
				array(
					'role'    => 'mentees',
					'orderby' => 'waiting_since',
				)
			),
			'longest waiting first; people not waiting last'
		);
		$this->assertSame(
			array( 'Late', 'Early', 'Finished', 'Idle', 'Matched' ),
			$this->names(
				array(
					'role'    => 'mentees',
					'orderby' => 'waiting_since',
					'order'   => 'desc',
				)
			)
		);
		$this->assertSame(
			array( 'Early', 'Late' ),
			$this->names(
				array(
					'role'   => 'mentees',
					'status' => 'waiting',
				)
			)
		);
		$this->assertSame(
			array( 'Matched' ),
			$this->names(
				array(
					'role'   => 'mentees',
					'status' => 'matched',
				)
			)
		);
		$this->assertSame(
			array( 'Finished', 'Idle' ),
			$this->names(
				array(
					'role'   => 'mentees',
					'status' => 'none',
				)
			)
		);
		$this->assertSame(
			'2',
			$this->people(
				array(
					'role'   => 'mentees',
					'status' => 'waiting',
				)
			)->get_headers()['X-WP-Total']
		);
	}

	public function test_no_email_address_leaves_the_site(): void {
		$mentor = $this->mentor( 'Mail', 3 );
		$mentee = $this->person( 'subscriber', 'Mailee' );
		( new MatchService() )->start( $mentee, $mentor, 'auto', 0 );

		foreach ( array( 'mentors', 'mentees' ) as $role ) {
			$response = $this->people( array( 'role' => $role ) );
			$this->assertNotSame( array(), $response->get_data() );
			$this->assertStringNotContainsString( '@', (string) wp_json_encode( $response->get_data() ), $role );
		}
	}

	/** @return iterable<string, array{0: array<string, mixed>, 1: string}> */
	public static function bad_queries(): iterable {
		yield 'unknown role' => array( array( 'role' => 'admins' ), 'rest_invalid_param' );
		yield 'unknown status' => array( array( 'status' => 'sleeping' ), 'rest_invalid_param' );
		yield 'a mentee status for mentors' => array( array( 'status' => 'waiting' ), 'wayfinder_invalid_filter' );
		yield 'a mentor status for mentees' => array(
			array(
				'role'   => 'mentees',
				'status' => 'away',
			),
			'wayfinder_invalid_filter',
		);
		yield 'mentees by load' => array(
			array(
				'role'    => 'mentees',
				'orderby' => 'load',
			),
			'wayfinder_invalid_filter',
		);
		yield 'a load for mentees' => array(
			array(
				'role' => 'mentees',
				'load' => 'full',
			),
			'wayfinder_invalid_filter',
		);
		yield 'unknown load' => array( array( 'load' => 'heavy' ), 'rest_invalid_param' );
		yield 'mentors by waiting time' => array( array( 'orderby' => 'waiting_since' ), 'wayfinder_invalid_filter' );
		yield 'unknown sort' => array( array( 'orderby' => 'email' ), 'rest_invalid_param' );
		yield 'unknown direction' => array( array( 'order' => 'up' ), 'rest_invalid_param' );
		yield 'too many per page' => array( array( 'per_page' => 101 ), 'rest_invalid_param' );
		yield 'page zero' => array( array( 'page' => 0 ), 'rest_invalid_param' );
		yield 'a search too long' => array( array( 'search' => str_repeat( 'a', 101 ) ), 'rest_invalid_param' );
	}

	/**
	 * @dataProvider bad_queries
	 * @param array<string, mixed> $params
	 */
	public function test_bad_parameters_are_refused_with_a_reason( array $params, string $code ): void {
		$response = $this->people( $params );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( $code, $response->get_data()['code'] );
		$this->assertNotSame( '', $response->get_data()['message'] );
	}

	public function test_a_persons_history_and_requests_for_the_detail_panel(): void {
		$mentor    = $this->mentor( 'Hist', 3 );
		$mentee    = $this->person( 'subscriber', 'Histee' );
		$other     = $this->person( 'subscriber', 'Other' );
		$match     = (int) ( new MatchService() )->start( $mentee, $mentor, 'coordinator', $this->coordinator, 'proposed' );
		$requests  = new RequestService();
		$asked     = (int) $requests->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$other
		);
		$elsewhere = (int) $requests->create( array( 'type' => 'mentee_request' ), $this->person( 'subscriber', 'Third' ) );
		$this->rest( 'POST', "/wayfinder/v1/matches/$match/confirm", array(), $mentor );

		$events = $this->rest( 'GET', '/wayfinder/v1/events', array( 'person' => $mentor ), $this->coordinator );
		$this->assertSame( 200, $events->get_status() );
		$seen = array_map( static fn ( array $event ): string => $event['object_type'] . ':' . $event['action'], $events->get_data() );
		$this->assertSame( array( 'match:confirmed', 'request:created', 'match:proposed' ), $seen, 'newest first: their match and the request to them, nobody else’s' );
		$this->assertSame( '3', $events->get_headers()['X-WP-Total'] );
		$only = $this->rest(
			'GET',
			'/wayfinder/v1/events',
			array(
				'person'      => $mentor,
				'object_type' => 'request',
			),
			$this->coordinator
		);
		$this->assertSame( array( $asked ), array_column( $only->get_data(), 'object_id' ) );

		$listed = $this->rest( 'GET', '/wayfinder/v1/requests', array( 'person' => $mentor ), $this->coordinator );
		$this->assertSame( array( $asked ), array_column( $listed->get_data(), 'id' ) );
		$this->assertNotContains( $elsewhere, array_column( $listed->get_data(), 'id' ) );
		$outsider = $this->rest( 'GET', '/wayfinder/v1/requests', array( 'person' => $mentor ), $this->make_user( 'subscriber' ) );
		$this->assertSame( array(), $outsider->get_data(), 'the filter narrows what the caller may see; it never widens it' );
	}
}
