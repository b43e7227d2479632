<?php
/**
 * Fills in the People list's marks on a site that had data before schema 11, and the kept mentee
 * standing before schema 14 (PeopleRepository::fill_marks): a thousand accounts at a time, with the
 * next one to do kept in an option, so a run cut short resumes on the hourly tick and nothing is
 * done twice in a way that matters.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Profiles\ProfileRepository;

final class PeopleMarks {

	/** The last account ID whose marks are filled in; absent when there is nothing left to do. */
	public const CURSOR_OPTION = 'wayfinder_people_marks_cursor';

	/** Accounts per step. */
	private const SPAN = 1000;

	public function __construct(
		private readonly PeopleRepository $people = new PeopleRepository(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
	}

	/** Schema 11 (the marks) and 14 (the kept mentee standing): start from the first account and go through all of them now. */
	public function migrated( int $was ): void {
		if ( $was < 14 ) {
			update_option( self::CURSOR_OPTION, 0, false );
			$this->resume( PHP_INT_MAX );
		}
	}

	/** The hourly tick: carry on where a cut-short run stopped, at most $steps steps. */
	public function resume( int $steps = 50 ): void {
		$cursor = get_option( self::CURSOR_OPTION );
		while ( false !== $cursor && $steps-- > 0 ) {
			$next = $this->people->fill_marks( (int) $cursor, self::SPAN );
			if ( null === $next ) {
				return; // The database refused a step: the next tick tries it again.
			}
			if ( 0 === $next ) {
				delete_option( self::CURSOR_OPTION );
				$this->profiles->forget_all();
				return;
			}
			update_option( self::CURSOR_OPTION, $next, false );
			$cursor = $next;
		}
	}
}
