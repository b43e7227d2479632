<?php
/**
 * Where a person stands: whether they can mentor and which button to show ("Start mentoring" for a
 * mentor who never had a mentee, "Find more mentees" after) or why none, and whether they have a
 * mentor, who, since when and by which path. Everyone can always see why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\ProfileRepository;

final class MentoringState {

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
		private readonly RequestRepository $requests = new RequestRepository(),
	) {
	}

	/** @return array<string, mixed> */
	public function of( int $user_id ): array {
		return array(
			'mentor' => $this->as_mentor( $user_id ),
			'mentee' => $this->as_mentee( $user_id ),
		);
	}

	/** @return array<string, mixed> The person as a mentor only (of()'s `mentor`), without reading their own mentoring. */
	public function as_mentor( int $user_id ): array {
		$profile = $this->profiles->find( $user_id );
		$reason  = $this->why_no_mentees( $user_id );
		return array(
			'can_mentor'     => Capabilities::can_mentor( $user_id ),
			'button'         => null !== $reason ? null : array(
				'label' => $this->ever_mentored( $user_id ) ? __( 'Find more mentees', 'wayfinder' ) : __( 'Start mentoring', 'wayfinder' ),
			),
			'reason'         => $reason,
			'status'         => $profile->mentor_status,
			'away_until'     => $profile->away_until,
			'capacity'       => $profile->mentor_capacity,
			'active_mentees' => $profile->active_mentees,
		);
	}

	/** Why the person can take no mentee now (not a mentor, stopped, away, full), or null when they can. */
	public function why_no_mentees( int $user_id ): ?string {
		if ( ! Capabilities::can_mentor( $user_id ) ) {
			return __( 'You are not a mentor yet. Ask a mentoring coordinator to make you one.', 'wayfinder' );
		}
		$profile = $this->profiles->find( $user_id );
		if ( 'retired' === $profile->mentor_status ) {
			return __( 'You have stopped mentoring. Set your status back to available in your profile to mentor again.', 'wayfinder' );
		}
		if ( ! $profile->available_now() ) {
			return null === $profile->away_until
				? __( 'You are away. Change this in your profile when you are back.', 'wayfinder' )
				/* translators: %s: a date. */
				: sprintf( __( 'You are away until %s. Change this in your profile.', 'wayfinder' ), date_i18n( get_option( 'date_format' ), (int) strtotime( $profile->away_until ) ) );
		}
		if ( $profile->active_mentees >= $profile->mentor_capacity ) {
			return sprintf(
				/* translators: 1: current mentees, 2: capacity. */
				__( 'You have %1$d of %2$d mentees, so no room for more. Raise your capacity in your profile to take more.', 'wayfinder' ),
				$profile->active_mentees,
				$profile->mentor_capacity
			);
		}
		return null;
	}

	/** @return array<string, mixed> */
	private function as_mentee( int $user_id ): array {
		$match  = $this->matches->open_for_mentee( $user_id );
		$mentor = null !== $match ? get_userdata( $match->mentor_id ) : false;
		$backup = null !== $match && null !== $match->backup_mentor_id ? get_userdata( $match->backup_mentor_id ) : false;
		$away   = $mentor && $this->is_away( $mentor->ID );
		return array(
			'has_mentor'        => (bool) $mentor,
			'mentor'            => $mentor ? array(
				'id'   => $mentor->ID,
				'name' => $mentor->display_name,
			) : null,
			'match'             => $match?->id,
			// Proposed: a coordinator chose the mentor, who has not confirmed yet.
			'status'            => $match?->status,
			'since'             => null !== $match ? mysql_to_rfc3339( $match->created_at ) : null,
			'source'            => $match?->source,
			'backup'            => $backup ? array(
				'id'       => $backup->ID,
				'name'     => $backup->display_name,
				// The backup covers while the primary mentor is away.
				'covering' => $away,
			) : null,
			// The mentor's absence, so the mentee sees it: until when (null: no date given) and who covers.
			'mentor_away'       => $away,
			'mentor_away_until' => $away ? $this->profiles->find( $mentor->ID )->away_until : null,
			'covering_mentor'   => $away && $backup ? $backup->display_name : null,
			'seeking'           => $this->profiles->find( $user_id )->seeking,
			'queue'             => null !== $match ? null : $this->queue_position( $user_id ),
		);
	}

	/** The person's place among everyone waiting for any mentor, from 1; null when they are not waiting. */
	public function queue_position( int $user_id ): ?int {
		return $this->requests->queue_position( $user_id );
	}

	/**
	 * Everyone waiting for any mentor, longest-waiting first.
	 *
	 * @return list<int> Their user IDs.
	 */
	public function waiting( int $limit ): array {
		return $this->requests->longest_waiting( $limit );
	}

	/** Away or retired now, by the one availability rule (Profile::available_now). */
	private function is_away( int $user_id ): bool {
		$profile = $this->profiles->find( $user_id );
		return 'retired' === $profile->mentor_status || \Wayfinder\Profiles\Availability::is_away( $profile );
	}

	private function ever_mentored( int $user_id ): bool {
		return $this->matches->has_mentored( $user_id );
	}
}
