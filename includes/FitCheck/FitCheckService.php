<?php
/**
 * The week-one fit check of a cohort's 1:1 pairs: asking both sides once at the end of the cohort's
 * first week (a pair made later, seven days after it started), each person answering their own, a
 * "no" putting the fit-check warning on the mentee's place, and the coordinator's re-match: the old
 * match ends (`fit_check`, so the engine never proposes that mentor again for this mentee) and the
 * engine picks another of the cohort's mentors — in one transaction, or nothing changes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck;

use Wayfinder\Board\BoardService;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairing;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\FitCheck\Events\FitCheckAnswered;
use Wayfinder\FitCheck\Events\FitCheckAsked;
use Wayfinder\FitCheck\Events\MenteeRematched;
use Wayfinder\Mentorship\Events\NextStep;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\DisplayName;
use WP_Error;

final class FitCheckService {

	/** The end reason of a match re-made after the fit check (MatchEndings::REASONS, MatchRepository::NOT_AGAIN). */
	public const END_REASON = 'fit_check';

	/** How many days into a pairing its fit check is asked. */
	public const AFTER_DAYS = 7;

	/** Running cohorts looked at per tick. */
	public const COHORTS_PER_TICK = 50;

	/** Pairs asked per tick at most; the rest are asked on the next tick. */
	public const PAIRS_PER_TICK = 200;

	public function __construct(
		private readonly FitCheckRepository $checks = new FitCheckRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
		private readonly CohortMemberRepository $places = new CohortMemberRepository(),
	) {
	}

	/**
	 * Asks the pairs whose fit check is due (hourly): each side once, whatever the number of runs —
	 * the unique key on match and person says so, and only a new row sends an email.
	 *
	 * @return int How many people were asked.
	 */
	public function ask_due( int $now ): int {
		$asked = 0;
		$pairs = 0;
		foreach ( $this->running_cohorts() as $cohort ) {
			if ( ! self::week_one_over( $cohort, $now ) ) {
				continue;
			}
			foreach ( $this->matches->open_in_cohort( $cohort->id ) as $match ) {
				if ( $pairs >= self::PAIRS_PER_TICK ) {
					return $asked;
				}
				if ( 'active' !== $match->status || ! self::is_due( $cohort, $match, $now ) || 2 === count( $this->checks->of_match( $match->id ) ) ) {
					continue;
				}
				$place = $this->places->find( $cohort->id, $match->mentee_id );
				if ( null === $place || CohortMember::ENROLLED !== $place->status || Cohort::ONE_TO_ONE !== $place->mode ) {
					continue;
				}
				++$pairs;
				$asked += Transaction::run( fn (): int => $this->ask_pair( $cohort, $match, $now ) );
			}
		}
		return $asked;
	}

	/** Whether the cohort's seventh day has come (the end of week one). */
	public static function week_one_over( Cohort $cohort, int $now ): bool {
		return '' !== $cohort->start_date && wp_date( 'Y-m-d', $now ) >= self::day_seven( $cohort );
	}

	/** The date (Y-m-d) of the cohort's seventh day. */
	public static function day_seven( Cohort $cohort ): string {
		return gmdate( 'Y-m-d', (int) strtotime( $cohort->start_date . ' 00:00:00 UTC' ) + ( self::AFTER_DAYS - 1 ) * DAY_IN_SECONDS );
	}

	/** A pair made in week one is asked at its end; a pair made later, seven days after it started. */
	private static function is_due( Cohort $cohort, MatchRecord $match, int $now ): bool {
		$started = (int) strtotime( $match->created_at . ' UTC' );
		if ( wp_date( 'Y-m-d', $started ) <= self::day_seven( $cohort ) ) {
			return true;
		}
		return $started + self::AFTER_DAYS * DAY_IN_SECONDS <= $now;
	}

	/** Asks both sides of one pair; the emails go out once it is committed. */
	private function ask_pair( Cohort $cohort, MatchRecord $match, int $now ): int {
		$asked = 0;
		foreach ( array(
			FitCheck::MENTEE => $match->mentee_id,
			FitCheck::MENTOR => $match->mentor_id,
		) as $side => $user ) {
			if ( ! $this->checks->ask( $cohort->id, $match->id, $user, $side, $now ) ) {
				continue;
			}
			foreach ( $this->checks->of_match( $match->id ) as $check ) {
				if ( $check->user_id === $user ) {
					Events::dispatch( new FitCheckAsked( $check, $cohort, $match ) );
					++$asked;
				}
			}
		}
		return $asked;
	}

	/** @return list<Cohort> The running cohorts, oldest first (a bounded number). */
	private function running_cohorts(): array {
		$ids     = get_posts(
			array(
				'post_type'        => CohortPostType::POST_TYPE,
				'post_status'      => 'publish',
				'fields'           => 'ids',
				'numberposts'      => self::COHORTS_PER_TICK, // phpcs:ignore WordPress.WP.PostsPerPage -- a bounded batch per tick.
				'orderby'          => 'ID',
				'order'            => 'ASC',
				'suppress_filters' => true,
				'meta_key'         => CohortPostType::STAGE, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of cohorts.
				'meta_value'       => Cohort::RUNNING, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of cohorts.
			)
		);
		$cohorts = array();
		foreach ( $ids as $id ) {
			$cohort = CohortPostType::find( (int) $id );
			if ( null !== $cohort && Cohort::RUNNING === $cohort->stage ) {
				$cohorts[] = $cohort;
			}
		}
		return $cohorts;
	}

	/**
	 * The person's answer (again, when they change it). A "no" puts the fit-check warning on the
	 * mentee's place; a "yes" that takes back the pair's only "no" lifts it.
	 *
	 * @return FitCheck|WP_Error The fit check as answered.
	 */
	public function answer( int $id, int $user_id, bool $working, string $note, int $now ) {
		$check = $this->checks->find( $id );
		if ( null === $check ) {
			return new WP_Error( 'wayfinder_fit_check_not_found', __( 'There is no such fit check. It may belong to a pairing that was deleted.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( $check->user_id !== $user_id ) {
			return new WP_Error( 'wayfinder_fit_check_not_yours', __( 'Only the person asked can answer their fit check.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		$match  = $this->matches->find( $check->match_id );
		$cohort = CohortPostType::find( $check->cohort_id );
		if ( null === $match || ! $match->is_open() || null === $cohort ) {
			return new WP_Error( 'wayfinder_fit_check_closed', __( 'This pairing has ended already, so there is nothing more to answer. Thank you all the same.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$note = mb_substr( trim( sanitize_textarea_field( $note ) ), 0, FitCheck::NOTE_LENGTH );
		return Transaction::run(
			function () use ( $check, $match, $cohort, $working, $note, $now ) {
				if ( ! $this->checks->answer( $check->id, $working, $note, $now ) ) {
					return self::not_saved();
				}
				$warning = $this->checks->warning_of( $cohort->id, $match->mentee_id );
				$others  = array_filter( $this->checks->of_match( $match->id ), static fn ( FitCheck $each ): bool => $each->id !== $check->id && $each->said_no() );
				if ( ! $working && EarlyWarning::FIT_CHECK !== $warning && ! $this->places->set_warning( $cohort->id, $match->mentee_id, EarlyWarning::FIT_CHECK, $now ) ) {
					return self::not_saved();
				}
				if ( $working && EarlyWarning::FIT_CHECK === $warning && array() === $others && ! $this->places->set_warning( $cohort->id, $match->mentee_id, '', null ) ) {
					return self::not_saved();
				}
				$answered = $this->checks->find( $check->id );
				if ( null === $answered ) {
					return self::not_saved();
				}
				Events::dispatch( new FitCheckAnswered( $answered, $cohort, $match, $check->said_no() ) );
				return $answered;
			}
		);
	}

	/**
	 * Another mentor of the cohort for a 1:1 mentee, chosen by the engine (never the mentor they had):
	 * the old match ends with `fit_check` and the new one starts active, in one transaction. When no
	 * mentor of the cohort fits or has room, nothing changes and the answer says why.
	 *
	 * @return array{ended: int, match: int, mentor: int, mentor_name: string, message: string}|WP_Error
	 */
	public function rematch( int $cohort_id, int $mentee_id, int $actor_id, int $now ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$match = $this->matches->open_for_mentee( $mentee_id );
		if ( null === $match || $match->cohort_id !== $cohort_id ) {
			return new WP_Error(
				'wayfinder_no_cohort_pair',
				/* translators: 1: the mentee's name, 2: the cohort's name. */
				sprintf( __( '%1$s has no mentor of their own in %2$s, so there is nobody to replace. Pair them on the board instead.', 'wayfinder' ), DisplayName::of( $mentee_id ), $cohort->name ),
				array( 'status' => 409 )
			);
		}
		$said_no = array_values( array_map( static fn ( FitCheck $check ): string => $check->side, array_filter( $this->checks->of_match( $match->id ), static fn ( FitCheck $check ): bool => $check->said_no() ) ) );
		$board   = new BoardService();
		$started = 0;
		$ended   = ( new MatchService() )->close(
			$match->id,
			self::END_REASON,
			$actor_id,
			function ( MatchRecord $ended ) use ( $board, $cohort, $actor_id, $now, $said_no, &$started ) {
				// The match has ended with fit_check by now, so the engine leaves its mentor out (NOT_AGAIN).
				$mentors  = $board->cohort_mentors( $cohort->id );
				$found    = $board->candidates( array( $ended->mentee_id ), $now, $mentors );
				$solution = $board->solve( $found, $mentors );
				$chosen   = $solution['assignments'][0] ?? null;
				if ( null === $chosen ) {
					$why = $board->result( $found, $solution, $now, $mentors )['unmatched'][0]['reason'] ?? '';
					return new WP_Error(
						'wayfinder_no_other_mentor',
						/* translators: 1: the mentee's name, 2: why the engine found nobody. */
						trim( sprintf( __( 'No other mentor of this cohort fits %1$s or has room, so nothing was changed. %2$s', 'wayfinder' ), DisplayName::of( $ended->mentee_id ), $why ) ),
						array( 'status' => 409 )
					);
				}
				$mentor  = (int) $chosen[1];
				$refused = ( new CohortPairing() )->refusal_to_pair( $cohort->id, $ended->mentee_id, $mentor );
				if ( null !== $refused ) {
					return $refused;
				}
				$id = ( new MatchService() )->start( $ended->mentee_id, $mentor, 'cohort', $actor_id, 'active', $cohort->id );
				if ( is_wp_error( $id ) ) {
					return $id;
				}
				if ( EarlyWarning::FIT_CHECK === $this->checks->warning_of( $cohort->id, $ended->mentee_id ) && ! $this->places->set_warning( $cohort->id, $ended->mentee_id, '', null ) ) {
					return self::not_saved();
				}
				$started = (int) $id;
				$new     = $this->matches->find( $started );
				if ( null === $new ) {
					return self::not_saved();
				}
				Events::dispatch( new MenteeRematched( $cohort, $ended, $new, $said_no, $actor_id ) );
				return new NextStep( 'matched', $mentor, $started );
			}
		);
		if ( is_wp_error( $ended ) ) {
			return $ended;
		}
		$new = $this->matches->find( $started );
		if ( null === $new ) {
			return self::not_saved();
		}
		$name = DisplayName::of( $new->mentor_id );
		return array(
			'ended'       => $ended->match->id,
			'match'       => $new->id,
			'mentor'      => $new->mentor_id,
			'mentor_name' => $name,
			/* translators: 1: the mentee's name, 2: the new mentor's name. */
			'message'     => sprintf( __( '%1$s has a new mentor: %2$s. Both are introduced by email.', 'wayfinder' ), DisplayName::of( $new->mentee_id ), $name ),
		);
	}

	private static function not_saved(): WP_Error {
		return new WP_Error( 'wayfinder_not_saved', __( 'The database refused the change, so nothing was saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
	}
}
