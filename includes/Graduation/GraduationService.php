<?php
/**
 * The rules of graduating from a cohort. The mentee's cohort mentor (1:1 or their project group's) or
 * a coordinator confirms it, while the cohort runs or after it finished, once the checklist is met — a
 * coordinator may confirm an unmet checklist with a note saying why. The place is marked graduated
 * (once: a conditional UPDATE) and the chosen team gets the hand-off in the same transaction; then
 * MenteeGraduated.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Graduation\Events\MenteeGraduated;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Handoffs\HandoffService;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class GraduationService {

	/** The longest note for the team kept. */
	public const NOTE_LENGTH = Handoff::TEXT_LENGTH;

	public function __construct(
		private readonly Checklists $checklists = new Checklists(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly CohortPairs $pairs = new CohortPairs(),
		private readonly ?HandoffService $handoffs = null,
	) {
	}

	/**
	 * Who may see the mentee's checklist: the mentee, their cohort mentor, coordinators. The
	 * checklist, or the refusal.
	 *
	 * @return Checklist|WP_Error
	 */
	public function checklist( int $cohort_id, int $user_id, int $actor_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$list = $this->checklists->of( $cohort, $user_id );
		if ( null === $list ) {
			return self::no_place();
		}
		if ( $actor_id !== $user_id && ! $this->pairs->mentors( $cohort_id, $actor_id, $user_id ) && ! Capabilities::can_coordinate( $actor_id ) ) {
			return new WP_Error( 'wayfinder_not_your_mentee', __( 'You can see only your own graduation checklist, or those of the mentees you mentor in the cohort.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return $list;
	}

	/**
	 * Confirms the mentee's graduation and sends their chosen team the hand-off, as one change.
	 *
	 * @return array{member: CohortMember, checklist: Checklist, handoff: Handoff|null, overridden: bool}|WP_Error
	 */
	public function confirm( int $cohort_id, int $user_id, string $note, int $actor_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$note        = trim( $note );
		$mentor      = $this->pairs->mentor_of( $cohort_id, $user_id );
		$is_mentor   = $actor_id > 0 && $mentor === $actor_id;
		$coordinates = Capabilities::can_coordinate( $actor_id );
		if ( ! $is_mentor && ! $coordinates ) {
			return new WP_Error( 'wayfinder_graduation_not_yours', __( 'Only the mentee\'s mentor in the cohort or a mentoring coordinator can confirm their graduation.', 'wayfinder' ), array( 'status' => $actor_id > 0 ? 403 : 401 ) );
		}
		if ( ! in_array( $cohort->stage, array( Cohort::RUNNING, Cohort::FINISHED ), true ) ) {
			return new WP_Error( 'wayfinder_graduation_not_yet', __( 'Graduation can be confirmed once the cohort is running, not before.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$list = $this->checklists->of( $cohort, $user_id );
		if ( null === $list ) {
			return self::no_place();
		}
		if ( $list->graduated() ) {
			return self::already();
		}
		$overridden = ! $list->met();
		if ( $overridden && ! $coordinates ) {
			return new WP_Error(
				'wayfinder_graduation_not_met',
				/* translators: %s: what is left, e.g. "1 of 3 group sessions attended; Choose the team you want to join". */
				sprintf( __( 'The cohort\'s graduation rule is not met yet. Still to do: %s.', 'wayfinder' ), $list->left_sentence() ),
				array( 'status' => 409 )
			);
		}
		if ( $overridden && '' === $note ) {
			return new WP_Error(
				'wayfinder_graduation_note_needed',
				/* translators: %s: what is left. */
				sprintf( __( 'The graduation rule is not met (still to do: %s). To confirm anyway, say why in the note.', 'wayfinder' ), $list->left_sentence() ),
				array( 'status' => 400 )
			);
		}
		$note    = mb_substr( $note, 0, self::NOTE_LENGTH );
		$handoff = $this->handoffs ?? new HandoffService( new HandoffRepository() );
		$done    = Transaction::run(
			function () use ( $cohort, $user_id, $note, $actor_id, $now, $mentor, $handoff ) {
				$marked = $this->members->graduate( $cohort->id, $user_id, $actor_id, $note, $now );
				if ( false === $marked ) {
					return new WP_Error( 'wayfinder_graduation_not_saved', __( 'The graduation could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
				}
				if ( 1 !== $marked ) {
					return self::already();
				}
				$sent = $handoff->send( $user_id, $cohort->id, $mentor, $note, $actor_id, $now );
				if ( $sent instanceof WP_Error ) {
					return $sent;
				}
				$member = $this->members->find( $cohort->id, $user_id );
				if ( null === $member ) {
					return self::no_place();
				}
				Events::dispatch( new MenteeGraduated( $cohort, $member, $actor_id ) );
				return array(
					'member'  => $member,
					'handoff' => $sent,
				);
			}
		);
		if ( $done instanceof WP_Error ) {
			return $done;
		}
		$after = $this->checklists->of( $cohort, $user_id ) ?? $list;
		return array(
			'member'     => $done['member'],
			'checklist'  => $after,
			'handoff'    => $done['handoff'],
			'overridden' => $overridden,
		);
	}

	private static function no_place(): WP_Error {
		return new WP_Error( 'wayfinder_not_a_cohort_mentee', __( 'This person holds no mentee\'s place in this cohort.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	private static function already(): WP_Error {
		return new WP_Error( 'wayfinder_already_graduated', __( 'This mentee\'s graduation is confirmed already.', 'wayfinder' ), array( 'status' => 409 ) );
	}
}
