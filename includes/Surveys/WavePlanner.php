<?php
/**
 * Opens survey waves and asks people, at the points of the program the published surveys name:
 * "before" when a mentee enrols (until the end of the cohort's first week), "after" when the cohort
 * finishes (at its end date or early), the follow-up three months after the day it ended, and for
 * 1:1 mentorships outside cohorts at their start and completion. Every step is idempotent (the
 * unique keys of waves and invitations), so a tick run twice, or stopped halfway, doubles and loses
 * nothing: the next tick asks whoever is left, and sends an e-mail that did not go out. Each new
 * invitation fires SurveyInvited (the e-mail); the tick also claims and fires the one reminder.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Events\CohortEnrolled;
use Wayfinder\Cohorts\Events\CohortFinished;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\Events;
use Wayfinder\Surveys\Events\SurveyInvited;
use Wayfinder\Surveys\Events\SurveyReminderDue;
use Wayfinder\Teams\Representatives;

final class WavePlanner {

	/** The most invitations one tick (or one event) makes; the next tick goes on. */
	public const BATCH = 100;

	/** The most reminders (and e-mails sent late) one tick fires. */
	public const REMINDERS = 100;

	/** A reminder goes out when an invitation is due within this many days… */
	public const REMIND_WITHIN_DAYS = 3;

	/** …and was asked at least this many days ago. */
	public const REMIND_AFTER_DAYS = 2;

	/** The most cohorts of each stage a tick looks at. */
	private const COHORTS = 50;

	/** An invitation whose e-mail did not go out this long after it was made is sent by the tick. */
	private const SEND_LATE_AFTER = 10 * MINUTE_IN_SECONDS;

	/** @var int Invitations left to make in this run. */
	private int $budget = self::BATCH;

	public function __construct(
		private readonly WaveRepository $waves = new WaveRepository(),
		private readonly InvitationRepository $invitations = new InvitationRepository(),
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
		private readonly Representatives $representatives = new Representatives(),
	) {
	}

	/** A mentee enrolled: asked "before" while the cohort's first week is not over. */
	public function enrolled( CohortEnrolled $event ): void {
		if ( CohortMember::MENTEE !== $event->member->role ) {
			return;
		}
		$this->budget = self::BATCH;
		$this->ask_pre( $event->cohort, array( $event->member->user_id ), time() );
	}

	/** A cohort finished (at its end date or early): its mentees and mentors are asked "after". */
	public function finished( CohortFinished $event ): void {
		$this->budget = self::BATCH;
		$this->ask_post( $event->cohort, $event->ended_on, time(), false );
	}

	/** A 1:1 mentorship outside cohorts started: its mentee is asked at its start. */
	public function match_started( MatchStarted|MatchConfirmed $event ): void {
		if ( null !== $event->match->cohort_id ) {
			return;
		}
		$this->ask_match( $event->match, Wave::START, array( Survey::MENTEES => $event->match->mentee_id ), time() );
	}

	/** A 1:1 mentorship outside cohorts was completed: its mentee and mentor are asked at its end. */
	public function match_completed( MatchCompleted $event ): void {
		if ( null !== $event->match->cohort_id ) {
			return;
		}
		$this->ask_match(
			$event->match,
			Wave::COMPLETION,
			array(
				Survey::MENTEES => $event->match->mentee_id,
				Survey::MENTORS => $event->match->mentor_id,
			),
			time()
		);
	}

	/**
	 * The hourly tick: whoever is left to ask "before" (enrolled before the survey was published) and
	 * "after" (a batch cut short), the follow-ups that are due, e-mails that did not go out, and the
	 * reminders. Bounded: at most BATCH invitations and REMINDERS reminders.
	 *
	 * @return array{invited: int, reminded: int} What it did.
	 */
	public function tick( int $now ): array {
		$this->budget = self::BATCH;
		foreach ( array( Cohort::OPEN, Cohort::RUNNING ) as $stage ) {
			foreach ( CohortPostType::at_stage( $stage, self::COHORTS ) as $id ) {
				$cohort = CohortPostType::find( $id );
				if ( null !== $cohort && $this->budget > 0 ) {
					$this->ask_pre( $cohort, null, $now );
				}
			}
		}
		foreach ( CohortPostType::at_stage( Cohort::FINISHED, self::COHORTS ) as $id ) {
			$cohort = CohortPostType::find( $id );
			$ended  = null === $cohort ? null : self::ended_on( $cohort );
			if ( null === $cohort || null === $ended || $this->budget <= 0 ) {
				continue;
			}
			$this->ask_post( $cohort, $ended, $now, true );
			$this->ask_follow_up( $cohort, $ended, $now );
		}
		$invited = self::BATCH - $this->budget;
		$this->send_late( $now );
		return array(
			'invited'  => $invited,
			'reminded' => $this->remind_due( $now ),
		);
	}

	/**
	 * A coordinator's reminder to a wave: each open invitation not reminded yet gets its one reminder
	 * now (at most $limit). How many were reminded.
	 */
	public function remind_wave( Wave $wave, int $now, int $limit ): int {
		$survey = SurveyPostType::find( $wave->survey_id );
		if ( null === $survey ) {
			return 0;
		}
		$reminded = 0;
		foreach ( $this->invitations->unreminded_of_wave( $wave->id, $now, $limit ) as $invitation ) {
			if ( $this->invitations->claim_reminded( $invitation->id, $now ) ) {
				Events::dispatch( new SurveyReminderDue( $invitation, $wave, $survey ) );
				++$reminded;
			}
		}
		return $reminded;
	}

	/** The day a finished cohort ended: as kept when it finished, else (finished before that was kept) its end date. */
	public static function ended_on( Cohort $cohort ): ?string {
		$ended = CohortEnding::ended_on( $cohort->id );
		return $ended ?? ( '' !== $cohort->end_date ? $cohort->end_date : null );
	}

	/**
	 * "Before": the wave opens the first time someone is asked and closes at the end of the first week.
	 *
	 * @param list<int>|null $people Who enrolled; null: every enrolled mentee not asked yet.
	 */
	private function ask_pre( Cohort $cohort, ?array $people, int $now ): void {
		if ( '' === $cohort->start_date || ! in_array( $cohort->stage, array( Cohort::OPEN, Cohort::RUNNING ), true ) ) {
			return;
		}
		$closes = WaveTiming::pre_closes( $cohort->start_date );
		if ( $now > $closes ) {
			return; // Nobody is asked "before" once the first week is over.
		}
		foreach ( SurveyPostType::published_for( Survey::MENTEES, Wave::PRE ) as $survey ) {
			$wave = $this->waves->find_for( $survey->id, $cohort->id, Wave::PRE );
			$whom = $people ?? $this->invitations->uninvited_members( $wave ? $wave->id : 0, $cohort->id, CohortMember::MENTEE, $this->budget );
			$whom = array_slice( $whom, 0, max( 0, $this->budget ) );
			if ( array() === $whom ) {
				continue; // Nobody to ask: no wave is opened yet.
			}
			$wave = $wave ?? $this->waves->ensure( $survey->id, $cohort->id, Wave::PRE, $now, $closes, $now );
			$this->invite_all( $wave, $survey, $whom, $now, WaveTiming::pre_due( $cohort->start_date, $now, $survey->answer_days ) );
		}
	}

	/**
	 * "After": the wave opens when the cohort finished (or, for a survey published since, on the tick
	 * while its answering days after the end last), then asks the enrolled mentees (graduates too) and
	 * the mentors, batch by batch.
	 */
	private function ask_post( Cohort $cohort, string $ended_on, int $now, bool $catching_up ): void {
		foreach ( array(
			Survey::MENTEES => CohortMember::MENTEE,
			Survey::MENTORS => CohortMember::MENTOR,
		) as $audience => $role ) {
			foreach ( SurveyPostType::published_for( $audience, Wave::POST ) as $survey ) {
				$wave = $this->waves->find_for( $survey->id, $cohort->id, Wave::POST );
				if ( null === $wave ) {
					if ( $catching_up && $now > WaveTiming::due( WaveTiming::post_opens( $ended_on ), $survey->answer_days ) ) {
						continue; // Published long after the cohort ended: too late to ask "after".
					}
					$wave = $this->waves->ensure( $survey->id, $cohort->id, Wave::POST, $now, WaveTiming::due( $now, $survey->answer_days ), $now );
				}
				$this->ask_members( $wave, $survey, $cohort, $role, $now );
			}
		}
	}

	/**
	 * The follow-up: from local midnight three months after the day the cohort ended, while its
	 * answering days last: mentees, mentors and the representatives of each team that accepted a
	 * hand-off from the cohort.
	 */
	private function ask_follow_up( Cohort $cohort, string $ended_on, int $now ): void {
		$opens = WaveTiming::follow_up_opens( $ended_on );
		if ( $now < $opens ) {
			return;
		}
		foreach ( Survey::AUDIENCES as $audience ) {
			foreach ( SurveyPostType::published_for( $audience, Wave::FOLLOW_UP ) as $survey ) {
				$closes = WaveTiming::due( $opens, $survey->answer_days );
				$wave   = $this->waves->find_for( $survey->id, $cohort->id, Wave::FOLLOW_UP );
				if ( null === $wave && $now > $closes ) {
					continue; // Its days went by without a tick: not asked this late.
				}
				$wave = $wave ?? $this->waves->ensure( $survey->id, $cohort->id, Wave::FOLLOW_UP, $opens, $closes, $now );
				if ( Survey::TEAM_REPS !== $audience ) {
					$this->ask_members( $wave, $survey, $cohort, Survey::MENTEES === $audience ? CohortMember::MENTEE : CohortMember::MENTOR, $now );
					continue;
				}
				$reps = array();
				foreach ( $this->handoffs->accepted_teams( $cohort->id ) as $team ) {
					$reps = array_merge( $reps, $this->representatives->of_team( $team ) );
				}
				$this->invite_all( $wave, $survey, array_values( array_unique( $reps ) ), $now, self::due_in( $wave, $survey, $now ) );
			}
		}
	}

	/** Asks the next batch of the cohort's enrolled people in a role who were not asked in the wave. */
	private function ask_members( Wave $wave, Survey $survey, Cohort $cohort, string $role, int $now ): void {
		$due = self::due_in( $wave, $survey, $now );
		if ( $due < $now || $this->budget <= 0 ) {
			return;
		}
		$this->invite_all( $wave, $survey, $this->invitations->uninvited_members( $wave->id, $cohort->id, $role, $this->budget ), $now, $due );
	}

	/**
	 * One wave per survey and kind for the mentorships outside cohorts (cohort 0, no closing): each
	 * invitation names the mentorship and has its own due date.
	 *
	 * @param array<string, int> $people Audience => the person asked.
	 */
	private function ask_match( MatchRecord $match, string $kind, array $people, int $now ): void {
		$this->budget = self::BATCH;
		foreach ( $people as $audience => $user_id ) {
			foreach ( SurveyPostType::published_for( $audience, $kind ) as $survey ) {
				$wave = $this->waves->ensure( $survey->id, 0, $kind, $now, null, $now );
				$this->invite( $wave, $survey, $user_id, $match->id, $now, WaveTiming::due( $now, $survey->answer_days ) );
			}
		}
	}

	/**
	 * @param list<int> $people
	 * @return int How many were newly asked.
	 */
	private function invite_all( Wave $wave, Survey $survey, array $people, int $now, int $due ): int {
		$asked = 0;
		foreach ( $people as $user_id ) {
			if ( $this->budget <= 0 ) {
				break;
			}
			$asked += $this->invite( $wave, $survey, $user_id, 0, $now, $due ) ? 1 : 0;
		}
		return $asked;
	}

	/** Asks one person (nothing when they were asked already) and tells of it. */
	private function invite( Wave $wave, Survey $survey, int $user_id, int $match_id, int $now, int $due ): bool {
		if ( $user_id <= 0 ) {
			return false;
		}
		$invitation = $this->invitations->invite( $wave->id, $user_id, $match_id, $now, $due );
		if ( null === $invitation ) {
			return false;
		}
		--$this->budget;
		Events::dispatch( new SurveyInvited( $invitation, $wave, $survey ) );
		return true;
	}

	/** The due moment in a wave that closes (its closing), else the survey's days to answer from now. */
	private static function due_in( Wave $wave, Survey $survey, int $now ): int {
		return null !== $wave->closes_at ? (int) strtotime( $wave->closes_at . ' UTC' ) : WaveTiming::due( $now, $survey->answer_days );
	}

	/** The invitations whose e-mail did not go out (a tick stopped in between): told again; the e-mail claims sent_at. */
	private function send_late( int $now ): void {
		$this->tell( $this->invitations->unsent( $now, self::SEND_LATE_AFTER, self::REMINDERS ), false, $now );
	}

	/** The one reminder of each invitation due within three days, asked at least two days ago. How many. */
	private function remind_due( int $now ): int {
		return $this->tell( $this->invitations->due_for_reminder( $now, self::REMIND_WITHIN_DAYS * DAY_IN_SECONDS, self::REMIND_AFTER_DAYS * DAY_IN_SECONDS, self::REMINDERS ), true, $now );
	}

	/**
	 * @param list<Invitation> $invitations
	 * @return int How many were told.
	 */
	private function tell( array $invitations, bool $reminder, int $now ): int {
		$waves   = array();
		$surveys = array();
		$told    = 0;
		foreach ( $invitations as $invitation ) {
			$waves[ $invitation->wave_id ] = $waves[ $invitation->wave_id ] ?? $this->waves->find( $invitation->wave_id );
			$wave                          = $waves[ $invitation->wave_id ];
			if ( null === $wave ) {
				continue;
			}
			$surveys[ $wave->survey_id ] = $surveys[ $wave->survey_id ] ?? SurveyPostType::find( $wave->survey_id );
			$survey                      = $surveys[ $wave->survey_id ];
			if ( $reminder ) {
				if ( ! $this->invitations->claim_reminded( $invitation->id, $now ) || null === $survey || 'publish' !== $survey->status ) {
					continue; // Claimed either way: a withdrawn survey is not reminded of, and not looked at again.
				}
				Events::dispatch( new SurveyReminderDue( $invitation, $wave, $survey ) );
			} elseif ( null !== $survey ) {
				Events::dispatch( new SurveyInvited( $invitation, $wave, $survey ) );
			} else {
				$this->invitations->claim_sent( $invitation->id, $now ); // The survey is gone: nothing to send, not looked at again.
				continue;
			}
			++$told;
		}
		return $told;
	}
}
