<?php
/**
 * Behind "Find more mentees": the people waiting for any mentor whom one mentor could take (the
 * engine's hard filters leave out the rest, and so does a team the mentee asked for that the mentor
 * is not in), a page at a time, longest waiting first — each with the engine's score and reasons. The
 * queue is narrowed in SQL (RequestRepository::waiting_for) and only the page is read, so a page
 * costs the same few queries however many wait. The REST route and the blocks both list them. A
 * mentor may pass on a waiting mentee: that mentee is not shown to them again, and keeps their place
 * for every other mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\Scorer;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class WaitingMentees {

	public const PER_PAGE = 20;

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly RequestRepository $requests = new RequestRepository(),
		private readonly PassRepository $passes = new PassRepository(),
	) {
	}

	/**
	 * One page of the waiting mentees this mentor could take, longest waiting first, and how many in all.
	 *
	 * @return array{total: int, rows: list<array{request: int, mentee: int, name: string, waiting: string, score: float, reasons: array<string, string>}>}|WP_Error
	 *         Or, for a mentor who could take nobody now (retired, away, full), why.
	 */
	public function for_mentor( int $mentor_id, int $page = 1, int $per_page = self::PER_PAGE ) {
		$mentor = $this->able_mentor( $mentor_id );
		if ( is_wp_error( $mentor ) ) {
			return $mentor;
		}
		list( $asks, $total ) = $this->queue( $mentor[1], Paging::offset( $page, $per_page ), max( 1, $per_page ), null );
		return array(
			'total' => $total,
			'rows'  => $this->rows( $mentor[1], $asks ),
		);
	}

	/**
	 * One page as for_mentor(), without counting the whole queue: whether another page follows
	 * instead (one more row is read to tell).
	 *
	 * @return array{more: bool, rows: list<array{request: int, mentee: int, name: string, waiting: string, score: float, reasons: array<string, string>}>}|WP_Error
	 */
	public function page_for_mentor( int $mentor_id, int $page, int $per_page ) {
		$mentor = $this->able_mentor( $mentor_id );
		if ( is_wp_error( $mentor ) ) {
			return $mentor;
		}
		$per_page = max( 1, $per_page );
		$asks     = $this->queue( $mentor[1], Paging::offset( $page, $per_page ), $per_page + 1, null, false )[0];
		return array(
			'more' => count( $asks ) > $per_page,
			'rows' => $this->rows( $mentor[1], array_slice( $asks, 0, $per_page ) ),
		);
	}

	/**
	 * The page's rows with the engine's score and reasons.
	 *
	 * @param list<RequestRecord> $asks
	 * @return list<array{request: int, mentee: int, name: string, waiting: string, score: float, reasons: array<string, string>}>
	 */
	private function rows( Mentor $mentor, array $asks ): array {
		$profiles = $this->profiles->find_many( array_map( static fn ( RequestRecord $ask ): int => $ask->mentee_id, $asks ) );
		$mentees  = ( new EnginePeople( $this->profiles ) )->mentees( $profiles );
		$names    = DisplayName::many( array_keys( $profiles ) );
		$scorer   = self::scorer();
		$rows     = array();
		$hours    = $scorer->calendar->intervals( $mentor ); // The mentor's hours, worked out once for every row.
		foreach ( $asks as $ask ) {
			$mentee = $mentees[ $ask->mentee_id ];
			// The engine has the last word on each row the query found (the query's LIKE may ignore case).
			if ( $scorer->pair_excluded( $mentee, $mentor ) ) {
				continue;
			}
			$pair   = $scorer->score( $mentee, $mentor, null, $hours );
			$rows[] = array(
				'request' => $ask->id,
				'mentee'  => $ask->mentee_id,
				'name'    => $names[ $ask->mentee_id ] ?? '',
				'waiting' => mysql_to_rfc3339( $ask->created_at ),
				'score'   => $pair->score,
				'reasons' => $pair->reasons( $scorer->criteria, new MatchingMessages() ),
			);
		}
		return $rows;
	}

	/**
	 * Whether this mentee is in the mentor's list of waiting mentees (the same rules as for_mentor(),
	 * for one person), so an offer or a pass can name only them.
	 *
	 * @return bool|WP_Error An error when the mentor could take nobody now (their own reason).
	 */
	public function shows( int $mentor_id, int $mentee_id ) {
		$mentor = $this->able_mentor( $mentor_id );
		if ( is_wp_error( $mentor ) ) {
			return $mentor;
		}
		if ( array() === $this->queue( $mentor[1], 0, 1, $mentee_id )[0] ) {
			return false;
		}
		$mentee = ( new EnginePeople( $this->profiles ) )->mentee( $this->profiles->find( $mentee_id ) );
		return ! self::scorer()->pair_excluded( $mentee, $mentor[1] );
	}

	/**
	 * A mentor passes on a mentee who waits for any mentor: not shown to them again. Nobody else is
	 * told, and the mentee keeps their place in the queue.
	 *
	 * @return true|WP_Error 404 when that person is not waiting for any mentor.
	 */
	public function pass( int $mentor_id, int $mentee_id ) {
		if ( $mentee_id === $mentor_id || null === $this->requests->open_for_any( $mentee_id ) ) {
			return new WP_Error( 'wayfinder_not_waiting', __( 'That person is not waiting for a mentor. Reload the list of waiting mentees to see who is.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! $this->passes->add( $mentor_id, $mentee_id, gmdate( 'Y-m-d H:i:s' ) ) ) {
			return new WP_Error( 'wayfinder_pass_not_saved', __( 'Your pass could not be saved. Please try again in a moment.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		WaitingCounts::forget();
		return true;
	}

	/** @return array{0: Profile, 1: Mentor}|WP_Error The mentor, or why they could take nobody now. */
	private function able_mentor( int $mentor_id ) {
		// Only whether they can: the button's label (which asks whether they ever mentored) is not needed.
		$reason = ( new MentoringState( $this->profiles ) )->why_no_mentees( $mentor_id );
		if ( null !== $reason ) {
			return new WP_Error( 'wayfinder_mentor_unavailable', $reason, array( 'status' => 409 ) );
		}
		$profile = $this->profiles->find( $mentor_id );
		return array( $profile, ( new EnginePeople( $this->profiles ) )->mentor( $profile ) );
	}

	/**
	 * The open requests for any mentor this mentor could take, by the engine's hard filters in SQL.
	 *
	 * @return array{0: list<RequestRecord>, 1: int}
	 */
	private function queue( Mentor $mentor, int $offset, int $limit, ?int $mentee, bool $count = true ): array {
		$languages = Settings::criteria()->languages_required ? $mentor->languages : null;
		return $this->requests->waiting_for( (int) $mentor->id, $mentor->teams, $languages, EnginePeople::site_language(), $offset, $limit, $mentee, $count );
	}

	private static function scorer(): Scorer {
		return new Scorer( Settings::criteria(), new AvailabilityCalendar( time() ) );
	}
}
