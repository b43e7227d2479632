<?php
/**
 * The program's people as the coordinator's People screen lists them: mentors with their room and
 * status, mentees with where they stand, a page at a time (the SQL is PeopleRepository's).
 *
 * Mentors are the users who hold the mentor capability (through a role or on their own), found the
 * way WP_User_Query finds them. Mentees are everyone else with a mentoring profile, and anyone who
 * stood on the mentee side: seeking a mentor, or in a match or a request as the mentee.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\Mentor;

final class PeopleDirectory {

	public const ROLES           = array( 'mentors', 'mentees' );
	public const MENTOR_STATUSES = Mentor::STATUSES;
	public const MENTEE_STATUSES = array( 'waiting', 'matched', 'none' );
	/** The Overview's mentor load buckets (ProgramFigures), so a figure and its list agree. */
	public const LOADS         = array( 'free', 'some', 'full', 'away' );
	public const MENTOR_ORDERS = array( 'name', 'load' );
	public const MENTEE_ORDERS = array( 'name', 'waiting_since' );

	public function __construct( private readonly PeopleRepository $people = new PeopleRepository() ) {}

	/**
	 * One page of mentors or mentees and how many match in all.
	 *
	 * @param PeopleQuery $query Checked by the controller.
	 * @return array{0: list<PersonRow>, 1: int}
	 */
	public function page( PeopleQuery $query, int $page, int $per_page ): array {
		return $this->people->page( $query, $page, $per_page );
	}
}
