<?php
/**
 * Behind "Find more mentees": the people waiting for any mentor whom one mentor could take (the
 * engine's hard filters leave out the rest), best fit first and, among equals, whoever has waited
 * longest — each with the engine's score and reasons. The REST route and the blocks both list them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\Scorer;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class WaitingMentees {

	/** The queue is read in one go up to this many open requests. */
	private const LIMIT = 1000;

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	/**
	 * @return list<array{request: int, mentee: int, name: string, waiting: string, score: float, reasons: array<string, string>}>|WP_Error
	 *         Best fit first; or, for a mentor who could take nobody now (retired, away, full), why.
	 */
	public function for_mentor( int $mentor_id ) {
		global $wpdb;
		$state = ( new MentoringState( $this->profiles ) )->of( $mentor_id )['mentor'];
		if ( null === $state['button'] ) {
			return new WP_Error( 'wayfinder_mentor_unavailable', (string) $state['reason'], array( 'status' => 409 ) );
		}
		$people  = new EnginePeople( $this->profiles );
		$mentor  = $people->mentor( $this->profiles->find( $mentor_id ) );
		$scorer  = new Scorer( Settings::criteria(), new AvailabilityCalendar( time() ) );
		$table   = Schema::requests_table();
		$waiting = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id, created_at FROM {$table} WHERE type = 'mentee_request' AND mentor_id IS NULL AND status = 'open' AND mentee_id <> %d ORDER BY id LIMIT %d", $mentor_id, self::LIMIT ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		$rows    = array();
		foreach ( (array) $waiting as $ask ) {
			$mentee = $people->mentee( $this->profiles->find( (int) $ask['mentee_id'] ) );
			if ( $scorer->pair_excluded( $mentee, $mentor ) ) {
				continue;
			}
			$pair   = $scorer->score( $mentee, $mentor );
			$user   = get_userdata( (int) $ask['mentee_id'] );
			$rows[] = array(
				'request' => (int) $ask['id'],
				'mentee'  => (int) $ask['mentee_id'],
				'name'    => $user ? $user->display_name : '',
				'waiting' => mysql_to_rfc3339( (string) $ask['created_at'] ),
				'score'   => $pair->score,
				'reasons' => $pair->reasons( $scorer->criteria, new MatchingMessages() ),
			);
		}
		// Best fit first; among equals, whoever has waited longest.
		usort( $rows, static fn ( array $a, array $b ): int => array( $b['score'], $a['request'] ) <=> array( $a['score'], $b['request'] ) );
		return $rows;
	}
}
