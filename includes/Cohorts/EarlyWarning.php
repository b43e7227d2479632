<?php
/**
 * What an early warning on a mentee's place says: the kinds the warnings keep in the place's
 * `warning` column, in words for the coordinator's screens.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

final class EarlyWarning {

	public const QUIET              = 'quiet';
	public const MISSED_SESSION     = 'missed_session';
	public const UNANSWERED_CHECKIN = 'unanswered_checkin';
	public const FIT_CHECK          = 'fit_check';
	public const KINDS              = array( self::QUIET, self::MISSED_SESSION, self::UNANSWERED_CHECKIN, self::FIT_CHECK );

	/** How long a nudged person has before coordinators see the warning (a failed fit check: at once). */
	public const NUDGE_GRACE = 2 * DAY_IN_SECONDS;

	/** @return array<string, string> Kind => what it means, in a sentence. */
	public static function labels(): array {
		return array(
			self::QUIET              => __( 'Quiet: no session, check-in or other activity for a while.', 'wayfinder' ),
			self::MISSED_SESSION     => __( 'Missed a session.', 'wayfinder' ),
			self::UNANSWERED_CHECKIN => __( 'Has not answered the weekly check-in.', 'wayfinder' ),
			self::FIT_CHECK          => __( 'Said the pairing is not working.', 'wayfinder' ),
		);
	}
}
