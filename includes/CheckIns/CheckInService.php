<?php
/**
 * The rules of weekly check-ins: in each week of a running cohort, every enrolled mentee is asked
 * once (the hourly tick, at most a batch a tick, safe to run twice: the database holds one check-in
 * per cohort, mentee and week), and hears of it by email (CheckInAsked). Only the mentee answers,
 * on the site, for ANSWERABLE_DAYS after it was asked (so last week's is still open when this week's
 * comes); their cohort mentor and coordinators read the answers. Each answer recounts the mentee's
 * answered check-ins into their place and notes their activity.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns;

use Wayfinder\CheckIns\Events\CheckInAsked;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Events;
use WP_Error;

final class CheckInService {

	/** How long a check-in stays open for answers (and changes to them). */
	public const ANSWERABLE_DAYS = 14;

	/** The most a person writes in each answer. */
	public const MAX_ANSWER = 2000;

	public function __construct(
		private readonly CheckInRepository $checkins = new CheckInRepository(),
		private readonly CohortAccess $access = new CohortAccess(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
	}

	/**
	 * Asks this week's check-in of every enrolled mentee of the running cohorts who was not asked yet:
	 * at most $limit a tick, the rest on the next ticks.
	 *
	 * @return int How many were asked.
	 */
	public function ask_due( ?int $now = null, int $limit = 100 ): int {
		$now   = $now ?? time();
		$today = gmdate( 'Y-m-d', $now );
		$asked = 0;
		foreach ( self::running_cohorts() as $cohort_id ) {
			$cohort = CohortPostType::find( $cohort_id );
			$week   = null === $cohort ? 0 : $cohort->week_on( $today );
			if ( null === $cohort || Cohort::RUNNING !== $cohort->stage || 0 === $week ) {
				continue;
			}
			foreach ( $this->checkins->not_asked( $cohort->id, $week, $limit - $asked ) as $mentee ) {
				$checkin = $this->checkins->ask( $cohort->id, $mentee, $week, gmdate( 'Y-m-d H:i:s', $now ) );
				if ( null !== $checkin ) { // Null: another tick asked meanwhile, and told them.
					Events::dispatch( new CheckInAsked( $checkin, $cohort ) );
					++$asked;
				}
			}
			if ( $asked >= $limit ) {
				break;
			}
		}
		return $asked;
	}

	/** @return list<int> The running cohorts (a few at a time in any program). */
	private static function running_cohorts(): array {
		return array_values(
			array_map(
				'intval',
				get_posts(
					array(
						'post_type'              => CohortPostType::POST_TYPE,
						'post_status'            => 'publish',
						'posts_per_page'         => 50,
						'fields'                 => 'ids',
						'orderby'                => 'ID',
						'order'                  => 'ASC',
						'no_found_rows'          => true,
						'update_post_term_cache' => false,
						'meta_key'               => CohortPostType::STAGE, // phpcs:ignore WordPress.DB.SlowDBQuery -- once an hour, a handful of cohorts.
						'meta_value'             => Cohort::RUNNING, // phpcs:ignore WordPress.DB.SlowDBQuery
					)
				)
			)
		);
	}

	/** @return list<CheckIn>|WP_Error The mentee's check-ins, latest first, for whoever may read them. */
	public function of_mentee( int $cohort_id, int $mentee_id, int $actor_id ) {
		if ( null === CohortPostType::find( $cohort_id ) ) {
			return CohortPostType::not_found();
		}
		if ( '' === $this->access->role( $cohort_id, $mentee_id, $actor_id ) ) {
			return $this->access->refusal( $cohort_id, $mentee_id, $actor_id );
		}
		return $this->checkins->of_mentee( $cohort_id, $mentee_id );
	}

	/** The check-in, when the person may read it (the mentee, their cohort mentor, coordinators). */
	public function readable( int $id, int $actor_id ): CheckIn|WP_Error {
		$checkin = $this->checkins->find( $id );
		if ( null === $checkin || '' === $this->access->role( $checkin->cohort_id, $checkin->user_id, $actor_id ) ) {
			return CheckIn::not_found();
		}
		return $checkin;
	}

	/** The check-in, when the person may answer it: their own. */
	public function answerable_by( int $id, int $actor_id ): CheckIn|WP_Error {
		$checkin = $this->readable( $id, $actor_id );
		if ( ! is_wp_error( $checkin ) && $checkin->user_id !== $actor_id ) {
			return new WP_Error( 'wayfinder_checkin_not_yours', __( 'Only the mentee answers their check-in; you can read the answers once they are given.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return $checkin;
	}

	/** @return CheckIn|WP_Error The check-in with its answers. */
	public function answer( int $id, string $did, string $blocking, int $actor_id, ?int $now = null ) {
		$now     = $now ?? time();
		$checkin = $this->answerable_by( $id, $actor_id );
		if ( is_wp_error( $checkin ) ) {
			return $checkin;
		}
		if ( ! $checkin->answerable( $now ) ) {
			/* translators: %d: days. */
			return new WP_Error( 'wayfinder_checkin_closed', sprintf( __( 'This check-in closed: each is open for %d days. Answer the latest one instead.', 'wayfinder' ), self::ANSWERABLE_DAYS ), array( 'status' => 409 ) );
		}
		$did      = trim( sanitize_textarea_field( $did ) );
		$blocking = trim( sanitize_textarea_field( $blocking ) );
		if ( '' === $did && '' === $blocking ) {
			return new WP_Error( 'wayfinder_checkin_empty', __( 'Write a line or two about what you did this week, or what is blocking you.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( mb_strlen( $did ) > self::MAX_ANSWER || mb_strlen( $blocking ) > self::MAX_ANSWER ) {
			/* translators: %d: the most characters. */
			return new WP_Error( 'wayfinder_checkin_too_long', sprintf( __( 'Each answer is at most %d characters. Shorten it; your mentor can ask for more in your next session.', 'wayfinder' ), self::MAX_ANSWER ), array( 'status' => 400 ) );
		}
		if ( ! $this->checkins->answer( $checkin->id, $did, $blocking, gmdate( 'Y-m-d H:i:s', $now ) ) ) {
			return new WP_Error( 'wayfinder_checkin_not_saved', __( 'Your answers could not be saved. Nothing changed; try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		$this->members->set_progress( $checkin->cohort_id, $checkin->user_id, 'checkins_answered', $this->figures( $checkin->cohort_id, $checkin->user_id )['checkins_answered'] );
		$this->members->touch( $checkin->cohort_id, $checkin->user_id, $now );
		return $this->checkins->find( $checkin->id ) ?? $checkin;
	}

	/**
	 * The mentee's check-ins as their cohort place keeps them: those answered.
	 *
	 * @return array{checkins_answered: int}
	 */
	public function figures( int $cohort_id, int $mentee_id ): array {
		return array( 'checkins_answered' => $this->checkins->answered( $cohort_id, $mentee_id ) );
	}
}
