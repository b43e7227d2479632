<?php
/**
 * The figures on the coordinator's overview: who waits and for how long, open requests, running
 * matches by how they started, how loaded the mentors are, and each team's coverage (mentors with room
 * against people waiting in it). The SQL is ProgramFiguresRepository's.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Directory\TeamCoverage;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\TeamPostType;

final class ProgramFigures {

	/**
	 * How matches can start today. A match made in a cohort (MatchService::SOURCES' `cohort`) is
	 * counted only once one exists: there are no cohorts yet, so the Overview shows no "Cohort 0".
	 */
	public const CURRENT_SOURCES = array( 'auto', 'mentee_request', 'coordinator', 'mentor_offer', 'backup' );

	public function __construct( private readonly ProgramFiguresRepository $figures = new ProgramFiguresRepository() ) {}

	/** @return array<string, mixed> */
	public function all(): array {
		return array(
			'waiting'            => $this->waiting(),
			'open_requests'      => $this->figures->count_open_requests(),
			'matches'            => $this->matches_by_source(),
			'proposed'           => $this->figures->count_proposed_matches(),
			'mentors'            => $this->mentor_load(),
			'teams'              => $this->coverage(),
			// People who named no team in their request or profile wait for any mentor of any team.
			'waiting_in_no_team' => $this->figures->waiting_by_team()[''] ?? 0,
		);
	}

	/** @return array{count: int, longest: array{mentee: int, name: string, since: string, request: int}|null} */
	private function waiting(): array {
		$oldest = $this->figures->longest_waiting();
		return array(
			'count'   => $this->figures->count_waiting(),
			'longest' => null === $oldest ? null : array(
				'mentee'  => $oldest->mentee_id,
				'name'    => DisplayName::of( $oldest->mentee_id ),
				'since'   => mysql_to_rfc3339( $oldest->created_at ),
				'request' => $oldest->id,
			),
		);
	}

	/** @return array<string, int> Source => active matches: every source people can start a match by today, and any other that has matches. */
	private function matches_by_source(): array {
		return array_merge( array_fill_keys( self::CURRENT_SOURCES, 0 ), $this->figures->active_matches_by_source() );
	}

	/** @return array{total: int, away: int, free: int, some: int, full: int, mentees: int, places: int} */
	private function mentor_load(): array {
		$ids     = Capabilities::mentor_ids(); // Who is a mentor: the one rule.
		$figures = array(
			'total'   => count( $ids ),
			'away'    => 0,
			'free'    => 0,
			'some'    => 0,
			'full'    => 0,
			'mentees' => 0,
			'places'  => 0,
		);
		$loads   = $this->figures->mentor_loads( $ids );
		foreach ( $loads as $mentor ) {
			$figures['mentees'] += $mentor->mentees;
			$figures['places']  += $mentor->capacity;
			if ( ! $mentor->takes_mentees( time() ) ) { // The one availability rule: an absence whose last day is over counts as back.
				++$figures['away'];
			} elseif ( $mentor->mentees >= $mentor->capacity ) {
				++$figures['full'];
			} elseif ( $mentor->mentees > 0 ) {
				++$figures['some'];
			} else {
				++$figures['free'];
			}
		}
		// Mentors who never saved a profile have the default room and nobody yet.
		$unsaved            = $figures['total'] - count( $loads );
		$figures['free']   += $unsaved;
		$figures['places'] += Settings::default_capacity() * $unsaved;
		return $figures;
	}

	/**
	 * Each published team with its mentors, those with room now and the people waiting in it; a gap
	 * when people wait and no mentor of the team has room.
	 *
	 * @return list<array{team: string, name: string, mentors: int, with_room: int, waiting: int, gap: bool}>
	 */
	public function coverage(): array {
		$teams = get_posts(
			array(
				'post_type'      => TeamPostType::POST_TYPE,
				'post_status'    => 'publish',
				'posts_per_page' => 100,
				'orderby'        => 'title',
				'order'          => 'ASC',
				'no_found_rows'  => true,
			)
		);
		$names = array();
		foreach ( $teams as $team ) {
			$names[ $team->post_name ] = html_entity_decode( get_the_title( $team ), ENT_QUOTES, 'UTF-8' );
		}
		// The mentors come from the directory's coverage (the figures its team filter and the quiz show).
		$mentors = ( new TeamCoverage() )->mentors_by_team();
		$waiting = $this->figures->waiting_by_team();
		$rows    = array();
		foreach ( $names as $slug => $name ) {
			$slug   = (string) $slug;
			$row    = new TeamCoverageRow( $slug, $mentors[ $slug ]['mentors'] ?? 0, $mentors[ $slug ]['with_room'] ?? 0, $waiting[ $slug ] ?? 0 );
			$rows[] = array(
				'team'      => $slug,
				'name'      => $name,
				'mentors'   => $row->mentors,
				'with_room' => $row->with_room,
				'waiting'   => $row->waiting,
				'gap'       => $row->waiting > 0 && 0 === $row->with_room,
			);
		}
		return $rows;
	}
}
