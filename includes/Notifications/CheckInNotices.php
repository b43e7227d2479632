<?php
/**
 * The weekly check-in email: the mentee is asked the two questions, with a link to the form on the
 * My mentorship page (they log in there if they are not). Sent once the check-in is committed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\CheckIns\CheckInService;
use Wayfinder\CheckIns\Events\CheckInAsked;
use Wayfinder\Platform\Transaction;

final class CheckInNotices {

	public function asked( CheckInAsked $event ): void {
		$checkin = $event->checkin;
		$cohort  = $event->cohort;
		Transaction::after_commit(
			static function () use ( $checkin, $cohort ): void {
				$user = get_userdata( $checkin->user_id );
				if ( ! $user instanceof \WP_User || '' === $user->user_email ) {
					return;
				}
				$body = implode(
					"\n",
					array(
						/* translators: %s: the person's name. */
						sprintf( __( 'Hello %s,', 'wayfinder' ), $user->display_name ),
						'',
						/* translators: 1: the cohort's week, 2: the cohort's name. */
						sprintf( __( 'It is week %1$d of %2$s. Two short questions for your mentor:', 'wayfinder' ), $checkin->week, $cohort->name ),
						'',
						'- ' . __( 'What did you do this week?', 'wayfinder' ),
						'- ' . __( 'What is blocking you?', 'wayfinder' ),
						'',
						/* translators: %d: days. */
						sprintf( __( 'Answer on the site (log in if you are asked to); the check-in stays open for %d days:', 'wayfinder' ), CheckInService::ANSWERABLE_DAYS ),
						Links::checkin( $cohort->id ),
					)
				);
				/* translators: 1: the cohort's name, 2: the cohort's week. */
				wp_mail( $user->user_email, sprintf( __( '[%1$s] Your check-in for week %2$d', 'wayfinder' ), $cohort->name, $checkin->week ), $body );
			}
		);
	}
}
