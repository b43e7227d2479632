<?php
/**
 * The rules of a hand-off to a team. Choosing: the mentee (or their mentor, or a coordinator) picks a
 * team that takes newcomers while they hold a cohort place (or, for cohort 0, an open one-to-one
 * match), and may change it until it is sent. Sending: once a person graduates, the team they chose
 * gets their introduction (the mentor's note with it) — the graduation confirms inside its own
 * transaction. Accepting: a representative of that team (or a coordinator) accepts once and names a
 * contact person in the team. Escalation: a hand-off waiting longer than the setting is told to the
 * coordinators, once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Handoffs\Events\HandoffAccepted;
use Wayfinder\Handoffs\Events\HandoffOverdue;
use Wayfinder\Handoffs\Events\HandoffSent;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\Representatives;
use WP_Error;

final class HandoffService {

	/** Waiting hand-offs escalated per tick at most; the rest on the next tick. */
	public const ESCALATE_PER_TICK = 100;

	/** How people stand to a person's hand-off. */
	public const MENTEE      = 'mentee';
	public const MENTOR      = 'mentor';
	public const COORDINATOR = 'coordinator';

	public function __construct(
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
		private readonly Representatives $representatives = new Representatives(),
		private readonly CohortAccess $access = new CohortAccess(),
		private readonly CohortPairs $pairs = new CohortPairs(),
		private readonly MatchRepository $matches = new MatchRepository(),
	) {
	}

	/**
	 * How $actor_id stands to $user_id's hand-off from the cohort (0: their one-to-one mentorship):
	 * MENTEE (their own), MENTOR (their mentor there, or the mentor who sent it), COORDINATOR, or ''.
	 */
	public function relation( int $user_id, int $cohort_id, int $actor_id ): string {
		if ( $actor_id <= 0 || $user_id <= 0 ) {
			return '';
		}
		if ( $actor_id === $user_id ) {
			return self::MENTEE;
		}
		if ( $cohort_id > 0 && $this->pairs->mentors( $cohort_id, $actor_id, $user_id ) ) {
			return self::MENTOR;
		}
		$match = 0 === $cohort_id ? $this->one_to_one( $user_id ) : null;
		if ( null !== $match && $match->mentor_id === $actor_id ) {
			return self::MENTOR;
		}
		$handoff = $this->handoffs->find_for( $user_id, $cohort_id );
		if ( null !== $handoff && $handoff->mentor_id === $actor_id ) {
			return self::MENTOR;
		}
		return Capabilities::can_coordinate( $actor_id ) ? self::COORDINATOR : '';
	}

	/** Whether the person may choose a team now: a mentee's place in the cohort, or an open 1:1 match (cohort 0). */
	public function has_place( int $user_id, int $cohort_id ): bool {
		return $cohort_id > 0 ? $this->access->is_mentee( $cohort_id, $user_id ) : null !== $this->one_to_one( $user_id );
	}

	/**
	 * What the person (or their mentor, or a coordinator) sees of the hand-off: its state in words and
	 * the teams they may choose, best first. No e-mail address is in it (the page shows the contact's).
	 *
	 * @return array<string, mixed>|WP_Error
	 */
	public function view( int $user_id, int $cohort_id, int $actor_id ) {
		$refused = $this->refusal( $user_id, $cohort_id, $actor_id, false );
		if ( null !== $refused ) {
			return $refused;
		}
		$handoff = $this->handoffs->find_for( $user_id, $cohort_id );
		$can     = ( null === $handoff || Handoff::CHOSEN === $handoff->status ) && $this->has_place( $user_id, $cohort_id );
		return array(
			'mentee'      => $user_id,
			'mentee_name' => DisplayName::of( $user_id ),
			'cohort'      => $cohort_id,
			'cohort_name' => self::cohort_name( $cohort_id ),
			'can_choose'  => $can,
			'handoff'     => null === $handoff ? null : self::describe( $handoff ),
			'options'     => $can ? ( new TeamOptions() )->for_person( $user_id ) : array(),
		);
	}

	/**
	 * Chooses (or changes) the team the person will be handed off to.
	 *
	 * @return Handoff|WP_Error
	 */
	public function choose( int $user_id, int $cohort_id, string $team, int $actor_id, int $now ) {
		$refused = $this->refusal( $user_id, $cohort_id, $actor_id, true );
		if ( null !== $refused ) {
			return $refused;
		}
		$handoff = $this->handoffs->find_for( $user_id, $cohort_id );
		if ( null !== $handoff && Handoff::CHOSEN !== $handoff->status ) {
			return self::already_sent( $handoff );
		}
		if ( ! TeamOptions::accepts( $team ) ) {
			return new WP_Error( 'wayfinder_team_not_open', __( 'That team does not take newcomers at the moment, or does not exist. Choose one of the teams offered.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		try {
			$chosen = $this->handoffs->choose( $user_id, $cohort_id, $team, $now );
		} catch ( \RuntimeException $error ) {
			return self::not_saved();
		}
		$now_handoff = $this->handoffs->find_for( $user_id, $cohort_id );
		if ( null === $now_handoff ) {
			return self::not_saved();
		}
		return $chosen ? $now_handoff : self::already_sent( $now_handoff );
	}

	/**
	 * Sends the person's chosen team their introduction. Null when they chose no team (nothing to
	 * send) or it was sent already; a WP_Error when the database refused.
	 *
	 * @param int $cohort_id The cohort they graduated from (0: a one-to-one mentorship).
	 * @return Handoff|\WP_Error|null
	 */
	public function send( int $user_id, int $cohort_id, int $mentor_id, string $note, int $actor_id, int $now ) {
		$chosen = $this->handoffs->find_for( $user_id, $cohort_id );
		if ( null === $chosen || Handoff::CHOSEN !== $chosen->status ) {
			return null;
		}
		$changed = $this->handoffs->update(
			$chosen->id,
			array(
				'status'      => Handoff::WAITING,
				'mentor_id'   => $mentor_id > 0 ? $mentor_id : null,
				'mentor_note' => mb_substr( $note, 0, Handoff::TEXT_LENGTH ),
				'sent_at'     => gmdate( 'Y-m-d H:i:s', $now ),
			),
			$now,
			Handoff::CHOSEN
		);
		if ( false === $changed ) {
			return new \WP_Error( 'wayfinder_handoff_not_saved', __( 'The hand-off to the team could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		$sent = 1 === $changed ? $this->handoffs->find( $chosen->id ) : null;
		if ( null !== $sent ) {
			Events::dispatch( new HandoffSent( $sent, $actor_id ) );
		}
		return $sent;
	}

	/**
	 * The people who may be named as the graduate's contact in the team: its representatives, then
	 * the mentors whose profile lists the team (by name).
	 *
	 * @return list<array{id: int, name: string, why: string}>|WP_Error
	 */
	public function contacts( int $handoff_id, int $actor_id ) {
		$handoff = $this->handoffs->find( $handoff_id );
		if ( null === $handoff ) {
			return self::not_found();
		}
		$refused = $this->not_for_team( $handoff, $actor_id );
		return null !== $refused ? $refused : $this->people_in( $handoff->team );
	}

	/**
	 * A representative of the team (or a coordinator) accepts the waiting hand-off and names the
	 * contact person — once: when two accept at the same moment, the second is told who did.
	 *
	 * @return Handoff|WP_Error
	 */
	public function accept( int $handoff_id, int $contact_id, string $welcome, int $actor_id, int $now ) {
		$handoff = $this->handoffs->find( $handoff_id );
		if ( null === $handoff ) {
			return self::not_found();
		}
		$refused = $this->not_for_team( $handoff, $actor_id );
		if ( null !== $refused ) {
			return $refused;
		}
		if ( Handoff::ACCEPTED === $handoff->status ) {
			return self::already_accepted( $handoff );
		}
		if ( Handoff::WAITING !== $handoff->status ) {
			return new WP_Error(
				'wayfinder_handoff_not_sent',
				/* translators: %s: the person's name. */
				sprintf( __( '%s has not graduated yet, so there is nothing to accept. You will get their introduction by email once they do.', 'wayfinder' ), DisplayName::of( $handoff->user_id ) ),
				array( 'status' => 409 )
			);
		}
		if ( ! in_array( $contact_id, array_column( $this->people_in( $handoff->team ), 'id' ), true ) ) {
			return new WP_Error(
				'wayfinder_contact_not_in_team',
				/* translators: %s: the team's name. */
				sprintf( __( 'Name a contact who belongs to %s: one of its representatives, or a mentor whose profile lists the team.', 'wayfinder' ), TeamOptions::name( $handoff->team ) ),
				array( 'status' => 400 )
			);
		}
		$welcome = mb_substr( trim( sanitize_textarea_field( $welcome ) ), 0, Handoff::TEXT_LENGTH );
		return Transaction::run(
			function () use ( $handoff, $contact_id, $welcome, $actor_id, $now ) {
				$changed = $this->handoffs->update(
					$handoff->id,
					array(
						'status'      => Handoff::ACCEPTED,
						'accepted_by' => $actor_id,
						'contact_id'  => $contact_id,
						'welcome'     => $welcome,
						'accepted_at' => gmdate( 'Y-m-d H:i:s', $now ),
					),
					$now,
					Handoff::WAITING
				);
				if ( false === $changed ) {
					return self::not_saved();
				}
				$accepted = $this->handoffs->find( $handoff->id );
				if ( null === $accepted ) {
					return self::not_saved();
				}
				if ( 1 !== $changed ) {
					return self::already_accepted( $accepted );
				}
				Events::dispatch( new HandoffAccepted( $accepted, $actor_id ) );
				return $accepted;
			}
		);
	}

	/**
	 * Marks the hand-offs that waited longer than the setting (hourly): each once, whatever the number
	 * of runs, a bounded batch a tick; the coordinators are told of each.
	 *
	 * @return int How many were escalated.
	 */
	public function escalate_due( int $now ): int {
		$before = gmdate( 'Y-m-d H:i:s', $now - Settings::handoff_days() * DAY_IN_SECONDS );
		$done   = 0;
		foreach ( $this->handoffs->overdue( $before, self::ESCALATE_PER_TICK ) as $handoff ) {
			$done += (int) Transaction::run(
				function () use ( $handoff, $now ): int {
					if ( ! $this->handoffs->escalate( $handoff->id, $now ) ) {
						return 0;
					}
					$escalated = $this->handoffs->find( $handoff->id );
					if ( null === $escalated ) {
						return 0;
					}
					Events::dispatch( new HandoffOverdue( $escalated, 0 ) );
					return 1;
				}
			);
		}
		return $done;
	}

	/**
	 * A hand-off in words, for the person, their mentor, the team and coordinators (no e-mail address).
	 *
	 * @return array<string, mixed>
	 */
	public static function describe( Handoff $handoff ): array {
		$team = TeamOptions::name( $handoff->team );
		return array(
			'id'           => $handoff->id,
			'team'         => $handoff->team,
			'team_name'    => $team,
			'status'       => $handoff->status,
			'status_text'  => self::status_text( $handoff ),
			'sent_at'      => null === $handoff->sent_at ? null : mysql_to_rfc3339( $handoff->sent_at ),
			'accepted_at'  => null === $handoff->accepted_at ? null : mysql_to_rfc3339( $handoff->accepted_at ),
			'escalated'    => null !== $handoff->escalated_at,
			'contact'      => $handoff->contact_id > 0 ? $handoff->contact_id : null,
			'contact_name' => $handoff->contact_id > 0 ? DisplayName::of( $handoff->contact_id ) : '',
			'accepted_by'  => $handoff->accepted_by > 0 ? DisplayName::of( $handoff->accepted_by ) : '',
			'welcome'      => $handoff->welcome,
		);
	}

	/** Where the hand-off stands, in a sentence. */
	public static function status_text( Handoff $handoff ): string {
		$team = TeamOptions::name( $handoff->team );
		if ( Handoff::ACCEPTED === $handoff->status ) {
			return $handoff->contact_id > 0
				/* translators: 1: the team's name, 2: a date, 3: the contact person's name. */
				? sprintf( __( 'Accepted by %1$s on %2$s; the contact in the team is %3$s.', 'wayfinder' ), $team, self::day( $handoff->accepted_at ), DisplayName::of( $handoff->contact_id ) )
				/* translators: 1: the team's name, 2: a date. */
				: sprintf( __( 'Accepted by %1$s on %2$s.', 'wayfinder' ), $team, self::day( $handoff->accepted_at ) );
		}
		if ( Handoff::WAITING === $handoff->status ) {
			/* translators: 1: the team's name, 2: a date. */
			return sprintf( __( 'Sent to %1$s on %2$s, waiting for a representative to accept.', 'wayfinder' ), $team, self::day( $handoff->sent_at ) );
		}
		/* translators: %s: the team's name. */
		return sprintf( __( 'Heading to %s: the introduction goes to the team at graduation.', 'wayfinder' ), $team );
	}

	/** A moment (UTC, Y-m-d H:i:s) as a date in the site's format. */
	public static function day( ?string $moment ): string {
		return null === $moment ? '' : (string) wp_date( (string) get_option( 'date_format', 'F j, Y' ), (int) strtotime( $moment . ' UTC' ) );
	}

	/** The cohort's name, or the one-to-one mentorship's words for cohort 0. */
	public static function cohort_name( int $cohort_id ): string {
		if ( 0 === $cohort_id ) {
			return __( 'One-to-one mentorship', 'wayfinder' );
		}
		$cohort = CohortPostType::find( $cohort_id );
		return $cohort instanceof Cohort ? $cohort->name : '';
	}

	/**
	 * The team's people who may be named as a contact.
	 *
	 * @return list<array{id: int, name: string, why: string}>
	 */
	public function people_in( string $team ): array {
		$name   = TeamOptions::name( $team );
		$people = array();
		foreach ( DisplayName::many( $this->representatives->of_team( $team ) ) as $id => $person ) {
			$people[ (int) $id ] = array(
				'id'   => (int) $id,
				'name' => $person,
				/* translators: %s: the team's name. */
				'why'  => sprintf( __( 'Represents %s', 'wayfinder' ), $name ),
			);
		}
		foreach ( ( new ProfileRepository() )->listed_mentor_names( 100, array( $team ) ) as $id => $person ) {
			if ( ! isset( $people[ (int) $id ] ) ) {
				$people[ (int) $id ] = array(
					'id'   => (int) $id,
					'name' => $person,
					/* translators: %s: the team's name. */
					'why'  => sprintf( __( 'Mentor in %s', 'wayfinder' ), $name ),
				);
			}
		}
		return array_values( $people );
	}

	/** The refusal for someone who may not act on the team's hand-offs, or null. */
	private function not_for_team( Handoff $handoff, int $actor_id ): ?WP_Error {
		if ( $actor_id <= 0 ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to see your team\'s newcomers.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( $this->representatives->represents( $actor_id, $handoff->team ) || Capabilities::can_coordinate( $actor_id ) ) {
			return null;
		}
		return new WP_Error(
			'wayfinder_not_your_team',
			/* translators: %s: the team's name. */
			sprintf( __( 'Only the representatives of %s (or a mentoring coordinator) can accept this hand-off.', 'wayfinder' ), TeamOptions::name( $handoff->team ) ),
			array( 'status' => 403 )
		);
	}

	/** The refusal for someone who may not see (or choose) the person's hand-off, or null. */
	private function refusal( int $user_id, int $cohort_id, int $actor_id, bool $choosing ): ?WP_Error {
		if ( $actor_id <= 0 ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to choose your team.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( $cohort_id > 0 && null === CohortPostType::find( $cohort_id ) ) {
			return CohortPostType::not_found();
		}
		if ( '' === $this->relation( $user_id, $cohort_id, $actor_id ) ) {
			return new WP_Error( 'wayfinder_not_your_handoff', __( 'You can see only your own hand-off to a team, or those of the mentees you mentor.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		if ( ( $choosing || null === $this->handoffs->find_for( $user_id, $cohort_id ) ) && ! $this->has_place( $user_id, $cohort_id ) ) {
			return new WP_Error(
				'wayfinder_no_place_to_hand_off',
				$cohort_id > 0
					? __( 'This person holds no mentee\'s place in this cohort, so there is no team to choose here.', 'wayfinder' )
					: __( 'A team is chosen while you have a mentor of your own; there is no one-to-one mentorship to hand off from right now.', 'wayfinder' ),
				array( 'status' => 404 )
			);
		}
		return null;
	}

	/** The person's open one-to-one match outside cohorts, if any. */
	private function one_to_one( int $user_id ): ?MatchRecord {
		$match = $this->matches->open_for_mentee( $user_id );
		return null !== $match && 0 === (int) $match->cohort_id ? $match : null; // NULL: outside cohorts.
	}

	private static function already_sent( Handoff $handoff ): WP_Error {
		return new WP_Error(
			'wayfinder_handoff_already_sent',
			/* translators: 1: the team's name, 2: a date. */
			sprintf( __( 'Your introduction was already sent to %1$s on %2$s, so the team can no longer be changed. Ask a mentoring coordinator if it needs to go elsewhere.', 'wayfinder' ), TeamOptions::name( $handoff->team ), self::day( $handoff->sent_at ) ),
			array( 'status' => 409 )
		);
	}

	private static function already_accepted( Handoff $handoff ): WP_Error {
		return new WP_Error(
			'wayfinder_handoff_already_accepted',
			sprintf(
				/* translators: 1: who accepted, 2: the graduate's name, 3: the contact person's name. */
				__( '%1$s already accepted %2$s\'s hand-off and named %3$s as their contact, so nothing was changed.', 'wayfinder' ),
				$handoff->accepted_by > 0 ? DisplayName::of( $handoff->accepted_by ) : __( 'Someone', 'wayfinder' ),
				DisplayName::of( $handoff->user_id ),
				$handoff->contact_id > 0 ? DisplayName::of( $handoff->contact_id ) : __( 'a contact', 'wayfinder' )
			),
			array( 'status' => 409 )
		);
	}

	public static function not_found(): WP_Error {
		return new WP_Error( 'wayfinder_handoff_not_found', __( 'There is no such hand-off. The person may have erased their data, or the cohort was deleted.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	private static function not_saved(): WP_Error {
		return new WP_Error( 'wayfinder_not_saved', __( 'The database refused the change, so nothing was saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
	}
}
