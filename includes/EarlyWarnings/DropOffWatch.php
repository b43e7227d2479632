<?php
/**
 * Drop-off detection (the hourly tick): for each running cohort, each mentee whose place shows a
 * missed session, a check-in left unanswered for three days, or no activity for the quiet days of
 * the settings gets a warning on their place and one nudge (the raise is a conditional UPDATE, so
 * two ticks at once nudge once); once the reason is gone the warning is cleared. Coordinators see a
 * warning on the Overview when the nudge did not help within EarlyWarning::NUDGE_GRACE. A failed fit
 * check is the fit check's own warning: left as it is here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\EarlyWarnings;

use Wayfinder\CheckIns\CheckInRepository;
use Wayfinder\CheckIns\CheckInService;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\EarlyWarnings\Events\DropOffSpotted;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Settings;
use Wayfinder\Sessions\AttendanceRepository;

final class DropOffWatch {

	/** Running cohorts one tick looks at: three queries each (a site runs a few at a time). */
	public const COHORTS_A_TICK = 100;

	/** How long a check-in may wait for its answer before it counts as unanswered. */
	public const CHECKIN_GRACE = 3 * DAY_IN_SECONDS;

	public function __construct(
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly AttendanceRepository $attendance = new AttendanceRepository(),
		private readonly CheckInRepository $checkins = new CheckInRepository(),
	) {
	}

	/** @return int How many people were nudged. */
	public function run( ?int $now = null ): int {
		$now    = $now ?? time();
		$nudged = 0;
		foreach ( CohortPostType::at_stage( Cohort::RUNNING, self::COHORTS_A_TICK ) as $id ) {
			$cohort = CohortPostType::find( $id );
			if ( null !== $cohort && '' !== $cohort->start_date && gmdate( 'Y-m-d', $now ) >= $cohort->start_date ) {
				$nudged += $this->watch( $cohort, $now );
			}
		}
		return $nudged;
	}

	/** One cohort: three queries for everyone, a write only where something changed. */
	public function watch( Cohort $cohort, int $now ): int {
		$quiet_since = $now - Settings::quiet_days() * DAY_IN_SECONDS;
		// The cohort's first day counts as activity: nobody is quiet before it started.
		$started = (int) strtotime( $cohort->start_date . ' 00:00:00 UTC' );
		$missed  = array_flip( array_column( $this->attendance->missed_in_cohort( $cohort->id, gmdate( 'Y-m-d H:i:s', $quiet_since ) ), 'user_id' ) );
		// Only check-ins still open to an answer: a closed one can no longer be put right.
		$unanswered = array_flip( $this->checkins->unanswered_in_cohort( $cohort->id, gmdate( 'Y-m-d H:i:s', $now - self::CHECKIN_GRACE ), gmdate( 'Y-m-d H:i:s', $now - CheckInService::ANSWERABLE_DAYS * DAY_IN_SECONDS ) ) );
		$nudged     = 0;
		foreach ( $this->members->watch_rows( $cohort->id ) as $row ) {
			if ( EarlyWarning::FIT_CHECK === $row['warning'] ) {
				continue;
			}
			$kind = '';
			if ( isset( $missed[ $row['user_id'] ] ) ) {
				$kind = EarlyWarning::MISSED_SESSION;
			} elseif ( isset( $unanswered[ $row['user_id'] ] ) ) {
				$kind = EarlyWarning::UNANSWERED_CHECKIN;
			} elseif ( max( $row['since'], $started ) < $quiet_since ) {
				$kind = EarlyWarning::QUIET;
			}
			if ( $kind === $row['warning'] ) {
				continue;
			}
			if ( '' === $kind ) {
				$this->members->clear_warning( $cohort->id, $row['user_id'], $row['warning'] );
			} elseif ( '' !== $row['warning'] ) {
				$this->members->change_warning( $cohort->id, $row['user_id'], $kind );
			} elseif ( $this->members->raise_warning( $cohort->id, $row['user_id'], $kind, $now ) ) {
				Events::dispatch( new DropOffSpotted( $cohort, $row['user_id'], $kind ) );
				++$nudged;
			}
		}
		return $nudged;
	}
}
