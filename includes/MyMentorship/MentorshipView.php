<?php
/**
 * What the mentoring blocks show one logged-in person about themselves, computed from the mentoring
 * services so the templates only print it. Everything here is the person's own business or their
 * match partners' (an email address only once a match is active); nothing is computed for anyone
 * who is not logged in.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\MyMentorship;

use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\MatchEndings;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Mentorship\WaitingMentees;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileRepository;

final class MentorshipView {

	/** The reasons a mentee is offered for ending a match, and a mentor ("completed": "We reached our goals", either side). */
	private const MENTEE_ENDINGS = array( 'completed', 'mentee_wants_other', 'mentee_stopped', 'other' );
	private const MENTOR_ENDINGS = array( 'completed', 'mentor_quit', 'inactivity', 'other' );

	/**
	 * Where each person stands and why they wait, as read in this request: the button and My mentorship
	 * show the same on one page, so it is read once. Cleared on every change (MyMentorshipModule::register).
	 *
	 * @var array<int, array{state: array<string, mixed>, reason?: string}>
	 */
	private static array $read = array();

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchService $matches = new MatchService(),
		private readonly RequestService $requests = new RequestService(),
	) {
	}

	/** Something changed (a match, a request, a profile, a role, a setting): read everything afresh. */
	public static function forget(): void {
		self::$read = array();
	}

	/** @return array<string, mixed> MentoringState::of(), once a request for each person. */
	private function state( int $user_id ): array {
		if ( ! isset( self::$read[ $user_id ]['state'] ) ) {
			self::$read[ $user_id ] = array( 'state' => ( new MentoringState( $this->profiles ) )->of( $user_id ) );
		}
		return self::$read[ $user_id ]['state'];
	}

	/**
	 * The mentoring button: the mentor's label or why there is none (mentors only), and where the person
	 * stands as a mentee (for mentors only when they have, or wait for, a mentor themselves).
	 *
	 * @return array{mentor: array<string, mixed>|null, mentee: array<string, mixed>|null}
	 */
	public function button( int $user_id ): array {
		$state  = $this->state( $user_id );
		$mentor = Capabilities::can_mentor( $user_id ) ? $this->mentor_summary( $state['mentor'] ) : null;
		$mentee = $this->mentee_summary( $user_id, $state['mentee'] );
		return array(
			'mentor' => $mentor,
			'mentee' => null !== $mentor && 'open' === $mentee['state'] ? null : $mentee,
		);
	}

	/**
	 * My mentorship: as a mentee, the mentor (and how to reach them), or the place in the queue and why,
	 * and offers and requests waiting; as a mentor, every mentee whatever brought them, what waits for an
	 * answer, and the waiting mentees they could take.
	 *
	 * @return array{mentee: array<string, mixed>|null, mentor: array<string, mixed>|null}
	 */
	public function overview( int $user_id, int $waiting_count = 5, bool $with_waiting = true, int $waiting_page = 1 ): array {
		$state = $this->state( $user_id );
		$open  = $this->requests->open_involving( $user_id );

		$mentee           = $this->mentee_summary( $user_id, $state['mentee'] );
		$mentee['offers'] = array();
		$mentee['asked']  = array();
		foreach ( $open as $request ) {
			if ( $request->mentee_id !== $user_id ) {
				continue;
			}
			if ( 'mentor_offer' === $request->type ) {
				$mentor_id          = (int) $request->mentor_id;
				$mentee['offers'][] = array(
					'id'      => $request->id,
					'mentor'  => DisplayName::of( $mentor_id ),
					// A mentor's profile is public.
					'intro'   => $this->profiles->find( $mentor_id )->intro,
					'message' => $request->message,
					'since'   => self::date( $request->created_at ),
				);
			} elseif ( 'mentee_request' === $request->type && null !== $request->mentor_id ) {
				$mentee['asked'][] = array(
					'id'      => $request->id,
					'mentor'  => DisplayName::of( (int) $request->mentor_id ),
					'since'   => self::date( $request->created_at ),
					'expires' => self::date( $request->expires_at ),
				);
			} elseif ( 'mentee_request' === $request->type ) {
				$mentee['queue_request'] = $request->id;
				$mentee['queue_since']   = self::date( $request->created_at );
			}
		}
		if ( in_array( $mentee['state'], array( 'matched', 'proposed' ), true ) ) {
			$mentee += $this->mentee_match( (int) $state['mentee']['match'] );
		}
		$mentor = null;
		if ( Capabilities::can_mentor( $user_id ) ) {
			$mentor = $this->mentor_summary( $state['mentor'] ) + $this->mentor_details( $user_id, $open, $waiting_count, $with_waiting, $waiting_page );
		}
		$has_news = 'open' !== $mentee['state'] || array() !== $mentee['offers'] || array() !== $mentee['asked'];
		return array(
			'mentee' => null === $mentor || $has_news ? $mentee : null,
			'mentor' => $mentor,
		);
	}

	/**
	 * @param array<string, mixed> $state MentoringState's mentor part.
	 * @return array<string, mixed>
	 */
	private function mentor_summary( array $state ): array {
		return array(
			'label'      => $state['button']['label'] ?? null,
			'reason'     => $state['reason'],
			'status'     => $state['status'],
			'away_until' => null === $state['away_until'] ? null : self::date( (string) $state['away_until'] ),
			'capacity'   => (int) $state['capacity'],
			'active'     => (int) $state['active_mentees'],
		);
	}

	/**
	 * @param array<string, mixed> $state MentoringState's mentee part.
	 * @return array<string, mixed> state: matched, proposed (the mentor has not confirmed yet), queued or open.
	 */
	private function mentee_summary( int $user_id, array $state ): array {
		if ( $state['has_mentor'] ) {
			return array(
				'state'       => 'proposed' === $state['status'] ? 'proposed' : 'matched',
				'mentor_name' => (string) $state['mentor']['name'],
			);
		}
		if ( null !== $state['queue'] ) {
			// The engine's reason is the page's dearest part: asked once, with the place already known.
			self::$read[ $user_id ]['reason'] ??= ( new AutoAssigner( $this->profiles, $this->matches, $this->requests ) )->why_waiting( $user_id, (int) $state['queue'] );
			return array(
				'state'    => 'queued',
				'position' => (int) $state['queue'],
				'reason'   => self::$read[ $user_id ]['reason'],
			);
		}
		return array( 'state' => 'open' );
	}

	/** @return array<string, mixed> The mentee's match: who, how, since when, how to reach them, how to end it. */
	private function mentee_match( int $match_id ): array {
		$match  = $this->matches->find( $match_id )?->to_array() ?? array();
		$active = 'active' === $match['status'];
		$mentor = get_userdata( (int) $match['mentor_id'] );
		$name   = $mentor ? $mentor->display_name : '';
		$backup = null === $match['backup_mentor_id'] ? false : get_userdata( (int) $match['backup_mentor_id'] );
		$labels = MatchEndings::labels();
		$away   = $mentor ? $this->profiles->find( $mentor->ID ) : null;
		return array(
			'match'   => $match_id,
			'how'     => self::how( (string) $match['source'], 'mentee', $name ),
			'since'   => self::date( (string) $match['created_at'] ),
			'mentor'  => array(
				'name'     => $name,
				// Partners may reach each other once the match runs; a proposal is not agreed yet.
				'email'    => $active && $mentor ? $mentor->user_email : null,
				'intro'    => $mentor ? $this->profiles->find( $mentor->ID )->intro : '',
				'timezone' => $mentor ? $this->profiles->find( $mentor->ID )->timezone : '',
				// Away (or stopped mentoring) now, by the one availability rule, and until when if they said.
				'away'     => null !== $away && ! $away->available_now(),
				'back_on'  => null !== $away && ! $away->available_now() && null !== $away->away_until ? self::date( $away->away_until ) : null,
			),
			'backup'  => $backup ? array(
				'name'     => $backup->display_name,
				'covering' => $mentor && ! $this->profiles->find( $mentor->ID )->available_now(),
				'email'    => $active && $mentor && ! $this->profiles->find( $mentor->ID )->available_now() ? $backup->user_email : null,
			) : null,
			'endings' => array_intersect_key( $labels, array_flip( self::MENTEE_ENDINGS ) ),
		);
	}

	/**
	 * @param list<\Wayfinder\Mentorship\RequestRecord> $open The open requests the mentor is part of.
	 * @return array<string, mixed>
	 */
	private function mentor_details( int $user_id, array $open, int $waiting_count, bool $with_waiting, int $waiting_page ): array {
		$labels   = MatchEndings::labels();
		$mentees  = array();
		$past     = array();
		$rows     = $this->matches->list( array( 'mentor' => $user_id ), 1, 100 )[0];
		$requests = array();
		$offers   = array();
		// Every mentee's name, address and profile in two reads, not two per mentee.
		$ids      = array_values( array_unique( array_map( static fn ( $match ): int => (int) $match['mentee_id'], $rows ) ) );
		$accounts = array();
		if ( array() !== $ids ) {
			foreach ( get_users(
				array(
					'include' => $ids,
					'fields'  => array( 'ID', 'display_name', 'user_email' ),
					'blog_id' => 0,
				)
			) as $account ) {
				$accounts[ (int) $account->ID ] = $account;
			}
			$this->profiles->find_many( $ids );
		}
		foreach ( $rows as $match ) {
			$mentee = $accounts[ (int) $match['mentee_id'] ] ?? null;
			$name   = null !== $mentee ? (string) $mentee->display_name : '';
			if ( in_array( $match['status'], array( 'proposed', 'active' ), true ) ) {
				$mentees[] = array(
					'match'   => (int) $match['id'],
					'name'    => $name,
					'status'  => (string) $match['status'],
					'email'   => 'active' === $match['status'] && null !== $mentee ? (string) $mentee->user_email : null,
					'intro'   => null !== $mentee ? $this->profiles->find( (int) $match['mentee_id'] )->intro : '',
					'how'     => self::how( (string) $match['source'], 'mentor', $name ),
					'since'   => self::date( (string) $match['created_at'] ),
					'updated' => self::date( (string) $match['updated_at'] ),
				);
			} elseif ( count( $past ) < 5 && 'mentor_declined' !== $match['end_reason'] ) {
				$past[] = array(
					'name'          => $name,
					'reason'        => $labels[ (string) $match['end_reason'] ] ?? '',
					'ended'         => self::date( (string) $match['updated_at'] ),
					// A completed mentorship shows what came of it: the mentee's verified contributions since it started.
					'contributions' => 'completed' === $match['end_reason'] ? ( new ContributionRepository() )->count_verified( (int) $match['mentee_id'], substr( (string) $match['created_at'], 0, 10 ) ) : null,
				);
			}
		}
		foreach ( $open as $request ) {
			if ( 'mentor_offer' === $request->type && $request->created_by === $user_id ) {
				$offers[ $request->mentee_id ] = array(
					'id'      => $request->id,
					'mentee'  => DisplayName::of( $request->mentee_id ),
					'since'   => self::date( $request->created_at ),
					'expires' => self::date( $request->expires_at ),
				);
			} elseif ( 'mentor_offer' !== $request->type && (int) $request->mentor_id === $user_id && $request->mentee_id !== $user_id ) {
				$requests[] = array(
					'id'      => $request->id,
					'type'    => $request->type,
					'mentee'  => DisplayName::of( $request->mentee_id ),
					'from'    => 'coordinator_request' === $request->type ? DisplayName::of( $request->created_by ) : null,
					'message' => $request->message,
					'since'   => self::date( $request->created_at ),
					'expires' => self::date( $request->expires_at ),
				);
			}
		}
		$waiting = $with_waiting ? $this->waiting( $user_id, $waiting_count, array_keys( $offers ), $waiting_page ) : null;
		return array(
			'mentees'   => array_values( array_filter( $mentees, static fn ( array $m ): bool => 'active' === $m['status'] ) ),
			'proposals' => array_values( array_filter( $mentees, static fn ( array $m ): bool => 'proposed' === $m['status'] ) ),
			'past'      => $past,
			'requests'  => $requests,
			'offers'    => array_values( $offers ),
			'waiting'   => $waiting,
			'endings'   => array_intersect_key( $labels, array_flip( self::MENTOR_ENDINGS ) ),
		);
	}

	/**
	 * One page of the waiting mentees this mentor could take, longest waiting first (none when they
	 * could take nobody now), which page this is and whether another follows. The queue is not
	 * counted: that would read all of it on every page view.
	 *
	 * @param int            $count   People a page.
	 * @param list<int>|null $offered The mentees this mentor has an open offer for; null: look them up.
	 * @param int            $page    The page, from 1 (a page past the end shows the first one).
	 * @return array{page: int, more: bool, people: list<array{mentee: int, name: string, since: string, reasons: array<string, string>, offered: bool}>}
	 */
	public function waiting( int $user_id, int $count, ?array $offered = null, int $page = 1 ): array {
		$count   = max( 1, $count );
		$page    = max( 1, $page );
		$waiting = new WaitingMentees( $this->profiles );
		$found   = $waiting->page_for_mentor( $user_id, $page, $count );
		if ( ! is_wp_error( $found ) && array() === $found['rows'] && $page > 1 ) {
			// The list got shorter since the link was made (offers, passes, matches): start again.
			$page  = 1;
			$found = $waiting->page_for_mentor( $user_id, $page, $count );
		}
		if ( is_wp_error( $found ) ) {
			return array(
				'page'   => 1,
				'more'   => false,
				'people' => array(),
			);
		}
		if ( null === $offered ) {
			$offered = array();
			foreach ( $this->requests->open_involving( $user_id ) as $request ) {
				if ( 'mentor_offer' === $request->type && $request->created_by === $user_id ) {
					$offered[] = $request->mentee_id;
				}
			}
		}
		return array(
			'page'   => $page,
			'more'   => $found['more'],
			'people' => array_map(
				static fn ( array $row ): array => array(
					'mentee'  => $row['mentee'],
					'name'    => $row['name'],
					'since'   => self::date( str_replace( 'T', ' ', $row['waiting'] ) ),
					'reasons' => $row['reasons'],
					'offered' => in_array( $row['mentee'], $offered, true ),
				),
				$found['rows']
			),
		);
	}

	/** How a match came about, told to one side of it. */
	public static function how( string $source, string $side, string $other ): string {
		$mentee = array(
			'auto'           => __( 'Wayfinder matched you automatically, by languages, teams and meeting times.', 'wayfinder' ),
			/* translators: %s: the mentor's name. */
			'mentee_request' => sprintf( __( 'You asked for a mentor, and %s accepted.', 'wayfinder' ), $other ),
			'coordinator'    => __( 'A mentoring coordinator matched you.', 'wayfinder' ),
			/* translators: %s: the mentor's name. */
			'mentor_offer'   => sprintf( __( '%s offered to mentor you, and you accepted.', 'wayfinder' ), $other ),
			'cohort'         => __( 'You were matched in a cohort.', 'wayfinder' ),
		);
		$mentor = array(
			'auto'           => __( 'Matched with you automatically.', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'mentee_request' => sprintf( __( '%s asked for a mentor, and you accepted.', 'wayfinder' ), $other ),
			'coordinator'    => __( 'A mentoring coordinator matched you.', 'wayfinder' ),
			/* translators: %s: the mentee's name. */
			'mentor_offer'   => sprintf( __( 'You offered to mentor %s, and they accepted.', 'wayfinder' ), $other ),
			'cohort'         => __( 'Matched in a cohort.', 'wayfinder' ),
		);
		return ( 'mentee' === $side ? $mentee : $mentor )[ $source ] ?? '';
	}

	/** A stored UTC time as a date in the site's format and timezone; a stored date (Y-m-d) as it is. */
	public static function date( string $stored ): string {
		$format = (string) get_option( 'date_format' );
		if ( 10 === strlen( $stored ) ) {
			return date_i18n( $format, (int) strtotime( $stored ) );
		}
		$time = strtotime( $stored . ' UTC' );
		return false === $time ? '' : (string) wp_date( $format, $time );
	}
}
