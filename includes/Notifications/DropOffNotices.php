<?php
/**
 * The nudge to a cohort mentee whose early warning was just raised: a kind word and the one thing
 * to do, with a link to My mentorship. Sent once the warning is saved.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\EarlyWarnings\Events\DropOffSpotted;
use Wayfinder\Platform\Transaction;

final class DropOffNotices {

	public function spotted( DropOffSpotted $event ): void {
		$user = get_userdata( $event->mentee_id );
		if ( ! $user ) {
			return;
		}
		$ask  = array(
			EarlyWarning::MISSED_SESSION     => __( 'We missed you at a session of the cohort. No harm done — life happens. If the time did not suit you, tell your mentor, and pick a time that does.', 'wayfinder' ),
			EarlyWarning::UNANSWERED_CHECKIN => __( 'Your weekly check-in is still waiting for you. Two lines are enough: what you did, and what is in your way. Your mentor reads it and can help.', 'wayfinder' ),
			EarlyWarning::QUIET              => __( 'We have not heard from you in the cohort for a while. Is something in the way? Reply to your mentor, answer your check-in, or book a 1:1 — whatever is easiest.', 'wayfinder' ),
		);
		$body = implode(
			"\n\n",
			array(
				/* translators: %s: a person's name. */
				sprintf( __( 'Hi %s,', 'wayfinder' ), $user->display_name ),
				$ask[ $event->kind ] ?? $ask[ EarlyWarning::QUIET ],
				/* translators: %s: a link. */
				sprintf( __( 'Everything for your cohort is on your mentorship page: %s', 'wayfinder' ), Links::my_mentorship() ),
			)
		);
		/* translators: %s: the cohort's name. */
		$subject = sprintf( __( '[%s] How is it going?', 'wayfinder' ), $event->cohort->name );
		Transaction::after_commit(
			static function () use ( $user, $subject, $body ): void {
				wp_mail( $user->user_email, $subject, $body );
			}
		);
	}
}
